/**
 * Where report pages go: safe file names for identifiers and the page path of an opdracht. In a
 * module of its own, not in the barrel `index.ts`, so the pages that link to each other can import
 * it without a file cycle.
 */
import { createHash } from 'node:crypto';
import { hoofdletterSleutel } from '../../language/src/model/navigatie.js';
import type { Portfolio } from '../../language/src/model/types.js';

/** At most this many UTF-8 bytes in a page's name before `.md` (NAME_MAX is 255 on most systems). */
const MAX_NAAM_BYTES = 200;

/**
 * A file name (without `.md`) for an identifier. Identifiers are letters, digits, `_` and `-`
 * (taal.md), which are safe everywhere; anything else is replaced, and names Windows reserves get a
 * suffix. A name longer than {@link MAX_NAAM_BYTES} UTF-8 bytes is cut (at a character boundary)
 * and, like every name when `metHash`, gets `.` and 10 hex digits of the SHA-256 of the full id:
 * a `.` never occurs in a cleaned name, so a hashed name cannot equal another id's plain name.
 * Use {@link opdrachtPad} for the page of an opdracht: it sets `metHash` for ids that differ only
 * in letter case, whose names would collide on Windows and macOS.
 */
export function bestandsnaam(id: string, metHash = false): string {
    let veilig = id.replace(/[^\p{L}\p{N}_-]/gu, '_');
    veilig = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(veilig) ? `${veilig}_` : veilig;
    const te_lang = Buffer.byteLength(veilig, 'utf8') > MAX_NAAM_BYTES;
    if (!te_lang && !metHash) {
        return veilig;
    }
    const hash = createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 10);
    let kort = '';
    for (const teken of veilig) {
        if (Buffer.byteLength(kort + teken, 'utf8') > MAX_NAAM_BYTES - hash.length - 1) {
            break;
        }
        kort += teken;
    }
    return `${kort}.${hash}`;
}

const PADEN = new WeakMap<Portfolio, Map<string, string>>();

/**
 * The report page of an opdracht, relative to the output folder: `opdrachten/<name>.md` with the
 * name from {@link bestandsnaam}. Ids whose names are equal apart from letter case (or Unicode
 * normalisation) all get the hashed form, so no two pages collide on a case-insensitive disk.
 * Shared by the page itself, the links in README.md and the server's `bronnen`.
 */
export function opdrachtPad(portfolio: Portfolio, id: string): string {
    let paden = PADEN.get(portfolio);
    if (!paden) {
        paden = new Map();
        const perSleutel = new Map<string, Set<string>>();
        for (const o of portfolio.opdrachten) {
            if (typeof o.id !== 'string') {
                continue;
            }
            const sleutel = hoofdletterSleutel(bestandsnaam(o.id));
            perSleutel.set(sleutel, (perSleutel.get(sleutel) ?? new Set()).add(o.id));
        }
        for (const ids of perSleutel.values()) {
            ids.forEach((i) => paden!.set(i, `opdrachten/${bestandsnaam(i, ids.size > 1)}.md`));
        }
        PADEN.set(portfolio, paden);
    }
    return paden.get(id) ?? `opdrachten/${bestandsnaam(id)}.md`;
}
