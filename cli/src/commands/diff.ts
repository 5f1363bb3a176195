/**
 * `opgave diff <basis> [doel] [paden…]`: the semantic difference between two versions of the
 * portfolio (issue "The reviewer's view"), as Markdown for a PR/MR comment or as JSON.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { probeerCommit, repositoryVan } from '../../../language/src/git/git.js';
import { GebruikFout } from '../../../language/src/project.js';
import { diffJson, diffMarkdown, maakDiff } from '../../../reports/src/diff/index.js';
import type { Schrijver } from '../schrijver.js';

/** Options of `opgave diff` as commander parses them. */
export interface DiffCliOpties {
    format: 'markdown' | 'json';
    failOnNieuweFouten?: boolean;
    peildatum?: string;
}

/**
 * Splits the arguments after `basis`: the first is the doel when git knows it as a commit and it
 * is not also a path; otherwise all are paths.
 * @throws GebruikFout when the first argument is both a ref and an existing path, or neither
 */
async function doelEnPaden(rest: readonly string[]): Promise<{ doel?: string; paden: readonly string[] }> {
    const eerste = rest[0];
    if (eerste === undefined) {
        return { paden: [] };
    }
    const isPad = fs.existsSync(eerste);
    const repository = await repositoryVan('.').catch(() => repositoryVan(rest[1] ?? (isPad ? eerste : '.')));
    const isRef = (await probeerCommit(repository, eerste)) !== undefined;
    if (isRef && isPad) {
        throw new GebruikFout(
            `'${eerste}' is zowel een git-ref als een pad; schrijf ${`.${path.sep}${eerste}`} voor het pad of geef de ref als tweede argument.`,
        );
    }
    if (!isRef && !isPad) {
        throw new GebruikFout(`'${eerste}' is geen git-ref (branch, tag of commit) en geen bestaand pad.`);
    }
    return isRef ? { doel: eerste, paden: rest.slice(1) } : { paden: rest };
}

/**
 * Prints the diff between `basis` and the doel (default the working tree) on stdout; reading
 * notices go to stderr as `let op: …`.
 * @returns exit code: 1 with `--fail-on-nieuwe-fouten` when the doel has error findings the basis
 *   did not have, else 0
 * @throws GebruikFout or ConfigFout (exit code 2): not a git repository, an unknown ref, a path
 *   outside the repository, a bad peildatum or configuration
 */
export async function diff(basis: string, rest: readonly string[], opties: DiffCliOpties, uit: Schrijver): Promise<number> {
    const { doel, paden } = await doelEnPaden(rest);
    const resultaat = await maakDiff({ basis, doel, paden, peildatum: opties.peildatum });
    resultaat.meldingen.forEach((m) => uit.err(`let op: ${m}\n`));
    uit.out(opties.format === 'json' ? diffJson(resultaat) : diffMarkdown(resultaat));
    const nieuweFouten = resultaat.bevindingen.nieuw.filter((b) => b.severity === 'error').length;
    if (opties.failOnNieuweFouten && nieuweFouten > 0) {
        uit.err(`${nieuweFouten} nieuwe ${nieuweFouten === 1 ? 'fout' : 'fouten'} ten opzichte van ${basis}.\n`);
        return 1;
    }
    return 0;
}
