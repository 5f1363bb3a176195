/**
 * The fuzzer (issue 5, item 4). Mutates the example portfolios (tokens and lines deleted,
 * duplicated and swapped, truncation, random bytes and Unicode, very long lines, deep nesting,
 * 5 MB files) and feeds every document
 *  - through the command line's path in process (decode, parse and link, check), in a worker
 *    thread whose time per document is bounded, and
 *  - through the language server (`node dist/server.cjs --stdio`) as edits of one open file.
 * It fails on an exception, a document that exceeds the time bound, a diagnostic range outside
 * its document, or a language server that dies or stops answering. Each failing document is saved
 * in test/fuzz/regressie/, where test/fuzz/regressie.test.ts turns it into a regression test.
 *
 * Usage: node out/test/fuzz/fuzz.js [--seed 1] [--aantal 10000] [--lsp-aantal 1000] [--geen-lsp]
 *                                   [--limiet-ms 30000] [--bewaar test/fuzz/regressie]
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import * as rpc from 'vscode-languageserver/node';
import { bereikFout, berichtLek, regelLengtes } from './controleer.js';
import { laadBronnen, maakDocument, type FuzzDocument } from './mutaties.js';
import { ROOT } from '../helpers/index.js';
import type { WerkerBericht } from './werker.js';

/** Options of one fuzz run. */
export interface FuzzOpties {
    readonly seed: number;
    /** Documents through the in-process path. */
    readonly aantal: number;
    /** Documents through the language server (0: skip). */
    readonly lspAantal: number;
    /** Time bound per document (in process), in ms. */
    readonly limietMs: number;
    /** Folder for failing documents; undefined: do not save. */
    readonly bewaar?: string;
    /** Progress output on stderr. */
    readonly voortgang?: boolean;
}

/** One failure. */
export interface FuzzFout {
    readonly pad: 'cli' | 'lsp';
    readonly index: number;
    readonly mutaties: readonly string[];
    readonly bericht: string;
}

/** Outcome of a run. */
export interface FuzzUitslag {
    readonly cliDocumenten: number;
    readonly lspDocumenten: number;
    /** Why the language-server part was skipped, if it was. */
    readonly lspOvergeslagen?: string;
    readonly fouten: FuzzFout[];
    readonly seconden: number;
}

function bewaarDocument(map: string | undefined, seed: number, doc: FuzzDocument, pad: string): void {
    if (!map) {
        return;
    }
    fs.mkdirSync(map, { recursive: true });
    fs.writeFileSync(path.join(map, `${pad}-${doc.bron}-s${seed}-i${doc.index}-${doc.naam}`), doc.bytes);
}

/** The in-process part: documents 0 … aantal - 1 in a worker, restarted after a hang. */
async function fuzzInProces(opties: FuzzOpties, fouten: FuzzFout[]): Promise<number> {
    const bronnen = laadBronnen();
    let volgende = 0;
    let gedaan = 0;
    while (volgende < opties.aantal) {
        const van = volgende;
        volgende = await new Promise<number>((resolve, reject) => {
            const werker = new Worker(new URL('./werker.js', import.meta.url), {
                workerData: { seed: opties.seed, van, tot: opties.aantal },
            });
            let huidig = van;
            let klok: NodeJS.Timeout | undefined;
            let klaar = false;
            const stop = (verder: number): void => {
                klaar = true;
                clearTimeout(klok);
                void werker.terminate();
                resolve(verder);
            };
            werker.on('message', (b: WerkerBericht) => {
                if (b.soort === 'begin') {
                    huidig = b.index;
                    clearTimeout(klok);
                    klok = setTimeout(() => {
                        const doc = maakDocument(bronnen, opties.seed, huidig);
                        fouten.push({
                            pad: 'cli',
                            index: huidig,
                            mutaties: doc.mutaties,
                            bericht: `geen antwoord binnen ${opties.limietMs} ms`,
                        });
                        bewaarDocument(opties.bewaar, opties.seed, doc, 'hangt');
                        gedaan++;
                        stop(huidig + 1);
                    }, opties.limietMs);
                } else if (b.soort === 'klaar') {
                    clearTimeout(klok);
                    gedaan++;
                    if (b.fout || b.problemen.length > 0) {
                        const doc = maakDocument(bronnen, opties.seed, b.index);
                        fouten.push({ pad: 'cli', index: b.index, mutaties: doc.mutaties, bericht: b.fout ?? b.problemen.join('; ') });
                        bewaarDocument(opties.bewaar, opties.seed, doc, b.fout ? 'crash' : 'bereik');
                    }
                    if (opties.voortgang && gedaan % 500 === 0) {
                        process.stderr.write(`cli: ${gedaan}/${opties.aantal}\n`);
                    }
                } else {
                    stop(opties.aantal);
                }
            });
            werker.on('error', (e) => {
                if (!klaar) {
                    // An error outside a document (e.g. out of memory): count it against the current one.
                    const doc = maakDocument(bronnen, opties.seed, huidig);
                    fouten.push({ pad: 'cli', index: huidig, mutaties: doc.mutaties, bericht: `werker: ${e.message}` });
                    bewaarDocument(opties.bewaar, opties.seed, doc, 'crash');
                    gedaan++;
                    stop(huidig + 1);
                }
            });
            werker.on('exit', () => {
                if (!klaar) {
                    reject(new Error('werker onverwacht gestopt'));
                }
            });
        });
    }
    return gedaan;
}

