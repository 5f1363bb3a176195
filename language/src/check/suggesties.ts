/** Name suggestions for "did you mean" in messages about unknown names. */
import { distance } from 'fastest-levenshtein';

/** Up to three close names: edit distance within a third of the length (at least 1), or containing each other; closest first. */
export function suggereer(naam: string, kandidaten: readonly string[]): string[] {
    if (kandidaten.length === 0) {
        return [];
    }
    const grens = Math.max(1, Math.floor(naam.length / 3));
    const dichtbij = kandidaten
        // A declaration whose name is missing after a syntax error has no name to suggest.
        .filter((k) => typeof k === 'string')
        .map((k) => ({ k, d: distance(naam.toLowerCase(), k.toLowerCase()) }))
        .filter(({ d, k }) => (d <= grens && d < naam.length) || (naam.length >= 3 && (k.includes(naam) || naam.includes(k))))
        .sort((a, b) => a.d - b.d || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
        .map(({ k }) => k);
    return [...new Set(dichtbij)].slice(0, 3);
}
