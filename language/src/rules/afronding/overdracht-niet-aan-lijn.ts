/**
 * `overdracht-niet-aan-lijn`: `overdracht aan` names someone without a functie in the line
 * (lijnmanager, mt-lid or dt-lid).
 *
 * Guide: H3, Batenmanagement. Documentation: docs/regels/overdracht-niet-aan-lijn.md.
 */
import { plaats } from '../../model/locatie.js';
import type { Functie } from '../../model/types.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

/** The functies of the line that can take over and secure a result. */
const LIJN: readonly Functie[] = ['lijnmanager', 'mt-lid', 'dt-lid'];

export default defineRegel({
    id: 'overdracht-niet-aan-lijn',
    ernst: 'warning',
    samenvatting: 'Een resultaat wordt overgedragen aan iemand in de lijn.',
    bron: 'H3, Batenmanagement',
    perOpdracht(o, ctx) {
        const p = o.overdracht?.aan;
        if (o.overdracht && p && !p.functies.some((f) => LIJN.includes(f))) {
            const functies = p.functies.length > 0 ? p.functies.join(', ') : 'geen functie';
            ctx.meld(
                plaats(o.overdracht.bron, 'aan'),
                `${o.werkwijze ?? 'opdracht'} ${q(o.id)} draagt over aan ${q(p.id)} (${functies}), die geen plek in de lijn heeft. Draag over aan een lijnmanager, mt-lid of dt-lid, zodat het resultaat in de werkprocessen geborgd wordt.`,
            );
        }
    },
});