/** A publishDiagnostics notification (the parts used). */
interface Publicatie {
    readonly uri: string;
    readonly diagnostics: {
        range: { start: { line: number; character: number }; end: { line: number; character: number } };
        message: string;
    }[];
}

/** The language-server part: one connection, one open file, one didChange per document. */
async function fuzzLsp(opties: FuzzOpties, fouten: FuzzFout[]): Promise<{ aantal: number; overgeslagen?: string }> {
    const server = path.join(ROOT, 'dist', 'server.cjs');
    if (!fs.existsSync(server)) {
        return { aantal: 0, overgeslagen: `${server} ontbreekt` };
    }
    const bronnen = laadBronnen();
    // A copy of one example as workspace; the mutated documents are edits of one of its files.
    const werkruimte = fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-fuzz-'));
    const bron = [...bronnen.keys()][0]!;
    for (const [naam, tekst] of bronnen.get(bron)!) {
        fs.writeFileSync(path.join(werkruimte, naam), tekst);
    }
    const proces = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    proces.stderr.on('data', (d: Buffer) => {
        stderr = (stderr + d.toString()).slice(-4000);
    });
    let gestopt = false;
    proces.on('exit', () => {
        gestopt = true;
    });
    const verbinding = rpc.createMessageConnection(new rpc.StreamMessageReader(proces.stdout), new rpc.StreamMessageWriter(proces.stdin));
    const wachters = new Set<(p: Publicatie) => void>();
    verbinding.onNotification('textDocument/publishDiagnostics', (p: Publicatie) => wachters.forEach((w) => w(p)));
    verbinding.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    verbinding.onRequest('client/registerCapability', () => null);
    verbinding.onRequest('window/workDoneProgress/create', () => null);
    verbinding.onNotification('window/logMessage', () => undefined);
    verbinding.onNotification('window/showMessage', () => undefined);
    verbinding.listen();
    let aantal = 0;
    try {
        const rootUri = pathToFileURL(werkruimte).toString();
        await verbinding.sendRequest('initialize', {
            processId: process.pid,
            rootUri,
            workspaceFolders: [{ uri: rootUri, name: 'fuzz' }],
            capabilities: { workspace: { configuration: true } },
        });
        await verbinding.sendNotification('initialized', {});
        const { URI } = await import('vscode-uri');
        const namen = [...bronnen.get(bron)!.keys()];
        const naam = namen[0]!;
        const uri = URI.file(path.join(werkruimte, naam)).toString();
        const wacht = (ms: number): Promise<Publicatie> =>
            new Promise((resolve, reject) => {
                const klok = setTimeout(() => {
                    wachters.delete(w);
                    reject(new Error(`geen diagnostiek binnen ${ms} ms`));
                }, ms);
                const w = (p: Publicatie): void => {
                    if (p.uri === uri) {
                        clearTimeout(klok);
                        wachters.delete(w);
                        resolve(p);
                    }
                };
                wachters.add(w);
            });
        let versie = 1;
        const eerste = wacht(60_000);
        await verbinding.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'opgave', version: versie, text: bronnen.get(bron)!.get(naam)! },
        });
        await eerste;
        // The workspace build and the build after didOpen may both publish this file's first
        // diagnostics. Let them settle, so that each change below is answered by its own
        // publication (one extra one put every later check a document behind).
        for (;;) {
            try {
                await wacht(500);
            } catch {
                break;
            }
        }
        // Documents for the server: the fuzzer's mutations of that same file (other seeds' space).
        const alleen = new Map([[bron, new Map([[naam, bronnen.get(bron)!.get(naam)!]])]]);
        for (let i = 0; i < opties.lspAantal; i++) {
            const doc = maakDocument(alleen, opties.seed + 7777, i);
            // LSP carries text, not bytes: invalid UTF-8 arrives as replacement characters.
            const tekst = new TextDecoder('utf-8').decode(doc.bytes);
            versie++;
            const klaar = wacht(Math.max(opties.limietMs, 30_000));
            await verbinding.sendNotification('textDocument/didChange', {
                textDocument: { uri, version: versie },
                contentChanges: [{ text: tekst }],
            });
            try {
                const p = await klaar;
                const lengtes = regelLengtes(tekst);
                const problemen = p.diagnostics.flatMap((d) => {
                    const f = bereikFout(d.range, lengtes);
                    const intern = berichtLek(d.message);
                    return [...(f ? [f] : []), ...(intern ? [intern] : [])];
                });
                if (problemen.length > 0) {
                    fouten.push({ pad: 'lsp', index: i, mutaties: doc.mutaties, bericht: problemen.join('; ') });
                    bewaarDocument(opties.bewaar, opties.seed + 7777, { ...doc, bytes: Buffer.from(tekst, 'utf8') }, 'lsp');
                }
            } catch (e) {
                fouten.push({
                    pad: 'lsp',
                    index: i,
                    mutaties: doc.mutaties,
                    bericht: gestopt ? `server gestopt: ${stderr.slice(-1000)}` : (e as Error).message,
                });
                bewaarDocument(opties.bewaar, opties.seed + 7777, { ...doc, bytes: Buffer.from(tekst, 'utf8') }, 'lsp');
                if (gestopt) {
                    break;
                }
            }
            aantal++;
            if (opties.voortgang && aantal % 200 === 0) {
                process.stderr.write(`lsp: ${aantal}/${opties.lspAantal}\n`);
            }
        }
    } finally {
        if (!gestopt) {
            await Promise.race([
                verbinding.sendRequest('shutdown').then(() => verbinding.sendNotification('exit')),
                new Promise((r) => setTimeout(r, 3000)),
            ]).catch(() => undefined);
            const klok = setTimeout(() => proces.kill('SIGKILL'), 3000);
            await new Promise((r) => (gestopt ? r(undefined) : proces.on('exit', r)));
            clearTimeout(klok);
        }
        verbinding.dispose();
        fs.rmSync(werkruimte, { recursive: true, force: true });
    }
    return { aantal };
}

