/**
 * Reading a portfolio from git history (issue "The reviewer's view": `opgave diff`, `opgave trend`).
 * Everything goes through the `git` binary, spawned without a shell: a ref is always one argument
 * after `--end-of-options`, so `main;rm -rf x` or `--output=x` is just an unknown ref. Blobs are
 * read in one `git cat-file --batch` process per tree, so reading 10,000 files costs one spawn.
 *
 * Errors are Dutch `GebruikFout`s (exit code 2 in the CLI): no git binary, not a repository, an
 * unknown ref, a path outside the repository.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GebruikFout } from '../workspace/laden.js';

/** Output of one git run: stdout as bytes, stderr as text, the exit code. */
interface GitUitkomst {
    readonly stdout: Buffer;
    readonly stderr: string;
    readonly code: number;
}

/**
 * Runs `git <args>` in `map` without a shell, feeding `invoer` to stdin.
 * @throws GebruikFout when git cannot be started (not installed)
 */
function git(map: string, args: readonly string[], invoer?: string): Promise<GitUitkomst> {
    return new Promise((resolve, reject) => {
        const proces = spawn('git', [...args], {
            cwd: map,
            stdio: ['pipe', 'pipe', 'pipe'],
            // A fixed environment for output we parse: no pager, no locale-dependent messages.
            env: { ...process.env, GIT_PAGER: 'cat', LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' },
        });
        const uit: Buffer[] = [];
        const fout: Buffer[] = [];
        proces.stdout.on('data', (b: Buffer) => uit.push(b));
        proces.stderr.on('data', (b: Buffer) => fout.push(b));
        proces.on('error', (e: NodeJS.ErrnoException) =>
            reject(
                new GebruikFout(
                    e.code === 'ENOENT'
                        ? 'git is niet gevonden; installeer git om versies te vergelijken.'
                        : `git is niet te starten (${e.code ?? e.message}).`,
                ),
            ),
        );
        proces.on('close', (code) =>
            resolve({ stdout: Buffer.concat(uit), stderr: Buffer.concat(fout).toString('utf8'), code: code ?? 1 }),
        );
        proces.stdin.on('error', () => undefined);
        proces.stdin.end(invoer ?? '');
    });
}

/** The nearest existing folder at or above `pad` (a path may exist only in an older commit). */
function bestaandeMap(pad: string): string {
    let map = path.resolve(pad);
    while (!fs.existsSync(map) || !fs.statSync(map).isDirectory()) {
        const boven = path.dirname(map);
        if (boven === map) {
            return map;
        }
        map = boven;
    }
    return map;
}

/**
 * The working-tree root of the git repository holding `pad` (an existing or a vanished path).
 * @returns the absolute real path of the top-level folder
 * @throws GebruikFout `<pad>: geen git-repository …` outside a repository
 */
export async function repositoryVan(pad: string): Promise<string> {
    const map = bestaandeMap(pad);
    const { stdout, code } = await git(map, ['rev-parse', '--show-toplevel']);
    if (code !== 0) {
        throw new GebruikFout(`${pad}: geen git-repository (of een map daarin); opgave diff en trend lezen de versies uit git.`);
    }
    return fs.realpathSync(stdout.toString('utf8').trim());
}

/**
 * The commit a ref names (`main`, `origin/main`, `v1.0`, `HEAD~2`, a hash).
 * @returns the full commit hash (40 or 64 hex digits)
 * @throws GebruikFout `onbekende git-ref '<ref>'.` when git knows no commit by that name
 */
export async function commitVan(repository: string, ref: string): Promise<string> {
    const commit = await probeerCommit(repository, ref);
    if (commit === undefined) {
        throw new GebruikFout(`onbekende git-ref '${ref}': geen branch, tag of commit in ${repository}.`);
    }
    return commit;
}

/** The commit a ref names, or undefined when git knows none (no error). */
export async function probeerCommit(repository: string, ref: string): Promise<string | undefined> {
    if (ref.length === 0 || ref.includes('\0')) {
        return undefined;
    }
    const { stdout, code } = await git(repository, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    return code === 0 ? stdout.toString('utf8').trim() : undefined;
}

/**
 * The upstream branch of the current branch of the repository holding `map`, e.g. `origin/main`.
 * @returns undefined without a repository, on a detached HEAD or without an upstream
 */
export async function upstreamVan(map: string): Promise<string | undefined> {
    try {
        const { stdout, code } = await git(bestaandeMap(map), ['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}']);
        const naam = stdout.toString('utf8').trim();
        return code === 0 && naam.length > 0 ? naam : undefined;
    } catch {
        return undefined;
    }
}

/** One file of a commit's tree. */
export interface Boombestand {
    /** Path relative to the repository root, with `/`. */
    readonly pad: string;
    /** The blob's object id. */
    readonly blob: string;
}

/**
 * The regular files of a commit's tree under `prefix` (a folder relative to the repository root,
 * `/`-separated; empty for the whole tree). Symbolic links and submodules are left out.
 * @throws GebruikFout when git fails to list the tree
 */
export async function bestandenVan(repository: string, commit: string, prefix: string): Promise<Boombestand[]> {
    const args = ['ls-tree', '-r', '-z', '--full-tree', commit];
    if (prefix.length > 0) {
        args.push('--', prefix);
    }
    const { stdout, stderr, code } = await git(repository, args);
    if (code !== 0) {
        throw new GebruikFout(`git ls-tree ${commit.slice(0, 12)} mislukte: ${stderr.trim()}`);
    }
    const bestanden: Boombestand[] = [];
    for (const regel of stdout.toString('utf8').split('\0')) {
        // "<mode> SP <type> SP <object> TAB <path>"
        const tab = regel.indexOf('\t');
        if (tab < 0) {
            continue;
        }
        const [modus, soort, blob] = regel.slice(0, tab).split(' ');
        if (soort === 'blob' && (modus === '100644' || modus === '100755') && blob) {
            bestanden.push({ pad: regel.slice(tab + 1), blob });
        }
    }
    return bestanden;
}

/**
 * Reads blobs in one `git cat-file --batch` run.
 * @param blobs object ids
 * @returns object id → content bytes (a missing object is absent)
 * @throws GebruikFout when git fails or its output cannot be read
 */
export async function leesBlobs(repository: string, blobs: readonly string[]): Promise<Map<string, Buffer>> {
    const uniek = [...new Set(blobs)];
    const inhoud = new Map<string, Buffer>();
    if (uniek.length === 0) {
        return inhoud;
    }
    const { stdout, stderr, code } = await git(repository, ['cat-file', '--batch'], `${uniek.join('\n')}\n`);
    if (code !== 0) {
        throw new GebruikFout(`git cat-file mislukte: ${stderr.trim()}`);
    }
    let plek = 0;
    while (plek < stdout.length) {
        const einde = stdout.indexOf(0x0a, plek);
        if (einde < 0) {
            break;
        }
        // "<object> SP <type> SP <size> LF <contents> LF", or "<object> SP missing LF"
        const kop = stdout.subarray(plek, einde).toString('utf8').split(' ');
        plek = einde + 1;
        if (kop[1] === 'missing' || kop.length < 3) {
            continue;
        }
        const grootte = Number(kop[2]);
        if (!Number.isInteger(grootte) || plek + grootte > stdout.length) {
            throw new GebruikFout('git cat-file gaf onleesbare uitvoer.');
        }
        inhoud.set(kop[0]!, stdout.subarray(plek, plek + grootte));
        plek += grootte + 1;
    }
    return inhoud;
}

/** One commit of the history: hash and committer date `JJJJ-MM-DD` (the committer's own time zone). */
export interface Historiepunt {
    readonly commit: string;
    readonly datum: string;
}

/**
 * The first-parent history of `ref`, newest first (the main line: a merged branch counts once, at
 * its merge).
 * @throws GebruikFout for an unknown ref
 */
export async function historieVan(repository: string, ref: string): Promise<Historiepunt[]> {
    const commit = await commitVan(repository, ref);
    const { stdout, stderr, code } = await git(repository, ['log', '--first-parent', '--format=%H %cs', commit]);
    if (code !== 0) {
        throw new GebruikFout(`git log mislukte: ${stderr.trim()}`);
    }
    return stdout
        .toString('utf8')
        .split('\n')
        .filter((r) => r.length > 0)
        .map((r) => {
            const [hash, datum] = r.split(' ');
            return { commit: hash!, datum: datum! };
        });
}
