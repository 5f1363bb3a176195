import type { Colors } from 'picocolors/types.js';
import type { UitvoerBevinding } from './types.js';

const LABEL = { error: 'fout', warning: 'waarschuwing', info: 'info' } as const;

/**
 * `--format stylish`: findings grouped per file as `line:col  ernst  bericht  regel-id`, then a
 * summary line in Dutch.
 */
export function formatStylish(bevindingen: readonly UitvoerBevinding[], kleur: Colors): string {
    if (bevindingen.length === 0) {
        return `${kleur.green('✔')} Geen bevindingen.\n`;
    }
    const regels: string[] = [];
    let huidig: string | undefined;
    const breedte = Math.max(...bevindingen.map((b) => `${b.line}:${b.column}`.length));
    for (const b of bevindingen) {
        if (b.file !== huidig) {
            if (huidig !== undefined) {
                regels.push('');
            }
            regels.push(kleur.underline(b.file));
            huidig = b.file;
        }
        const plek = `${b.line}:${b.column}`.padEnd(breedte);
        const label = LABEL[b.severity].padEnd(12);
        const gekleurd = b.severity === 'error' ? kleur.red(label) : b.severity === 'warning' ? kleur.yellow(label) : kleur.blue(label);
        regels.push(`  ${kleur.dim(plek)}  ${gekleurd}  ${b.message}  ${kleur.dim(b.ruleId)}`);
    }
    const tel = (s: UitvoerBevinding['severity']): number => bevindingen.filter((b) => b.severity === s).length;
    const [fouten, waarschuwingen, info] = [tel('error'), tel('warning'), tel('info')];
    const teken = fouten > 0 ? '✖' : waarschuwingen > 0 ? '⚠' : 'ℹ';
    const samenvatting = `${teken} ${bevindingen.length} ${bevindingen.length === 1 ? 'bevinding' : 'bevindingen'} (${fouten} ${fouten === 1 ? 'fout' : 'fouten'}, ${waarschuwingen} ${waarschuwingen === 1 ? 'waarschuwing' : 'waarschuwingen'}, ${info} info)`;
    regels.push('', (fouten > 0 ? kleur.red : waarschuwingen > 0 ? kleur.yellow : kleur.blue)(kleur.bold(samenvatting)));
    return `${regels.join('\n')}\n`;
}
