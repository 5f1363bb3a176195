/**
 * Walks over the resolved model that rules and reports share, and the name comparisons they share.
 */
import type { Gemeente, Opdracht, Opgave, Thema } from './types.js';

/**
 * The gemeente declared first (by file URI, then line): its besturingsmodel is the portfolio's
 * when several are declared, and portfolio-wide findings about the gemeente go on it.
 * @returns undefined when no gemeente is declared
 */
export function eersteGemeente(gemeenten: readonly Gemeente[]): Gemeente | undefined {
    return [...gemeenten].sort((a, b) =>
        a.bron.uri < b.bron.uri ? -1 : a.bron.uri > b.bron.uri ? 1 : a.bron.range.start.line - b.bron.range.start.line,
    )[0];
}

/**
 * The thema of an opgave: its own, or the nearest one up the `deel-van` chain (a deelopgave
 * belongs to the thema of the opgave it is part of). Stops on a `deel-van` cycle.
 * @returns undefined when neither the opgave nor any ancestor names a thema
 */
export function themaVan(opgave: Opgave | undefined): Thema | undefined {
    const gezien = new Set<Opgave>();
    for (let o = opgave; o && !gezien.has(o); o = o.deelVan) {
        gezien.add(o);
        if (o.thema) {
            return o.thema;
        }
    }
    return undefined;
}

/**
 * The key under which two names are the same for a case-insensitive file system (Windows, macOS):
 * letter case and Unicode normalisation ignored. Shared by `dubbele-naam` (names that differ only
 * in letter case) and the report page names, so both agree on what collides.
 */
export function hoofdletterSleutel(naam: string): string {
    return naam.normalize('NFC').toLowerCase();
}

/** True for an opdracht whose status closes it (`afgerond` or `gestopt`); guide H2, B2. */
export function isAfgesloten(o: Opdracht): boolean {
    return o.status === 'afgerond' || o.status === 'gestopt';
}

/** True when the opdracht still runs (not afgerond or gestopt), as `persoon-overbelast` counts. */
export function isActief(o: Opdracht): boolean {
    return !isAfgesloten(o);
}
