/**
 * One version of a portfolio: the working tree, or the tree of a git commit read with that
 * commit's own `opgave.config.json` (issue "The reviewer's view"). Both are checked with the same
 * checker as `opgave check`, so a diff compares what `check` would have said at each version.
 *
 * Files of a commit get the `file:` URIs they would have in the working tree (repository root +
 * path), so a finding names the same file:line as `check` on a checkout of that commit.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type CheckResultaat } from '../check/checker.js';
import { CONFIG_BESTAND, ConfigFout, parseConfig, type Config } from '../config.js';
import { isGeldigeDatum, vandaag } from '../model/datum.js';
import { controleerInhoud, laadProject, PEILDATUM_OPTIE, uitvoerVan } from '../project.js';
import { GebruikFout, SKIP_MAPPEN, type Inhoud } from '../workspace/laden.js';
import { bestandenVan, commitVan, leesBlobs, repositoryVan } from './git.js';

/** The name a version without a ref (the working tree) is shown by. */
export const WERKMAP = 'werkmap';

/** What {@link laadVersie} needs. */
export interface VersieVraag {
    /** Command-line paths (files or folders, relative to {@link cwd}); empty: the current folder. */
    readonly paden: readonly string[];
    /** A git ref (branch, tag, commit, `HEAD~2`); undefined: the working tree. */
    readonly ref?: string;
    /** Commit hash already resolved for {@link ref} (`opgave trend` walks hashes). */
    readonly commit?: string;
    /** Explicit peildatum `JJJJ-MM-DD` for this version, over the configuration's. */
    readonly peildatum?: string;
    /** Peildatum when neither option nor configuration gives one; default today. */
    readonly standaardPeildatum?: string;
    /** Folder the paths are relative to; default the process's current folder. */
    readonly cwd?: string;
}

/** A checked version of a portfolio. */
export interface Versie {
    /** The ref as given, or {@link WERKMAP}. */
    readonly naam: string;
    /** The commit hash; undefined for the working tree. */
    readonly commit?: string;
    /** Absolute real path of the repository's working-tree root. */
    readonly repository: string;
    /** Absolute real path of the portfolio root (inside {@link repository}). */
    readonly root: string;
    /** The configuration in force at this version (`{}` without a file). */
    readonly config: Config;
    /** Peildatum of the check, `JJJJ-MM-DD`. */
    readonly peildatum: string;
    /** Absolute paths of the `.opgave` files, sorted. */
    readonly bestanden: readonly string[];
    readonly resultaat: CheckResultaat;
    /** Dutch notices for stderr (an empty file, no files found). */
    readonly meldingen: readonly string[];
}

/** A path made absolute and real as far as it exists (the rest appended as written). */
function echtPad(pad: string): string {
    const delen: string[] = [];
    let bestaand = path.resolve(pad);
    while (!fs.existsSync(bestaand)) {
        const boven = path.dirname(bestaand);
        if (boven === bestaand) {
            break;
        }
        delen.unshift(path.basename(bestaand));
        bestaand = boven;
    }
    return path.join(fs.realpathSync(bestaand), ...delen);
}

/**
 * A path relative to the repository root with `/`, '' for the root itself.
 * @throws GebruikFout `<pad>: ligt buiten de git-repository …`
 */
function inRepository(repository: string, absoluut: string, getoond: string): string {
    const rel = path.relative(repository, absoluut);
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
        throw new GebruikFout(`${getoond}: ligt buiten de git-repository ${repository}.`);
    }
    return rel.split(path.sep).join('/');
}

/** True when a tree path passes the folder rules of `vindBestanden` (no hidden or skipped folders). */
function isPortfoliobestand(pad: string): boolean {
    if (!pad.endsWith('.opgave')) {
        return false;
    }
    const mappen = pad.split('/').slice(0, -1);
    return mappen.every((m) => !m.startsWith('.') && !SKIP_MAPPEN.includes(m));
}

/** True when `pad` is `spec` or lies in folder `spec` ('' is the whole tree). */
const onder = (pad: string, spec: string): boolean => spec === '' || pad === spec || pad.startsWith(`${spec}/`);

