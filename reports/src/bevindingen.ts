/**
 * `bevindingen.md` (uitvoer.md "Reports"): every finding grouped by rule (sorted by rule id), and
 * the findings silenced with `// @negeer` listed apart with their reasons, so a reviewer sees them.
 */
import type { Bevinding, CheckResultaat } from '../../language/src/check/checker.js';
import { regel } from '../../language/src/rules/tabel.js';
import { kop, type RapportOpties } from './index.js';
import { bronBestand, cel, code, inline } from './tekst.js';

const ERNST = { error: 'fout', warning: 'waarschuwing', info: 'info' } as const;

function plek(b: Bevinding, root: string): string {
    return code(`${bronBestand(b.uri, root)}:${b.range.start.line + 1}:${b.range.start.character + 1}`);
}

function perRegel<T>(items: readonly T[], id: (t: T) => string): [string, T[]][] {
    const groepen = new Map<string, T[]>();
    for (const item of items) {
        groepen.set(id(item), [...(groepen.get(id(item)) ?? []), item]);
    }
    return [...groepen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Renders `bevindingen.md`.
 * @returns Markdown with LF line endings, ending in a newline
 */
export function bevindingenPagina(resultaat: CheckResultaat, opties: RapportOpties): string {
    const uit: string[] = [kop(opties), '', '# Bevindingen', '', '[← Portfolio](README.md)', ''];
    const tel = (s: Bevinding['severity']): number => resultaat.bevindingen.filter((b) => b.severity === s).length;
    uit.push(
        `${resultaat.bevindingen.length} bevindingen (${tel('error')} fouten, ${tel('warning')} waarschuwingen, ${tel('info')} info) en ${resultaat.onderdrukt.length} genegeerd met een reden. Elke regel is beschreven met \`opgave rules\` en in docs/regels/<regel>.md van opgave.`,
        '',
    );
    for (const [id, lijst] of perRegel(resultaat.bevindingen, (b) => b.ruleId)) {
        const r = regel(id);
        uit.push(`## ${code(id)} (${lijst.length})`, '');
        if (r) {
            uit.push(`${inline(r.samenvatting)} Bron: inspiratiegids ${inline(r.bron)}.`, '');
        }
        uit.push('| Plek | Ernst | Bericht |', '|---|---|---|');
        uit.push(...lijst.map((b) => `| ${plek(b, opties.root)} | ${ERNST[b.severity]} | ${cel(b.message)} |`), '');
    }
    if (resultaat.bevindingen.length === 0) {
        uit.push('Geen bevindingen.', '');
    }
    uit.push('## Genegeerd', '');
    if (resultaat.onderdrukt.length === 0) {
        uit.push('Geen bevindingen genegeerd.', '');
    } else {
        uit.push('Deze bevindingen zijn met `// @negeer <regel> <reden>` stilgezet.', '');
        for (const [id, lijst] of perRegel(resultaat.onderdrukt, (o) => o.bevinding.ruleId)) {
            uit.push(`### ${code(id)} (${lijst.length})`, '', '| Plek | Bericht | Reden |', '|---|---|---|');
            uit.push(...lijst.map((o) => `| ${plek(o.bevinding, opties.root)} | ${cel(o.bevinding.message)} | ${cel(o.reden)} |`), '');
        }
    }
    return `${uit
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd()}\n`;
}
