/**
 * Git repositories for the tests of `opgave diff` and `opgave trend`: made with the real `git`
 * binary (arguments as an array, no shell), with a fixed identity and fixed dates so commit
 * hashes, and with them the golden files, are the same on every machine.
 */
import { execFileSync } from 'node:child_process';

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
