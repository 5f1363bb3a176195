/**
 * `spelers.md` (uitvoer.md "Reports"): a matrix of spelers × opgaven, and per opgave its spelers
 * with soort and positie (H2 "Impliciete gemeenschappelijke opdracht").
 */
import type { CheckResultaat } from '../../language/src/check/checker.js';
import { kop } from './kop.js';
import type { RapportOpties } from './opties.js';
import { cel, code, inline, naam, opId } from './tekst.js';

/**
 * Renders `spelers.md`. Matrix cells show the speler's positie (or ✓ when none is given).
 * @returns Markdown with LF line endings, ending in a newline
 */
export function spelersPagina(resultaat: CheckResultaat, opties: RapportOpties): string {
    const p = resultaat.portfolio;
    const uit: string[] = [kop(opties), '', '# Spelers', '', '[← Portfolio](README.md)', ''];
    const spelers = [...p.spelers].sort(opId);
    const opgaven = [...p.opgaven].sort(opId);
    if (spelers.length === 0 || opgaven.length === 0) {
        uit.push('Geen spelers of opgaven vastgelegd.', '');
        return `${uit.join('\n').trimEnd()}\n`;
    }
    uit.push(
        '## Matrix',
        '',
        'Rijen zijn spelers, kolommen opgaven; een cel noemt de positie van de speler (✓ als die niet is vastgelegd).',
        '',
    );
    uit.push(`| Speler | ${opgaven.map((o) => code(o.id)).join(' | ')} |`, `|---|${opgaven.map(() => ':---:').join('|')}|`);
    for (const s of spelers) {
        const cellen = opgaven.map((o) => (o.spelers.includes(s) ? (s.positie ?? '✓') : ''));
        uit.push(`| ${cel(naam(s))} (${code(s.id)}) | ${cellen.join(' | ')} |`);
    }
    uit.push('', '## Per opgave', '');
    for (const o of opgaven) {
        uit.push(`### ${inline(naam(o))} (${code(o.id)})`, '');
        if (o.spelers.length === 0) {
            uit.push('Geen spelers genoemd.', '');
            continue;
        }
        uit.push('| Speler | Soort | Positie |', '|---|---|---|');
        for (const s of [...o.spelers].sort(opId)) {
            uit.push(`| ${cel(naam(s))} (${code(s.id)}) | ${cel(s.soort)} | ${cel(s.positie ?? 'onbekend')} |`);
        }
        uit.push('');
    }
    const genoemd = new Set(opgaven.flatMap((o) => o.spelers));
    const zonder = spelers.filter((s) => !genoemd.has(s));
    if (zonder.length > 0) {
        uit.push('## Spelers bij geen enkele opgave', '', ...zonder.map((s) => `- ${inline(naam(s))} (${code(s.id)})`), '');
    }
    return `${uit
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd()}\n`;
}
