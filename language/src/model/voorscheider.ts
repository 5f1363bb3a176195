/**
 * The voorscheider (guide B2 "Voorscheider"): three questions whose answers tell a zoekproces
 * from a maakproces, and the one that applies to an opgave through `deel-van`.
 */
import type { Opgave, Proces, Voorscheider, VoorscheiderUitkomst } from './types.js';

/**
 * Score of a voorscheider (B2): each unclear answer (`onbekend`, `onvoorspelbaar`, `ongericht`)
 * counts 1, `deels` ½, a clear or missing answer 0; so 0 to 3 in steps of ½.
 */
export function voorscheiderScore(v: Voorscheider): number {
    const punten = (antwoord: string | undefined, onduidelijk: string): number =>
        antwoord === onduidelijk ? 1 : antwoord === 'deels' ? 0.5 : 0;
    return punten(v.idee, 'onbekend') + punten(v.netwerk, 'onvoorspelbaar') + punten(v.besluitvorming, 'ongericht');
}

/** The process a score points to (B2): ≥ 2 a zoekproces, ≤ 1 a maakproces, 1½ undecided. */
export function procesVan(score: number): Proces {
    return score >= 2 ? 'zoekproces' : score <= 1 ? 'maakproces' : 'onbeslist';
}

/**
 * The voorscheider that applies to an opgave: its own, else the nearest one up the `deel-van`
 * chain; stops on a cycle.
 * @returns undefined when neither the opgave nor any ancestor has one
 */
export function effectieveVoorscheider(opgave: Opgave): VoorscheiderUitkomst | undefined {
    const gezien = new Set<Opgave>();
    for (let huidig: Opgave | undefined = opgave; huidig && !gezien.has(huidig); huidig = huidig.deelVan) {
        gezien.add(huidig);
        if (huidig.voorscheider) {
            const score = voorscheiderScore(huidig.voorscheider);
            return { voorscheider: huidig.voorscheider, van: huidig, score, proces: procesVan(score) };
        }
    }
    return undefined;
}
