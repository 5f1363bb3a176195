/**
 * Settings of the language server: the client's settings (`opgave.config`, `opgave.peildatum`)
 * and which documents belong to the portfolio. Root, configuration, peildatum and output folder
 * come from the one project resolution (`language/src/project.ts`) that the command line uses
 * too, so both check the same files the same way.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { checkOptiesVan, type ConfigFout } from '../../language/src/config.js';
import { isGeldigeDatum } from '../../language/src/model/datum.js';
import { bepaalInstellingen as bepaalProjectInstellingen, type GebruikFout, type ProjectInstellingen } from '../../language/src/project.js';
import { SKIP_MAPPEN } from '../../language/src/workspace/laden.js';
import type { CheckOpties } from '../../language/src/check/checker.js';

/** Settings the client may send (initializationOptions or the `opgave` configuration section). */
export interface ClientInstellingen {
    /** Path of the configuration file, absolute or relative to the workspace root. */
    readonly config?: string;
    /** Reference date `JJJJ-MM-DD`; overrides the configuration file. */
    readonly peildatum?: string;
}

/**
 * The resolved settings of one check run: the project settings of the first workspace folder
 * (`root` and `uitvoer` undefined without a workspace; the output folder is never indexed).
 */
export interface ServerInstellingen extends ProjectInstellingen<string | undefined> {
    /** Every problem with the configuration or the settings, in the order found (see `bepaalInstellingen` in language/src/project.ts). */
    readonly problemen: readonly (ConfigFout | GebruikFout)[];
    /** Dutch problem with the configuration or the settings, to show once (the last one found). */
    readonly probleem?: string;
}

/** How the peildatum setting is named in its message. */
const PEILDATUM_INSTELLING = 'Instelling opgave.peildatum';

/**
 * Resolves the settings like `opgave check` does: client setting, else the config file, else today.
 * A client setting that is not a string or only white space counts as not set; `opgave.config` is
 * resolved against the workspace root (else the server's current folder). Never throws: a broken
 * configuration yields defaults and a `probleem` message.
 */
export function bepaalInstellingen(root: string | undefined, client: ClientInstellingen): ServerInstellingen {
    const gezet = (w: unknown): w is string => typeof w === 'string' && w.trim() !== '';
    const { instellingen, problemen } = bepaalProjectInstellingen({
        root,
        config: gezet(client.config) ? client.config : undefined,
        configBasis: root ?? process.cwd(),
        // Surrounding white space is forgiven; a date that is still wrong is named as the client sent it.
        peildatum: gezet(client.peildatum)
            ? isGeldigeDatum(client.peildatum.trim())
                ? client.peildatum.trim()
                : client.peildatum
            : undefined,
        peildatumNaam: PEILDATUM_INSTELLING,
    });
    const laatste = problemen.at(-1);
    return { ...instellingen, problemen, ...(laatste ? { probleem: laatste.message } : {}) };
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
