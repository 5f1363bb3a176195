/**
 * `opgave init [MAP] [--gemeente NAAM] [--ci github|gitlab] [--peildatum JJJJ-MM-DD]` (issue 16,
 * item 5): writes a small starter portfolio that checks clean (init-sjabloon.ts), the configuration
 * with `$schema` and peildatum, the lines of `.gitignore` that are missing, and on request the CI
 * example of the package (examples/ci, read at run time from the installed package).
 *
 * It never overwrites: when any file it would write exists already (`.gitignore` excepted, which
 * it only appends to), it names all of them in one message and writes nothing. The files are
 * written all or nothing (language/src/workspace/schrijven.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GebruikFout } from '../../../language/src/project.js';
import { vandaag } from '../../../language/src/model/datum.js';
import { schrijfAlles, SchrijfFout, foutReden, type TeSchrijven } from '../../../language/src/workspace/schrijven.js';
import type { Schrijver } from '../schrijver.js';
import { GITIGNORE_REGELS, gemeenteId, startportfolio, type SjabloonBestand } from './init-sjabloon.js';

/** Options of `opgave init` as commander passes them. */
export interface InitOpties {
    /** Title of the gemeente; default {@link STANDAARD_GEMEENTE}. */
    readonly gemeente?: string;
    readonly ci?: 'github' | 'gitlab';
    /** Valid ISO date (commander checked it); default today. */
    readonly peildatum?: string;
    /** Accepted for symmetry with the other commands; init prints no colours. */
    readonly color?: boolean;
}

/** The gemeente of the starter portfolio when `--gemeente` is not given (invented). */
export const STANDAARD_GEMEENTE = 'Velden';

/** The CI choices of `--ci`. */
export const CI_KEUZES = ['github', 'gitlab'] as const;

/**
 * The folder of the installed package: the first folder above this module (dist/ for the bundle,
 * out/cli/src/commands for the tests) with a package.json named `opgave`.
 * @throws GebruikFout when there is none (a broken installation)
 */
function pakketMap(): string {
    let dir = path.dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 6; i++) {
        try {
            const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown };
            if (pkg.name === 'opgave') {
                return dir;
            }
        } catch {
            // no (readable) package.json here: look further up
        }
        dir = path.dirname(dir);
    }
    throw new GebruikFout('de map van het pakket opgave is niet te vinden; installeer opgave opnieuw.');
}

/** The workflow's portfolio folder is the folder init writes into: `PORTFOLIO: .`. */
function portfolioHier(yaml: string): string {
    return yaml.replace(/^([ \t]*PORTFOLIO:[ \t]*)portfolio[ \t]*$/m, '$1.');
}

/** A minimal GitLab job, for a package without examples/ci/gitlab-ci.yml. */
const GITLAB_MINIMAAL = `# Controleert het opgave-portfolio in deze repository (gemaakt met opgave init).
opgave:
  image: node:22
  before_script:
    - npm ci # opgave is een devDependency van het project
  script:
    - npx opgave check .
    - npx opgave generate . --check
`;

/**
 * The CI file for `ci`: target path (relative, `/`) and content, from the package's examples/ci.
 * @throws GebruikFout when the package lacks examples/ci/opgave.yml (github)
 */
function ciBestand(ci: 'github' | 'gitlab'): SjabloonBestand {
    const voorbeelden = path.join(pakketMap(), 'examples', 'ci');
    if (ci === 'github') {
        const bron = path.join(voorbeelden, 'opgave.yml');
        if (!fs.existsSync(bron)) {
            throw new GebruikFout(`het CI-voorbeeld ${bron} ontbreekt in het pakket; installeer opgave opnieuw.`);
        }
        return { pad: '.github/workflows/opgave.yml', inhoud: portfolioHier(fs.readFileSync(bron, 'utf8')) };
    }
    const bron = path.join(voorbeelden, 'gitlab-ci.yml');
    return { pad: '.gitlab-ci.yml', inhoud: fs.existsSync(bron) ? portfolioHier(fs.readFileSync(bron, 'utf8')) : GITLAB_MINIMAAL };
}

/**
 * The new content of `.gitignore`: the existing text with the missing {@link GITIGNORE_REGELS}
 * appended (in the file's line ending), or undefined when none is missing.
 */
