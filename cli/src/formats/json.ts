import type { UitvoerBevinding } from './types.js';

/** `--format json`: an array of `{file, line, column, endLine, endColumn, severity, ruleId, message}`. */
export function formatJson(bevindingen: readonly UitvoerBevinding[]): string {
    return `${JSON.stringify(bevindingen, null, 2)}\n`;
}
