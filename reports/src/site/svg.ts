/**
 * `opgave site --svg` (issue "Readers outside git", item 2): every diagram of the site also as an
 * `.svg` file, drawn by the same mermaid the site ships, in a headless Chromium on the machine
 * (playwright-core drives it; nothing is ever downloaded). Without a usable Chromium the caller gets
 * a Dutch message instead and builds the site without SVG files.
 *
 * Where: the n-th diagram (1-based, in page order) of `map/pagina.html` is `map/pagina-n.svg`,
 * beside its page, so the relative links of its nodes work in the file too ({@link svgPad}).
 *
 * How: one blank page (every request blocked) loads the site's `media/mermaid.min.js` and renders
 * each diagram's Mermaid text — exactly the text of the page's `<pre class="mermaid">`, written by
 * `figuur` in html.ts, so with its `accTitle` and `click` links — with the site's settings plus:
 * - labels as SVG text, not HTML in a `foreignObject` (`htmlLabels: false`), so Word, PowerPoint,
 *   Inkscape and other programs that do not draw HTML inside SVG show them;
 * - a fixed seed for the shapes mermaid draws with rough.js (`handDrawnSeed`) and an id per file,
 *   so two runs on the same machine give the same bytes;
 * - width and height from the diagram's size instead of `100%`, for a file opened on its own.
 * The file is XML (XMLSerializer) and starts with the generated-file comment (reports/src/kop.ts).
 * Text is measured with the machine's fonts: another machine may give other numbers.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { kop } from '../kop.js';

/** The end of every message about SVG files not written. */
export const ZONDER_SVG = 'de site is gebouwd zonder SVG-bestanden. Zet site.chromium in opgave.config.json of installeer chromium.';

/** Environment variable naming Chromium, used when the configuration names none. */
export const CHROMIUM_OMGEVING = 'OPGAVE_CHROMIUM';

/** Program names looked up on the PATH when neither the configuration nor the environment names Chromium. */
export const CHROMIUM_NAMEN = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;

/** Settings of {@link tekenSvgs}. */
export interface SvgOpties {
    /** Absolute path of Chromium from the configuration (`site.chromium`), if set. */
    readonly chromium?: string;
    /** Peildatum `JJJJ-MM-DD` for the generated-file comment. */
    readonly peildatum: string;
    /** Environment to read `OPGAVE_CHROMIUM` and `PATH` from; default `process.env`. */
    readonly omgeving?: NodeJS.ProcessEnv;
}

/** Outcome of {@link tekenSvgs}: the files, or why there are none (Dutch, one line, ends with {@link ZONDER_SVG}). */
export type SvgUitkomst = { readonly svgs: Map<string, string> } | { readonly melding: string };

/** `opdrachten/x.html`, 2 → `opdrachten/x-2.svg`: the file of the n-th (1-based) diagram of a page. */
export function svgPad(pagina: string, n: number): string {
    return `${pagina.replace(/\.html$/, '')}-${n}.svg`;
}

const ENTITEITEN: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The Mermaid texts of a site page, in page order (the content of each `<pre class="mermaid">`, unescaped). */
export function diagramTeksten(html: string): string[] {
    return [...html.matchAll(/<pre class="mermaid">([^<]*)<\/pre>/g)].map((m) =>
        m[1]!.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITEITEN[e]!),
    );
}

/** True when `pad` is a file this process may run. */
function uitvoerbaar(pad: string): boolean {
    try {
        fs.accessSync(pad, fs.constants.X_OK);
        return fs.statSync(pad).isFile();
    } catch {
        return false;
    }
}

/**
 * The Chromium to use: `site.chromium` from the configuration, else `OPGAVE_CHROMIUM`, else the
 * first of {@link CHROMIUM_NAMEN} on the PATH. A named path that is not an executable file is not
 * replaced by another one: the message says so.
 * @returns the path, or a Dutch message ending with {@link ZONDER_SVG}
 */
export function vindChromium(opties: Pick<SvgOpties, 'chromium' | 'omgeving'>): { pad: string } | { melding: string } {
    const env = opties.omgeving ?? process.env;
    const genoemd: [string, string | undefined][] = [
        ['site.chromium in de configuratie', opties.chromium],
        [CHROMIUM_OMGEVING, env[CHROMIUM_OMGEVING] || undefined],
    ];
    for (const [bron, pad] of genoemd) {
        if (pad === undefined) continue;
        return uitvoerbaar(pad)
            ? { pad }
            : { melding: `geen Chromium gevonden: ${bron} wijst naar ${pad}, maar daar staat geen programma; ${ZONDER_SVG}` };
    }
    for (const map of (env.PATH ?? '').split(path.delimiter).filter((m) => m !== '')) {
        for (const naam of CHROMIUM_NAMEN) {
            const pad = path.join(map, naam);
            if (uitvoerbaar(pad)) return { pad };
        }
    }
    return { melding: `geen Chromium gevonden (gezocht op het PATH: ${CHROMIUM_NAMEN.join(', ')}); ${ZONDER_SVG}` };
}

/** The first line of an error, without playwright's log lines. */
function eersteRegel(e: unknown): string {
    return (e instanceof Error ? e.message : String(e))
        .split('\n')[0]!
        .replace(/^browserType\.launch: /, '')
        .trim();
}

