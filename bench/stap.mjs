// In-process timing of the incremental check after one edit (issue 11), without the language
// server around it: loads a portfolio folder with Langium, checks it once, then edits one file in
// the middle of the workspace N times (alternately breaking and restoring a reference, as the LSP
// edit measurement of run.mjs does) and times Langium's rebuild and the check separately.
// Needs `npm run build` (it imports the compiled modules from out/).
//
// Usage: node bench/stap.mjs <map> [--edits 30]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const uit = (p) => import(pathToFileURL(path.join(ROOT, 'out', p)).href);
const { values, positionals } = parseArgs({ options: { edits: { type: 'string', default: '30' } }, allowPositionals: true });
const map = path.resolve(positionals[0] ?? '.');
const { URI } = await import('langium');
const { NodeFileSystem } = await import('langium/node');
const { createOpgaveServices } = await uit('language/src/opgave-module.js');
const { PortfolioControle } = await uit('language/src/check/checker.js');
const { HerbouwVolger } = await uit('language/src/check/herbouwd.js');
const { checkOptiesVan } = await uit('language/src/config.js');

const bestanden = fs
    .readdirSync(map, { recursive: true })
    .filter((f) => f.endsWith('.opgave'))
    .map((f) => path.join(map, f))
    .sort();
const { shared } = createOpgaveServices(NodeFileSystem);
const docs = shared.workspace.LangiumDocuments;
const builder = shared.workspace.DocumentBuilder;
const volger = new HerbouwVolger(builder);
let t = performance.now();
const alle = [];
for (const b of bestanden) alle.push(await docs.getOrCreateDocument(URI.file(b)));
await builder.build(alle, { validation: false });
const opties = checkOptiesVan({}, '2026-06-30');
const controle = new PortfolioControle();
controle.controleer(docs.all.toArray(), opties, [], volger.neem());
process.stdout.write(`laden + eerste controle: ${(performance.now() - t).toFixed(0)} ms\n`);

const opgaven = bestanden.filter((b) => b.includes(`${path.sep}opgaven${path.sep}`));
const bestand = opgaven[Math.floor(opgaven.length / 2)] ?? bestanden[0];
const origineel = fs.readFileSync(bestand, 'utf8');
const m = /(ambtelijk-opdrachtgever |eigenaar )([\w-]+)/.exec(origineel);
const kapot = m ? origineel.replace(m[0], `${m[1]}${m[2]}x`) : `${origineel}\n// x`;
const langium = [];
const check = [];
const uri = URI.file(bestand);
for (let i = 0; i < Number(values.edits); i++) {
    fs.writeFileSync(bestand, i % 2 === 0 ? kapot : origineel);
    t = performance.now();
    await builder.update([uri], []);
    const t2 = performance.now();
    controle.controleer(docs.all.toArray(), opties, [], volger.neem());
    const t3 = performance.now();
    langium.push(t2 - t);
    check.push(t3 - t2);
}
fs.writeFileSync(bestand, origineel);
const p = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)].toFixed(1);
process.stdout.write(
    `langium update p50 ${p(langium, 0.5)} p95 ${p(langium, 0.95)} ms; controle p50 ${p(check, 0.5)} p95 ${p(check, 0.95)} ms; laatst berekend ${controle.laatstBerekend} opdrachten\n`,
);
