// Benchmark of `opgave trend` (issue "The reviewer's view", item 6): 24 monthly points of a
// 1,000-opdracht history must take at most 30 s.
//
// Builds a git repository with a generated portfolio (bench/genereer.mjs) and 24 commits, one per
// month from 2024-07 to 2026-06 (fixed dates), each changing the budget and status of a few
// opdrachten and removing one file; then measures, as the median of --runs runs, the wall time of
// `node dist/cli.cjs trend -o <folder>` in the repository. Not a test: `npm run bench:trend`.
//
// Usage: node bench/trend.mjs [--opdrachten 1000] [--maanden 24] [--runs 1] [--seed 1] [--work <map>]
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
        opdrachten: { type: 'string', default: '1000' },
        maanden: { type: 'string', default: '24' },
        runs: { type: 'string', default: '1' },
        seed: { type: 'string', default: '1' },
        work: { type: 'string' },
    },
});

const werk = values.work ?? fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-bench-trend-'));
try {
    const repo = path.join(werk, 'portfolio');
    fs.rmSync(repo, { recursive: true, force: true });
    schrijfPortfolio(repo, { opdrachten: Number(values.opdrachten), seed: Number(values.seed), fouten: 0.02 });
    git(repo, undefined, 'init', '-q', '-b', 'main');
    const maanden = Number(values.maanden);
    const bestanden = fs.readdirSync(path.join(repo, 'opgaven')).sort();
    for (let m = 0; m < maanden; m++) {
        const jaar = 2024 + Math.floor((6 + m) / 12);
        const maand = ((6 + m) % 12) + 1;
        const datum = `${jaar}-${String(maand).padStart(2, '0')}-15`;
        if (m > 0) {
            // A few opdrachten change each month, and one file leaves the portfolio.
            for (let i = m; i < bestanden.length; i += 17) {
                const pad = path.join(repo, 'opgaven', bestanden[i]);
                if (fs.existsSync(pad)) {
                    const tekst = fs.readFileSync(pad, 'utf8');
                    fs.writeFileSync(
                        pad,
                        tekst.replace(/budget (\d+)/, (_, n) => `budget ${Number(n) + 10_000 * m}`),
                    );
                }
            }
            fs.rmSync(path.join(repo, 'opgaven', bestanden[bestanden.length - m]), { force: true });
        }
        git(repo, undefined, 'add', '-A');
        git(repo, datum, 'commit', '-q', '-m', `maand ${datum}`);
    }
    const uit = path.join(repo, 'docs', 'trend');
    const tijden = [];
    for (let i = 0; i < Number(values.runs); i++) {
        const start = performance.now();
        const r = spawnSync(process.execPath, [CLI, 'trend', '-o', uit], { cwd: repo, encoding: 'utf8' });
        tijden.push((performance.now() - start) / 1000);
        if (r.status !== 0) {
            throw new Error(`opgave trend: exitcode ${r.status}\n${r.stderr}`);
        }
    }
    const mediaan = [...tijden].sort((a, b) => a - b)[Math.floor(tijden.length / 2)];
    const punten = fs.readFileSync(path.join(uit, 'trend.csv'), 'utf8').trim().split('\n').length - 2;
    console.log(
        JSON.stringify({ opdrachten: Number(values.opdrachten), punten, trendSeconds: +mediaan.toFixed(2), doelSeconds: 30 }, null, 2),
    );
    if (mediaan > 30) {
        console.error(`trend duurt ${mediaan.toFixed(1)} s; de grens is 30 s.`);
        process.exitCode = 1;
    }
} finally {
    if (values.work === undefined) {
        fs.rmSync(werk, { recursive: true, force: true });
    }
}
