/**
 * `volgende-stap-ontbreekt`: a running bestuursproces without `volgende-stap`.
 *
 * Guide: H5; B2, Bestuursproces. Documentation: docs/regels/volgende-stap-ontbreekt.md.
 */
import { plaats } from '../../model/locatie.js';
import { isAfgesloten } from '../../model/navigatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'volgende-stap-ontbreekt',
    ernst: 'info',
    samenvatting: 'Een lopend bestuursproces noemt de volgende stap.',
    bron: 'H5; B2, Bestuursproces',
    perOpdracht(o, ctx) {
        if (o.werkwijze === 'bestuursproces' && !isAfgesloten(o) && !o.volgendeStap) {
            ctx.meld(
                plaats(o.bron),
                `Bestuursproces ${q(o.id)} noemt geen volgende stap. Een bestuursproces volg je aan de stap waar je naartoe werkt (volgende-stap "…").`,
            );
        }
    },
});
