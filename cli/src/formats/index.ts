/**
 * Finding formats of `opgave check --format` (uitvoer.md "Finding formats"). Every format gets
 * the same findings; files are shown relative to the current folder with `/` separators.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Colors } from 'picocolors/types.js';
import type { Bevinding } from '../../../language/src/check/checker.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { UitvoerBevinding } from './types.js';

export type { UitvoerBevinding } from './types.js';

/** The path of a document URI relative to `cwd`, with `/` separators. */
export function relatiefPad(uri: string, cwd: string = process.cwd()): string {
    const bestand = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
    return path.relative(cwd, bestand).split(path.sep).join('/');
}

/** Converts findings to their printed shape, in the stable order (file, line, column, rule id). */
export function naarUitvoer(bevindingen: readonly Bevinding[], cwd: string = process.cwd()): UitvoerBevinding[] {
    return bevindingen
        .map((b) => ({
            file: relatiefPad(b.uri, cwd),
            line: b.range.start.line + 1,
            column: b.range.start.character + 1,
            endLine: b.range.end.line + 1,
            endColumn: b.range.end.character + 1,
            severity: b.severity,
            ruleId: b.ruleId,
            message: b.message,
        }))
        .sort(
            (a, b) =>
                (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
                a.line - b.line ||
                a.column - b.column ||
                (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
        );
}

/** The finding formats of `opgave check --format`. */
export const FORMATEN = ['stylish', 'json', 'sarif', 'github', 'gitlab', 'junit'] as const;
/** One finding format. */
export type Formaat = (typeof FORMATEN)[number];

/** Everything a format may need besides the findings. */
export interface FormaatContext {
    /** Colours for `stylish`. */
    readonly kleur: Colors;
    /** Version of the tool (SARIF driver). */
    readonly versie: string;
    /** Every checked file, relative with `/` (JUnit lists clean files too). */
    readonly bestanden: readonly string[];
    /** Absolute base URL of the documentation (SARIF `helpUri`), when known. */
    readonly docsBasis?: string;
}

/** Renders findings in one format. All formats carry exactly the same findings. */
export function formatteer(formaat: Formaat, bevindingen: readonly UitvoerBevinding[], context: FormaatContext): string {
    switch (formaat) {
        case 'json':
            return formatJson(bevindingen);
        case 'sarif':
            return formatSarif(bevindingen, { versie: context.versie, docsBasis: context.docsBasis });
        case 'github':
            return formatGithub(bevindingen);
        case 'gitlab':
            return formatGitlab(bevindingen);
        case 'junit':
            return formatJunit(bevindingen, context.bestanden);
        case 'stylish':
            return formatStylish(bevindingen, context.kleur);
    }
}
