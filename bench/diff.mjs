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
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { looptijd, mediaan } from './cli.mjs';
import { schrijfPortfolio } from './genereer.mjs';
import { git } from './git.mjs';

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

    // check exits 1 on error findings (the generated portfolio has some); that is a result, not a failure.
    const meet = (args) => looptijd(args, { cwd: repo, codes: [0, 1] });
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
