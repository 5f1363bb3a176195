/**
 * `opgave check`: reads the portfolio under the paths (language/src/project.ts) and prints its
 * findings in the chosen format on stdout, optionally also into report files (uitvoer.md
 * "Command line").
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import pc from 'picocolors';
import { GebruikFout, laadProject } from '../../../language/src/project.js';
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
    docsUrl?: string;
    peildatum?: string;
    config?: string;
    maxWarnings?: number;
    quiet?: boolean;
    color?: boolean;
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
    const project = await laadProject(paden, opties);
    project.meldingen.forEach((m) => uit.err(`let op: ${m}\n`));
    const alle = naarUitvoer(project.resultaat.bevindingen);
    const getoond = opties.quiet ? alle.filter((b) => b.severity === 'error') : alle;
    const context = { kleur: kleuren(opties), versie, bestanden: project.bestanden.map((b) => relatiefPad(b)), docsBasis };
    const formaat = opties.format as Formaat;
    const extra: [Formaat, string | undefined][] = [
        ['json', opties.outputJson],
        ['sarif', opties.outputSarif],
        ['junit', opties.outputJunit],
        ['github', opties.outputGithub],
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
