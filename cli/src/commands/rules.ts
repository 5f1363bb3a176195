import { REGELS, regelDocPad } from '../../../language/src/rules/index.js';
import { heeftHerstel, type Regel } from '../../../language/src/rules/regel.js';
import type { Schrijver } from '../schrijver.js';

/** `opgave rules`: every rule with id, default severity, summary and documentation page. */
export function formatRegels(regels: readonly Regel[], formaat: 'tekst' | 'json'): string {
    if (formaat === 'json') {
        return `${JSON.stringify(
            regels.map((r) => ({
                id: r.id,
                severity: r.ernst,
                family: r.familie,
                summary: r.samenvatting,
                guide: r.bron,
                fixable: heeftHerstel(r),
                docs: regelDocPad(r.id),
            })),
            null,
            2,
        )}\n`;
    }
    const breedte = Math.max(...regels.map((r) => r.id.length));
    return `${regels.map((r) => `${r.id.padEnd(breedte)}  ${r.ernst.padEnd(7)}  ${r.samenvatting}  (${regelDocPad(r.id)})`).join('\n')}\n`;
}

/**
 * `opgave rules [-f tekst|json]`: prints every rule of the catalogue on stdout.
 * @returns exit code 0
 */
export function rules(opties: { readonly format: string }, uit: Schrijver): number {
    uit.out(formatRegels(REGELS, opties.format === 'json' ? 'json' : 'tekst'));
    return 0;
}
