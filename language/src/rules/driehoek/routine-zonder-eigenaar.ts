/**
 * `routine-zonder-eigenaar`: a routine without `eigenaar`.
 *
 * Silent when the routine has a driehoek: `routine-met-driehoek` then reports, and asks for the
 * eigenaar too (one mistake, one finding).
 *
 * Guide: B2, Routine. Documentation: docs/regels/routine-zonder-eigenaar.md.
 */
import { plaats } from '../../model/locatie.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'routine-zonder-eigenaar',
    ernst: 'warning',
    samenvatting: 'Een routine heeft een eigenaar in de lijn.',
    bron: 'B2, Routine',
    perOpdracht(o, ctx) {
        if (o.werkwijze === 'routine' && !o.eigenaar && !o.driehoek) {
            ctx.meld(
                plaats(o.bron, 'werkwijze'),
                `Routine ${q(o.id)} heeft geen eigenaar. Routinewerk hoort in de lijn: noem de lijnmanager die het bezit (eigenaar <persoon>).`,
            );
        }
    },
});
