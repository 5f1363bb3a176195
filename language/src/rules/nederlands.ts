/**
 * Dutch grammar for messages that name a kind of declaration (`thema`, `persoon`, …): the article
 * and the inflected determiners differ between de-words and het-words ("het thema", "een ander
 * gebied", "elk doel", but "de opgave", "een andere speler", "elke persoon").
 */

/** The kinds of declaration that are het-words. Every other kind the rules name is a de-word. */
const HET_WOORDEN: ReadonlySet<string> = new Set(['thema', 'gebied', 'doel']);

/** The head noun of a kind such as `doel in opdracht ‘x’` (its first word). */
function kern(soort: string): string {
    return soort.split(' ')[0] ?? soort;
}

function isHetWoord(soort: string): boolean {
    return HET_WOORDEN.has(kern(soort));
}

/** `de persoon`, `het thema`, `het doel in opdracht ‘x’`. */
export function metLidwoord(soort: string): string {
    return `${isHetWoord(soort) ? 'het' : 'de'} ${soort}`;
}

/** `een andere persoon`, `een ander thema`. */
export function eenAndere(soort: string): string {
    return `een ${isHetWoord(soort) ? 'ander' : 'andere'} ${soort}`;
}

/** `elke persoon`, `elk thema` (only the head noun: `elk doel`, not `elk doel in opdracht ‘x’`). */
export function elke(soort: string): string {
    return `${isHetWoord(soort) ? 'elk' : 'elke'} ${kern(soort)}`;
}

/** `‘x’`: a name quoted for messages. */
export const q = (naam: string): string => `‘${naam}’`;
