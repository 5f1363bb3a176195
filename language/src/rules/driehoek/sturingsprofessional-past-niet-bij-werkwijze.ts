/**
 * `sturingsprofessional-past-niet-bij-werkwijze`: a sturingsprofessional of the wrong kind for the werkwijze.
 *
 * Guide: B3, Sleutelfiguren; B2. Documentation: docs/regels/sturingsprofessional-past-niet-bij-werkwijze.md.
 */
import { passendeFuncties } from '../../model/rollen.js';
import { PASSENDE_STURINGSPROFESSIONAL } from '../../model/werkwijzen.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'sturingsprofessional-past-niet-bij-werkwijze',
    ernst: 'warning',
    samenvatting: 'De sturingsprofessional past bij de werkwijze.',
    bron: 'B3, Sleutelfiguren; B2',
    perOpdracht(o, ctx) {
        const passend = o.werkwijze ? PASSENDE_STURINGSPROFESSIONAL[o.werkwijze] : undefined;
        if (!passend || !o.driehoek) {
            return;
        }
        for (const b of o.driehoek.sturingsprofessionals) {
            const p = b.persoon;
            if (!p) {
                continue;
            }
            const functies = passendeFuncties(p, 'sturingsprofessional');
            if (functies.length > 0 && !functies.includes(passend)) {
                ctx.meld(
                    b.bron,
                    `Bij een ${o.werkwijze ?? 'opdracht'} past een ${passend} als sturingsprofessional; ${q(p.id)} is ${functies.join(' en ')}. Kies een ${passend} of heroverweeg de werkwijze.`,
                );
            }
        }
    },
});