function nieuweGitignore(bestaand: string | undefined): string | undefined {
    const regels = new Set((bestaand ?? '').split(/\r?\n/).map((r) => r.trim()));
    const ontbreekt = GITIGNORE_REGELS.filter((r) => !regels.has(r));
    if (ontbreekt.every((r) => r.startsWith('#'))) {
        return undefined;
    }
    const eol = bestaand?.includes('\r\n') ? '\r\n' : '\n';
    const begin = bestaand === undefined || bestaand === '' ? '' : bestaand.endsWith('\n') ? bestaand : bestaand + eol;
    return begin + ontbreekt.map((r) => r + eol).join('');
}

/** True when something (a file, folder or link) is at `p`. */
function bestaat(p: string): boolean {
    try {
        fs.lstatSync(p);
        return true;
    } catch {
        return false;
    }
}

/**
 * Runs `opgave init`.
 * @param map target folder (default `.`); made when it does not exist
 * @returns exit code 0 (written)
 * @throws GebruikFout (exit code 2, nothing written) when the gemeente's name gives no identifier,
 *   when files exist that init would write (all of them named), when MAP is a file, or naming the
 *   file that could not be written
 */
export async function init(map: string | undefined, opties: InitOpties, uit: Schrijver): Promise<number> {
    const doelmap = path.resolve(map ?? '.');
    const titel = (opties.gemeente ?? STANDAARD_GEMEENTE).replace(/\s+/g, ' ').trim();
    const id = gemeenteId(titel);
    if (id === undefined) {
        throw new GebruikFout(`--gemeente ‘${titel}’: daar is geen naam van te maken; gebruik letters en cijfers.`);
    }
    const peildatum = opties.peildatum ?? vandaag();
    const bestanden = [...startportfolio({ titel, id, peildatum }), ...(opties.ci ? [ciBestand(opties.ci)] : [])];

    if (bestaat(doelmap) && !fs.statSync(doelmap).isDirectory()) {
        throw new GebruikFout(`${map ?? '.'} is een bestand, geen map.`);
    }
    const plek = map ?? '.';
    // Paths in messages: relative to the target folder, which the message names.
    const weergave = (pad: string): string => pad.split(path.sep).join('/');
    const inDeWeg = bestanden.filter((b) => bestaat(path.join(doelmap, b.pad)));
    if (inDeWeg.length > 0) {
        throw new GebruikFout(
            `opgave init schrijft niets, want in ${plek} bestaan al: ${inDeWeg.map((b) => weergave(b.pad)).join(', ')}. Kies een andere map of haal ze eerst weg.`,
        );
    }

    const gitignore = path.join(doelmap, '.gitignore');
    let bestaand: string | undefined;
    try {
        bestaand = bestaat(gitignore) ? fs.readFileSync(gitignore, 'utf8') : undefined;
    } catch (e) {
        throw new GebruikFout(`${path.join(plek, '.gitignore')}: niet te lezen (${foutReden(e)}); er is niets geschreven.`);
    }
    const gitignoreInhoud = nieuweGitignore(bestaand);

    const schrijven: TeSchrijven[] = bestanden.map((b) => ({ doel: path.join(doelmap, b.pad), inhoud: b.inhoud }));
    if (gitignoreInhoud !== undefined) {
        schrijven.push({ doel: gitignore, inhoud: gitignoreInhoud });
    }
    try {
        for (const map of new Set(schrijven.map((s) => path.dirname(s.doel)))) {
            fs.mkdirSync(map, { recursive: true });
        }
        await schrijfAlles(schrijven);
    } catch (e) {
        if (e instanceof SchrijfFout) {
            throw new GebruikFout(
                `${path.join(plek, path.relative(doelmap, e.bestand))}: niet te schrijven (${e.code}); er is niets geschreven.`,
            );
        }
        const fout = e as NodeJS.ErrnoException;
        if (typeof fout.code === 'string') {
            throw new GebruikFout(`${fout.path ?? doelmap}: map niet te maken (${foutReden(e)}); er is niets geschreven.`);
        }
        throw e;
    }

    const geschreven = [...bestanden.map((b) => b.pad), ...(gitignoreInhoud === undefined ? [] : ['.gitignore'])];
    uit.out(
        `Startportfolio voor ${titel} geschreven in ${plek}:\n${geschreven.map((p) => `  ${weergave(p)}`).join('\n')}\n` +
            `Controleer het met: opgave check ${plek}\n` +
            `Maak de rapporten met: opgave generate ${plek}\n` +
            (opties.ci
                ? 'De CI-job draait npm ci en npx opgave: zet opgave als devDependency in package.json (npm install --save-dev git+https://<jullie-git-server>/opgave.git; zie docs/handleiding.md, stap 0).\n'
                : ''),
    );
    return 0;
}
