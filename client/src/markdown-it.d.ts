// Minimal typings of markdown-it (no @types package installed); only what the preview uses.
declare module 'markdown-it' {
    interface Token {
        info: string;
        content: string;
    }
    interface Renderer {
        rules: Record<string, ((tokens: Token[], idx: number, options: unknown, env: unknown, self: Renderer) => string) | undefined>;
        renderToken(tokens: Token[], idx: number, options: unknown): string;
    }
    interface Utils {
        escapeHtml(s: string): string;
    }
    class MarkdownIt {
        constructor(options?: { html?: boolean; linkify?: boolean; typographer?: boolean });
        renderer: Renderer;
        utils: Utils;
        render(src: string): string;
    }
    export default MarkdownIt;
}
