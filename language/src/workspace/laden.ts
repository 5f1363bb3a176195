/**
 * Finding and reading the files of a portfolio on disk (command line and tests). The language
 * server uses Langium's workspace manager with the same folder rules (`SKIP_MAPPEN`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { glob } from 'tinyglobby';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { LeesFout } from '../check/checker.js';
import type { OpgaveServices } from '../opgave-module.js';

/** Folders never walked: dependencies and version control (hidden folders are skipped too). */
export const SKIP_MAPPEN = ['node_modules', '.git'];

/** A path given by the user that cannot be used; `message` is Dutch. Exit code 2. */
export class GebruikFout extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'GebruikFout';
    }
}

/**
 * Lists the `.opgave` files under the given paths, sorted, without duplicates. Directories are
 * walked recursively, skipping `node_modules`, `.git`, hidden folders and `uitsluiten` (the output
 * folder); symbolic links are not followed (no loops). A file path is taken as given.
 * @throws GebruikFout when a path does not exist or cannot be read
 */
export async function vindBestanden(paden: readonly string[], uitsluiten: readonly string[] = []): Promise<string[]> {
    const gevonden = new Set<string>();
    for (const p of paden) {
        let stat: fs.Stats;
        try {
            stat = fs.statSync(p);
        } catch (e) {
            const code = (e as NodeJS.ErrnoException).code;
            throw new GebruikFout(
                code === 'ENOENT' ? `${p}: bestand of map bestaat niet.` : `${p}: niet te lezen (${code ?? 'onbekende fout'}).`,
            );
        }
        if (stat.isFile()) {
            gevonden.add(path.resolve(p));
            continue;
        }
        const root = path.resolve(p);
        const ignore = [...SKIP_MAPPEN.map((m) => `**/${m}/**`)];
        for (const u of uitsluiten) {
            const rel = path.relative(root, path.resolve(u));
            if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
                ignore.push(`${rel.split(path.sep).join('/')}/**`);
            }
        }
        let bestanden: string[];
        try {
            bestanden = await glob('**/*.opgave', {
                cwd: root,
                absolute: true,
                dot: false,
                ignore,
                onlyFiles: true,
                followSymbolicLinks: false,
            });
        } catch (e) {
            throw new GebruikFout(`${p}: map niet te doorzoeken (${(e as Error).message}).`);
        }
        for (const b of bestanden) {
            gevonden.add(path.normalize(b));
        }
    }
    return [...gevonden].sort();
}

/**
 * Files larger than this are not read (a clear finding instead of minutes of parsing and
 * gigabytes of memory); a real portfolio file is a few hundred kilobytes at most.
 */
export const MAX_BESTAND_BYTES = 20 * 1024 * 1024;

/** The Dutch message for a file over {@link MAX_BESTAND_BYTES}; `grootte` in bytes. */
export function teGrootBericht(grootte: number): string {
    return `Dit bestand is te groot (${(grootte / 1024 / 1024).toFixed(1)} MB; de grens is ${MAX_BESTAND_BYTES / 1024 / 1024} MB); het is overgeslagen. Verdeel het over meer bestanden.`;
}

/** Result of reading files: documents to check, unreadable files as findings, and notices. */
export interface GeladenPortfolio {
    readonly documenten: LangiumDocument[];
    readonly leesFouten: LeesFout[];
    /** Dutch notices for stderr (e.g. an empty file). */
    readonly meldingen: string[];
}

/**
 * Reads text as the language expects it: UTF-8, optional BOM removed. Returns an error message
 * (Dutch) instead when the bytes are binary or not UTF-8.
 */
export function decodeer(bytes: Uint8Array): { tekst: string } | { fout: string } {
    if (bytes.includes(0)) {
        return { fout: 'Dit bestand bevat binaire gegevens (NUL-tekens) en is geen tekst; het is overgeslagen.' };
    }
    try {
        const tekst = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return { tekst: tekst.replace(/^\uFEFF/, '') };
    } catch {
        return { fout: 'Dit bestand is geen geldige UTF-8-tekst; sla het op als UTF-8. Het is overgeslagen.' };
    }
}

/**
 * Reads the files and parses and links them together as one portfolio (no Langium validation:
 * the checker does that).
 * @param bestanden absolute paths
 */
export async function laadPortfolio(services: OpgaveServices, bestanden: readonly string[]): Promise<GeladenPortfolio> {
    const inhoud: Inhoud[] = [];
    for (const bestand of bestanden) {
        try {
            const grootte = fs.statSync(bestand).size;
            if (grootte > MAX_BESTAND_BYTES) {
                inhoud.push({ bestand, fout: teGrootBericht(grootte) });
                continue;
            }
            inhoud.push({ bestand, bytes: fs.readFileSync(bestand) });
        } catch (e) {
            inhoud.push({
                bestand,
                fout: `Dit bestand is niet te lezen (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); het is overgeslagen.`,
            });
        }
    }
    return laadInhoud(services, inhoud);
}

/**
 * The bytes of one portfolio file, read from disk or from a git commit, or why they could not be
 * read (a Dutch message, reported as a `syntaxis` finding on the file).
 */
export type Inhoud =
    | { readonly bestand: string; readonly bytes: Uint8Array; readonly fout?: undefined }
    | { readonly bestand: string; readonly fout: string; readonly bytes?: undefined };

/**
 * Decodes, parses and links file contents as one portfolio (no Langium validation: the checker
 * does that). The documents get `file:` URIs of `bestand`, which need not exist on disk (a file
 * read from a git commit).
 * @param inhoud absolute paths with their bytes, in this order
 */
export async function laadInhoud(services: OpgaveServices, inhoud: readonly Inhoud[]): Promise<GeladenPortfolio> {
    const documenten: LangiumDocument[] = [];
    const leesFouten: LeesFout[] = [];
    const meldingen: string[] = [];
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const leeg = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    for (const { bestand, bytes, fout } of inhoud) {
        const uri = URI.file(bestand);
        if (fout !== undefined) {
            leesFouten.push({ uri: uri.toString(), range: leeg, bericht: fout });
            continue;
        }
        if (bytes.length > MAX_BESTAND_BYTES) {
            leesFouten.push({ uri: uri.toString(), range: leeg, bericht: teGrootBericht(bytes.length) });
            continue;
        }
        const gelezen = decodeer(bytes);
        if ('fout' in gelezen) {
            leesFouten.push({ uri: uri.toString(), range: leeg, bericht: gelezen.fout });
            continue;
        }
        if (gelezen.tekst.trim().length === 0) {
            meldingen.push(`${bestand}: bestand is leeg.`);
        }
        if (langiumDocuments.hasDocument(uri)) {
            langiumDocuments.deleteDocument(uri);
        }
        const doc = factory.fromString(gelezen.tekst, uri);
        langiumDocuments.addDocument(doc);
        documenten.push(doc);
    }
    // Performance: indexing the references (phase IndexedReferences) only serves the editor's
    // find-references; the checker reads the links themselves, so the load skips it.
    const index = services.shared.workspace.IndexManager;
    index.updateReferences = () => Promise.resolve();
    try {
        await services.shared.workspace.DocumentBuilder.build(documenten, { validation: false });
    } finally {
        delete (index as Partial<typeof index>).updateReferences;
    }
    return { documenten, leesFouten, meldingen };
}