/** Runs the fuzzer. */
export async function fuzz(opties: FuzzOpties): Promise<FuzzUitslag> {
    const begin = performance.now();
    const fouten: FuzzFout[] = [];
    const cliDocumenten = await fuzzInProces(opties, fouten);
    const lsp = opties.lspAantal > 0 ? await fuzzLsp(opties, fouten) : { aantal: 0 };
    return {
        cliDocumenten,
        lspDocumenten: lsp.aantal,
        lspOvergeslagen: lsp.overgeslagen,
        fouten,
        seconden: (performance.now() - begin) / 1000,
    };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    // Strict: an unknown or misspelt option stops the run instead of being ignored.
    const { values: argumenten } = parseArgs({
        options: {
            seed: { type: 'string', default: String(Date.now() % 100_000) },
            aantal: { type: 'string', default: '10000' },
            'lsp-aantal': { type: 'string', default: '1000' },
            'geen-lsp': { type: 'boolean', default: false },
            'limiet-ms': { type: 'string', default: '30000' },
            bewaar: { type: 'string', default: path.join(ROOT, 'test', 'fuzz', 'regressie') },
        },
    });
    const seed = Number(argumenten.seed);
    const uitslag = await fuzz({
        seed,
        aantal: Number(argumenten.aantal),
        lspAantal: argumenten['geen-lsp'] ? 0 : Number(argumenten['lsp-aantal']),
        limietMs: Number(argumenten['limiet-ms']),
        bewaar: path.resolve(argumenten.bewaar),
        voortgang: true,
    });
    process.stdout.write(
        `fuzz seed ${seed}: ${uitslag.cliDocumenten} documenten via de CLI-route, ${uitslag.lspDocumenten} via de taalserver${uitslag.lspOvergeslagen ? ` (overgeslagen: ${uitslag.lspOvergeslagen})` : ''}, ${uitslag.seconden.toFixed(1)} s, ${uitslag.fouten.length} fouten.\n`,
    );
    for (const f of uitslag.fouten.slice(0, 50)) {
        process.stdout.write(`  [${f.pad} #${f.index} ${f.mutaties.join('+')}] ${f.bericht.split('\n').slice(0, 6).join('\n    ')}\n`);
    }
    process.exitCode = uitslag.fouten.length > 0 ? 1 : 0;
}
