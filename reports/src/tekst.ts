/**
 * Text helpers for reports: Markdown and Mermaid escaping, Dutch number formatting. Every user
 * string that goes into a report passes through here, so titles never break a table or diagram.
 */

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
    return tekst
        .replace(/\r?\n/g, ' ')
        .replace(/[#"<>&;`{}|]/g, (c) => `#${c.codePointAt(0)};`);
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
