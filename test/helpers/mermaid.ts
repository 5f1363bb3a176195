/**
 * Mermaid for tests: the fenced blocks of a Markdown report, and mermaid's own parser under jsdom.
 */
/** Every fenced ```mermaid block of a Markdown text. */
export function mermaidBlokken(markdown: string): string[] {
    return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
}

interface MermaidApi {
    parse(tekst: string): Promise<{ diagramType: string } | false>;
}
let mermaid: Promise<MermaidApi> | undefined;
let dom: { window: { close(): void } } | undefined;

/**
 * Mermaid's own parser. It needs a DOM even to parse (recipes/mermaid-notes.md), so a jsdom
 * window is installed as the global window/document first.
 */
export function mermaidParser(): Promise<MermaidApi> {
    mermaid ??= (async () => {
        const { JSDOM } = await import('jsdom');
        const venster = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
        dom = venster;
        const g = globalThis as Record<string, unknown>;
        g.window = venster.window;
        g.document = venster.window.document;
        const m = (await import('mermaid')).default as unknown as MermaidApi & { initialize(c: object): void };
        m.initialize({ startOnLoad: false });
        return m;
    })();
    return mermaid;
}

/** Removes the jsdom globals again, so later test files run in a plain Node environment. */
export function mermaidOpruimen(): void {
    const g = globalThis as Record<string, unknown>;
    delete g.window;
    delete g.document;
    dom?.window.close();
    dom = undefined;
    mermaid = undefined;
}