/**
 * Reads and checks one version of the portfolio under command-line paths.
 * - Working tree (no ref): exactly `opgave check` (`laadProject`), after checking that the paths
 *   lie in a git repository.
 * - A ref: the tree of its commit, filtered like `vindBestanden` (hidden folders, `node_modules`,
 *   the version's output folder), with the version's own `opgave.config.json` from the root.
 * The peildatum is the explicit one, else the version's configuration's, else the default.
 * @throws GebruikFout not a git repository, an unknown ref, a path outside the repository, a bad
 *   peildatum, no git; ConfigFout an unusable configuration (named `<ref>:<pad>` for a commit)
 */
export async function laadVersie(vraag: VersieVraag): Promise<Versie> {
    const cwd = vraag.cwd ?? process.cwd();
    const paden = vraag.paden.length > 0 ? vraag.paden : ['.'];
    const absoluut = paden.map((p) => echtPad(path.resolve(cwd, p)));
    const eerste = absoluut[0]!;
    const rootKandidaat = fs.existsSync(eerste)
        ? fs.statSync(eerste).isDirectory()
            ? eerste
            : path.dirname(eerste)
        : eerste.endsWith('.opgave')
          ? path.dirname(eerste)
          : eerste;
    // The repository is the one the command runs in (like git itself), so a path outside it is
    // named as such; outside any repository, the one holding the portfolio path.
    const repository = await repositoryVan(cwd).catch(() => repositoryVan(rootKandidaat));
    const relRoot = inRepository(repository, rootKandidaat, paden[0]!);
    const specs = absoluut.map((a, i) => inRepository(repository, a, paden[i]!));
    if (vraag.peildatum !== undefined && !isGeldigeDatum(vraag.peildatum)) {
        throw new GebruikFout(`${PEILDATUM_OPTIE} ${vraag.peildatum}: geen bestaande datum; gebruik JJJJ-MM-DD.`);
    }
    if (vraag.ref === undefined && vraag.commit === undefined) {
        const project = await laadProject(absoluut, { peildatum: vraag.peildatum, standaardPeildatum: vraag.standaardPeildatum });
        return {
            naam: WERKMAP,
            repository,
            root: project.root,
            config: project.config,
            peildatum: project.peildatum,
            bestanden: project.bestanden,
            resultaat: project.resultaat,
            meldingen: project.meldingen,
        };
    }
    const naam = vraag.ref ?? vraag.commit!;
    const commit = vraag.commit ?? (await commitVan(repository, vraag.ref!));
    const boom = await bestandenVan(repository, commit, relRoot);
    const configRel = relRoot === '' ? CONFIG_BESTAND : `${relRoot}/${CONFIG_BESTAND}`;
    const configBlob = boom.find((b) => b.pad === configRel)?.blob;
    let config: Config = {};
    if (configBlob !== undefined) {
        const tekst = (await leesBlobs(repository, [configBlob])).get(configBlob);
        if (tekst === undefined) {
            throw new ConfigFout(`${naam}:${configRel}: configuratie niet te lezen uit git.`);
        }
        config = parseConfig(tekst.toString('utf8'), `${naam}:${configRel}`);
    }
    const uitvoer = inRepository(repository, uitvoerVan(rootKandidaat, config), config.uitvoer ?? '');
    const gekozen = boom.filter(
        (b) =>
            isPortfoliobestand(b.pad.slice(relRoot === '' ? 0 : relRoot.length + 1)) &&
            specs.some((s) => onder(b.pad, s)) &&
            !onder(b.pad, uitvoer),
    );
    gekozen.sort((a, b) => (a.pad < b.pad ? -1 : a.pad > b.pad ? 1 : 0));
    const blobs = await leesBlobs(
        repository,
        gekozen.map((b) => b.blob),
    );
    const inhoud: Inhoud[] = gekozen.map((b) => {
        const bestand = path.join(repository, ...b.pad.split('/'));
        const bytes = blobs.get(b.blob);
        return bytes === undefined ? { bestand, fout: 'Dit bestand is niet te lezen uit git; het is overgeslagen.' } : { bestand, bytes };
    });
    const peildatum = vraag.peildatum ?? config.peildatum ?? vraag.standaardPeildatum ?? vandaag();
    const { resultaat, meldingen } = await controleerInhoud(inhoud, { config, peildatum });
    return {
        naam,
        commit,
        repository,
        root: rootKandidaat,
        config,
        peildatum,
        bestanden: inhoud.map((i) => i.bestand),
        resultaat,
        meldingen: [...meldingen, ...(inhoud.length === 0 ? [`${naam}: geen .opgave-bestanden gevonden onder ${paden.join(' ')}.`] : [])],
    };
}
