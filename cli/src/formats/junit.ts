import type { UitvoerBevinding } from './types.js';

const LABEL = { error: 'fout', warning: 'waarschuwing', info: 'info' } as const;

/**
 * Escapes text for XML content and attribute values: the five special characters, and characters
 * XML 1.0 does not allow (control characters, lone surrogates) are dropped.
 */
export function xml(tekst: string): string {
    return tekst
        .replace(
            // eslint-disable-next-line no-control-regex -- dropping the control characters XML 1.0 forbids is the point
            /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
            '',
        )
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        .replace(/\r/g, '&#13;')
        .replace(/\n/g, '&#10;');
}

/**
 * `--format junit`: JUnit XML with one test case per checked file (relative path as its name) and
 * one `<failure>` per finding, for CI dashboards. Files without findings are passing test cases.
 * @param bestanden every checked file (relative, `/` separators), so clean files are listed too
 */
export function formatJunit(bevindingen: readonly UitvoerBevinding[], bestanden: readonly string[]): string {
    const alle = [...new Set([...bestanden, ...bevindingen.map((b) => b.file)])].sort();
    const perBestand = new Map<string, UitvoerBevinding[]>(alle.map((f) => [f, []]));
    for (const b of bevindingen) {
        perBestand.get(b.file)?.push(b);
    }
    const regels = ['<?xml version="1.0" encoding="UTF-8"?>'];
    regels.push(`<testsuites name="opgave" tests="${alle.length}" failures="${bevindingen.length}" errors="0">`);
    regels.push(`  <testsuite name="opgave check" tests="${alle.length}" failures="${bevindingen.length}" errors="0" skipped="0">`);
    for (const [bestand, lijst] of perBestand) {
        if (lijst.length === 0) {
            regels.push(`    <testcase classname="opgave" name="${xml(bestand)}" file="${xml(bestand)}"/>`);
            continue;
        }
        regels.push(`    <testcase classname="opgave" name="${xml(bestand)}" file="${xml(bestand)}">`);
        for (const b of lijst) {
            const plek = `${b.file}:${b.line}:${b.column}`;
            regels.push(
                `      <failure type="${xml(b.ruleId)}" message="${xml(b.message)}">${xml(`${plek} ${LABEL[b.severity]} ${b.message} (${b.ruleId})`)}</failure>`,
            );
        }
        regels.push('    </testcase>');
    }
    regels.push('  </testsuite>', '</testsuites>');
    return `${regels.join('\n')}\n`;
}
