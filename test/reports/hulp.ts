/**
 * Test helpers for reports, formats and docs: load a portfolio folder (in a chosen file order) or a
 * portfolio text, check it, and render Mermaid blocks with mermaid's own parser under jsdom.
 */
import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { controleerPortfolio, type CheckResultaat } from '../../language/src/check/checker.js';
import { STANDAARD_UITVOER } from '../../language/src/config.js';
import { createOpgaveServices } from '../../language/src/opgave-module.js';
import { controleerBestanden, vindProject } from '../../language/src/project.js';
import { genereerRapporten } from '../../reports/src/index.js';

/** The repository root (tests run from out/test/…, the sources live next to out/). */
export const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');

/**
 * Checks the portfolio in `map` like `opgave check` does (language/src/project.ts), reading its
 * files in sorted or reversed order; without a peildatum in its configuration it uses 2026-11-29.
 */
export async function controleerMap(
    map: string,
    volgorde: 'gesorteerd' | 'omgekeerd' = 'gesorteerd',
): Promise<{ resultaat: CheckResultaat; peildatum: string }> {
    const project = await vindProject([map], { standaardPeildatum: '2026-11-29' });
    const bestanden = volgorde === 'omgekeerd' ? [...project.bestanden].reverse() : project.bestanden;
    const { resultaat } = await controleerBestanden(bestanden, project);
    return { resultaat, peildatum: project.peildatum };
}

/** Generates the reports of a folder in memory. */
export async function rapportenVan(map: string, volgorde: 'gesorteerd' | 'omgekeerd' = 'gesorteerd'): Promise<Map<string, string>> {
    const { resultaat, peildatum } = await controleerMap(map, volgorde);
    return genereerRapporten(resultaat, { peildatum, root: map, uitvoer: path.join(map, STANDAARD_UITVOER) });
}

/** Checks one portfolio given as text (file `/voorbeeld/portfolio.opgave`), at the given peildatum. */
export async function controleerTekst(tekst: string, peildatum = '2026-11-29'): Promise<CheckResultaat> {
    const services = createOpgaveServices(EmptyFileSystem).Opgave;
    const doc = services.shared.workspace.LangiumDocumentFactory.fromString(tekst, URI.file('/voorbeeld/portfolio.opgave'));
    services.shared.workspace.LangiumDocuments.addDocument(doc);
    await services.shared.workspace.DocumentBuilder.build([doc], { validation: false });
    return controleerPortfolio([doc], { peildatum, herijkingTermijnMaanden: 12, maxActieveOpdrachtenPerPersoon: 4 });
}

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
