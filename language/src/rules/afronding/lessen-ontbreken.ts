/**
 * `lessen-ontbreken`: an afgerond or gestopt opdracht without `lessen`.
 *
 * Guide: H6, Opgavegericht leren. Documentation: docs/regels/lessen-ontbreken.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'lessen-ontbreken',
    ernst: 'info',
    samenvatting: 'Een afgeronde of gestopte opdracht legt haar lessen vast.',
    bron: 'H6, Opgavegericht leren',
    perOpdracht(o, ctx) {
        if ((o.status === 'afgerond' || o.status === 'gestopt') && o.lessen.length === 0) {
            ctx.meld(
                plaats(o.bron, 'status'),
                `Opdracht ${q(o.id)} is ${o.status} zonder vastgelegde lessen. Schrijf op wat je volgende keer anders doet (lessen { les JJJJ-MM-DD "…" }).`,
            );
        }
    },
});
