/**
 * Git repositories for the tests of `opgave diff` and `opgave trend`: made with the real `git`
 * binary (arguments as an array, no shell), with a fixed identity and fixed dates so commit
 * hashes, and with them the golden files, are the same on every machine.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './index.js';

/** The environment of every git run: no user or system configuration, a fixed identity. */
function omgeving(datum?: string): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
        ...process.env,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 'Programmabureau',
        GIT_AUTHOR_EMAIL: 'programmabureau@gemeente.example',
        GIT_COMMITTER_NAME: 'Programmabureau',
        GIT_COMMITTER_EMAIL: 'programmabureau@gemeente.example',
    };
    if (datum !== undefined) {
        env.GIT_AUTHOR_DATE = `${datum}T12:00:00+01:00`;
        env.GIT_COMMITTER_DATE = `${datum}T12:00:00+01:00`;
    }
    return env;
}

/**
 * Runs `git ARGS` in `map`.
 * @returns stdout, trimmed
 * @throws Error with git's stderr when git fails
 */
export function git(map: string, ...args: string[]): string {
    return execFileSync('git', args, { cwd: map, env: omgeving(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** Makes `map` (which may already hold files) a repository with branch `main`. */
export function nieuweRepository(map: string): void {
    git(map, 'init', '-q', '-b', 'main');
}

/**
 * Commits everything in the working tree (additions and removals) on `datum` (`JJJJ-MM-DD`,
 * author and committer date, 12:00 CET) and tags it `tag` when given.
 * @returns the commit hash
 */
export function commitAlles(map: string, bericht: string, datum: string, tag?: string): string {
    execFileSync('git', ['add', '-A'], { cwd: map, env: omgeving() });
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', bericht], { cwd: map, env: omgeving(datum) });
    if (tag !== undefined) {
        git(map, 'tag', tag);
    }
    return git(map, 'rev-parse', 'HEAD');
}

/** Copies the sources of an example portfolio (`examples/<naam>`: `.opgave` files and its configuration, not its reports) into `map`. */
export function kopieerVoorbeeld(naam: string, map: string): void {
    const bron = path.join(ROOT, 'examples', naam);
    for (const f of fs.readdirSync(bron)) {
        if (f.endsWith('.opgave') || f === 'opgave.config.json') {
            fs.copyFileSync(path.join(bron, f), path.join(map, f));
        }
    }
}

/**
 * Replaces the first `van` in a file of `map` by `naar`, like an edit in a commit.
 * @throws AssertionError when the file does not contain `van` (the example changed)
 */
export function vervang(map: string, bestand: string, van: string, naar: string): void {
    const pad = path.join(map, bestand);
    const tekst = fs.readFileSync(pad, 'utf8');
    assert.ok(tekst.includes(van), `${bestand} bevat ${JSON.stringify(van)} niet`);
    fs.writeFileSync(pad, tekst.replace(van, naar));
}

/**
 * Compares `inhoud` with the golden file `test/golden/<map>/<naam>`; with
 * `OPGAVE_GOLDEN=bijwerken` writes it first.
 */
export function vergelijkGolden(map: string, naam: string, inhoud: string): void {
    const bestand = path.join(ROOT, 'test', 'golden', map, naam);
    if (process.env.OPGAVE_GOLDEN === 'bijwerken') {
        fs.mkdirSync(path.dirname(bestand), { recursive: true });
        fs.writeFileSync(bestand, inhoud);
    }
    assert.equal(inhoud, fs.readFileSync(bestand, 'utf8'), `${naam} wijkt af van test/golden/${map} (OPGAVE_GOLDEN=bijwerken)`);
}
