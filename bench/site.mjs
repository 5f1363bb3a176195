// Benchmark of `opgave site` (issue "Readers outside git", item 6): building the static site of a
// generated portfolio must take at most 2 × `opgave generate` of the same portfolio.
//
// Writes a generated portfolio (bench/genereer.mjs) and measures, as the median of --runs runs, the
// wall time of a first build into empty folders (the outputs are removed before each run):
//   generateSeconds  `node dist/cli.cjs generate <portfolio>`
//   siteSeconds      `node dist/cli.cjs site <portfolio>`
// and prints both with the ratio. Not a test: run it by hand (`npm run bench:site`).
//
// Usage: node bench/site.mjs [--opdrachten 10000] [--runs 3] [--seed 1] [--work <map>]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { looptijd, mediaan } from './cli.mjs';
import { schrijfPortfolio } from './genereer.mjs';

const { values } = parseArgs({
    options: {
        opdrachten: { type: 'string', default: '10000' },
        runs: { type: 'string', default: '3' },
        seed: { type: 'string', default: '1' },
        work: { type: 'string' },
    },
});

const DOEL = 2;
const werk = values.work ?? fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-bench-site-'));
try {
    const portfolio = path.join(werk, 'portfolio');
    fs.rmSync(portfolio, { recursive: true, force: true });
    schrijfPortfolio(portfolio, { opdrachten: Number(values.opdrachten), seed: Number(values.seed), fouten: 0.02 });

    const meet = (args, uitvoer) => {
        fs.rmSync(path.join(portfolio, uitvoer), { recursive: true, force: true });
        return looptijd([...args, portfolio]);
    };
    const generate = [];
    const site = [];
    for (let i = 0; i < Number(values.runs); i++) {
        generate.push(meet(['generate'], 'docs/portfolio'));
        site.push(meet(['site'], 'docs/site'));
    }
    const g = mediaan(generate);
    const s = mediaan(site);
    const paginas = fs.readdirSync(path.join(portfolio, 'docs', 'site', 'opdrachten')).length;
    console.log(
        JSON.stringify(
            {
                opdrachten: Number(values.opdrachten),
                opdrachtPaginas: paginas,
                generateSeconds: +g.toFixed(2),
                siteSeconds: +s.toFixed(2),
                ratio: +(s / g).toFixed(2),
                doel: DOEL,
            },
            null,
            2,
        ),
    );
    // The target is about large portfolios; at smoke sizes process start-up dominates both.
    if (Number(values.opdrachten) >= 1000 && s / g > DOEL) {
        console.error(`site duurt ${(s / g).toFixed(2)} × zo lang als generate; de grens is ${DOEL} ×.`);
        process.exitCode = 1;
    }
} finally {
    if (values.work === undefined) {
        fs.rmSync(werk, { recursive: true, force: true });
    }
}
