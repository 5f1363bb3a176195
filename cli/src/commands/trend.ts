/**
 * `opgave trend [PAD…] [--sinds JJJJ-MM-DD] [--per maand|kwartaal] [-o MAP]`: writes `trend.csv`
 * and `trend.md` over the git history (issue "The reviewer's view", item 5) through the one
 * report writer, into MAP (default: the folder `trend` next to the reports folder).
 */
import * as path from 'node:path';
import { GebruikFout, vindProject } from '../../../language/src/project.js';
import { samenvatting, schrijfRapporten } from '../../../reports/src/schrijven.js';
import { maakTrend, trendCsv, trendMarkdown, type Periode } from '../../../reports/src/trend.js';
import type { Schrijver } from '../schrijver.js';

/** Options of `opgave trend` as commander parses them. */
export interface TrendCliOpties {
    readonly sinds?: string;
    readonly per: Periode;
    readonly out?: string;
}

/**
 * Counts the history and writes the two files; notices of skipped commits on stderr.
 * @returns exit code 0
 * @throws GebruikFout or ConfigFout (exit code 2): not a git repository, a bad `--sinds`, no
 *   commits in range, an output folder the writer refuses
 */
export async function trend(paden: readonly string[], opties: TrendCliOpties, uit: Schrijver): Promise<number> {
    const project = await vindProject(paden);
    const { punten, meldingen } = await maakTrend({ paden, sinds: opties.sinds, per: opties.per });
    meldingen.forEach((m) => uit.err(`let op: ${m}\n`));
    if (punten.length === 0) {
        throw new GebruikFout('geen enkele commit in de periode is te lezen; er is niets geschreven.');
    }
    const uitvoer = opties.out ? path.resolve(opties.out) : path.join(path.dirname(project.uitvoer), 'trend');
    const rapporten = new Map([
        ['trend.csv', trendCsv(punten)],
        ['trend.md', trendMarkdown(punten, opties.per)],
    ]);
    const uitkomst = await schrijfRapporten({ root: project.root, uitvoer, bronnen: project.bestanden, rapporten });
    if (uitkomst.weigering) {
        throw new GebruikFout(uitkomst.weigering.bericht);
    }
    if (uitkomst.fout !== undefined) {
        throw new GebruikFout(uitkomst.fout);
    }
    uit.out(`${samenvatting(uitkomst)} (${punten.length} ${punten.length === 1 ? 'meetpunt' : 'meetpunten'})\n`);
    return 0;
}
