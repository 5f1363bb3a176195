/**
 * A small LSP client for protocol tests: spawns `node dist/server.cjs --stdio` and talks JSON-RPC
 * over its stdin/stdout with the protocol connection that vscode-languageserver re-exports, like an
 * editor does.
 */
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { bundel } from './index.js';
import { tijdelijkeMap } from './tijdelijk.js';

/** A diagnostic whose message is plain text (LSP 3.18 also allows `MarkupContent`). */
export type TekstDiagnose = Diagnostic & { message: string };

/** Copies a folder to a temporary place (tests that change files). */
export function kopieer(map: string, naam = 'portfolio'): string {
    const doel = path.join(tijdelijkeMap('lsp'), naam);
    fs.cpSync(map, doel, { recursive: true });
    return doel;
}

/** URI string of a file path, encoded as the server encodes it. */
export function uriVan(bestand: string): string {
    return URI.file(bestand).toString();
}

/** A running server plus the diagnostics it published. */
/** The LSP position after the first occurrence of `zoek` in `tekst` (plus `extra` characters from its start); fails when absent. */
export function na(tekst: string, zoek: string, extra = zoek.length): { line: number; character: number } {
    const i = tekst.indexOf(zoek);
    assert.ok(i >= 0, `not found: ${zoek}`);
    const regels = tekst.slice(0, i + extra).split('\n');
    return { line: regels.length - 1, character: regels[regels.length - 1]!.length };
}

export class LspClient {
    readonly connection: ProtocolConnection;
    /**
     * The latest diagnostics per document URI. The client does not announce LSP 3.18's
     * `markupMessageSupport`, so every message must be a plain string; a `MarkupContent` message
     * is left out and makes {@link stop} throw.
     */
    readonly diagnosen = new Map<string, TekstDiagnose[]>();
    /** Protocol violations seen by this client; {@link stop} throws when there are any. */
    private readonly fouten: string[] = [];
    private readonly proces: ChildProcess;
    private luisteraars: (() => void)[] = [];
    stderr = '';
    initializeResult?: InitializeResult;

    private constructor(proces: ChildProcess) {
        this.proces = proces;
        this.connection = createProtocolConnection(new StreamMessageReader(proces.stdout!), new StreamMessageWriter(proces.stdin!));
        proces.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
        this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
            const tekst = p.diagnostics.filter((d): d is TekstDiagnose => typeof d.message === 'string');
            if (tekst.length !== p.diagnostics.length) this.fouten.push(`${p.uri}: diagnostic with a MarkupContent message`);
            this.diagnosen.set(p.uri, tekst);
            this.luisteraars.forEach((l) => l());
        });
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.onNotification('window/logMessage', () => undefined);
        this.connection.listen();
    }

    /** Starts the server for a workspace folder (or none) and completes the handshake. */
    static async start(root: string | undefined, initializationOptions: Record<string, unknown> = {}): Promise<LspClient> {
        const proces = spawn(process.execPath, [bundel('server.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        const client = new LspClient(proces);
        client.initializeResult = await client.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: root ? uriVan(root) : null,
            workspaceFolders: root ? [{ uri: uriVan(root), name: path.basename(root) }] : null,
            initializationOptions,
            capabilities: {
                workspace: { workspaceFolders: true, configuration: false, didChangeWatchedFiles: { dynamicRegistration: false } },
                textDocument: {
                    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
                    completion: { completionItem: { snippetSupport: true } },
                    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
                    rename: { prepareSupport: true },
                },
            },
        });
        await client.connection.sendNotification('initialized', {});
        return client;
    }

    /** Resolves when `test` holds for the published diagnostics, else rejects after `ms`. */
    wacht(test: () => boolean, ms = 10000, wat = 'diagnostics'): Promise<void> {
        return new Promise((resolve, reject) => {
            if (test()) {
                return resolve();
            }
            const timer = setTimeout(() => {
                this.luisteraars = this.luisteraars.filter((l) => l !== luister);
                reject(new Error(`timeout waiting for ${wat}; stderr: ${this.stderr.slice(-2000)}`));
            }, ms);
            const luister = (): void => {
                if (test()) {
                    clearTimeout(timer);
                    this.luisteraars = this.luisteraars.filter((l) => l !== luister);
                    resolve();
                }
            };
            this.luisteraars.push(luister);
        });
    }

    /** Waits until no diagnostics arrived for `stil` ms. */
    async rustig(stil = 250): Promise<void> {
        let teller = 0;
        const l = (): void => void teller++;
        this.luisteraars.push(l);
        for (;;) {
            const voor = teller;
            await new Promise((r) => setTimeout(r, stil));
            if (teller === voor) break;
        }
        this.luisteraars = this.luisteraars.filter((x) => x !== l);
    }

    /** Opens a document. */
    open(uri: string, tekst: string, versie = 1): Promise<void> {
        return this.connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'opgave', version: versie, text: tekst },
        });
    }

    /** Replaces the whole text of an open document. */
    wijzig(uri: string, tekst: string, versie: number): Promise<void> {
        return this.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: versie },
            contentChanges: [{ text: tekst }],
        });
    }

    /** Sends a request. */
    vraag<T>(methode: string, params: unknown): Promise<T> {
        return this.connection.sendRequest<T>(methode, params);
    }

    /** Shuts the server down and ends the process. */
    async stop(): Promise<void> {
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
            await this.connection.sendNotification('exit');
        } catch {
            // already gone
        }
        this.connection.dispose();
        if (this.proces.exitCode === null) {
            this.proces.kill();
        }
        if (this.fouten.length > 0) {
            throw new Error(`server broke the protocol: ${this.fouten.join('; ')}`);
        }
    }
}
