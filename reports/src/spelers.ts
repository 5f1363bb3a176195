/**
 * `spelers.md` (uitvoer.md "Reports"): a matrix of spelers × opgaven, and per opgave its spelers
 * with soort and positie (H2 "Impliciete gemeenschappelijke opdracht").
 */
import type { CheckResultaat } from '../../language/src/check/checker.js';
import type { Opgave, Speler } from '../../language/src/model/types.js';
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
    if (opties.maxMatrixKolommen !== undefined && opgaven.length > opties.maxMatrixKolommen) {
        uit.push(
            '## Matrix',
            '',
            `Met ${opgaven.length} opgaven is de matrix van spelers en opgaven te breed voor een pagina; hieronder staan dezelfde spelers per opgave. De hele matrix staat in \`spelers.md\` van \`opgave generate\`.`,
            '',
        );
        return slot(uit, spelers, opgaven);
    }
    uit.push(
        '## Matrix',
        '',
        'Rijen zijn spelers, kolommen opgaven; een cel noemt de positie van de speler (✓ als die niet is vastgelegd).',
        '',
    );
    uit.push(`| Speler | ${opgaven.map((o) => code(o.id)).join(' | ')} |`, `|---|${opgaven.map(() => ':---:').join('|')}|`);
    // The matrix has spelers x opgaven cells, nearly all empty. Per speler only the columns of the
    // opgaven that name it are looked up; the empty cells in between are runs of separators.
    const kolommen = new Map<Speler, number[]>();
    opgaven.forEach((o, i) => {
        for (const s of o.spelers) {
            const lijst = kolommen.get(s);
            if (!lijst) {
                kolommen.set(s, [i]);
            } else if (lijst.at(-1) !== i) {
                lijst.push(i);
            }
        }
    });
    const scheidingen = ' | '.repeat(opgaven.length);
    /** The cells of a row joined by ' | ': `waarde` in the given columns (ascending), empty elsewhere. */
    const rij = (gevuld: readonly number[], waarde: string): string => {
        let tekst = '';
        let vorige = 0;
        for (const k of gevuld) {
            tekst += `${scheidingen.slice(0, 3 * (k - vorige))}${waarde}`;
            vorige = k;
        }
        return tekst + scheidingen.slice(0, 3 * (opgaven.length - 1 - vorige));
    };
    for (const s of spelers) {
        uit.push(`| ${cel(naam(s))} (${code(s.id)}) | ${rij(kolommen.get(s) ?? [], s.positie ?? '✓')} |`);
    }
    uit.push('');
    return slot(uit, spelers, opgaven);
}

/** The sections after the matrix — the spelers per opgave and those of no opgave — and the page's end. */
function slot(uit: string[], spelers: readonly Speler[], opgaven: readonly Opgave[]): string {
    uit.push('## Per opgave', '');
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
