/**
 * Loads a portfolio from the command line's paths: root folder, configuration, peildatum, files,
 * and runs the checker once. Shared by `check` and `generate`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { controleerPortfolio, type CheckResultaat } from '../../language/src/check/checker.js';
import { checkOptiesVan, ConfigFout, configPad, leesConfig, STANDAARD_UITVOER, type Config } from '../../language/src/config.js';
import { isGeldigeDatum, vandaag } from '../../language/src/model/datum.js';
import { createOpgaveServices } from '../../language/src/opgave-module.js';
import { GebruikFout, laadPortfolio, vindBestanden } from '../../language/src/workspace/laden.js';

/** Options shared by the commands that read a portfolio. */
export interface ProjectOpties {
    readonly config?: string;
    readonly peildatum?: string;
}

/** A checked portfolio with everything the commands need. */
export interface Project {
    /** Absolute portfolio root: the first path if it is a folder, else its folder. */
    readonly root: string;
    readonly config: Config;
    /** Absolute path of the configuration file used, if any. */
    readonly configBestand?: string;
    readonly peildatum: string;
    /** Absolute output folder for reports (config `uitvoer`, default docs/portfolio). */
    readonly uitvoer: string;
    readonly bestanden: readonly string[];
    readonly resultaat: CheckResultaat;
    /** Dutch notices for stderr. */
    readonly meldingen: readonly string[];
}

/**
 * Reads and checks the portfolio under `paden`.
 * @throws GebruikFout for missing paths or a bad peildatum; ConfigFout for a bad configuration
 */
export async function laadProject(paden: readonly string[], opties: ProjectOpties): Promise<Project> {
    const eerste = paden[0] ?? '.';
    let root: string;
    try {
        root = path.resolve(fs.statSync(eerste).isDirectory() ? eerste : path.dirname(eerste));
    } catch {
        throw new GebruikFout(`${eerste}: bestand of map bestaat niet.`);
    }
    const configBestand = opties.config ? path.resolve(opties.config) : configPad(root);
    const config = leesConfig(configBestand, opties.config !== undefined);
    const peildatum = opties.peildatum ?? config.peildatum ?? vandaag();
    if (!isGeldigeDatum(peildatum)) {
        throw new GebruikFout(`--peildatum ${peildatum}: geen bestaande datum; gebruik JJJJ-MM-DD.`);
    }
    const uitvoer = path.resolve(root, config.uitvoer ?? STANDAARD_UITVOER);
    const bestanden = await vindBestanden(paden.length > 0 ? paden : ['.'], [uitvoer]);
    const { Opgave } = createOpgaveServices(NodeFileSystem);
    const geladen = await laadPortfolio(Opgave, bestanden);
    const resultaat = controleerPortfolio(geladen.documenten, checkOptiesVan(config, peildatum), geladen.leesFouten);
    return {
        root,
        config,
        configBestand: fs.existsSync(configBestand) ? configBestand : undefined,
        peildatum,
        uitvoer,
        bestanden,
        resultaat,
        meldingen: [
            ...geladen.meldingen,
            ...(bestanden.length === 0 ? [`${paden.join(' ') || '.'}: geen .opgave-bestanden gevonden.`] : []),
        ],
    };
}

export { ConfigFout, GebruikFout };
