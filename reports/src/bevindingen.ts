/**
 * `bevindingen.md` (uitvoer.md "Reports"): every finding grouped by rule (errors first, then by rule id), and
 * the findings silenced with `// @negeer` listed apart with their reasons and end dates (with the
 * days left at the peildatum), so a reviewer sees them; then the dated suppressions that lapsed
 * before the peildatum (taal.md "Configuration"), which silence nothing any more.
 */
import type { Bevinding, CheckResultaat, OnderdrukteBevinding } from '../../language/src/check/checker.js';
import { regel } from '../../language/src/rules/index.js';
import { kop } from './kop.js';
import type { RapportOpties } from './opties.js';
import { bronBestand, cel, code, inline } from './tekst.js';

const ERNST = { error: 'fout', warning: 'waarschuwing', info: 'info' } as const;

function plek(b: Bevinding, root: string): string {
    return code(`${bronBestand(b.uri, root)}:${b.range.start.line + 1}:${b.range.start.character + 1}`);
}

const RANG = { error: 0, warning: 1, info: 2 } as const;

/** Whole days from `van` to `tot` (both ISO `YYYY-MM-DD`, real dates); negative when `tot` comes first. */
function dagenTussen(van: string, tot: string): number {
    const dag = (d: string): number => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
    return Math.round((dag(tot) - dag(van)) / 86_400_000);
}

/**
 * The end-date cell of a suppression: `zonder einddatum`, or the date with the days it still
 * holds at the peildatum (it holds through the end date and lapses the day after).
 */
function geldigTot(o: OnderdrukteBevinding, peildatum: string): string {
    if (o.tot === undefined) {
        return 'zonder einddatum';
    }
    const dagen = dagenTussen(peildatum, o.tot);
    return `t/m ${o.tot} (${dagen === 0 ? 'laatste dag' : dagen === 1 ? 'nog 1 dag' : `nog ${dagen} dagen`})`;
}

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
        uit.push(
            'Deze bevindingen zijn met `// @negeer <regel> <reden>` stilgezet. Met `// @negeer <regel> tot <datum> <reden>` geldt dat tot en met die datum; de dag erna verloopt het.',
            '',
        );
        for (const [id, lijst] of perRegel(
            resultaat.onderdrukt,
            (o) => o.bevinding.ruleId,
            (o) => o.bevinding.severity,
        )) {
            uit.push(`### ${code(id)} (${lijst.length})`, '', '| Plek | Bericht | Reden | Geldig |', '|---|---|---|---|');
            uit.push(
                ...lijst.map(
                    (o) =>
                        `| ${plek(o.bevinding, opties.root)} | ${cel(o.bevinding.message)} | ${cel(o.reden)} | ${geldigTot(o, opties.peildatum)} |`,
                ),
                '',
            );
        }
    }
    if (resultaat.inBaseline !== undefined) {
        uit.push('## In de baseline', '');
        if (resultaat.inBaseline.length === 0) {
            uit.push('Geen bevindingen vallen onder `opgave.baseline.json`.', '');
        } else {
            uit.push(
                `${resultaat.inBaseline.length} bevindingen vallen onder \`opgave.baseline.json\`: ze waren er al toen de baseline werd vastgelegd, en tellen niet mee zolang er per bestand en regel niet meer bijkomen. Verlaag de aantallen met \`opgave check --baseline-opschonen\`.`,
                '',
                '| Regel | Bevindingen | Bestanden |',
                '|---|---:|---:|',
            );
            for (const [id, lijst] of perRegel(
                resultaat.inBaseline,
                (b) => b.ruleId,
                (b) => b.severity,
            )) {
                uit.push(`| ${code(id)} | ${lijst.length} | ${new Set(lijst.map((b) => b.uri)).size} |`);
            }
            uit.push('');
        }
    }
    uit.push('## Verlopen negeer-opmerkingen', '');
    if (resultaat.verlopen.length === 0) {
        uit.push('Geen verlopen negeer-opmerkingen.', '');
    } else {
        uit.push(
            `Deze negeer-opmerkingen hadden een einddatum voor de peildatum ${opties.peildatum}. Ze zetten niets meer stil: hun bevindingen staan hierboven weer.`,
            '',
            '| Plek | Regel | Declaratie | Gold t/m | Reden |',
            '|---|---|---|---|---|',
        );
        uit.push(
            ...resultaat.verlopen.map((o) => {
                const waar = code(`${bronBestand(o.uri, opties.root)}:${o.commentaar.start.line + 1}:${o.commentaar.start.character + 1}`);
                return `| ${waar} | ${code(o.regel)} | ${code(o.declaratie)} | ${o.tot ?? ''} | ${cel(o.reden)} |`;
            }),
            '',
        );
    }
    return `${uit
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd()}\n`;
}
