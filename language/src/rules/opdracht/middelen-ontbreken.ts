/**
 * `middelen-ontbreken`: an opdracht that is not a routine without budget or capaciteit.
 *
 * Guide: H2, Randvoorwaarden; B2. Documentation: docs/regels/middelen-ontbreken.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'middelen-ontbreken',
    ernst: 'warning',
    samenvatting: 'Een opdracht (geen routine) heeft budget en capaciteit.',
    bron: 'H2, Randvoorwaarden; B2',
    perOpdracht(o, ctx) {
        if (o.werkwijze === 'routine') {
            return;
        }
        const mist = [o.budget === undefined && 'budget (euro)', o.capaciteit === undefined && 'capaciteit (fte)'].filter(Boolean);
        if (mist.length > 0) {
            ctx.meld(
                plaats(o.bron),
                `Opdracht ${q(o.id)} heeft geen ${mist.join(' en geen ')}. Een opdracht zonder middelen is een wens; leg vast wat er beschikbaar is.`,
            );
        }
    },
});
