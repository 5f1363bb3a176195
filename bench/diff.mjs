// Benchmark of `opgave diff` (issue "The reviewer's view", item 6): the diff of two versions of a
// generated portfolio must take at most 2.5 × `opgave check` of one version.
//
// Builds a git repository with a generated portfolio (bench/genereer.mjs) as commit 1 and, as
// commit 2, about 1% of the opdrachten changed (budget, status) plus one file removed; then
// measures, as the median of --runs runs, the wall time of
//   checkSeconds  `node dist/cli.cjs check <repo> --format json`
//   diffSeconds   `node dist/cli.cjs diff HEAD~1 HEAD --format json` in the repository
// and prints both with the ratio. Not a test: run it by hand (`npm run bench:diff`).
//
// Usage: node bench/diff.mjs [--opdrachten 10000] [--runs 3] [--seed 1] [--work <map>]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { schrijfPortfolio } from './genereer.mjs';
import { git } from './git.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli.cjs');
const { values } = parseArgs({
    options: {
        opdrachten: { type: 'string', default: '10000' },
        runs: { type: 'string', default: '3' },
        seed: { type: 'string', default: '1' },
        work: { type: 'string' },
    },
});

const werk = values.work ?? fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-bench-diff-'));
try {
    const repo = path.join(werk, 'portfolio');
    fs.rmSync(repo, { recursive: true, force: true });
    schrijfPortfolio(repo, { opdrachten: Number(values.opdrachten), seed: Number(values.seed), fouten: 0.02 });
    git(repo, undefined, 'init', '-q', '-b', 'main');
    git(repo, undefined, 'add', '-A');
    git(repo, undefined, 'commit', '-q', '-m', 'versie 1');
    // Commit 2: every 100th opdracht file gets a bigger budget and another status; one file goes.
    const bestanden = fs.readdirSync(path.join(repo, 'opgaven')).sort();
    bestanden.forEach((f, i) => {
        const pad = path.join(repo, 'opgaven', f);
        if (i === 0) {
            fs.rmSync(pad);
        } else if (i % 10 === 0) {
            const tekst = fs.readFileSync(pad, 'utf8');
            fs.writeFileSync(
                pad,
                tekst.replace(/budget (\d+)/, (_, n) => `budget ${Number(n) + 50_000}`).replace('status lopend', 'status gepauzeerd'),
            );
        }
    });
    git(repo, undefined, 'add', '-A');
    git(repo, undefined, 'commit', '-q', '-m', 'versie 2');

    const meet = (args) => {
        const start = performance.now();
        const r = spawnSync(process.execPath, [CLI, ...args], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 });
        const seconden = (performance.now() - start) / 1000;
        if (r.status !== 0 && r.status !== 1) {
            throw new Error(`opgave ${args.join(' ')}: exitcode ${r.status}\n${r.stderr}`);
        }
        return seconden;
    };
    const mediaan = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const check = [];
    const diff = [];
    for (let i = 0; i < Number(values.runs); i++) {
        check.push(meet(['check', '.', '--format', 'json']));
        diff.push(meet(['diff', 'HEAD~1', 'HEAD', '--format', 'json']));
    }
    const c = mediaan(check);
    const d = mediaan(diff);
    console.log(
        JSON.stringify(
            {
                opdrachten: Number(values.opdrachten),
                checkSeconds: +c.toFixed(2),
                diffSeconds: +d.toFixed(2),
                ratio: +(d / c).toFixed(2),
                doel: 2.5,
            },
            null,
            2,
        ),
    );
    // The target is about large portfolios; at smoke sizes process start-up dominates both.
    if (Number(values.opdrachten) >= 1000 && d / c > 2.5) {
        console.error(`diff duurt ${(d / c).toFixed(2)} × zo lang als check; de grens is 2,5 ×.`);
        process.exitCode = 1;
    }
} finally {
    if (values.work === undefined) {
        fs.rmSync(werk, { recursive: true, force: true });
    }
}
