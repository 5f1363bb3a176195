/**
 * Stable fingerprints of findings, shared by the GitLab Code Quality report (`fingerprint`) and SARIF
 * (`partialFingerprints["opgave/v1"]`), so a platform keeps a finding's identity across commits
 * (issue 16, items 3 and 6).
 */
import { createHash } from 'node:crypto';
import type { UitvoerBevinding } from './types.js';

/**
 * The fingerprint of each finding, in the order given: the SHA-256 (64 lowercase hex digits) of the
 * rule id, the relative file path (`/` separators), the message and an occurrence index that counts
 * identical (rule, file, message) findings in the given order, starting at 0.
 *
 * The line and column are left out on purpose: inserting or moving text above a finding keeps its
 * fingerprint. Editing the message's subject (which renames it) or moving the finding to another
 * file gives a new one. Two identical findings in one file differ only by their index, so removing
 * the first one shifts the second onto the first's fingerprint; that is the price of line-free
 * identity. The input must be in the stable order of `naarUitvoer` (file, line, column, rule id).
 */
export function vingerafdrukken(bevindingen: readonly UitvoerBevinding[]): string[] {
    const gezien = new Map<string, number>();
    return bevindingen.map((b) => {
        const sleutel = JSON.stringify([b.ruleId, b.file, b.message]);
        const volgnummer = gezien.get(sleutel) ?? 0;
        gezien.set(sleutel, volgnummer + 1);
        return createHash('sha256')
            .update(JSON.stringify([b.ruleId, b.file, b.message, volgnummer]))
            .digest('hex');
    });
}
