/**
 * `opgave trend`: the portfolio's development over its git history (issue "The reviewer's view",
 * item 5). For each period (month or quarter) the newest commit of the main line is read and
 * checked like `opgave check` (with that commit's own `opgave.config.json` and, unless it fixes a
 * peildatum, the commit date as peildatum), and counted: opdrachten per werkwijze and status,
 * budget (euro) and capaciteit (FTE) per thema, findings per severity. Written as `trend.csv` and
 * `trend.md` (Mermaid `xychart-beta`). Deterministic: no date but the commits' own.
 */
import { stringify } from 'csv-stringify/sync';
import { ConfigFout } from '../../language/src/config.js';
import { historieVan, repositoryVan } from '../../language/src/git/git.js';
import { laadVersie } from '../../language/src/git/versie.js';
import { isGeldigeDatum } from '../../language/src/model/datum.js';
import { STATUSSEN, WERKWIJZEN } from '../../language/src/model/waarden.js';
import { GebruikFout } from '../../language/src/workspace/laden.js';
import { perErnst, totalenVan } from './diff/vergelijk.js';
import { csvKopRij, csvSchrijfOpties, kop } from './kop.js';
import { cel } from './tekst.js';

/** How long a period is. */
export type Periode = 'maand' | 'kwartaal';

/** One point of the trend: the newest commit of a period, counted. */
export interface Trendpunt {
    /** `2026-03` for a month, `2026-K1` for a quarter. */
    readonly periode: string;
    readonly commit: string;
    /** Committer date `JJJJ-MM-DD`. */
    readonly datum: string;
    readonly opdrachten: number;
    readonly perWerkwijze: ReadonlyMap<string, number>;
    readonly perStatus: ReadonlyMap<string, number>;
    /** Thema id ('' without thema) → budget in euro, capaciteit in FTE. */
    readonly perThema: ReadonlyMap<string, { readonly budget: number; readonly capaciteit: number }>;
    readonly fouten: number;
    readonly waarschuwingen: number;
    readonly informatie: number;
}

/** What {@link maakTrend} needs. */
export interface TrendVraag {
    /** Portfolio paths, relative to {@link cwd}; empty: the current folder. */
    readonly paden: readonly string[];
    /** Only commits on or after this date `JJJJ-MM-DD`. */
    readonly sinds?: string;
    readonly per: Periode;
    readonly cwd?: string;
}

/** The period of a date `JJJJ-MM-DD`. */
export function periodeVan(datum: string, per: Periode): string {
    return per === 'maand' ? datum.slice(0, 7) : `${datum.slice(0, 4)}-K${Math.ceil(Number(datum.slice(5, 7)) / 3)}`;
}

/**
 * Walks the history of HEAD and counts the newest commit of each period, oldest period first.
 * A commit whose configuration is unusable, that has no `.opgave` files, or of which no file could
 * be parsed, is skipped with a Dutch notice, and the commit before it in the same period is tried.
 * @throws GebruikFout not a git repository, a bad `sinds`, no commits in range
 */
export async function maakTrend(vraag: TrendVraag): Promise<{ punten: Trendpunt[]; meldingen: string[] }> {
    if (vraag.sinds !== undefined && !isGeldigeDatum(vraag.sinds)) {
        throw new GebruikFout(`--sinds ${vraag.sinds}: geen bestaande datum; gebruik JJJJ-MM-DD.`);
    }
    const cwd = vraag.cwd ?? process.cwd();
    const repository = await repositoryVan(cwd);
    const historie = await historieVan(repository, 'HEAD').catch(() => {
        throw new GebruikFout(`${repository}: de repository heeft nog geen commits.`);
    });
    // Newest first, so each period's list starts with its newest commit.
    const perPeriode = new Map<string, { commit: string; datum: string }[]>();
    for (const h of historie) {
        if (vraag.sinds !== undefined && h.datum < vraag.sinds) {
            continue;
        }
        const p = periodeVan(h.datum, vraag.per);
        const lijst = perPeriode.get(p) ?? [];
        lijst.push(h);
        perPeriode.set(p, lijst);
    }
    if (perPeriode.size === 0) {
        throw new GebruikFout(`geen commits${vraag.sinds !== undefined ? ` sinds ${vraag.sinds}` : ''} in ${repository}.`);
    }
    const punten: Trendpunt[] = [];
    const meldingen: string[] = [];
    for (const [periode, commits] of [...perPeriode].sort(([a], [b]) => (a < b ? -1 : 1))) {
        // The newest readable commit of the period; an unreadable one is reported and the one before it tried.
        for (const { commit, datum } of commits) {
            const punt = await telCommit(vraag, cwd, periode, commit, datum, meldingen);
            if (punt) {
                punten.push(punt);
                break;
            }
        }
    }
    return { punten, meldingen };
}

