/**
 * Text helpers for reports: Markdown and Mermaid escaping, Dutch number formatting. Every user
 * string that goes into a report passes through here, so titles never break a table or diagram.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Escapes text for a Markdown table cell: no line breaks, `|` and HTML-significant characters escaped. */
export function cel(tekst: string | undefined): string {
    if (tekst === undefined || tekst === '') {
        return '—';
    }
    const veilig = inline(tekst);
    return veilig.includes('|') ? veilig.replace(/\|/g, '\\|') : veilig;
}

/** The characters {@link inline} changes (a line break only as `\n` or `\r\n`; `\r` is here for the latter). */
const INLINE_BIJZONDER = /[\r\n&<>\\`*_[\]]/;

/** Escapes text for running Markdown: HTML characters and Markdown emphasis/link characters. */
export function inline(tekst: string): string {
    // Performance: most titles and names need no escaping; five replacements each cost more than one test.
    if (!INLINE_BIJZONDER.test(tekst)) {
        return tekst;
    }
    return tekst
        .replace(/\r?\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]])/g, '\\$1');
}

/**
 * Escapes text for a quoted Mermaid label (`id["…"]`): quotes, `#`, `;`, angle brackets, `&`,
 * backticks and braces become Mermaid entity codes, line breaks become spaces.
 */
export function mermaidLabel(tekst: string): string {
    if (!/[\n#"<>&;`{}|]/.test(tekst)) {
        return tekst;
    }
    return tekst.replace(/\r?\n/g, ' ').replace(/[#"<>&;`{}|]/g, (c) => `#${c.codePointAt(0) ?? 0};`);
}

const GETAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** Numbers formatted so far: `Intl.NumberFormat.format` is slow, and amounts and capacities repeat. */
const GETALLEN = new Map<number, string>();

/** A number in Dutch notation (`4.200.000`, `3,5`), at most two decimals. */
function getal(waarde: number): string {
    if (Object.is(waarde, -0)) {
        return GETAL.format(waarde); // a Map does not tell -0 from 0
    }
    let tekst = GETALLEN.get(waarde);
    if (tekst === undefined) {
        if (GETALLEN.size >= 100_000) {
            GETALLEN.clear(); // a bound for a long-running language server
        }
        tekst = GETAL.format(waarde);
        GETALLEN.set(waarde, tekst);
    }
    return tekst;
}

/** An amount in euro, Dutch notation (`€ 4.200.000`), or `—` when absent. */
export function euro(bedrag: number | undefined): string {
    return bedrag === undefined ? '—' : `€ ${getal(bedrag)}`;
}

/** A capacity in FTE, Dutch notation (`3,5`), or `—` when absent. */
export function fte(waarde: number | undefined): string {
    return waarde === undefined ? '—' : getal(waarde);
}

/** Compares ids for stable ordering (code-unit order, independent of locale). */
export function opId<T extends { id: string }>(a: T, b: T): number {
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The portfolio root of {@link BRON_BESTANDEN}. */
let bronRoot: string | undefined;
/** URI → {@link bronBestand} for `bronRoot`: every element of a file asks for the same one. */
const BRON_BESTANDEN = new Map<string, string>();

/** The file of a source location relative to the portfolio root, with `/` separators. */
export function bronBestand(uri: string, root: string): string {
    if (root !== bronRoot || BRON_BESTANDEN.size >= 100_000) {
        BRON_BESTANDEN.clear();
        bronRoot = root;
    }
    let rel = BRON_BESTANDEN.get(uri);
    if (rel === undefined) {
        const bestand = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
        rel = path.relative(root, bestand).split(path.sep).join('/');
        BRON_BESTANDEN.set(uri, rel);
    }
    return rel;
}

/** A source location as `file:line` (1-based), relative to the portfolio root. */
export function bronPlek(
    bron: { readonly uri: string; readonly range: { readonly start: { readonly line: number } } },
    root: string,
): string {
    return `${bronBestand(bron.uri, root)}:${bron.range.start.line + 1}`;
}

/** Text for inline code in Markdown: backticks would end it, so they are replaced by a look-alike. */
export function code(tekst: string): string {
    if (!/[`\n]/.test(tekst)) {
        return `\`${tekst}\``;
    }
    return `\`${tekst.replace(/`/g, 'ˋ').replace(/\r?\n/g, ' ')}\``;
}

/** Display name of a declaration: its title when given, else its id. */
export function naam(x: { readonly id: string; readonly titel?: string }): string {
    return x.titel ?? x.id;
}
