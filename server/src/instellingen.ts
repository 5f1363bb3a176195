/**
 * Settings of the language server: the workspace root, `opgave.config.json`, the client's
 * settings (`opgave.config`, `opgave.peildatum`) and which documents belong to the portfolio.
 * The same rules as the command line (`cli/src/project.ts`), so both check the same files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { checkOptiesVan, ConfigFout, configPad, leesConfig, STANDAARD_UITVOER, type Config } from '../../language/src/config.js';
import { isGeldigeDatum, vandaag } from '../../language/src/model/datum.js';
import { SKIP_MAPPEN } from '../../language/src/workspace/laden.js';
import type { CheckOpties } from '../../language/src/check/checker.js';

/** Settings the client may send (initializationOptions or the `opgave` configuration section). */
export interface ClientInstellingen {
    /** Path of the configuration file, absolute or relative to the workspace root. */
    readonly config?: string;
    /** Reference date `JJJJ-MM-DD`; overrides the configuration file. */
    readonly peildatum?: string;
}

/** The resolved settings of one check run. */
export interface ServerInstellingen {
    /** Absolute workspace root (first workspace folder), undefined without a workspace. */
    readonly root?: string;
    readonly config: Config;
    readonly configBestand?: string;
    readonly peildatum: string;
    /** Absolute output folder of the reports; never indexed. */
    readonly uitvoer?: string;
    /** Dutch problem with the configuration or the settings, to show once. */
    readonly probleem?: string;
}

/**
 * Resolves the settings like `opgave check` does: client setting, else the config file, else today.
 * Never throws: a broken configuration yields defaults and a `probleem` message.
 */
export function bepaalInstellingen(root: string | undefined, client: ClientInstellingen): ServerInstellingen {
    let config: Config = {};
    let probleem: string | undefined;
    const expliciet = typeof client.config === 'string' && client.config.trim() !== '';
    const bestand = expliciet ? path.resolve(root ?? process.cwd(), client.config as string) : root ? configPad(root) : undefined;
    if (bestand) {
        try {
            config = leesConfig(bestand, expliciet);
        } catch (e) {
            probleem = e instanceof ConfigFout ? e.message : String(e);
        }
    }
    let peildatum = config.peildatum ?? vandaag();
    if (typeof client.peildatum === 'string' && client.peildatum.trim() !== '') {
        if (isGeldigeDatum(client.peildatum.trim())) {
            peildatum = client.peildatum.trim();
        } else {
            probleem = `Instelling opgave.peildatum ${client.peildatum}: geen bestaande datum; gebruik JJJJ-MM-DD.`;
        }
    }
    const uitvoer = root ? path.resolve(root, config.uitvoer ?? STANDAARD_UITVOER) : undefined;
    return { root, config, configBestand: bestand && fs.existsSync(bestand) ? bestand : undefined, peildatum, uitvoer, probleem };
}

/** The checker options belonging to the settings. */
export function checkOpties(inst: ServerInstellingen): CheckOpties {
    return checkOptiesVan(inst.config, inst.peildatum);
}

/** True when a folder with this name is never walked (dependencies, version control, hidden). */
export function isOverslaanMap(naam: string): boolean {
    return naam.startsWith('.') || SKIP_MAPPEN.includes(naam);
}

/**
 * True when the document belongs to the portfolio of the workspace: a `file:` URI below the root,
 * not inside a skipped folder or the output folder. Without a root every document belongs.
 */
export function hoortBijPortfolio(uri: URI | string, inst: Pick<ServerInstellingen, 'root' | 'uitvoer'>): boolean {
    if (!inst.root) {
        return true;
    }
    const u = typeof uri === 'string' ? URI.parse(uri) : uri;
    if (u.scheme !== 'file') {
        return false;
    }
    const rel = path.relative(inst.root, u.fsPath);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
        return false;
    }
    if (inst.uitvoer) {
        const relUit = path.relative(inst.uitvoer, u.fsPath);
        if (!relUit.startsWith('..') && !path.isAbsolute(relUit)) {
            return false;
        }
    }
    const delen = rel.split(path.sep);
    return delen.slice(0, -1).every((d) => !isOverslaanMap(d));
}

/**
 * The path under which the portfolio knows a file: its real path (symbolic links resolved), put
 * back under `root` when the real path lies inside the real root (the root itself may be reached
 * through a link). A file that does not exist is resolved through its folder; a path that cannot
 * be resolved at all is returned as given.
 */
export function portfolioPad(bestand: string, root: string | undefined): string {
    let echt: string;
    try {
        echt = fs.realpathSync.native(bestand);
    } catch {
        try {
            echt = path.join(fs.realpathSync.native(path.dirname(bestand)), path.basename(bestand));
        } catch {
            return path.resolve(bestand);
        }
    }
    if (root === undefined) {
        return echt;
    }
    let echteRoot: string;
    try {
        echteRoot = fs.realpathSync.native(root);
    } catch {
        return echt;
    }
    const rel = path.relative(echteRoot, echt);
    return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? echt : path.join(root, rel);
}

/** Compares two paths as the file system does (case-insensitive on Windows and macOS). */
export function zelfdePad(a: string, b: string): boolean {
    const ongevoelig = process.platform === 'win32' || process.platform === 'darwin';
    return ongevoelig ? a.toLowerCase() === b.toLowerCase() : a === b;
}
