/**
 * Helpers shared by the werkwijze rules (`rules/werkwijze/`).
 */
import type { Fase, Opdracht } from '../../model/types.js';

/** The phases of an opdracht that belong to its werkwijze (others are `fase-onbekend`'s). */
export function eigenFasen(o: Opdracht): (Fase & { positie: number })[] {
    return o.fasen.filter((f): f is Fase & { positie: number } => f.positie !== undefined);
}

/** Each item with the one before it, in order: `[a, b], [b, c]` for `[a, b, c]` (none for fewer than two items). */
export function paren<T>(lijst: readonly T[]): [T, T][] {
    return lijst.slice(1).map((item, i) => [lijst[i]!, item]);
}
