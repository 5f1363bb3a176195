/**
 * `fase-onbekend`: a phase that does not belong to the werkwijze, or phases on a werkwijze without phases.
 *
 * Guide: B2, De kern van de vijf werkwijzen. Documentation: docs/regels/fase-onbekend.md.
 */
import { plaats } from '../../model/locatie.js';
import { FASEN } from '../../model/werkwijzen.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'fase-onbekend',
    ernst: 'error',
    samenvatting: 'Alleen fasen die bij de werkwijze horen.',
    bron: 'B2, De kern van de vijf werkwijzen',
    perOpdracht(o, ctx) {
        if (!o.werkwijze) {
            return;
        }
        const namen = FASEN[o.werkwijze].map((f) => f.naam);
        for (const f of o.fasen) {
            if (f.positie !== undefined) {
                continue;
            }
            const bericht =
                namen.length === 0
                    ? `Een ${o.werkwijze} kent geen vaste fasen; ${q(f.naam)} hoort hier niet.${o.werkwijze === 'bestuursproces' ? ' Volg de voortgang met volgende-stap.' : ''}`
                    : `${q(f.naam)} is geen fase van een ${o.werkwijze}. De fasen zijn: ${namen.join(', ')}.`;
            ctx.meld(plaats(f.bron, 'naam'), bericht);
        }
    },
});
