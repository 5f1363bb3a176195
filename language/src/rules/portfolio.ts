/**
 * Spelers and portfolio rules (regels.md "Spelers and portfolio"; guide H2, H3, H5).
 */
import type { Opgave, Persoon } from '../model/types.js';
import type { RegelContext } from './context.js';
import { plaats } from '../model/locatie.js';
import { q } from './context.js';
import { isAfgesloten } from '../model/navigatie.js';

/** `opgave-zonder-spelers`: an opgave lists no spelers. */
export function opgaveZonderSpelers(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opgaven) {
        if (o.spelersGenoemd === 0) {
            ctx.meld(
                'opgave-zonder-spelers',
                plaats(o.bron),
                `Opgave ${q(o.id)} noemt geen spelers. Een opgave los je samen op: noem de partijen die eraan bijdragen (spelers a, b).`,
            );
        }
    }
}

/** `opgave-zonder-thema`: a top-level opgave in no thema. */
export function opgaveZonderThema(ctx: RegelContext): void {
    for (const o of ctx.portfolio.opgaven) {
        if (o.themaNaam === undefined && o.deelVanNaam === undefined) {
            ctx.meld(
                'opgave-zonder-thema',
                plaats(o.bron),
                `Opgave ${q(o.id)} hoort bij geen thema en valt zo buiten het zicht van een opgavemanager. Voeg thema <thema> toe.`,
            );
        }
    }
}

/** `opgave-zonder-opdracht`: no opdracht for the opgave nor for any of its deelopgaven. */
export function opgaveZonderOpdracht(ctx: RegelContext): void {
    const heeft = new Map<Opgave, boolean>();
    const heeftOpdracht = (o: Opgave): boolean => {
        const bekend = heeft.get(o);
        if (bekend !== undefined) {
            return bekend;
        }
        heeft.set(o, false); // guards deel-van cycles
        const uitkomst = o.opdrachten.length > 0 || o.deelopgaven.some(heeftOpdracht);
        heeft.set(o, uitkomst);
        return uitkomst;
    };
    for (const o of ctx.portfolio.opgaven) {
        if (!heeftOpdracht(o)) {
            ctx.meld(
                'opgave-zonder-opdracht',
                plaats(o.bron),
                `Aan opgave ${q(o.id)} werkt geen opdracht, ook niet via een deelopgave. Geef een opdracht of schrap de opgave uit het portfolio.`,
            );
        }
    }
}

/** `persoon-overbelast`: a person in the driehoek of too many active opdrachten. */
export function persoonOverbelast(ctx: RegelContext): void {
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
                'persoon-overbelast',
                plaats(p.bron),
                `${q(p.id)} zit in de driehoek van ${opdrachten.size} lopende opdrachten (${[...opdrachten].sort().join(', ')}); meer dan ${max} is veel. Verdeel rollen of stel prioriteiten.`,
            );
        }
    }
}
