/**
 * `persoon-overbelast`: a person in the driehoek of too many active opdrachten.
 *
 * Guide: H3; H6, Opgavegericht leren. Documentation: docs/regels/persoon-overbelast.md.
 */
import { plaats } from '../../model/locatie.js';
import { isAfgesloten } from '../../model/navigatie.js';
import type { Persoon } from '../../model/types.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

export default defineRegel({
    id: 'persoon-overbelast',
    ernst: 'info',
    samenvatting: 'Niemand zit in te veel lopende driehoeken tegelijk.',
    bron: 'H3; H6, Opgavegericht leren',
    controleer(ctx) {
        const max = ctx.instellingen.maxActieveOpdrachtenPerPersoon;
        const perPersoon = new Map<Persoon, Set<string>>();
        for (const o of ctx.portfolio.opdrachten) {
            if (isAfgesloten(o) || !o.driehoek) {
                continue;
            }
            const d = o.driehoek;
            for (const b of [...d.bestuurlijkOpdrachtgevers, ...d.ambtelijkOpdrachtgevers, ...d.sturingsprofessionals]) {
                if (b.persoon) {
                    const set = perPersoon.get(b.persoon) ?? new Set<string>();
                    set.add(o.id);
                    perPersoon.set(b.persoon, set);
                }
            }
        }
        for (const [p, opdrachten] of perPersoon) {
            if (opdrachten.size > max) {
                ctx.meld(
                    plaats(p.bron),
                    `${q(p.id)} zit in de driehoek van ${opdrachten.size} lopende opdrachten (${[...opdrachten].sort().join(', ')}); meer dan ${max} is veel. Verdeel rollen of stel prioriteiten.`,
                );
            }
        }
    },
});
