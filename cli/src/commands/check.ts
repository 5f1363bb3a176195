/**
 * `opgave check`: reads the portfolio under the paths (language/src/project.ts) and prints its
 * findings in the chosen format on stdout, optionally also into report files (uitvoer.md
 * "Command line").
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import pc from 'picocolors';
import {
    BASELINE_BESTAND,
    baselineTekst,
    leesBaseline,
    pasBaselineToe,
    schoonOp,
    telBevindingen,
    totaal,
} from '../../../language/src/check/baseline.js';
import type { CheckResultaat } from '../../../language/src/check/checker.js';
import { herstelBestanden } from '../../../language/src/check/herstellen.js';
import { GebruikFout, laadProject, vindProject, type Project, type ProjectOpties } from '../../../language/src/project.js';
import { foutReden, schrijfAlles } from '../../../language/src/workspace/schrijven.js';
import { formatteer, naarUitvoer, relatiefPad, type Formaat } from '../formats/index.js';
import type { Schrijver } from '../schrijver.js';
import { versie } from '../versie.js';

/** Options of `opgave check` as commander parses them. */
export interface CheckCliOpties {
    format: string;
    outputJson?: string;
    outputSarif?: string;
    outputJunit?: string;
    outputGithub?: string;
    outputGitlab?: string;
    docsUrl?: string;
    peildatum?: string;
    config?: string;
    maxWarnings?: number;
    quiet?: boolean;
    color?: boolean;
    /** Apply the fixes of the fixable rules to the files before checking. */
    fix?: boolean;
    /** Print the fixes as a unified diff and write nothing (no check output). */
    fixDryRun?: boolean;
    /** Write opgave.baseline.json with the current findings, then check against it. */
    baselineVastleggen?: boolean;
    /** Lower the baseline's counts that went down, then check against it. */
    baselineOpschonen?: boolean;
    /** Ignore opgave.baseline.json (commander: `--geen-baseline`). */
    geenBaseline?: boolean;
}

/** The colours of the output: none with `--no-color` or when the terminal has none. */
function kleuren(opties: { color?: boolean }): ReturnType<typeof pc.createColors> {
    return pc.createColors(opties.color !== false && pc.isColorSupported);
}

