/**
 * The stable order of the model's lists and the first-declaration maps (see `Portfolio`).
 */
import type { Bron } from '../types.js';

/** Orders elements by id, then document URI, then position: stable whatever the file order. */
export function volgordeOpId<T extends { readonly id: string; readonly bron: Bron }>(a: T, b: T): number {
    if (a.id !== b.id) {
        return a.id < b.id ? -1 : 1;
    }
    if (a.bron.uri !== b.bron.uri) {
        return a.bron.uri < b.bron.uri ? -1 : 1;
    }
    return a.bron.range.start.line - b.bron.range.start.line || a.bron.range.start.character - b.bron.range.start.character;
}

/** The first element per id of a list (in list order): duplicates further on are not in the map. */
export function eerstePerId<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
    const map = new Map<string, T>();
    for (const item of items) {
        if (!map.has(item.id)) {
            map.set(item.id, item);
        }
    }
    return map;
}
