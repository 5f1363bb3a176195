/**
 * Test helpers: check portfolios given as text (in memory) or as folders (through the CLI).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, URI } from 'langium';
import type { LangiumDocument } from 'langium';
import { controleerPortfolio, type CheckResultaat } from '../language/src/check/checker.js';
import { createOpgaveServices } from '../language/src/opgave-module.js';
import type { CheckOpties } from '../language/src/check/checker.js';

/** Repository root (tests run from out/test). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The shared acceptance cases beside the repository. */
export const SHARED_CASES = path.resolve(ROOT, '..', 'shared', 'cases');
/** The bundled CLI. */
export const CLI = path.join(ROOT, 'dist', 'cli.cjs');

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

/** Default options: the peildatum of the fixtures. */
export const STANDAARD: CheckOpties = { peildatum: '2026-11-29', herijkingTermijnMaanden: 12, maxActieveOpdrachtenPerPersoon: 4 };

/** Parses and links in-memory files (name → text) as one portfolio. */
export async function parse(bestanden: Record<string, string>): Promise<LangiumDocument[]> {
    const { shared } = createOpgaveServices(EmptyFileSystem);
    const docs = Object.entries(bestanden).map(([naam, tekst]) => {
        const doc = shared.workspace.LangiumDocumentFactory.fromString(tekst, URI.file(`/portfolio/${naam}`));
        shared.workspace.LangiumDocuments.addDocument(doc);
        return doc;
    });
    await shared.workspace.DocumentBuilder.build(docs, { validation: false });
    return docs;
}

/** Checks in-memory files as one portfolio. */
export async function check(bestanden: Record<string, string>, opties: Partial<CheckOpties> = {}): Promise<CheckResultaat> {
    return controleerPortfolio(await parse(bestanden), { ...STANDAARD, ...opties });
}

/** Rule ids of the findings, sorted (with duplicates). */
export function ids(resultaat: CheckResultaat): string[] {
    return resultaat.bevindingen.map((b) => b.ruleId).sort();
}

/** Runs the bundled CLI; returns exit code, stdout and stderr. */
export function cli(args: string[], cwd: string = ROOT): { code: number; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, [bundel('cli.cjs'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export { tijdelijkeMap } from './helpers/tijdelijk.js';