/**
 * Draws every diagram of the site's HTML pages as SVG (see the module comment).
 * @param bestanden the site's files as `sitePaginasLui` returns them (pages are rendered here; pass
 *   a map whose functions remember their result to render each page once), with `media/mermaid.min.js`
 * @returns the SVG files (path relative to the site → content) in path order, or a Dutch message
 *   when there is no usable Chromium, it does not start, or a diagram cannot be drawn; never throws
 *   for those
 */
export async function tekenSvgs(bestanden: ReadonlyMap<string, () => string>, opties: SvgOpties): Promise<SvgUitkomst> {
    const taken: { pad: string; tekst: string }[] = [];
    for (const [rel, maak] of bestanden) {
        if (!rel.endsWith('.html')) continue;
        diagramTeksten(maak()).forEach((tekst, i) => taken.push({ pad: svgPad(rel, i + 1), tekst }));
    }
    if (taken.length === 0) {
        return { svgs: new Map() };
    }
    const mermaid = bestanden.get('media/mermaid.min.js');
    if (mermaid === undefined) {
        return { melding: `mermaid ontbreekt in de site; ${ZONDER_SVG}` };
    }
    const gevonden = vindChromium(opties);
    if ('melding' in gevonden) {
        return gevonden;
    }
    let playwright: typeof import('playwright-core');
    try {
        playwright = await import('playwright-core');
    } catch (e) {
        return { melding: `playwright-core ontbreekt (${eersteRegel(e)}); ${ZONDER_SVG}` };
    }
    let browser: import('playwright-core').Browser;
    try {
        browser = await playwright.chromium.launch({
            executablePath: gevonden.pad,
            headless: true,
            timeout: 60_000,
            args: ['--disable-gpu', '--disable-dev-shm-usage'],
        });
    } catch (e) {
        return { melding: `Chromium (${gevonden.pad}) start niet: ${eersteRegel(e)}; ${ZONDER_SVG}` };
    }
    try {
        const pagina = await browser.newPage();
        // Nothing leaves the page: mermaid comes in as text, every request is refused.
        await pagina.route('**/*', (r) => r.abort());
        await pagina.setContent('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"></head><body></body></html>');
        await pagina.addScriptTag({ content: mermaid() });
        const svgs = new Map<string, string>();
        const ids = taken.map((t) => `svg-${createHash('sha256').update(t.pad).digest('hex').slice(0, 12)}`);
        const getekend = await pagina.evaluate<Getekend[]>(`(${TEKEN})(${JSON.stringify({ teksten: taken.map((t) => t.tekst), ids })})`);
        for (const [i, uit] of getekend.entries()) {
            const taak = taken[i]!;
            if ('fout' in uit) {
                return { melding: `het diagram ${taak.pad} is niet getekend: ${uit.fout}; ${ZONDER_SVG}` };
            }
            svgs.set(taak.pad, `${kop({ peildatum: opties.peildatum })}\n${uit.svg}\n`);
        }
        return { svgs: new Map([...svgs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
    } catch (e) {
        return { melding: `Chromium tekende de diagrammen niet: ${eersteRegel(e)}; ${ZONDER_SVG}` };
    } finally {
        await browser.close().catch(() => undefined);
    }
}

/** What the page returns per diagram: the SVG as XML, or the first line of the error. */
type Getekend = { readonly svg: string } | { readonly fout: string };

/**
 * Runs inside the page (plain JavaScript: the project's TypeScript has no DOM types): draws each
 * text with mermaid and returns, per text, `{ svg }` (XML) or `{ fout }` (the first line of the error).
 */
const TEKEN = `async ({ teksten, ids }) => {
    mermaid.initialize({
        startOnLoad: false,
        securityLevel: 'strict',
        theme: 'default',
        handDrawnSeed: 1,
        htmlLabels: false,
        flowchart: { htmlLabels: false },
        gantt: { useMaxWidth: false },
    });
    const uit = [];
    for (let i = 0; i < teksten.length; i++) {
        try {
            const { svg } = await mermaid.render(ids[i], teksten[i]);
            const houder = document.createElement('div');
            houder.innerHTML = svg;
            document.body.appendChild(houder);
            const el = houder.querySelector('svg');
            const vak = el.viewBox.baseVal;
            if (vak && vak.width > 0 && vak.height > 0) {
                el.setAttribute('width', String(Math.ceil(vak.width)));
                el.setAttribute('height', String(Math.ceil(vak.height)));
                el.style.removeProperty('max-width');
                if (el.getAttribute('style') === '') el.removeAttribute('style');
            }
            uit.push({ svg: new XMLSerializer().serializeToString(el) });
            houder.remove();
        } catch (e) {
            uit.push({ fout: String(e && e.message ? e.message : e).split('\\n')[0] });
        }
    }
    return uit;
}`;

/** The same files, each rendered at most once (for a caller that reads pages twice). */
export function eenmalig(bestanden: ReadonlyMap<string, () => string>): Map<string, () => string> {
    return new Map(
        [...bestanden].map(([rel, maak]) => {
            let inhoud: string | undefined;
            return [rel, () => (inhoud ??= maak())] as const;
        }),
    );
}
