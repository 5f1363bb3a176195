/**
 * `werkwijze-past-niet-bij-voorscheider`: project for a zoekproces, or programma for a maakproces.
 *
 * Guide: B2, Voorscheider. Documentation: docs/regels/werkwijze-past-niet-bij-voorscheider.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'werkwijze-past-niet-bij-voorscheider',
    ernst: 'warning',
    samenvatting: 'De werkwijze past bij de uitkomst van de voorscheider.',
    bron: 'B2, Voorscheider',
    perOpdracht(o, ctx) {
        const uitkomst = o.opgave?.effectieveVoorscheider;
        if (!uitkomst) {
            return;
        }
        const van =
            uitkomst.van === o.opgave
                ? `opgave ${q(uitkomst.van.id)}`
                : `opgave ${q(uitkomst.van.id)} (waar ${q(o.opgave.id)} deel van is)`;
        if (o.werkwijze === 'project' && uitkomst.proces === 'zoekproces') {
            ctx.meld(
                plaats(o.bron, 'werkwijze'),
                `De voorscheider van ${van} scoort ${String(uitkomst.score).replace('.', ',')}: een zoekproces. Een project vraagt een bekend resultaat; overweeg een programma of eerst een bestuursproces.`,
            );
        } else if (o.werkwijze === 'programma' && uitkomst.proces === 'maakproces') {
            ctx.meld(
                plaats(o.bron, 'werkwijze'),
                `De voorscheider van ${van} scoort ${String(uitkomst.score).replace('.', ',')}: een maakproces. Daar past een project beter dan een programma.`,
            );
        }
    },
});
