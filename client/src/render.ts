/**
 * Turns a generated Markdown report into safe HTML for the preview webview: raw HTML in the
 * Markdown is not interpreted (every user string is escaped by markdown-it with `html: false`),
 * the generator's comment line is dropped, and ```mermaid blocks become `<pre class="mermaid">`
 * for the bundled mermaid script.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
const standaardFence = md.renderer.rules.fence;
md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    // markdown-it calls a fence rule with the index of a fence token.
    const token = tokens[idx]!;
    if (token.info.trim() === 'mermaid') {
        return `<pre class="mermaid">${md.utils.escapeHtml(token.content)}</pre>\n`;
    }
    return standaardFence
        ? standaardFence(tokens, idx, options, env, self)
        : `<pre><code>${md.utils.escapeHtml(token.content)}</code></pre>\n`;
};

/** HTML (a fragment) for one Markdown report. */
export function renderMarkdown(markdown: string): string {
    const zonderKop = markdown.replace(/^<!--[^\n]*-->\r?\n/, '');
    return md.render(zonderKop);
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(tekst: string): string {
    return tekst.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
