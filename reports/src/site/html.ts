/**
 * Markdown report → HTML fragment for the static site (`opgave site`, uitvoer.md). The reports are
 * the one source of the pages' content; this module only changes how they are shown:
 * - raw HTML in the Markdown stays text (markdown-it `html: false`; every user string was escaped
 *   by reports/src/tekst.ts), except the `<br>` the reports put between lines of one table cell;
 * - links to other reports (`x.md`, `README.md`) point to their pages (`x.html`, `index.html`);
 * - an identifier in code (`` `id` ``) of a thema, opgave or opdracht becomes a link to its page,
 *   and a source place (`` `file.opgave:12` ``) a link to the source (see {@link Koppelingen});
 * - a ```mermaid block becomes a `<figure>` with the Mermaid text for the browser, an accessible
 *   title (`accTitle`), links from its nodes (`click`) and the same content as text beside it.
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

/** A diagram the page knows: its Mermaid text (as in the report) and what the site adds to it. */
export interface Diagram {
    /** Accessible title of the figure, Dutch, plain text. */
    readonly titel: string;
    /** Node id (`n1` …) → page URL relative to the current page. */
    readonly links?: ReadonlyMap<string, string>;
    /** The same content as HTML (a list or a sentence pointing at the table on the page). */
    readonly alternatief: string;
}

/** Where the identifiers and source places of one page link to. */
export interface Koppelingen {
    /** Identifier → URL relative to the current page (thema, opgave, opdracht pages). */
    readonly paginaVan: (id: string) => string | undefined;
    /** `file.opgave`, line (1-based) → URL of the source, or undefined when the file is not a source. */
    readonly bronVan: (bestand: string, regel: number) => string | undefined;
    /** Mermaid text of a block (its lines joined with `\n`, without the fence) → what the site adds. */
    readonly diagrammen: ReadonlyMap<string, Diagram>;
    /** With `site --svg`: the n-th (1-based) diagram of the page → URL of its SVG file, relative to the page. */
    readonly svgVan?: (n: number) => string;
}

type Omgeving = Record<string, unknown> & { koppelingen?: Koppelingen; aantalDiagrammen?: number };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(tekst: string): string {
    return HTML_TEKEN.test(tekst) ? tekst.replace(HTML_TEKENS, (t) => ENTITEIT[t]!) : tekst;
}
const HTML_TEKEN = /[&<>"']/;
const HTML_TEKENS = /[&<>"']/g;
const ENTITEIT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

// markdown-it parses the text of every block, also an empty table cell; the site's tables are
// mostly empty cells, so the empty ones are skipped (same HTML: an empty text has no tokens).
md.core.ruler.at('inline', (state) => {
    for (const token of state.tokens) {
        if (token.type === 'inline' && token.content !== '') {
            state.md.inline.parse(token.content, state.md, state.env, token.children ?? (token.children = []));
        }
    }
});

md.inline.ruler.before('text', 'regeleinde', (state, silent) => {
    if (!state.src.startsWith('<br>', state.pos)) return false;
    if (!silent) state.push('hardbreak', 'br', 0);
    state.pos += '<br>'.length;
    return true;
});

/** `README.md` → `index.html`, `a/b.md#x` → `a/b.html#x`; other links unchanged. */
export function paginaLink(href: string): string {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#')) {
        return href;
    }
    return href.replace(/(^|\/)README\.md(?=#|$)/, '$1index.html').replace(/\.md(?=#|$)/, '.html');
}

md.core.ruler.push('site-links', (state) => {
    const bezoek = (tokens: Token[] | null): void => {
        for (const t of tokens ?? []) {
            if (t.type === 'link_open') {
                const href = t.attrGet('href');
                if (typeof href === 'string') t.attrSet('href', paginaLink(href));
            }
            bezoek(t.children);
        }
    };
    bezoek(state.tokens);
});

md.renderer.rules.code_inline = (tokens, idx, _options, env: Omgeving | undefined) => {
    const inhoud = tokens[idx]!.content;
    const code = `<code>${escapeHtml(inhoud)}</code>`;
    const k = env?.koppelingen;
    if (binnenLink(tokens, idx)) {
        return code;
    }
    const bron = /^(.+\.opgave):(\d+)$/.exec(inhoud);
    const href = bron ? k?.bronVan(bron[1]!, Number(bron[2])) : k?.paginaVan(inhoud);
    return href !== undefined ? `<a href="${escapeHtml(href)}">${code}</a>` : code;
};

/** True when the token at `idx` lies inside a link (an `<a>` may not hold another). */
function binnenLink(tokens: readonly Token[], idx: number): boolean {
    for (let i = idx - 1; i >= 0; i--) {
        if (tokens[i]!.type === 'link_close') return false;
        if (tokens[i]!.type === 'link_open') return true;
    }
    return false;
}

md.renderer.rules.table_open = () => '<div class="tabel" tabindex="0" role="region" aria-label="Tabel"><table>\n';
md.renderer.rules.table_close = () => '</table></div>\n';

const standaardFence = md.renderer.rules.fence;
md.renderer.rules.fence = (tokens, idx, options, env: Omgeving | undefined, self) => {
    const token = tokens[idx]!;
    if (token.info.trim() !== 'mermaid') {
        return standaardFence ? standaardFence(tokens, idx, options, env, self) : `<pre><code>${escapeHtml(token.content)}</code></pre>\n`;
    }
    const tekst = token.content.replace(/\n$/, '');
    const diagram = env?.koppelingen?.diagrammen.get(tekst);
    const n = (env?.aantalDiagrammen ?? 0) + 1;
    if (env) env.aantalDiagrammen = n;
    return figuur(tekst, diagram ?? { titel: 'Diagram', alternatief: '' }, env?.koppelingen?.svgVan?.(n));
};

/**
 * One diagram as a figure: the Mermaid text with `accTitle` (so the drawn SVG has a title for
 * screen readers) and `click` lines for the node links, then the text alternative, and with `svg`
 * (the URL of its file from `site --svg`) a link to that file.
 */
export function figuur(tekst: string, diagram: Diagram, svg?: string): string {
    const [eerste, ...rest] = tekst.split('\n');
    // accTitle takes one line of text; a colon or line end in it would end the statement.
    const titel = diagram.titel.replace(/[\r\n:;]/g, ' ');
    const clicks = [...(diagram.links ?? [])].map(([knoop, url]) => `    click ${knoop} href "${url.replace(/"/g, '%22')}"`);
    const bron = [eerste, `    accTitle: ${titel}`, ...rest, ...clicks].join('\n');
    const alternatief = diagram.alternatief ? `\n<figcaption>${diagram.alternatief}</figcaption>` : '';
    const bestand = svg !== undefined ? `\n<p class="svg-bestand"><a href="${escapeHtml(svg)}">Het diagram als SVG-bestand</a></p>` : '';
    return `<figure class="diagram" aria-label="${escapeHtml(diagram.titel)}">\n<pre class="mermaid">${escapeHtml(bron)}</pre>${alternatief}${bestand}\n</figure>\n`;
}

/**
 * HTML for one Markdown report, without its generated-file comment line.
 * @param koppelingen where ids, source places and diagram nodes of this page link to
 */
export function markdownNaarHtml(markdown: string, koppelingen: Koppelingen): string {
    const zonderKop = markdown.replace(/^<!--[^\n]*-->\r?\n/, '');
    const env: Omgeving = { koppelingen };
    return md.render(zonderKop, env);
}
