// The benchmark (issue 5): for each size, generates a synthetic portfolio (bench/genereer.mjs) and
// measures, as the median over several runs:
//   checkSeconds          wall time of `node dist/cli.cjs check <map> --format json`
//   peakRssMB             peak resident memory of that process
//   floorSeconds          wall time of a process that only finds, reads, parses and links the files
//   generateSeconds       wall time of `node dist/cli.cjs generate <map>` (into a fresh output folder)
//   generateRssMB         peak resident memory of that process
//   generateCheckSeconds  wall time of `node dist/cli.cjs generate <map> --check` right after it (up to date: must exit 0)
//   lspInitialSeconds     `node dist/server.cjs --stdio`: from `initialized` to diagnostics for every file
//   lspRssMB              resident memory of the server process at that moment (VmRSS; null without /proc)
//   lspEditP50Ms/P95Ms    one file open, N edits (alternately breaking and restoring a reference):
//                         time from didChange to that file's next diagnostics
// With `--peer likec4` also the peer (bench/likec4.mjs converts the portfolio to a LikeC4 model):
//   peerSeconds, peerRssMB                `likec4 validate` of that model: wall time and peak RSS
//   peerRatioSeconds, peerRatioRss        peer / our check, the median of the per-repetition ratios
//                                         (each repetition runs our check, then the peer, back to back)
// Writes bench/results.json and prints a table. Not a test: CI runs it at 100 only, as a smoke test.
//
// Usage: node bench/run.mjs [--sizes 100,1000,10000] [--runs 3] [--edits 50] [--lsp-runs 1] [--lsp-limiet-s 300]
//                           [--no-lsp] [--seed 1] [--fouten 0.02] [--out bench/results.json] [--work <map>]
//                           [--peer likec4] [--peer-prefix <map>] [--peer-limiet-s 600] [--peer-layout]
// Needs a build first (dist/cli.cjs; dist/server.cjs for the LSP columns, skipped when missing).
// `--peer` installs the pinned likec4 from the npm registry when the prefix does not have it yet.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { schrijfPortfolio } from './genereer.mjs';
import { installeerLikec4, STANDAARD_PREFIX, validateArgs, zetOmNaarLikec4 } from './likec4.mjs';
import { bestandUri, rssMB, startSessie, wachtOpAlles } from './lsp.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli.cjs');
const SERVER = path.join(ROOT, 'dist', 'server.cjs');
const RSS_HOOK = path.join(ROOT, 'bench', 'rss.cjs');

// Strict: an unknown or misspelt option stops the run instead of being ignored.
const { values: argumenten } = parseArgs({
    options: {
        sizes: { type: 'string', default: '100,1000,10000' },
        runs: { type: 'string', default: '3' },
        edits: { type: 'string', default: '50' },
        'lsp-runs': { type: 'string', default: '1' },
        'lsp-limiet-s': { type: 'string', default: '300' },
        'no-lsp': { type: 'boolean', default: false },
        seed: { type: 'string', default: '1' },
        fouten: { type: 'string', default: '0.02' },
        out: { type: 'string', default: path.join(ROOT, 'bench', 'results.json') },
        work: { type: 'string' },
        peer: { type: 'string' },
        'peer-prefix': { type: 'string', default: STANDAARD_PREFIX },
        'peer-limiet-s': { type: 'string', default: '600' },
        'peer-layout': { type: 'boolean', default: false },
    },
});
if (argumenten.peer !== undefined && argumenten.peer !== 'likec4') {
    process.stderr.write(`bench: onbekende peer '${argumenten.peer}' (bekend: likec4)\n`);
    process.exit(2);
}

const opties = {
    sizes: argumenten.sizes.split(',').map(Number),
    runs: Number(argumenten.runs),
    edits: Number(argumenten.edits),
    lspRuns: Number(argumenten['lsp-runs']),
    lspLimietSeconden: Number(argumenten['lsp-limiet-s']),
    lsp: !argumenten['no-lsp'],
    seed: Number(argumenten.seed),
    fouten: Number(argumenten.fouten),
    out: path.resolve(argumenten.out),
    // Without --work, a fresh temporary folder that is removed at the end.
    work: argumenten.work ? path.resolve(argumenten.work) : fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-bench-')),
    eigenWerkmap: argumenten.work === undefined,
    peer: argumenten.peer,
    peerPrefix: path.resolve(argumenten['peer-prefix']),
    peerLimietSeconden: Number(argumenten['peer-limiet-s']),
    peerLayout: argumenten['peer-layout'],
};

const mediaan = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length === 0 ? null : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const percentiel = (xs, p) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length === 0 ? null : s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const rond = (x, d = 3) => (x === null || x === undefined ? null : Number(x.toFixed(d)));

