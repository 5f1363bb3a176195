/**
 * stdout is the protocol: runs every command the server advertises over `--stdio` and parses
 * stdout strictly as Content-Length framed JSON-RPC. Any byte outside a well-formed message
 * (a printed summary, a log line) fails the test, and so does a connection that dies. The
 * "generate reports" command writes the reports of the server's own checked portfolio (open
 * buffers included), exactly what `opgave generate` writes for the same files.
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundel, ROOT } from '../helpers/index.js';
import { kopieer, uriVan } from '../helpers/lsp-client.js';

interface Bericht {
    jsonrpc: string;
    id?: number | string | null;
    method?: string;
    params?: unknown;
    result?: unknown;
    error?: { code: number; message: string; data?: unknown };
}

/**
 * A JSON-RPC peer with a strict reader: headers must be `Content-Length` (and optionally
 * `Content-Type`) ending in CRLF CRLF, the body exactly that many bytes of JSON-RPC 2.0.
 */
class StrikteClient {
    private buffer = Buffer.alloc(0);
    private volgende = 1;
    private readonly wachtend = new Map<number, { resolve: (b: Bericht) => void; reject: (e: Error) => void }>();
    readonly meldingen: Bericht[] = [];
    /** The first framing violation, with the offending bytes. */
    fout?: string;
    stderr = '';
    afgesloten = false;

    constructor(private readonly proces: ChildProcess) {
        proces.stdout!.on('data', (d: Buffer) => this.lees(d));
        proces.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
        proces.on('exit', (code) => {
            this.afgesloten = true;
            for (const w of this.wachtend.values()) {
                w.reject(new Error(`server exited (${code}); stderr: ${this.stderr.slice(-1000)}`));
            }
            this.wachtend.clear();
        });
    }

    private schending(wat: string): void {
        this.fout ??= `${wat}: ${JSON.stringify(this.buffer.subarray(0, 200).toString('utf8'))}`;
        for (const w of this.wachtend.values()) {
            w.reject(new Error(this.fout));
        }
        this.wachtend.clear();
    }

    private lees(d: Buffer): void {
        if (this.fout) {
            return;
        }
        this.buffer = Buffer.concat([this.buffer, d]);
        for (;;) {
            const eindKop = this.buffer.indexOf('\r\n\r\n');
            if (eindKop < 0) {
                // A partial header must still look like one: it starts with `Content-`.
                const begin = this.buffer.subarray(0, 8).toString('latin1');
                if (!'Content-'.startsWith(begin)) {
                    this.schending('stray bytes on stdout');
                }
                return;
            }
            const koppen = this.buffer.subarray(0, eindKop).toString('ascii').split('\r\n');
            let lengte: number | undefined;
            for (const kop of koppen) {
                const m = /^Content-Length: (\d+)$/.exec(kop);
                if (m) {
                    lengte = Number(m[1]);
                } else if (!/^Content-Type: [^\r\n]+$/.test(kop)) {
                    return this.schending(`invalid header ${JSON.stringify(kop)}`);
                }
            }
            if (lengte === undefined) {
                return this.schending('header without Content-Length');
            }
            const start = eindKop + 4;
            if (this.buffer.length < start + lengte) {
                return;
            }
            const tekst = this.buffer.subarray(start, start + lengte).toString('utf8');
            this.buffer = this.buffer.subarray(start + lengte);
            let bericht: Bericht;
            try {
                bericht = JSON.parse(tekst) as Bericht;
            } catch {
                return this.schending(`body is no JSON ${JSON.stringify(tekst.slice(0, 200))}`);
            }
            if (bericht.jsonrpc !== '2.0') {
                return this.schending(`not JSON-RPC 2.0 ${JSON.stringify(tekst.slice(0, 200))}`);
            }
            this.verwerk(bericht);
        }
    }

    private verwerk(b: Bericht): void {
        if (b.method !== undefined && b.id !== undefined) {
            // A request from the server: answer like a minimal editor.
            const result = b.method === 'workspace/configuration' ? (b.params as { items: unknown[] }).items.map(() => null) : null;
            this.stuur({ jsonrpc: '2.0', id: b.id, result });
        } else if (b.method !== undefined) {
            this.meldingen.push(b);
        } else if (typeof b.id === 'number') {
            this.wachtend.get(b.id)?.resolve(b);
            this.wachtend.delete(b.id);
        }
    }

