/**
 * `rolverdeling-ontbreekt`: under model-2/3 an ambtelijk opdrachtgever other than the opgavemanager and no `rolverdeling`.
 *
 * Guide: H4, Varianten in de sturingsdriehoek. Documentation: docs/regels/rolverdeling-ontbreekt.md.
 */
import { plaats } from '../../model/locatie.js';
import { themaVan } from '../../model/navigatie.js';
import { q } from '../nederlands.js';
import { opgavemanagerIsAmbtelijkOpdrachtgever } from './gedeeld.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'rolverdeling-ontbreekt',
    ernst: 'warning',
    samenvatting: 'In model 2 en 3 is de rolverdeling tussen opgavemanager en ambtelijk opdrachtgever vastgelegd.',
    bron: 'H4, Varianten in de sturingsdriehoek',
    perOpdracht(o, ctx) {
        if (ctx.portfolio.besturingsmodel !== 'model-2' && ctx.portfolio.besturingsmodel !== 'model-3') {
            return;
        }
        const thema = themaVan(o.opgave);
        const ao = o.driehoek?.ambtelijkOpdrachtgevers ?? [];
        if (thema?.opgavemanagerNaam && ao.length > 0 && !opgavemanagerIsAmbtelijkOpdrachtgever(o, thema) && !o.rolverdeling) {
            ctx.meld(
                plaats(o.bron),
                `Bij ${q(o.id)} is ${ao.map((b) => q(b.naam)).join(', ')} ambtelijk opdrachtgever en ${q(thema.opgavemanagerNaam)} opgavemanager. Leg in rolverdeling "…" vast wie wat doet.`,
            );
        }
    },
});
