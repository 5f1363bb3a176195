import type { UitvoerBevinding } from './types.js';
import { vingerafdrukken } from './vingerafdruk.js';

/**
 * GitLab's severities for opgave's: an error (which fails `opgave check`) is `major`, a warning
 * `minor`, a hint `info`. `critical` and `blocker` are left unused: GitLab reserves them for
 * defects that must stop a merge, and opgave's exit code already does that for errors.
 */
const ERNST = { error: 'major', warning: 'minor', info: 'info' } as const;

/** One issue of a GitLab Code Quality report (the Code Climate subset GitLab reads). */
export interface GitlabIssue {
    /** The finding's Dutch message. */
    readonly description: string;
    /** The rule id. */
    readonly check_name: string;
    /** Stable identity across commits, see `vingerafdrukken`. */
    readonly fingerprint: string;
    readonly severity: (typeof ERNST)[keyof typeof ERNST];
    /** `path` relative to the current folder (the repository root in a CI job), `/` separators; `begin` 1-based. */
    readonly location: { readonly path: string; readonly lines: { readonly begin: number } };
}

/**
 * `--format gitlab`: a GitLab Code Quality report (`artifacts:reports:codequality`), a JSON array
 * with one issue per finding in the stable order of the findings (file, line, column, rule id).
 * Paths are relative to the current folder, so run the check from the repository root.
 */
export function formatGitlab(bevindingen: readonly UitvoerBevinding[]): string {
    const vingers = vingerafdrukken(bevindingen);
    const issues: GitlabIssue[] = bevindingen.map((b, i) => ({
        description: b.message,
        check_name: b.ruleId,
        fingerprint: vingers[i]!,
        severity: ERNST[b.severity],
        location: { path: b.file, lines: { begin: b.line } },
    }));
    return `${JSON.stringify(issues, null, 2)}\n`;
}
