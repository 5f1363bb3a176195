/**
 * One project resolution for the command line, the language server and the tests (taal.md
 * "Configuration", uitvoer.md "Command line"): from paths or a workspace folder to the portfolio
 * root, its validated `opgave.config.json`, the peildatum in force, the output folder and the
 * `.opgave` files. "The editor and the command line report the same findings" rests on this file.
 *
 * Steps, each usable on its own:
 * 1. {@link rootVan}: the root folder of the paths given on the command line.
 * 2. {@link bepaalInstellingen}: configuration, peildatum and output folder of a root. It never
 *    throws: every problem is returned (a Dutch `ConfigFout` or `GebruikFout`) and replaced by its
 *    default, so the server can keep working and show the problem, while the CLI stops on the first.
 * 3. {@link vindProject}: steps 1 and 2 for command-line paths plus the file list; throws the first
 *    problem (the CLI turns it into one line on stderr and exit code 2).
 * 4. {@link controleerBestanden} / {@link laadProject}: read, parse, link and check the files.
 *
 * The server keeps what only an editor has (client settings, which open documents belong, file
 * watching) in `server/src/instellingen.ts` and gets everything else from step 2.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { controleerPortfolio, type CheckResultaat } from './check/checker.js';
import { leesBaseline, pasBaselineToe } from './check/baseline.js';
import { checkOptiesVan, ConfigFout, configPad, leesConfig, STANDAARD_UITVOER, type Config } from './config.js';
import { isGeldigeDatum, vandaag } from './model/datum.js';
import { createOpgaveServices } from './opgave-module.js';
import { GebruikFout, laadInhoud, laadPortfolio, vindBestanden, type GeladenPortfolio, type Inhoud } from './workspace/laden.js';

export { ConfigFout, GebruikFout };

/** How the command line names an explicit peildatum in its message. */
export const PEILDATUM_OPTIE = '--peildatum';

/**
 * What {@link bepaalInstellingen} needs. `Root` is `string` for a portfolio folder, or
 * `string | undefined` for an editor without a workspace folder.
 */
export interface InstellingenVraag<Root extends string | undefined = string> {
    /** Absolute portfolio root folder; undefined: no folder (then only an explicit `config` is read). */
    readonly root: Root;
    /**
     * Configuration file chosen explicitly (`-c`, the editor's `opgave.config`): then it must exist.
     * Resolved against {@link configBasis}; an empty string names the root's own file (still
     * required). Undefined: `opgave.config.json` in the root, if it is there.
     */
    readonly config?: string;
    /** Absolute folder a relative {@link config} is resolved against; default the current folder. */
    readonly configBasis?: string;
    /** Peildatum chosen explicitly, `JJJJ-MM-DD`; overrides the configuration. */
    readonly peildatum?: string;
    /** How {@link peildatum} is named in its message; default {@link PEILDATUM_OPTIE}. */
    readonly peildatumNaam?: string;
    /** Peildatum when neither option nor configuration gives one; default today (local time). */
    readonly standaardPeildatum?: string;
}

/** The settings of one portfolio: everything but its files. */
export interface ProjectInstellingen<Root extends string | undefined = string> {
    /** Absolute portfolio root (undefined only when the question had none). */
    readonly root: Root;
    /** The validated configuration; `{}` without a file or when the file is unusable. */
    readonly config: Config;
    /** Absolute path of the configuration file read, when it exists. */
    readonly configBestand?: string;
    /** Peildatum in force, `JJJJ-MM-DD`: explicit, else the configuration's, else the default. */
    readonly peildatum: string;
    /** Absolute output folder of the reports: config `uitvoer` (relative to the root), default docs/portfolio. */
    readonly uitvoer: Root;
}

/** Settings plus the problems met while settling them. */
export interface InstellingenUitkomst<Root extends string | undefined = string> {
    /** The settings, with each problem replaced by its default. */
    readonly instellingen: ProjectInstellingen<Root>;
    /**
     * Dutch problems in the order found: first the configuration (`ConfigFout`: the file, with its
     * line for broken JSON, and the key), then the explicit peildatum (`GebruikFout`). Empty when
     * all is well.
     */
    readonly problemen: readonly (ConfigFout | GebruikFout)[];
}

/**
 * The root folder of command-line paths: the first path if it is a folder, else its folder;
 * no paths means the current folder.
 * @returns an absolute path
 * @throws GebruikFout `<pad>: bestand of map bestaat niet.` when the first path does not exist
 */
export function rootVan(paden: readonly string[]): string {
    const eerste = paden[0] ?? '.';
    try {
        return path.resolve(fs.statSync(eerste).isDirectory() ? eerste : path.dirname(eerste));
    } catch {
        throw new GebruikFout(`${eerste}: bestand of map bestaat niet.`);
    }
}

/** The output folder of a root: config `uitvoer` resolved against it, default {@link STANDAARD_UITVOER}. */
export function uitvoerVan(root: string, config: Config): string {
    return path.resolve(root, config.uitvoer ?? STANDAARD_UITVOER);
}

/**
 * Settles configuration, peildatum and output folder of a portfolio root. Reads the
 * configuration file; never throws.
 */