/**
 * Runs node with the arguments; resolves with wall seconds, exit code, peak RSS in MB (with `rss`),
 * stdout (with `stdout`) and stderr. With `limietMs`, a process that runs longer is killed and
 * the promise resolves with `overLimiet: true` and no seconds.
 */
function meet(args, { rss = false, stdout = false, limietMs } = {}) {
    return new Promise((resolve, reject) => {
        const rssBestand = path.join(opties.work, `rss-${process.pid}.txt`);
        fs.rmSync(rssBestand, { force: true });
        const begin = performance.now();
        const kind = spawn(process.execPath, [...(rss ? ['-r', RSS_HOOK] : []), ...args], {
            stdio: ['ignore', stdout ? 'pipe' : 'ignore', 'pipe'],
            env: { ...process.env, OPGAVE_BENCH_RSS: rss ? rssBestand : '' },
        });
        let uit = '';
        let stderr = '';
        kind.stdout?.on('data', (d) => {
            uit += d;
        });
        kind.stderr.on('data', (d) => {
            stderr += d;
        });
        let overLimiet = false;
        const klok =
            limietMs === undefined
                ? undefined
                : setTimeout(() => {
                      overLimiet = true;
                      kind.kill('SIGKILL');
                  }, limietMs);
        // Wall time up to the process's exit; the result once its output is read too.
        let eind;
        kind.on('exit', () => {
            eind = performance.now();
        });
        kind.on('error', reject);
        kind.on('close', (code) => {
            clearTimeout(klok);
            const seconden = ((eind ?? performance.now()) - begin) / 1000;
            if (overLimiet) {
                resolve({ seconden: null, code, peakMB: null, overLimiet, stdout: uit, stderr });
                return;
            }
            if (code === null || code > 1) {
                reject(new Error(`${args.join(' ')}: exitcode ${code}\n${stderr.slice(0, 2000)}`));
                return;
            }
            const peak = rss && fs.existsSync(rssBestand) ? Number(fs.readFileSync(rssBestand, 'utf8')) / 1024 : null;
            resolve({ seconden, code, peakMB: peak, overLimiet, stdout: uit, stderr });
        });
    });
}

/** The peer's validate arguments: `validateArgs`, or LikeC4's default validate (with layout) under `--peer-layout`. */
const peerArgs = (map) => (opties.peerLayout ? validateArgs(map).filter((a) => a !== '--no-layout') : validateArgs(map));

/**
 * One `likec4 validate` of the converted model. Peak RSS: validate runs in a single node process
 * (no child processes: checked with `strace -f -e trace=execve`, with and without layout; Graphviz
 * is WebAssembly in that process, the update check runs only for `build`/`start`), so the same
 * rss.cjs preload as for our check measures both the same way (the process's maxRSS; worker
 * threads would count, being in the process). The model must be valid: an error means the
 * conversion is wrong, and stops the benchmark.
 */
async function meetPeer(peer, c4map, bestanden) {
    const r = await meet([peer.entry, ...peerArgs(c4map)], {
        rss: true,
        stdout: true,
        limietMs: opties.peerLimietSeconden * 1000,
    });
    if (r.overLimiet) {
        return r;
    }
    let uitslag;
    try {
        uitslag = JSON.parse(r.stdout);
    } catch {
        throw new Error(`likec4 validate gaf geen JSON (exitcode ${r.code}):\n${r.stdout.slice(0, 1000)}${r.stderr.slice(0, 1000)}`);
    }
    if (r.code !== 0 || !uitslag.valid || uitslag.stats?.totalFiles !== bestanden) {
        throw new Error(
            `likec4 validate keurt het omgezette model af (exitcode ${r.code}, ${uitslag.stats?.totalFiles} van ${bestanden} bestanden): ${JSON.stringify(uitslag.errors?.slice(0, 5))}`,
        );
    }
    return r;
}

/** LSP measurements on one size: initial diagnostics, and edit latencies when `edits` > 0. */
async function meetLsp(map, bestanden, edits) {
    const uris = await Promise.all(bestanden.map((b) => bestandUri(b)));
    const sessie = await startSessie(SERVER, map);
    try {
        const initieel = await wachtOpAlles(sessie, uris, opties.lspLimietSeconden * 1000);
        const rss = rssMB(sessie.pid);
        const latenties = [];
        if (edits > 0) {
            // A file in the middle of the workspace, with a reference to break and restore.
            const opgaven = bestanden.filter((b) => b.includes(`${path.sep}opgaven${path.sep}`));
            const bestand = opgaven[Math.floor(opgaven.length / 2)] ?? bestanden[0];
            const uri = await bestandUri(bestand);
            const origineel = fs.readFileSync(bestand, 'utf8');
            const m = /(ambtelijk-opdrachtgever |eigenaar )([\w-]+)/.exec(origineel);
            const kapot = m ? origineel.replace(m[0], `${m[1]}${m[2]}x`) : `${origineel}\n// x`;
            let versie = 1;
            const open = sessie.wachtOp((p) => p.uri === uri, 120_000);
            await sessie.verbinding.sendNotification('textDocument/didOpen', {
                textDocument: { uri, languageId: 'opgave', version: versie, text: origineel },
            });
            await open.catch(() => undefined);
            for (let i = 0; i < edits; i++) {
                versie++;
                const tekst = i % 2 === 0 ? kapot : origineel;
                const klaar = sessie.wachtOp((p) => p.uri === uri, 120_000);
                const begin = performance.now();
                await sessie.verbinding.sendNotification('textDocument/didChange', {
                    textDocument: { uri, version: versie },
                    contentChanges: [{ text: tekst }],
                });
                await klaar;
                latenties.push(performance.now() - begin);
            }
        }
        return { initieel, rss, latenties };
    } finally {
        await sessie.stop();
    }
}