    private stuur(b: Bericht): void {
        const tekst = Buffer.from(JSON.stringify(b), 'utf8');
        this.proces.stdin!.write(`Content-Length: ${tekst.length}\r\n\r\n`);
        this.proces.stdin!.write(tekst);
    }

    /** Sends a request and resolves with the whole response message (result or error). */
    vraag(method: string, params: unknown): Promise<Bericht> {
        if (this.fout || this.afgesloten) {
            return Promise.reject(new Error(this.fout ?? 'server exited'));
        }
        const id = this.volgende++;
        return new Promise((resolve, reject) => {
            this.wachtend.set(id, { resolve, reject });
            this.stuur({ jsonrpc: '2.0', id, method, params });
        });
    }

    /** Sends a notification. */
    meld(method: string, params: unknown): void {
        this.stuur({ jsonrpc: '2.0', method, params });
    }
}

/** Starts the server over --stdio for a workspace folder and completes the handshake. */
async function start(root: string): Promise<{ client: StrikteClient; proces: ChildProcess; init: Bericht }> {
    const proces = spawn(process.execPath, [bundel('server.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new StrikteClient(proces);
    const init = await client.vraag('initialize', {
        processId: process.pid,
        rootUri: uriVan(root),
        workspaceFolders: [{ uri: uriVan(root), name: 'portfolio' }],
        capabilities: { workspace: { workspaceFolders: true } },
    });
    client.meld('initialized', {});
    return { client, proces, init };
}

/** Shuts the server down; the stream must have stayed strictly framed and the exit code be 0. */
async function stop(client: StrikteClient, proces: ChildProcess): Promise<void> {
    const shutdown = await client.vraag('shutdown', null);
    assert.equal(shutdown.error, undefined);
    client.meld('exit', null);
    await new Promise((r) => (client.afgesloten ? r(undefined) : proces.once('exit', r)));
    assert.equal(client.fout, undefined, client.fout);
    assert.equal(proces.exitCode, 0, client.stderr.slice(-1000));
}

/** The answer of `opgave.server.genereer`. */
interface GenereerAntwoord {
    uitvoer: string;
    code: number;
    samenvatting: string;
    verschillen: string[];
    meldingen: string[];
}

describe('LSP: stdout carries only the JSON-RPC stream (--stdio)', function () {
    this.timeout(60000);

    it('runs every advertised command and the stream stays strictly framed', async () => {
        const root = kopieer(path.join(ROOT, 'examples', 'winterswijk'));
        const bestand = path.join(root, 'organisatie.opgave');
        const { client, proces, init } = await start(root);
        try {
            const commandos = (init.result as { capabilities: { executeCommandProvider?: { commands: string[] } } }).capabilities
                .executeCommandProvider?.commands;
            assert.ok(commandos && commandos.length >= 3, JSON.stringify(commandos));
            assert.ok(commandos.includes('opgave.server.genereer'));
            client.meld('textDocument/didOpen', {
                textDocument: { uri: uriVan(bestand), languageId: 'opgave', version: 1, text: fs.readFileSync(bestand, 'utf8') },
            });
            // Sensible arguments per command; unknown future commands get a document URI.
            const argumenten: Record<string, unknown[]> = {
                'opgave.server.rapporten': [uriVan(bestand)],
                'opgave.server.regelUitleg': ['driehoek-onvolledig'],
                'opgave.server.genereer': [],
            };
            for (const command of commandos) {
                const antwoord = await client.vraag('workspace/executeCommand', {
                    command,
                    arguments: argumenten[command] ?? [uriVan(bestand)],
                });
                assert.equal(antwoord.error, undefined, `${command}: ${JSON.stringify(antwoord.error)}`);
                assert.notEqual(antwoord.result, undefined, command);
            }
            // The reports were written, and the connection is still alive afterwards.
            assert.ok(fs.existsSync(path.join(root, 'docs', 'portfolio', 'README.md')));
            const symbolen = await client.vraag('textDocument/documentSymbol', { textDocument: { uri: uriVan(bestand) } });
            assert.ok(Array.isArray(symbolen.result) && symbolen.result.length > 0);
            const fout = await client.vraag('workspace/executeCommand', { command: 'opgave.server.bestaat-niet', arguments: [] });
            assert.match(fout.error?.message ?? '', /^Onbekend commando/);
            await stop(client, proces);
        } finally {
            if (proces.exitCode === null) {
                proces.kill();
            }
        }
    });
    it('generate reports: writes the server’s own checked portfolio (an unsaved buffer too), refuses as an error, prints nothing', async () => {
        const root = kopieer(path.join(ROOT, 'examples', 'winterswijk'));
        fs.rmSync(path.join(root, 'docs'), { recursive: true });
        const uitvoer = path.join(root, 'docs', 'portfolio');
        const bestand = path.join(root, 'organisatie.opgave');
        const opSchijf = fs.readFileSync(bestand, 'utf8');
        const { client, proces } = await start(root);
        const genereer = (): Promise<Bericht> =>
            client.vraag('workspace/executeCommand', { command: 'opgave.server.genereer', arguments: [] });
        try {
            // An unsaved edit: only the open buffer has the new name; the disk keeps the old one.
            const buffer = opSchijf.replace('"Wethouder Sociaal Domein"', '"Wethouder Sociaal Domein (niet opgeslagen)"');
            assert.notEqual(buffer, opSchijf);
            client.meld('textDocument/didOpen', { textDocument: { uri: uriVan(bestand), languageId: 'opgave', version: 1, text: buffer } });
            const eerste = await genereer();
            assert.equal(eerste.error, undefined, JSON.stringify(eerste.error));
            const r = eerste.result as GenereerAntwoord;
            assert.equal(r.uitvoer, uitvoer);
            assert.equal(r.code, 0);
            assert.match(r.samenvatting, /^\d+ rapporten in .+ \(\d+ nieuw, gewijzigd of opgeruimd\)\.$/);
            assert.ok(r.verschillen.includes('nieuw: README.md'), r.verschillen.join('\n'));
            assert.ok(
                r.verschillen.every((v) => v.startsWith('nieuw: ')),
                r.verschillen.join('\n'),
            );
            assert.match(fs.readFileSync(path.join(uitvoer, 'personen.md'), 'utf8'), /Wethouder Sociaal Domein \(niet opgeslagen\)/);
            assert.equal(fs.readFileSync(bestand, 'utf8'), opSchijf);

            // Back to the text on disk: the server writes exactly what `opgave generate` writes.
            client.meld('textDocument/didChange', {
                textDocument: { uri: uriVan(bestand), version: 2 },
                contentChanges: [{ text: opSchijf }],
            });
            // With a baseline, as `opgave generate` does: bevindingen.md counts what it absorbs.
            fs.writeFileSync(
                path.join(root, 'opgave.baseline.json'),
                `${JSON.stringify({ versie: 1, bestanden: { 'werkend-winterswijk.opgave': { 'lessen-ontbreken': 1 } } })}\n`,
            );
            const tweede = (await genereer()).result as GenereerAntwoord;
            assert.match(fs.readFileSync(path.join(uitvoer, 'bevindingen.md'), 'utf8'), /^## In de baseline$/m);
            assert.ok(tweede.verschillen.includes('gewijzigd: personen.md'), tweede.verschillen.join('\n'));
            assert.ok(
                tweede.verschillen.every((v) => v.startsWith('gewijzigd: ')),
                tweede.verschillen.join('\n'),
            );
            const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.cjs'), 'generate', root, '--check'], {
                encoding: 'utf8',
            });
            assert.equal(cli.status, 0, cli.stdout + cli.stderr);
            assert.match(cli.stdout, /zijn actueel\./);

            // A refusal of the writer is the request's error, in Dutch; nothing is written.
            fs.writeFileSync(path.join(uitvoer, 'spelers.md'), '# Onze eigen spelerslijst\n');
            const voor = fs.readFileSync(path.join(uitvoer, 'personen.md'), 'utf8');
            client.meld('textDocument/didChange', {
                textDocument: { uri: uriVan(bestand), version: 3 },
                contentChanges: [{ text: buffer }],
            });
            const geweigerd = await genereer();
            assert.match(
                geweigerd.error?.message ?? '',
                /spelers\.md: is niet door opgave gemaakt en wordt niet overschreven.* Er is niets geschreven\.$/,
            );
            assert.equal(fs.readFileSync(path.join(uitvoer, 'personen.md'), 'utf8'), voor);
            assert.equal(fs.readFileSync(path.join(uitvoer, 'spelers.md'), 'utf8'), '# Onze eigen spelerslijst\n');

            // Nothing was printed at all: not on stdout (checked by the strict reader), not on stderr.
            assert.doesNotMatch(client.stderr, /rapporten in|actueel|let op|niet door opgave/);
            await stop(client, proces);
        } finally {
            if (proces.exitCode === null) {
                proces.kill();
            }
        }
    });
});
