/**
 * `opgave generate`: writes the reports of the portfolio into the output folder, or with `--check`
 * compares them with what is on disk. The project comes from language/src/project.ts, the reports
 * from reports/src/index.ts, and the writing (its safety checks, plan, atomic writes, stale-file
 * removal and comparison) from reports/src/schrijven.ts. {@link genereer} prints nothing and
 * returns a {@link GenereerResultaat}; {@link generate} prints it for the command line.
 */
import * as path from 'node:path';
import { rapportenLui } from '../../../reports/src/index.js';
import { maakPubliek } from '../../../reports/src/publiek.js';
import { foutenMelding, samenvatting, schrijfRapporten } from '../../../reports/src/schrijven.js';
import { GebruikFout, laadProject, type ProjectOpties } from '../../../language/src/project.js';
import type { Schrijver } from '../schrijver.js';

/** Options of `opgave generate`. */
export interface GenerateOpties extends ProjectOpties {
    readonly out?: string;
    readonly check?: boolean;
    /** Overrides config `csv.scheidingsteken`. */
    readonly csvScheidingsteken?: ',' | ';';
    /** Overrides config `csv.bom`. */
    readonly csvBom?: boolean;
    /** Publication profile (reports/src/publiek.ts): no names, ids or fte of persons, no personen.md. */
    readonly publiek?: boolean;
}

/** What a run did, for the caller to show. */
export interface GenereerResultaat {
    /** 0 written or up to date; 1 `--check` found a difference. */
    readonly code: 0 | 1;
    /** Absolute output folder. */
    readonly uitvoer: string;
    /** One Dutch line: what was written, or whether the reports are up to date. */
    readonly samenvatting: string;
    /** Sorted `nieuw: …`, `gewijzigd: …`, `verouderd: …`, `tijdelijk: …` (paths relative to the output folder, `/`). */
    readonly verschillen: readonly string[];
    /** Dutch notices (without the `let op: ` prefix), e.g. configuration remarks or the error count. */
    readonly meldingen: readonly string[];
}

/**
 * Generates (or with `check` compares) the reports. Prints nothing.
 * @returns the outcome; its `code` is the exit code
 * @throws GebruikFout or ConfigFout (one Dutch line, nothing written) for unusable paths, options
 *   or configuration (language/src/project.ts), a refusal of the writer (an unsafe output folder, a
 *   file in the way that this tool did not write) and a failure of the disk (naming the file; a
 *   failed write leaves the existing reports unchanged)
 */
export async function genereer(paden: readonly string[], opties: GenerateOpties): Promise<GenereerResultaat> {
    const project = await laadProject(paden, { ...opties, baseline: true });
    const uitvoer = opties.out ? path.resolve(opties.out) : project.uitvoer;
    const csv = {
        scheidingsteken: opties.csvScheidingsteken ?? project.config.csv?.scheidingsteken,
        bom: opties.csvBom ?? project.config.csv?.bom,
    };
    const publiek = opties.publiek
        ? maakPubliek(project.resultaat, { root: project.root, verberg: project.config.publiek?.verberg })
        : undefined;
    // Each page is rendered when it is compared or written, and not kept (rapportenLui).
    const rapporten = rapportenLui(publiek?.resultaat ?? project.resultaat, {
        peildatum: project.peildatum,
        root: project.root,
        uitvoer,
        csv,
        herijkingTermijnMaanden: project.config.herijkingTermijnMaanden,
        publiek: opties.publiek,
    });
    const uitkomst = await schrijfRapporten({ root: project.root, uitvoer, bronnen: project.bestanden, rapporten, check: opties.check });
    if (uitkomst.weigering) {
        throw new GebruikFout(uitkomst.weigering.bericht);
    }
    if (uitkomst.fout !== undefined) {
        throw new GebruikFout(uitkomst.fout);
    }
    const meldingen = [...project.meldingen, ...(publiek?.waarschuwingen ?? [])];
    const fouten = foutenMelding(project.resultaat.bevindingen);
    if (!opties.check && fouten !== undefined) {
        meldingen.push(fouten);
    }
    return {
        code: opties.check && uitkomst.verschillen.length > 0 ? 1 : 0,
        uitvoer,
        samenvatting: samenvatting(uitkomst, {
            bestanden: 'rapporten',
            opdracht: ['opgave generate', opties.publiek ? ' --publiek' : '', opties.out ? ` -o ${opties.out}` : ''].join(''),
        }),
        verschillen: uitkomst.verschillen,
        meldingen,
    };
}

/**
 * `opgave generate`: runs {@link genereer} and prints the outcome: notices (`let op: …`) on
 * stderr, then the summary on stdout, or with `--check` and a difference the summary and the
 * differences on stderr.
 * @returns exit code 0, or 1 when `--check` found a difference
 * @throws as {@link genereer}
 */
export async function generate(paden: readonly string[], opties: GenerateOpties, uit: Schrijver): Promise<number> {
    const r = await genereer(paden, opties);
    r.meldingen.forEach((m) => uit.err(`let op: ${m}\n`));
    if (r.code === 1) {
        uit.err(`${r.samenvatting}\n${r.verschillen.map((v) => `  ${v}`).join('\n')}\n`);
    } else {
        uit.out(`${r.samenvatting}\n`);
    }
    return r.code;
}
