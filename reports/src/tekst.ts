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
    return inline(tekst).replace(/\|/g, '\\|');
}

/** Escapes text for running Markdown: HTML characters and Markdown emphasis/link characters. */
export function inline(tekst: string): string {
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
    return tekst.replace(/\r?\n/g, ' ').replace(/[#"<>&;`{}|]/g, (c) => `#${c.codePointAt(0) ?? 0};`);
}

const GETAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** An amount in euro, Dutch notation (`€ 4.200.000`), or `—` when absent. */
export function euro(bedrag: number | undefined): string {
    return bedrag === undefined ? '—' : `€ ${GETAL.format(bedrag)}`;
}

/** A capacity in FTE, Dutch notation (`3,5`), or `—` when absent. */
export function fte(waarde: number | undefined): string {
    return waarde === undefined ? '—' : GETAL.format(waarde);
}

/** Compares ids for stable ordering (code-unit order, independent of locale). */
export function opId<T extends { id: string }>(a: T, b: T): number {
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The file of a source location relative to the portfolio root, with `/` separators. */
export function bronBestand(uri: string, root: string): string {
    const bestand = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
    return path.relative(root, bestand).split(path.sep).join('/');
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
    return `\`${tekst.replace(/`/g, 'ˋ').replace(/\r?\n/g, ' ')}\``;
}

/** Display name of a declaration: its title when given, else its id. */
export function naam(x: { readonly id: string; readonly titel?: string }): string {
    return x.titel ?? x.id;
}
