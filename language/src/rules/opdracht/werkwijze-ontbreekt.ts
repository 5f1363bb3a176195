/**
 * `werkwijze-ontbreekt`: no `werkwijze`.
 *
 * Guide: H5, Werkwijze kiezen; B2. Documentation: docs/regels/werkwijze-ontbreekt.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'werkwijze-ontbreekt',
    ernst: 'error',
    samenvatting: 'Elke opdracht kiest een werkwijze.',
    bron: 'H5, Werkwijze kiezen; B2',
    perOpdracht(o, ctx) {
        if (!o.werkwijze) {
            ctx.meld(
                plaats(o.bron),
                `Opdracht ${q(o.id)} heeft geen werkwijze. Kies routine, project, programma, bestuursproces of improvisatie.`,
            );
        }
    },
});