/** One commit counted, or undefined (with a notice in `meldingen`) when it cannot be read. */
async function telCommit(
    vraag: TrendVraag,
    cwd: string,
    periode: string,
    commit: string,
    datum: string,
    meldingen: string[],
): Promise<Trendpunt | undefined> {
    const naam = `${periode}: commit ${commit.slice(0, 12)} van ${datum}`;
    let versie;
    try {
        versie = await laadVersie({ paden: vraag.paden, cwd, commit, standaardPeildatum: datum });
    } catch (e) {
        if (e instanceof ConfigFout) {
            meldingen.push(`${naam} overgeslagen: ${e.message}`);
            return undefined;
        }
        throw e;
    }
    const p = versie.resultaat.portfolio;
    const leeg = p.gemeenten.length + p.personen.length + p.spelers.length + p.themas.length + p.opgaven.length + p.opdrachten.length === 0;
    if (versie.bestanden.length === 0) {
        meldingen.push(`${naam} overgeslagen: geen .opgave-bestanden.`);
        return undefined;
    }
    if (leeg && versie.resultaat.bevindingen.some((b) => b.ruleId === 'syntaxis')) {
        meldingen.push(`${naam} overgeslagen: geen enkel bestand is te lezen (syntaxfouten).`);
        return undefined;
    }
    const t = totalenVan(p);
    const ernst = perErnst(versie.resultaat);
    return {
        periode,
        commit,
        datum,
        opdrachten: t.opdrachten,
        perWerkwijze: t.werkwijze,
        perStatus: t.status,
        perThema: new Map([...t.thema].map(([id, r]) => [id, { budget: r.budget, capaciteit: r.capaciteit }])),
        fouten: ernst.error,
        waarschuwingen: ernst.warning,
        informatie: ernst.info,
    };
}

const rond = (n: number): number => Math.round(n * 100) / 100;

/** The thema ids over all points, sorted ('' last: opdrachten without thema). */
function themasVan(punten: readonly Trendpunt[]): string[] {
    const ids = [...new Set(punten.flatMap((p) => [...p.perThema.keys()]))].sort();
    return ids[0] === '' ? [...ids.slice(1), ''] : ids;
}

/**
 * `trend.csv`: the header row of kop.ts, then one row per point. Columns: periode, commit (12
 * hex), datum, opdrachten, one per werkwijze and per status, `budget <thema>` (euro) and
 * `capaciteit <thema>` (FTE) per thema, fouten, waarschuwingen, informatie.
 */
export function trendCsv(punten: readonly Trendpunt[]): string {
    const themas = themasVan(punten);
    const naam = (t: string): string => (t === '' ? 'zonder thema' : t);
    const kopRij = [
        'periode',
        'commit',
        'datum',
        'opdrachten',
        ...WERKWIJZEN,
        ...STATUSSEN,
        ...themas.flatMap((t) => [`budget ${naam(t)}`, `capaciteit ${naam(t)}`]),
        'fouten',
        'waarschuwingen',
        'informatie',
    ];
    const rijen = punten.map((p) => [
        p.periode,
        p.commit.slice(0, 12),
        p.datum,
        p.opdrachten,
        ...WERKWIJZEN.map((w) => p.perWerkwijze.get(w) ?? 0),
        ...STATUSSEN.map((s) => p.perStatus.get(s) ?? 0),
        ...themas.flatMap((t) => [rond(p.perThema.get(t)?.budget ?? 0), rond(p.perThema.get(t)?.capaciteit ?? 0)]),
        p.fouten,
        p.waarschuwingen,
        p.informatie,
    ]);
    const laatste = punten.at(-1)?.datum ?? '0000-01-01';
    return `${csvKopRij(laatste, ',')}\n${stringify([kopRij, ...rijen], csvSchrijfOpties(','))}`;
}

