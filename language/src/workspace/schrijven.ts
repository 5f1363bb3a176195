/**
 * Writing files the safe way for `generate` (reports/src/schrijven.ts) and `format`: all or nothing. Every new content goes
 * to a temporary file beside its target first; only when all of them are written are they renamed
 * into place, so a failing write (disk full, no permission) leaves every existing file as it was,
 * and a killed run never leaves a half-written file.
 *
 * Temporary files are named `.opgave-<16 hex>.tmp` (short, so a long target name never overflows
 * NAME_MAX; recognisable, so `generate` can remove leftovers of a killed run: {@link isTijdelijk}).
 * A rename replaces a target that is a symbolic link by a regular file; the link's target is never
 * written.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * One file to write: absolute path and UTF-8 content, or a function that makes the content when it
 * is written (so a caller with many large files need not hold them all; it is called once).
 */
export interface TeSchrijven {
    readonly doel: string;
    readonly inhoud: string | (() => string);
}

/** A write that failed: `bestand` is the target (absolute), `code` the reason ({@link foutReden}). */
export class SchrijfFout extends Error {
    constructor(
        readonly bestand: string,
        readonly code: string,
    ) {
        super(`${bestand}: niet te schrijven (${code})`);
    }
}

/** Name pattern of this tool's temporary files. */
const TIJDELIJK = /^\.opgave-[0-9a-f]{16}\.tmp$/;

/** True when `naam` (a base name) is one of this tool's temporary files. */
export function isTijdelijk(naam: string): boolean {
    return TIJDELIJK.test(naam);
}

/** A fresh temporary path in the folder of `doel`. */
function tijdelijkVoor(doel: string): string {
    return path.join(path.dirname(doel), `.opgave-${randomBytes(8).toString('hex')}.tmp`);
}

/** Dutch words for the file-system errors a user can meet when writing reports. */
const REDENEN: Readonly<Record<string, string>> = {
    EACCES: 'geen toestemming',
    EPERM: 'geen toestemming',
    EROFS: 'alleen-lezen schijf',
    ENOSPC: 'schijf vol',
    EDQUOT: 'schijfquotum op',
    EFBIG: 'bestand te groot',
    ENAMETOOLONG: 'naam te lang',
    ENOTDIR: 'een bestand staat waar een map hoort',
    EISDIR: 'een map staat waar een bestand hoort',
    EBUSY: 'in gebruik',
    EMFILE: 'te veel open bestanden',
};

/**
 * The reason of a file-system error for a message: Dutch words and the system's code, e.g.
 * `schijf vol, ENOSPC`; the bare code (or the error's text) when there are no words for it.
 */
export function foutReden(e: unknown): string {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === undefined) {
        return e instanceof Error ? e.message : String(e);
    }
    const woorden = REDENEN[code];
    return woorden ? `${woorden}, ${code}` : code;
}

/** How long synchronous file work runs before {@link pauzes} lets other work (a language server's requests) in. */
const PORTIE_MS = 20;

/**
 * A point in a loop of synchronous file work where, once {@link PORTIE_MS} have passed since the
 * last one, the event loop gets a turn. Synchronous calls are several times cheaper here than
 * Node's promise-based ones (one thread-pool round trip and a promise per open, stat, read, write
 * and close); slicing them keeps a language server that runs them responsive.
 */
export function pauzes(): () => Promise<void> | undefined {
    let sinds = performance.now();
    return () => {
        if (performance.now() - sinds < PORTIE_MS) {
            return undefined;
        }
        return new Promise<void>((klaar) =>
            setImmediate(() => {
                sinds = performance.now();
                klaar();
            }),
        );
    };
}

/**
 * Writes every item, all or nothing (see the module comment). The folders must exist. Temporary
 * files are written at most 16 at a time; on the first failure no new ones are started, and all
 * made so far are removed before this throws. A failing rename (rare: the temporary file is in the
 * same folder) stops the renames and removes the temporary files not yet renamed; files renamed
 * before it stay renamed (they hold complete new content). Content given as a function is made
 * just before its file is written; if that throws, the temporary files are removed and the error
 * is rethrown as it is.
 * @throws SchrijfFout naming the file that could not be written
 */
export async function schrijfAlles(items: readonly TeSchrijven[]): Promise<void> {
    const tijdelijk: (string | undefined)[] = items.map(() => undefined);
    let fout: SchrijfFout | undefined;
    let anders: { readonly fout: unknown } | undefined;
    let volgende = 0;
    const werker = async (): Promise<void> => {
        while (fout === undefined && anders === undefined && volgende < items.length) {
            const i = volgende++;
            const item = items[i] as TeSchrijven;
            let inhoud: string;
            try {
                inhoud = typeof item.inhoud === 'function' ? item.inhoud() : item.inhoud;
            } catch (e) {
                anders ??= { fout: e };
                return;
            }
            const t = tijdelijkVoor(item.doel);
            tijdelijk[i] = t;
            try {
                await fs.promises.writeFile(t, inhoud, { encoding: 'utf8', flag: 'wx' });
            } catch (e) {
                fout ??= new SchrijfFout(item.doel, foutReden(e));
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(16, items.length) }, werker));
    if (fout !== undefined || anders !== undefined) {
        await ruimOp(tijdelijk);
        throw fout ?? anders?.fout;
    }
    for (const [i, item] of items.entries()) {
        try {
            await fs.promises.rename(tijdelijk[i] as string, item.doel);
            tijdelijk[i] = undefined;
        } catch (e) {
            await ruimOp(tijdelijk);
            throw new SchrijfFout(item.doel, foutReden(e));
        }
    }
}

async function ruimOp(tijdelijk: readonly (string | undefined)[]): Promise<void> {
    await Promise.all(tijdelijk.map((t) => (t ? fs.promises.rm(t, { force: true }).catch(() => undefined) : Promise.resolve())));
}
