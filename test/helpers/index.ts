/**
 * Test helpers: the repository's places, the one set of default check options, and portfolios
 * checked in memory (texts) or as folders (like `opgave check`).
 *
 * The other helpers of this folder: `cli.ts` (the command line, spawned or in process),
 * `lsp-client.ts` (a language-server client over stdio), `mermaid.ts` (Mermaid's own parser),
 * `regelfixtures.ts` (the marker fixtures of the rules), `lastig.ts` (a portfolio of awkward
 * titles), `tijdelijk.ts` (temporary folders and the mocha root hooks that remove them).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, URI } from 'langium';
import type { LangiumDocument } from 'langium';
import { controleerPortfolio, type CheckOpties, type CheckResultaat } from '../../language/src/check/checker.js';
import { checkOptiesVan, STANDAARD_UITVOER } from '../../language/src/config.js';
import { createOpgaveServices } from '../../language/src/opgave-module.js';
import { controleerBestanden, vindProject } from '../../language/src/project.js';
import { genereerRapporten } from '../../reports/src/index.js';

/** The repository root (tests run from out/test/…; sources, examples and dist/ live beside out/). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The shared acceptance cases beside the repository. */
export const SHARED_CASES = path.resolve(ROOT, '..', 'shared', 'cases');
/** The acceptance cases of rule catalogue version 2, beside `SHARED_CASES`. */
export const SHARED_CASES_V2 = path.resolve(ROOT, '..', 'shared', 'cases-v2');
/** The bundled CLI (run it through {@link bundel} or `cli()` of `cli.ts`, which check that it exists). */
export const CLI = path.join(ROOT, 'dist', 'cli.cjs');

/** The peildatum of the tests and the rule fixtures (ISO date). */
export const PEILDATUM = '2026-11-29';

/**
 * The default check options of the tests: an empty configuration at {@link PEILDATUM}, through
 * the same mapping as the command line (`checkOptiesVan`), so the defaults cannot drift apart.
 */
export const STANDAARD_OPTIES: CheckOpties = checkOptiesVan({}, PEILDATUM);

/**
 * The path of a bundle in dist/ (`cli.cjs`, `server.cjs`, or an esbuild metafile), for tests that
 * run it. A missing bundle fails the test with this message instead of skipping it silently.
 * @throws Error when the file does not exist (run `npm run build`; `npm test` does)
 */
export function bundel(naam: string): string {
    const pad = path.join(ROOT, 'dist', naam);
    if (!fs.existsSync(pad)) {
        throw new Error(`${path.relative(ROOT, pad)} ontbreekt: bouw eerst met \`npm run build\` (\`npm test\` doet dat zelf).`);
    }
    return pad;
}

/**
 * Parses and links in-memory files as one portfolio (no Langium validation: the checker does that).
 * @param bestanden file path relative to `map` (may contain `/`) → text
 * @param map the folder the files are in (their URIs are `file://<map>/<pad>`)
 */
export async function parse(bestanden: Record<string, string>, map = '/portfolio'): Promise<LangiumDocument[]> {
    const { shared } = createOpgaveServices(EmptyFileSystem);
    const docs = Object.entries(bestanden).map(([naam, tekst]) => {
        const doc = shared.workspace.LangiumDocumentFactory.fromString(tekst, URI.file(`${map}/${naam}`));
        shared.workspace.LangiumDocuments.addDocument(doc);
        return doc;
    });
    await shared.workspace.DocumentBuilder.build(docs, { validation: false });
    return docs;
}

/** Checks in-memory files (`/portfolio/<naam>`) as one portfolio, with {@link STANDAARD_OPTIES} and `opties` over them. */
export async function check(bestanden: Record<string, string>, opties: Partial<CheckOpties> = {}): Promise<CheckResultaat> {
    return controleerPortfolio(await parse(bestanden), { ...STANDAARD_OPTIES, ...opties });
}

/** Rule ids of the findings, sorted (with duplicates). */
export function ids(resultaat: CheckResultaat): string[] {
    return resultaat.bevindingen.map((b) => b.ruleId).sort();
}

/** Checks one portfolio given as text (file `/voorbeeld/portfolio.opgave`), at the given peildatum. */
export async function controleerTekst(tekst: string, peildatum = PEILDATUM): Promise<CheckResultaat> {
    return controleerPortfolio(await parse({ 'portfolio.opgave': tekst }, '/voorbeeld'), { ...STANDAARD_OPTIES, peildatum });
}

/**
 * Checks the portfolio in `map` like `opgave check` does (language/src/project.ts), reading its
 * files in sorted or reversed order; without a peildatum in its configuration it uses {@link PEILDATUM}.
 */
export async function controleerMap(
    map: string,
    volgorde: 'gesorteerd' | 'omgekeerd' = 'gesorteerd',
): Promise<{ resultaat: CheckResultaat; peildatum: string }> {
    const project = await vindProject([map], { standaardPeildatum: PEILDATUM });
    const bestanden = volgorde === 'omgekeerd' ? [...project.bestanden].reverse() : project.bestanden;
    const { resultaat } = await controleerBestanden(bestanden, project);
    return { resultaat, peildatum: project.peildatum };
}

/** Generates the reports of a folder in memory (relative path → content). */
export async function rapportenVan(map: string, volgorde: 'gesorteerd' | 'omgekeerd' = 'gesorteerd'): Promise<Map<string, string>> {
    const { resultaat, peildatum } = await controleerMap(map, volgorde);
    return genereerRapporten(resultaat, { peildatum, root: map, uitvoer: path.join(map, STANDAARD_UITVOER) });
}

/**
 * Runs `werk` while the process's own stdout and stderr are captured instead of written (the
 * language server reserves stdout for the protocol, so core code must never print).
 * @returns the result of `werk` and everything written to either stream, in order
 */
export async function metProcesUitvoer<T>(werk: () => Promise<T>): Promise<{ waarde: T; geschreven: string[] }> {
    const geschreven: string[] = [];
    const origineel = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
    const vang = ((s: string | Uint8Array) => geschreven.push(String(s)) > 0) as typeof process.stdout.write;
    process.stdout.write = vang;
    process.stderr.write = vang;
    try {
        return { waarde: await werk(), geschreven };
    } finally {
        process.stdout.write = origineel.out;
        process.stderr.write = origineel.err;
    }
}