/** A Mermaid xychart with one series per entry (`line` or `bar`), and the table of its numbers. */
function grafiek(
    titel: string,
    as: string,
    perioden: readonly string[],
    reeksen: readonly { naam: string; soort: 'line' | 'bar'; waarden: number[] }[],
): string {
    const lijst = (xs: readonly (string | number)[]): string =>
        `[${xs.map((x) => (typeof x === 'string' ? `"${x}"` : String(x))).join(', ')}]`;
    const max = Math.max(1, ...reeksen.flatMap((r) => r.waarden));
    const mermaid = [
        '```mermaid',
        'xychart-beta',
        `    title "${titel}"`,
        `    x-axis ${lijst(perioden)}`,
        `    y-axis "${as}" 0 --> ${Math.ceil(max * 1.1)}`,
        ...reeksen.map((r) => `    ${r.soort} ${lijst(r.waarden.map(rond))}`),
        '```',
    ].join('\n');
    const tabel = [
        `| reeks | ${perioden.join(' | ')} |`,
        `|---|${perioden.map(() => '---:').join('|')}|`,
        ...reeksen.map((r, i) => `| ${i + 1}. ${cel(r.naam)} | ${r.waarden.map((w) => String(rond(w))).join(' | ')} |`),
    ].join('\n');
    return `## ${titel}\n\n${mermaid}\n\nDe ${reeksen.length === 1 ? 'reeks' : `reeksen in de volgorde van de grafiek`}:\n\n${tabel}\n`;
}

/** `trend.md`: the kop.ts header, an introduction, and charts of werkwijzen, budget and findings. */
export function trendMarkdown(punten: readonly Trendpunt[], per: Periode): string {
    const perioden = punten.map((p) => p.periode);
    const laatste = punten.at(-1)?.datum ?? '0000-01-01';
    const werkwijzen = WERKWIJZEN.filter((w) => punten.some((p) => (p.perWerkwijze.get(w) ?? 0) > 0));
    const budget = (p: Trendpunt): number => [...p.perThema.values()].reduce((s, t) => s + t.budget, 0);
    const delen = [
        `${kop({ peildatum: laatste })}\n# Trend van het portfolio\n`,
        `Per ${per} de laatste commit van die ${per}, van ${perioden[0] ?? '—'} tot ${perioden.at(-1) ?? '—'} (${punten.length} ${punten.length === 1 ? 'meetpunt' : 'meetpunten'}). ` +
            'Elk meetpunt is gecontroleerd zoals `opgave check` het op die dag deed: met de configuratie van dat moment en, als die geen peildatum vastlegt, de datum van de commit als peildatum. De cijfers staan ook in `trend.csv`.\n',
        grafiek(
            'Opdrachten per werkwijze',
            'opdrachten',
            perioden,
            werkwijzen.map((w) => ({ naam: w, soort: 'line', waarden: punten.map((p) => p.perWerkwijze.get(w) ?? 0) })),
        ),
        grafiek('Budget (euro)', 'euro', perioden, [{ naam: 'budget van alle opdrachten', soort: 'bar', waarden: punten.map(budget) }]),
        grafiek('Bevindingen', 'bevindingen', perioden, [
            { naam: 'fouten', soort: 'line', waarden: punten.map((p) => p.fouten) },
            { naam: 'waarschuwingen', soort: 'line', waarden: punten.map((p) => p.waarschuwingen) },
            { naam: 'informatie', soort: 'line', waarden: punten.map((p) => p.informatie) },
        ]),
    ];
    return delen.join('\n');
}
