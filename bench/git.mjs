// Git for the benchmarks of `opgave diff` and `opgave trend`: the real binary, arguments as an
// array, no user or system configuration and a fixed identity (and, when given, a fixed date).
import { execFileSync } from 'node:child_process';

/** Runs `git ARGS` in `map`; `datum` (`JJJJ-MM-DD`, optional) is the author and committer date. */
export function git(map, datum, ...args) {
    const env = {
        ...process.env,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 'bench',
        GIT_AUTHOR_EMAIL: 'bench@example.org',
        GIT_COMMITTER_NAME: 'bench',
        GIT_COMMITTER_EMAIL: 'bench@example.org',
        ...(datum ? { GIT_AUTHOR_DATE: `${datum}T12:00:00+01:00`, GIT_COMMITTER_DATE: `${datum}T12:00:00+01:00` } : {}),
    };
    return execFileSync('git', args, { cwd: map, env, stdio: ['ignore', 'pipe', 'inherit'] });
}
