/**
 * `opgave diff`: two versions of a portfolio read from git (or the working tree), checked and
 * compared (issue "The reviewer's view"). The CLI and the editor's "Vergelijk met…" both call
 * {@link maakDiff}.
 */
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ConfigFout } from '../../../language/src/config.js';
import { laadVersie, type VersieVraag } from '../../../language/src/git/versie.js';
import { GebruikFout } from '../../../language/src/workspace/laden.js';
import type { WerkerAntwoord } from './werker.js';
import { diffSchema, type PortfolioDiff } from './schema.js';
import { samenvatVersie, vergelijkVersies, type Samenvatting } from './vergelijk.js';

export { diffMarkdown, DIFF_MARKER, MAX_TEKENS } from './markdown.js';
export { diffJsonSchema, diffSchema, type Elementwijziging, type PortfolioDiff, type Veldwijziging } from './schema.js';
export { samenvatVersie, vergelijkVersies, type Samenvatting } from './vergelijk.js';

/** What {@link maakDiff} compares. */
export interface DiffVraag {
    /** Portfolio paths (files or folders, relative to {@link cwd}); empty: the current folder. */
    readonly paden: readonly string[];
    /** The older version: a git ref. */
    readonly basis: string;
    /** The newer version: a git ref; undefined: the working tree. */
    readonly doel?: string;
    /** One peildatum `JJJJ-MM-DD` for both sides, over their configurations'. */
    readonly peildatum?: string;
    /** Peildatum of a side whose configuration names none; default today. */
    readonly standaardPeildatum?: string;
    /** Folder the paths are relative to; default the current folder. */
    readonly cwd?: string;
    /**
     * False: read both versions in this thread (the language server, whose stdout is the protocol
     * stream). Default: the basis in a worker thread when `diff-werker.cjs` / `werker.js` is there.
     */
    readonly werker?: boolean;
}

/** Thrown when no worker thread can be used; the version is then read in this thread. */
class GeenWerker extends Error {}

/** The worker's file: beside the bundle (`dist/diff-werker.cjs`) or beside this module (tests). */
function werkerBestand(): string | undefined {
    const bestand = fileURLToPath(new URL(import.meta.url.endsWith('.cjs') ? './diff-werker.cjs' : './werker.js', import.meta.url));
    return fs.existsSync(bestand) ? bestand : undefined;
}

/** A version read and summarised, with its notices. */
interface GelezenVersie {
    readonly samenvatting: Samenvatting;
    readonly meldingen: readonly string[];
    readonly naam: string;
}

/** Reads and summarises a version in this thread. */
async function leesHier(vraag: VersieVraag): Promise<GelezenVersie> {
    const versie = await laadVersie(vraag);
    return { samenvatting: samenvatVersie(versie), meldingen: versie.meldingen, naam: versie.naam };
}

/**
 * Reads and summarises a version in a worker thread.
 * @throws GeenWerker when there is no worker file or the thread fails (then read it here);
 *   GebruikFout / ConfigFout as {@link laadVersie}
 */
function leesInWerker(vraag: VersieVraag): Promise<GelezenVersie> {
    const bestand = werkerBestand();
    if (bestand === undefined) {
        return Promise.reject(new GeenWerker());
    }
    return new Promise((resolve, reject) => {
        let klaar = false;
        const werker = new Worker(bestand, { workerData: vraag });
        werker.once('message', (antwoord: WerkerAntwoord) => {
            klaar = true;
            void werker.terminate();
            if ('fout' in antwoord) {
                const { soort, message } = antwoord.fout;
                reject(soort === 'config' ? new ConfigFout(message) : soort === 'gebruik' ? new GebruikFout(message) : new Error(message));
            } else {
                resolve(antwoord);
            }
        });
        werker.once('error', () => {
            if (!klaar) {
                klaar = true;
                reject(new GeenWerker());
            }
        });
        werker.once('exit', () => {
            if (!klaar) {
                klaar = true;
                reject(new GeenWerker());
            }
        });
    });
}

/**
 * Reads both versions (each with its own `opgave.config.json`), checks them and compares them.
 * The basis is read in a worker thread while this thread reads the doel (about one check's time
 * on two cores); each version is summarised at once, so its syntax trees are free before the
 * comparison.
 * @returns the diff and the Dutch notices of reading (for stderr): the basis's first
 * @throws GebruikFout not a git repository, an unknown ref, a path outside the repository, a bad
 *   peildatum; ConfigFout a configuration that cannot be used (the basis's problem first)
 */
export async function maakDiff(vraag: DiffVraag): Promise<PortfolioDiff & { readonly meldingen: readonly string[] }> {
    const gedeeld = { paden: vraag.paden, peildatum: vraag.peildatum, standaardPeildatum: vraag.standaardPeildatum, cwd: vraag.cwd };
    const basisVraag: VersieVraag = { ...gedeeld, ref: vraag.basis };
    const basisBelofte = (vraag.werker === false ? leesHier(basisVraag) : leesInWerker(basisVraag)).catch((e: unknown) => {
        if (e instanceof GeenWerker) {
            return leesHier(basisVraag);
        }
        throw e;
    });
    const [basis, doel] = await Promise.allSettled([basisBelofte, leesHier({ ...gedeeld, ref: vraag.doel })]);
    if (basis.status === 'rejected') {
        throw basis.reason;
    }
    if (doel.status === 'rejected') {
        throw doel.reason;
    }
    const meldingen = [basis.value, doel.value].flatMap((v) => v.meldingen.map((m) => `${v.naam}: ${m}`));
    return Object.assign(vergelijkVersies(basis.value.samenvatting, doel.value.samenvatting), { meldingen });
}

/** The diff as JSON text (two-space indent, newline at the end), the shape of {@link diffSchema}. */
export function diffJson(diff: PortfolioDiff & { readonly meldingen?: readonly string[] }): string {
    const alleenDiff: Record<string, unknown> = { ...diff };
    delete alleenDiff.meldingen;
    return `${JSON.stringify(diffSchema.parse(alleenDiff), null, 2)}\n`;
}