async function main() {
    fs.mkdirSync(opties.work, { recursive: true });
    if (!fs.existsSync(CLI)) {
        throw new Error(`${CLI} ontbreekt; draai eerst npm run build.`);
    }
    const floorBundel = path.join(opties.work, 'floor.cjs');
    await build({
        entryPoints: [path.join(ROOT, 'bench', 'floor.ts')],
        outfile: floorBundel,
        bundle: true,
        platform: 'node',
        target: 'node22',
        format: 'cjs',
        logLevel: 'warning',
        define: { 'import.meta.url': '__u' },
        banner: { js: "var __u = require('url').pathToFileURL(__filename).href;" },
    });
    // The peer first: an install that fails stops the run before anything is measured.
    const peer = opties.peer ? installeerLikec4(opties.peerPrefix) : undefined;
    let peerOverLimiet;
    const lsp = opties.lsp && fs.existsSync(SERVER);
    if (opties.lsp && !lsp) {
        process.stderr.write(`let op: ${SERVER} ontbreekt; de LSP-metingen worden overgeslagen.\n`);
    }

    const sizes = [];
    for (const n of opties.sizes) {
        const map = path.join(opties.work, `n-${n}`);
        fs.rmSync(map, { recursive: true, force: true });
        const aantal = schrijfPortfolio(map, { opdrachten: n, seed: opties.seed, fouten: opties.fouten });
        const bestanden = fs
            .readdirSync(map, { recursive: true })
            .filter((f) => f.endsWith('.opgave'))
            .map((f) => path.join(map, f))
            .sort();
        const c4map = path.join(opties.work, `n-${n}-likec4`);
        let peerModel;
        if (peer) {
            fs.rmSync(c4map, { recursive: true, force: true });
            const tel = zetOmNaarLikec4(map, c4map);
            peerModel = { files: tel.bestanden, elements: tel.elementen, relationships: tel.relaties };
        }
        process.stderr.write(`${n} opdrachten, ${aantal} bestanden: `);
        const check = [],
            rss = [],
            floor = [],
            gen = [],
            genRss = [],
            genCheck = [],
            lspInit = [],
            lspRss = [],
            peerSec = [],
            peerRss = [],
            peerRatioSec = [],
            peerRatioRss = [];
        let latenties = [];
        const notes = [];
        let peerMeten = peer !== undefined && peerOverLimiet === undefined;
        if (peer && !peerMeten) {
            notes.push(
                `peer: niet gemeten, al over de limiet bij ${peerOverLimiet} opdrachten (--peer-limiet-s ${opties.peerLimietSeconden})`,
            );
        }
        for (let run = 0; run < opties.runs; run++) {
            const c = await meet([CLI, 'check', map, '--format', 'json', '--no-color'], { rss: true });
            check.push(c.seconden);
            rss.push(c.peakMB);
            // The peer right after our check, in every repetition, so both see the same machine.
            if (peerMeten) {
                const p = await meetPeer(peer, c4map, peerModel.files);
                if (p.overLimiet) {
                    peerMeten = false;
                    peerOverLimiet = n;
                    peerSec.length = peerRss.length = peerRatioSec.length = peerRatioRss.length = 0;
                    notes.push(`peer: likec4 validate duurde langer dan ${opties.peerLimietSeconden} s (--peer-limiet-s); niet gemeten`);
                    process.stderr.write('!');
                } else {
                    peerSec.push(p.seconden);
                    peerRss.push(p.peakMB);
                    peerRatioSec.push(p.seconden / c.seconden);
                    peerRatioRss.push(p.peakMB / c.peakMB);
                    process.stderr.write('p');
                }
            }
            floor.push((await meet([floorBundel, map])).seconden);
            fs.rmSync(path.join(map, 'docs'), { recursive: true, force: true });
            const g = await meet([CLI, 'generate', map, '--no-color'], { rss: true });
            gen.push(g.seconden);
            genRss.push(g.peakMB);
            // Up to date right after the generate: --check must find nothing to write (exit 0).
            const gc = await meet([CLI, 'generate', map, '--check', '--no-color']);
            if (gc.code !== 0) {
                throw new Error(`generate --check direct na generate: exitcode ${gc.code} (verwacht 0)\n${gc.stderr.slice(0, 2000)}`);
            }
            genCheck.push(gc.seconden);
            process.stderr.write('.');
        }
        if (lsp) {
            for (let run = 0; run < opties.lspRuns; run++) {
                try {
                    const r = await meetLsp(map, bestanden, run === 0 ? opties.edits : 0);
                    lspInit.push(r.initieel);
                    if (r.rss !== null) {
                        lspRss.push(r.rss);
                    }
                    if (run === 0) {
                        latenties = r.latenties;
                    }
                } catch (e) {
                    notes.push(`LSP: ${e.message} (limiet --lsp-limiet-s ${opties.lspLimietSeconden})`);
                    process.stderr.write(`\nLSP-meting mislukt bij ${n}: ${e.message}\n`);
                    break;
                }
                process.stderr.write('l');
            }
        }
        process.stderr.write('\n');
        sizes.push({
            opdrachten: n,
            files: aantal,
            checkSeconds: rond(mediaan(check)),
            peakRssMB: rond(mediaan(rss), 0),
            floorSeconds: rond(mediaan(floor)),
            generateSeconds: rond(mediaan(gen)),
            generateRssMB: rond(mediaan(genRss), 0),
            generateCheckSeconds: rond(mediaan(genCheck)),
            lspInitialSeconds: rond(mediaan(lspInit)),
            lspRssMB: rond(mediaan(lspRss), 0),
            lspEditP50Ms: rond(percentiel(latenties, 50), 0),
            lspEditP95Ms: rond(percentiel(latenties, 95), 0),
            ...(peer
                ? {
                      peerSeconds: rond(mediaan(peerSec)),
                      peerRssMB: rond(mediaan(peerRss), 0),
                      peerRatioSeconds: rond(mediaan(peerRatioSec), 2),
                      peerRatioRss: rond(mediaan(peerRatioRss), 2),
                      peerModel,
                  }
                : {}),
            ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
        });
    }
    const resultaat = {
        machine: {
            cpu: os.cpus()[0]?.model ?? 'onbekend',
            cores: os.cpus().length,
            memoryGB: rond(os.totalmem() / 1024 ** 3, 1),
            platform: `${os.platform()} ${os.release()}`,
            node: process.version,
            date: new Date().toISOString(),
            runs: opties.runs,
            lspRuns: lsp ? opties.lspRuns : 0,
            edits: lsp ? opties.edits : 0,
            seed: opties.seed,
            fouten: opties.fouten,
            ...(peer
                ? {
                      peer: {
                          name: 'likec4',
                          version: peer.versie,
                          command: `likec4 ${peerArgs('<map>').join(' ')}`,
                          limitSeconds: opties.peerLimietSeconden,
                      },
                  }
                : {}),
        },
        sizes,
    };
    fs.mkdirSync(path.dirname(opties.out), { recursive: true });
    fs.writeFileSync(opties.out, `${JSON.stringify(resultaat, null, 2)}\n`);
    const kolommen = [
        'opdrachten',
        'files',
        'checkSeconds',
        'peakRssMB',
        'floorSeconds',
        'generateSeconds',
        'generateRssMB',
        'generateCheckSeconds',
        'lspInitialSeconds',
        'lspRssMB',
        'lspEditP50Ms',
        'lspEditP95Ms',
        ...(peer ? ['peerSeconds', 'peerRssMB', 'peerRatioSeconds', 'peerRatioRss'] : []),
    ];
    const rijen = [kolommen, ...sizes.map((s) => kolommen.map((k) => (s[k] === null || s[k] === undefined ? '–' : String(s[k]))))];
    const breedte = kolommen.map((_, i) => Math.max(...rijen.map((r) => r[i].length)));
    for (const r of rijen) {
        process.stdout.write(`${r.map((c, i) => c.padStart(breedte[i])).join('  ')}\n`);
    }
    process.stdout.write(
        `\n${resultaat.machine.cpu}, ${resultaat.machine.cores} cores, ${resultaat.machine.node}; mediaan van ${opties.runs} runs. Geschreven: ${path.relative(process.cwd(), opties.out)}\n`,
    );
}

/** Removes the work folder when this run made it (not one given with --work). */
function ruimOp() {
    if (opties.eigenWerkmap) {
        fs.rmSync(opties.work, { recursive: true, force: true });
    }
}

main().then(ruimOp, (e) => {
    process.stderr.write(`bench: ${e.stack ?? e}\n`);
    ruimOp();
    process.exit(2);
});
