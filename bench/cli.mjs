// What the CLI benchmarks (diff.mjs, site.mjs, trend.mjs) share: the built CLI, one timed run of
// it, and the median of several.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The built command line (npm run build). */
export const CLI = path.join(ROOT, 'dist', 'cli.cjs');

/**
 * Runs `opgave <args>` on this Node and returns its wall time in seconds.
 * @param opties cwd, and the exit codes that count as success (default 0)
 * @throws Error with the command's stderr for any other exit code
 */
export function looptijd(args, { cwd = ROOT, codes = [0] } = {}) {
    const start = performance.now();
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    const seconden = (performance.now() - start) / 1000;
    if (!codes.includes(r.status)) {
        throw new Error(`opgave ${args.join(' ')}: exitcode ${r.status}\n${r.stderr}`);
    }
    return seconden;
}

/** The median of a non-empty list of numbers (the upper one of an even list). */
export function mediaan(xs) {
    return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}
