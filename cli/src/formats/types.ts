/**
 * The shape every finding format prints. In a module of its own, not in the barrel `index.ts`, so
 * the format modules can import it without a file cycle (format → index → format).
 */
import type { Bevinding } from '../../../language/src/check/checker.js';

/** A finding as the formats print it: relative file, 1-based line and column. */
export interface UitvoerBevinding {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly severity: Bevinding['severity'];
    readonly ruleId: string;
    readonly message: string;
}