/** Writes a report file of `check` (creating its folder); an unwritable path is a usage error. */
function schrijfBestand(bestand: string, inhoud: string): void {
    try {
        // Create missing folders one level at a time (a recursive mkdir can spin on special file systems).
        const ontbrekend: string[] = [];
        for (let map = path.dirname(path.resolve(bestand)); !fs.existsSync(map); map = path.dirname(map)) {
            ontbrekend.unshift(map);
        }
        ontbrekend.forEach((map) => fs.mkdirSync(map));
        fs.writeFileSync(bestand, inhoud, 'utf8');
    } catch (e) {
        throw new GebruikFout(`${bestand}: niet te schrijven (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
    }
}

/**
 * Checks the portfolio and prints the findings: notices (`let op: …`) and the warning limit on
 * stderr, the findings in `opties.format` on stdout; `--output-*` files get the same findings
 * without colours.
 * @returns exit code: 1 with an error finding or more warnings than `--max-warnings`, else 0
 * @throws GebruikFout or ConfigFout (exit code 2) for a bad `--docs-url`, unusable paths, options
 *   or configuration, or an output file that cannot be written
 */
export async function check(paden: readonly string[], opties: CheckCliOpties, uit: Schrijver): Promise<number> {
    const docsBasis = opties.docsUrl ?? (process.env.OPGAVE_DOCS_URL || undefined);
    if (docsBasis !== undefined && !URL.canParse(docsBasis)) {
        throw new GebruikFout(`--docs-url ${docsBasis}: geen absolute URL (bijvoorbeeld https://…/opgave/).`);
    }
    if (opties.fix && opties.fixDryRun) {
        throw new GebruikFout('kies --fix of --fix-dry-run, niet allebei.');
    }
    if (opties.fixDryRun) {
        return herstel(paden, opties, uit, false);
    }
    if (opties.fix) {
        await herstel(paden, opties, uit, true);
    }
    const project = await laadProject(paden, { ...opties, baseline: false });
    project.meldingen.forEach((m) => uit.err(`let op: ${m}\n`));
    const resultaat = await metBaseline(project, opties, uit);
    const alle = naarUitvoer(resultaat.bevindingen);
    const getoond = opties.quiet ? alle.filter((b) => b.severity === 'error') : alle;
    const context = { kleur: kleuren(opties), versie, bestanden: project.bestanden.map((b) => relatiefPad(b)), docsBasis };
    const formaat = opties.format as Formaat;
    const extra: [Formaat, string | undefined][] = [
        ['json', opties.outputJson],
        ['sarif', opties.outputSarif],
        ['junit', opties.outputJunit],
        ['github', opties.outputGithub],
        ['gitlab', opties.outputGitlab],
    ];
    for (const [f, bestand] of extra) {
        if (bestand !== undefined) {
            schrijfBestand(bestand, formatteer(f, getoond, { ...context, kleur: pc.createColors(false) }));
        }
    }
    uit.out(formatteer(formaat, getoond, context));
    const fouten = alle.filter((b) => b.severity === 'error').length;
    const waarschuwingen = alle.filter((b) => b.severity === 'warning').length;
    if (opties.maxWarnings !== undefined && waarschuwingen > opties.maxWarnings && formaat === 'stylish') {
        uit.err(`Te veel waarschuwingen: ${waarschuwingen}, toegestaan ${opties.maxWarnings}.\n`);
    }
    return fouten > 0 || (opties.maxWarnings !== undefined && waarschuwingen > opties.maxWarnings) ? 1 : 0;
}

/**
 * `--fix` and `--fix-dry-run` (language/src/check/herstellen.ts): applies the fixes and writes each
 * changed file atomically (a file that cannot be written gets a notice; the others are still
 * written), or with `schrijven` false prints the changes as one unified diff on stdout. The
 * summary goes to stderr.
 * @returns exit code 0 (the check that follows `--fix` decides the exit code of the run)
 * @throws GebruikFout or ConfigFout (exit code 2) for unusable paths, options or configuration
 */
async function herstel(paden: readonly string[], opties: ProjectOpties, uit: Schrijver, schrijven: boolean): Promise<number> {
    const project = await vindProject(paden, opties);
    const uitkomst = await herstelBestanden(project.bestanden, project);
    const aantal = [...uitkomst.perRegel.values()].reduce((a, b) => a + b, 0);
    const regels = [...uitkomst.perRegel].map(([id, n]) => `${id} ${n}`).join(', ');
    /** `N herstellingen in M bestanden (regel n, …)`. */
    const zin = (bestanden: number): string =>
        `${aantal} ${aantal === 1 ? 'herstelling' : 'herstellingen'} in ${bestanden} ${bestanden === 1 ? 'bestand' : 'bestanden'} (${regels})`;
    if (!schrijven) {
        for (const b of uitkomst.bestanden) {
            // Paths relative to the portfolio root, as `git apply` in that folder reads them.
            const rel = path.relative(project.root, b.bestand).split(path.sep).join('/');
            uit.out(createTwoFilesPatch(`a/${rel}`, `b/${rel}`, b.oud, b.nieuw, undefined, undefined, { context: 3 }).replace(/^=+\n/, ''));
        }
        uit.err(aantal === 0 ? 'Niets te herstellen.\n' : `${zin(uitkomst.bestanden.length)}; er is niets geschreven.\n`);
        return 0;
    }
    let geschreven = 0;
    for (const b of uitkomst.bestanden) {
        const rel = relatiefPad(b.bestand);
        try {
            fs.accessSync(b.bestand, fs.constants.W_OK);
        } catch {
            uit.err(`let op: ${rel}: alleen-lezen; dit bestand is niet hersteld.\n`);
            continue;
        }
        try {
            await schrijfAlles([{ doel: b.bestand, inhoud: `${b.bom ? '\uFEFF' : ''}${b.nieuw}` }]);
            geschreven++;
        } catch (e) {
            uit.err(`let op: ${rel}: niet te schrijven (${foutReden(e)}); dit bestand is niet hersteld.\n`);
        }
    }
    if (aantal > 0) {
        uit.err(`${zin(geschreven)}.\n`);
    }
    return 0;
}

/**
 * The baseline options of `check` (language/src/check/baseline.ts): writes or prunes
 * `opgave.baseline.json` in the portfolio root when asked, and applies it unless
 * `--geen-baseline`. Says on stderr what it wrote and how many findings it absorbed.
 * @returns the check result with the absorbed findings taken out
 * @throws GebruikFout for `--baseline-opschonen` without a baseline or conflicting options, a
 *   write that failed; ConfigFout for a broken baseline file (exit code 2)
 */
async function metBaseline(project: Project, opties: CheckCliOpties, uit: Schrijver): Promise<CheckResultaat> {
    const gekozen = [opties.baselineVastleggen, opties.baselineOpschonen, opties.geenBaseline].filter(Boolean).length;
    if (gekozen > 1) {
        throw new GebruikFout('kies één van --baseline-vastleggen, --baseline-opschonen en --geen-baseline.');
    }
    if (opties.geenBaseline) {
        return project.resultaat;
    }
    const bestand = path.join(project.root, BASELINE_BESTAND);
    const rel = relatiefPad(bestand);
    const schrijf = async (inhoud: string): Promise<void> => {
        try {
            await schrijfAlles([{ doel: bestand, inhoud }]);
        } catch (e) {
            throw new GebruikFout(`${rel}: niet te schrijven (${foutReden(e)}).`);
        }
    };
    // A new baseline replaces the file without reading it, so it also mends a broken one.
    let baseline = opties.baselineVastleggen ? undefined : leesBaseline(project.root);
    if (opties.baselineVastleggen) {
        baseline = telBevindingen(project.resultaat.bevindingen, project.root);
        await schrijf(baselineTekst(baseline));
        uit.err(`${rel}: ${totaal(baseline)} bevindingen in ${baseline.size} bestanden vastgelegd.\n`);
    } else if (opties.baselineOpschonen) {
        if (!baseline) {
            throw new GebruikFout(`${rel} bestaat niet; maak het eerst met --baseline-vastleggen.`);
        }
        const voor = totaal(baseline);
        baseline = schoonOp(baseline, telBevindingen(project.resultaat.bevindingen, project.root));
        await schrijf(baselineTekst(baseline));
        const minder = voor - totaal(baseline);
        uit.err(`${rel}: ${minder} ${minder === 1 ? 'bevinding' : 'bevindingen'} minder, nog ${totaal(baseline)}.\n`);
    }
    if (!baseline) {
        return project.resultaat;
    }
    const { resultaat, opgenomen } = pasBaselineToe(project.resultaat, baseline, project.root);
    if (opgenomen.length > 0) {
        uit.err(
            `let op: ${opgenomen.length} ${opgenomen.length === 1 ? 'bevinding valt' : 'bevindingen vallen'} onder de baseline (${rel}); --geen-baseline toont ze.\n`,
        );
    }
    return resultaat;
}
