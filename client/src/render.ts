/**
 * Turns the generated Markdown reports into safe HTML for the preview webview: raw HTML in the
 * Markdown is not interpreted (every user string is escaped by markdown-it with `html: false`),
 * the generator's comment line is dropped, ```mermaid blocks become `<pre class="mermaid">` for the
 * bundled mermaid script (with the source keys of their nodes), and tables sit in their own
 * horizontal scroll box. No VS Code API here: the browser layout test renders the same HTML.
 */
import MarkdownIt from 'markdown-it';

/** A declaration in a source file (0-based lines), as the server sends it. */
export interface BronPlaats {
    readonly uri: string;
    readonly line: number;
    readonly character?: number;
    /** Last line of the declaration; absent from servers older than this extension. */
    readonly eind?: number;
}

/** Answer of the server command `opgave.server.rapporten` (server/src/commandos.ts `RapportenAntwoord`). */
export interface Rapporten {
    readonly root: string;
    readonly peildatum: string;
    /** Relative path → content: the pages asked for (and README.md), or every report from older servers. */
    readonly bestanden: Record<string, string>;
    /** Every report path, also those not in `bestanden`; absent from older servers (they send every report). */
    readonly alle?: readonly string[];
    /** Opdracht id, report page, `thema:<id>`, `opgave:<id>`, `doel:…`, `inspanning:…`, `rol:…` → source. */
    readonly bronnen: Record<string, BronPlaats>;
    /** Opdracht id → report page; absent from servers older than this extension. */
    readonly paginas?: Record<string, string>;
    /** Report page → per ```mermaid block: node id → key of `bronnen`; absent from older servers. */
    readonly knopen?: Record<string, Record<string, string>[]>;
}

/** What the preview shows: the page of an opdracht (on top), a report page, and what to highlight. */
export interface Keuze {
    /** Report page of the opdracht under the cursor (`opdrachten/<file>.md`). */
    readonly opdrachtPagina?: string;
    /** Report page shown below it (default `README.md`). */
    readonly pagina: string;
    /** Key of `bronnen` to highlight and scroll to (`opgave:<id>`, `thema:<id>`, an opdracht id). */
    readonly focus?: string;
}

/** markdown-it's `env` of one render: the node keys per mermaid block and the next block's index. */
type Omgeving = Record<string, unknown> & { knopen?: Record<string, string>[]; blok?: number };

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
const standaardFence = md.renderer.rules.fence;
md.renderer.rules.fence = (tokens, idx, options, env: Omgeving | undefined, self) => {
    // markdown-it calls a fence rule with the index of a fence token.
    const token = tokens[idx]!;
    if (token.info.trim() === 'mermaid') {
        const blok = env?.blok ?? 0;
        if (env) env.blok = blok + 1;
        const knopen = env?.knopen?.[blok];
        const data = knopen && Object.keys(knopen).length > 0 ? ` data-knopen="${escapeHtml(JSON.stringify(knopen))}"` : '';
        return `<pre class="mermaid"${data}>${md.utils.escapeHtml(token.content)}</pre>\n`;
    }
    return standaardFence
        ? standaardFence(tokens, idx, options, env, self)
        : `<pre><code>${md.utils.escapeHtml(token.content)}</code></pre>\n`;
};
// The reports write `<br>` between the lines of one table cell (user text never holds a raw `<`:
// reports/src/tekst.ts escapes it), so exactly that tag is a line break; any other HTML stays text.
md.inline.ruler.before('text', 'regeleinde', (state, silent) => {
    if (!state.src.startsWith('<br>', state.pos)) return false;
    if (!silent) state.push('hardbreak', 'br', 0);
    state.pos += '<br>'.length;
    return true;
});
// Wide tables scroll inside their own box (focusable, so the keyboard can scroll it too).
md.renderer.rules.table_open = () => '<div class="tabel" tabindex="0"><table>\n';
md.renderer.rules.table_close = () => '</table></div>\n';

/**
 * HTML (a fragment) for one Markdown report.
 * @param knopen per ```mermaid block of the page, in order: node id → source key (`data-knopen`)
 */
export function renderMarkdown(markdown: string, knopen?: Record<string, string>[]): string {
    const zonderKop = markdown.replace(/^<!--[^\n]*-->\r?\n/, '');
    const env: Omgeving = { knopen };
    return md.render(zonderKop, env);
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(tekst: string): string {
    return tekst.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The page actually shown below the opdracht: the chosen one when it exists, else the portfolio. */
export function getoondePagina(rapporten: Rapporten, pagina: string): string {
    return pagina !== 'README.md' && rapporten.bestanden[pagina] !== undefined ? pagina : 'README.md';
}

/** The body of the preview for a choice: the opdracht's page, then the report page. */
export function voorbeeldInhoud(rapporten: Rapporten, keuze: Keuze): string {
    const delen: string[] = [`<nav><span class="peildatum">${escapeHtml(`Peildatum ${rapporten.peildatum}`)}</span></nav>`];
    const sectie = (pagina: string, klasse: string, markdown: string): string =>
        `<section class="${klasse}" data-pagina="${escapeHtml(pagina)}">${renderMarkdown(markdown, rapporten.knopen?.[pagina])}</section>`;
    const opdracht = keuze.opdrachtPagina !== undefined ? rapporten.bestanden[keuze.opdrachtPagina] : undefined;
    if (keuze.opdrachtPagina !== undefined && opdracht !== undefined) {
        delen.push(`${sectie(keuze.opdrachtPagina, 'opdracht', opdracht)}<hr>`);
    }
    const getoond = getoondePagina(rapporten, keuze.pagina);
    const hoofd = rapporten.bestanden[getoond];
    delen.push(hoofd !== undefined ? sectie(getoond, 'portfolio', hoofd) : '<p>Geen rapport.</p>');
    return delen.join('\n');
}

/** What the webview needs besides the body to build the document. */
export interface DocumentDelen {
    readonly nonce: string;
    /** The webview's `cspSource` (where the style sheet and scripts come from). */
    readonly cspSource: string;
    /** URL of a file of dist/media (`preview.css`, `preview.js`, `mermaid.min.js`). */
    readonly media: (naam: string) => string;
    /** Restored by the webview script: the page, the focus and the scroll position. */
    readonly staat: { readonly pagina: string; readonly opdrachtPagina?: string; readonly focus?: string; readonly scroll?: number };
}

/** The whole HTML document of the preview, with a strict content security policy (scripts by nonce only). */
export function voorbeeldDocument(inhoud: string, delen: DocumentDelen): string {
    const { nonce, cspSource, media } = delen;
    const csp = [
        "default-src 'none'",
        `img-src ${cspSource} data:`,
        `style-src ${cspSource} 'unsafe-inline'`,
        `font-src ${cspSource}`,
        `script-src 'nonce-${nonce}'`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(media('preview.css'))}">
<title>Opgave: voorbeeld</title>
</head>
<body data-staat="${escapeHtml(JSON.stringify(delen.staat))}">
${inhoud}
<script nonce="${nonce}" src="${escapeHtml(media('mermaid.min.js'))}"></script>
<script nonce="${nonce}" src="${escapeHtml(media('preview.js'))}"></script>
</body>
</html>`;
}
