/**
 * `persoon-overbelast`: a person in the driehoek of too many active opdrachten.
 *
 * Guide: H3; H6, Opgavegericht leren. Documentation: docs/regels/persoon-overbelast.md.
 */
import { plaats } from '../../model/locatie.js';
import { isAfgesloten } from '../../model/navigatie.js';
import type { Opdracht, Persoon } from '../../model/types.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

/**
 * Per opdracht (the model object, unchanged while its document is not built again): the persons
 * in its driehoek when it still runs, in role order. The count over the portfolio then costs a
 * lookup per opdracht instead of a walk through every driehoek on every check.
 */
const PERSONEN = new WeakMap<Opdracht, readonly Persoon[]>();

function personenInDriehoek(o: Opdracht): readonly Persoon[] {
    let personen = PERSONEN.get(o);
    if (!personen) {
        const d = o.driehoek;
        personen =
            isAfgesloten(o) || !d
                ? []
                : [...d.bestuurlijkOpdrachtgevers, ...d.ambtelijkOpdrachtgevers, ...d.sturingsprofessionals]
                      .map((b) => b.persoon)
                      .filter((p) => p !== undefined);
        PERSONEN.set(o, personen);
    }
    return personen;
}

export default defineRegel({
    id: 'persoon-overbelast',
    ernst: 'info',
    samenvatting: 'Niemand zit in te veel lopende driehoeken tegelijk.',
    bron: 'H3; H6, Opgavegericht leren',
    controleer(ctx) {
        const max = ctx.instellingen.maxActieveOpdrachtenPerPersoon;
        const perPersoon = new Map<Persoon, Set<string>>();
        for (const o of ctx.portfolio.opdrachten) {
            for (const p of personenInDriehoek(o)) {
                const set = perPersoon.get(p);
                if (set) {
                    set.add(o.id);
                } else {
                    perPersoon.set(p, new Set([o.id]));
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
