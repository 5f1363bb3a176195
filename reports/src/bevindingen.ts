/**
 * `bevindingen.md` (uitvoer.md "Reports"): every finding grouped by rule (errors first, then by rule id), and
 * the findings silenced with `// @negeer` listed apart with their reasons, so a reviewer sees them.
 */
import type { Bevinding, CheckResultaat } from '../../language/src/check/checker.js';
import { regel } from '../../language/src/rules/index.js';
import { kop } from './kop.js';
import type { RapportOpties } from './opties.js';
import { bronBestand, cel, code, inline } from './tekst.js';

const ERNST = { error: 'fout', warning: 'waarschuwing', info: 'info' } as const;

function plek(b: Bevinding, root: string): string {
    return code(`${bronBestand(b.uri, root)}:${b.range.start.line + 1}:${b.range.start.character + 1}`);
}

const RANG = { error: 0, warning: 1, info: 2 } as const;

/** Groups per rule id: rules with errors first, then warnings, then info; within that by id. */
function perRegel<T>(items: readonly T[], id: (t: T) => string, ernst: (t: T) => Bevinding['severity']): [string, T[]][] {
    const groepen = new Map<string, T[]>();
    for (const item of items) {
        const lijst = groepen.get(id(item));
        if (lijst) {
            lijst.push(item);
        } else {
            groepen.set(id(item), [item]);
        }
    }
    const zwaarste = (lijst: readonly T[]): number => Math.min(...lijst.map((t) => RANG[ernst(t)]));
    return [...groepen].sort(([a, la], [b, lb]) => zwaarste(la) - zwaarste(lb) || (a < b ? -1 : a > b ? 1 : 0));
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
    for (const [id, lijst] of perRegel(
        resultaat.bevindingen,
        (b) => b.ruleId,
        (b) => b.severity,
    )) {
        const r = regel(id);
        uit.push(`## ${code(id)} (${lijst.length})`, '');
        if (r) {
            uit.push(
                `${inline(r.samenvatting)} Bron: ${r.bron === 'taal.md' ? 'de beschrijving van de taal' : `inspiratiegids, ${inline(r.bron)}`}.`,
                '',
            );
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
        for (const [id, lijst] of perRegel(
            resultaat.onderdrukt,
            (o) => o.bevinding.ruleId,
            (o) => o.bevinding.severity,
        )) {
            uit.push(`### ${code(id)} (${lijst.length})`, '', '| Plek | Bericht | Reden |', '|---|---|---|');
            uit.push(...lijst.map((o) => `| ${plek(o.bevinding, opties.root)} | ${cel(o.bevinding.message)} | ${cel(o.reden)} |`), '');
        }
    }
    return `${uit
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd()}\n`;
}