export function bepaalInstellingen<Root extends string | undefined>(vraag: InstellingenVraag<Root>): InstellingenUitkomst<Root> {
    const problemen: (ConfigFout | GebruikFout)[] = [];
    const { root } = vraag;
    const expliciet = vraag.config !== undefined;
    const bestand = vraag.config
        ? path.resolve(vraag.configBasis ?? process.cwd(), vraag.config)
        : root !== undefined
          ? configPad(root)
          : undefined;
    let config: Config = {};
    if (bestand !== undefined) {
        try {
            config = leesConfig(bestand, expliciet);
        } catch (e) {
            if (!(e instanceof ConfigFout)) {
                throw e;
            }
            problemen.push(e);
        }
    }
    let peildatum = config.peildatum ?? vraag.standaardPeildatum ?? vandaag();
    if (vraag.peildatum !== undefined) {
        if (isGeldigeDatum(vraag.peildatum)) {
            peildatum = vraag.peildatum;
        } else {
            problemen.push(
                new GebruikFout(`${vraag.peildatumNaam ?? PEILDATUM_OPTIE} ${vraag.peildatum}: geen bestaande datum; gebruik JJJJ-MM-DD.`),
            );
        }
    }
    const instellingen: ProjectInstellingen<Root> = {
        root,
        config,
        configBestand: bestand !== undefined && fs.existsSync(bestand) ? bestand : undefined,
        peildatum,
        uitvoer: (root === undefined ? undefined : uitvoerVan(root, config)) as Root,
    };
    return { instellingen, problemen };
}

/** Options of the commands that read a portfolio from paths (`check`, `generate`). */
export interface ProjectOpties {
    /** `-c`: configuration file, relative to the current folder; then it must exist. */
    readonly config?: string;
    /** `--peildatum JJJJ-MM-DD`. */
    readonly peildatum?: string;
    /** Peildatum without option or configuration; default today (tests use a fixed date). */
    readonly standaardPeildatum?: string;
    /**
     * Apply the root's `opgave.baseline.json`, if there is one (check/baseline.ts): its accepted
     * findings move from `bevindingen` to `inBaseline`. Default false (a diff compares all).
     */
    readonly baseline?: boolean;
}

/** A portfolio found on disk, not yet read. */
export interface GevondenProject extends ProjectInstellingen {
    /** Absolute paths of the `.opgave` files, sorted, without the output folder's. */
    readonly bestanden: readonly string[];
    /** Dutch notices for stderr (without `let op: `), e.g. that no files were found. */
    readonly meldingen: readonly string[];
}

/**
 * Finds the portfolio under command-line paths: root ({@link rootVan}), settings
 * ({@link bepaalInstellingen}) and files (`vindBestanden`, skipping the output folder).
 * @param paden files or folders; empty means the current folder
 * @throws GebruikFout for a path that does not exist or cannot be read, or a bad peildatum;
 *   ConfigFout for an unusable configuration (the first problem, in that order)
 */
export async function vindProject(paden: readonly string[], opties: ProjectOpties = {}): Promise<GevondenProject> {
    const root = rootVan(paden);
    const { instellingen, problemen } = bepaalInstellingen({
        root,
        config: opties.config,
        peildatum: opties.peildatum,
        standaardPeildatum: opties.standaardPeildatum,
    });
    const probleem = problemen[0];
    if (probleem) {
        throw probleem;
    }
    const bestanden = await vindBestanden(paden.length > 0 ? paden : ['.'], [instellingen.uitvoer]);
    return {
        ...instellingen,
        bestanden,
        meldingen: bestanden.length === 0 ? [`${paden.join(' ') || '.'}: geen .opgave-bestanden gevonden.`] : [],
    };
}

/** A checked portfolio: settings, files, findings and model. */
export interface Project extends GevondenProject {
    readonly resultaat: CheckResultaat;
}

/**
 * Reads, parses, links and checks files as one portfolio with a fresh Langium instance (no
 * editor state), with the checker settings of `instellingen` (`checkOptiesVan`).
 * @param bestanden absolute paths, read in this order
 * @returns the check result and Dutch notices of reading (e.g. an empty file)
 */
export async function controleerBestanden(
    bestanden: readonly string[],
    instellingen: Pick<ProjectInstellingen<string | undefined>, 'config' | 'peildatum'>,
): Promise<{ resultaat: CheckResultaat; meldingen: readonly string[] }> {
    const { Opgave } = createOpgaveServices(NodeFileSystem);
    return controleerGeladen(await laadPortfolio(Opgave, bestanden), instellingen);
}

/**
 * As {@link controleerBestanden}, for contents already read (a portfolio at a git commit).
 * @param inhoud absolute paths (their `file:` URIs name the documents) with their bytes
 */
export async function controleerInhoud(
    inhoud: readonly Inhoud[],
    instellingen: Pick<ProjectInstellingen<string | undefined>, 'config' | 'peildatum'>,
): Promise<{ resultaat: CheckResultaat; meldingen: readonly string[] }> {
    const { Opgave } = createOpgaveServices(NodeFileSystem);
    return controleerGeladen(await laadInhoud(Opgave, inhoud), instellingen);
}

function controleerGeladen(
    geladen: GeladenPortfolio,
    instellingen: Pick<ProjectInstellingen<string | undefined>, 'config' | 'peildatum'>,
): { resultaat: CheckResultaat; meldingen: readonly string[] } {
    const resultaat = controleerPortfolio(
        geladen.documenten,
        checkOptiesVan(instellingen.config, instellingen.peildatum),
        geladen.leesFouten,
    );
    return { resultaat, meldingen: geladen.meldingen };
}

/**
 * Finds, reads and checks the portfolio under command-line paths: {@link vindProject}, then
 * {@link controleerBestanden}. Notices of reading come before the "no files" notice.
 * @throws as {@link vindProject}
 */
export async function laadProject(paden: readonly string[], opties: ProjectOpties = {}): Promise<Project> {
    const gevonden = await vindProject(paden, opties);
    const baseline = opties.baseline ? leesBaseline(gevonden.root) : undefined;
    const { resultaat, meldingen } = await controleerBestanden(gevonden.bestanden, gevonden);
    const na = baseline ? pasBaselineToe(resultaat, baseline, gevonden.root).resultaat : resultaat;
    return { ...gevonden, resultaat: na, meldingen: [...meldingen, ...gevonden.meldingen] };
}
