/**
 * `persoon-overbelast`: a person in the driehoek of too many active opdrachten.
 *
 * Guide: H3; H6, Opgavegericht leren. Documentation: docs/regels/persoon-overbelast.md.
 */
import { plaats } from '../../model/locatie.js';
import { isAfgesloten } from '../../model/navigatie.js';
import type { Opdracht, Persoon } from '../../model/types.js';
import type { RegelContext } from '../context.js';
import { q } from '../nederlands.js';
import { defineRegel } from '../regel.js';

/** The persons in the opdracht's driehoek when it still runs, in role order (with repeats). */
function personenInDriehoek(o: Opdracht): readonly Persoon[] {
    const d = o.driehoek;
    return isAfgesloten(o) || !d
        ? []
        : [...d.bestuurlijkOpdrachtgevers, ...d.ambtelijkOpdrachtgevers, ...d.sturingsprofessionals]
              .map((b) => b.persoon)
              .filter((p) => p !== undefined);
}

/** Per person, the ids of the running opdrachten whose driehoek they sit in, with how many opdrachten carry each id. */
type Telling = Map<Persoon, Map<string, number>>;

/**
 * The count of {@link Telling}, kept in the rule's memory and updated with the opdrachten that
 * changed since the previous check (all opdrachten on the first check).
 */
function telling(ctx: RegelContext): Telling {
    let perPersoon = ctx.geheugen.get('telling') as Telling | undefined;
    const tel = (o: Opdracht, stap: 1 | -1): void => {
        for (const p of new Set(personenInDriehoek(o))) {
            let ids = perPersoon!.get(p);
            if (!ids) {
                ids = new Map();
                perPersoon!.set(p, ids);
            }
            const aantal = (ids.get(o.id) ?? 0) + stap;
            if (aantal > 0) {
                ids.set(o.id, aantal);
            } else {
                ids.delete(o.id);
                if (ids.size === 0) {
                    perPersoon!.delete(p);
                }
            }
        }
    };
    if (!perPersoon || !ctx.wijziging) {
        perPersoon = new Map();
        ctx.portfolio.opdrachten.forEach((o) => tel(o, 1));
    } else {
        ctx.wijziging.wegOpdrachten.forEach((o) => tel(o, -1));
        ctx.wijziging.nieuweOpdrachten.forEach((o) => tel(o, 1));
    }
    ctx.geheugen.set('telling', perPersoon);
    return perPersoon;
}

export default defineRegel({
    id: 'persoon-overbelast',
    ernst: 'info',
    samenvatting: 'Niemand zit in te veel lopende driehoeken tegelijk.',
    bron: 'H3; H6, Opgavegericht leren',
    controleer(ctx) {
        const max = ctx.instellingen.maxActieveOpdrachtenPerPersoon;
        const perPersoon = telling(ctx);
        for (const [p, opdrachten] of perPersoon) {
            if (opdrachten.size > max) {
                ctx.meld(
                    plaats(p.bron),
                    `${q(p.id)} zit in de driehoek van ${opdrachten.size} lopende opdrachten (${[...opdrachten.keys()].sort().join(', ')}); meer dan ${max} is veel. Verdeel rollen of stel prioriteiten.`,
                );
            }
        }
    },
});
