// A minimal LSP client over stdio for the benchmark: starts `node dist/server.cjs --stdio`, opens
// the workspace, and waits for diagnostics. Uses the JSON-RPC connection that vscode-languageserver re-exports.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import rpc from 'vscode-languageserver/node';

/** The file URI of a path, spelled the way Langium spells it (vscode-uri). */
export async function bestandUri(pad) {
    const { URI } = await import('vscode-uri');
    return URI.file(path.resolve(pad)).toString();
}

/**
 * Starts the language server on `root` and initializes it.
 * @returns a session with `pid` (the server process), `diagnosen` (uri → last diagnostics), `wachtOp(filter, ms)` and `stop()`
 */
export async function startSessie(serverPad, root, { stderr = false } = {}) {
    // OPGAVE_BENCH_NODE_ARGS: extra node options for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p".
    const nodeArgs = (process.env.OPGAVE_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const proces = spawn(process.execPath, [...nodeArgs, serverPad, '--stdio'], { stdio: ['pipe', 'pipe', stderr ? 'inherit' : 'ignore'] });
    const verbinding = rpc.createMessageConnection(new rpc.StreamMessageReader(proces.stdout), new rpc.StreamMessageWriter(proces.stdin));
    const diagnosen = new Map();
    const wachters = new Set();
    let laatstePublicatie = 0;
    verbinding.onNotification('textDocument/publishDiagnostics', (p) => {
        laatstePublicatie = performance.now();
        diagnosen.set(p.uri, p.diagnostics);
        for (const w of [...wachters]) {
            w(p);
        }
    });
    verbinding.onRequest('workspace/configuration', (p) => p.items.map(() => null));
    verbinding.onRequest('client/registerCapability', () => null);
    verbinding.onRequest('window/workDoneProgress/create', () => null);
    verbinding.onNotification('window/logMessage', () => undefined);
    verbinding.onNotification('window/showMessage', () => undefined);
    verbinding.listen();
    let gestopt = false;
    const einde = new Promise((resolve) =>
        proces.on('exit', (code, signal) => {
            gestopt = true;
            resolve({ code, signal });
        }),
    );
    const rootUri = pathToFileURL(path.resolve(root)).toString();
    await verbinding.sendRequest('initialize', {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: path.basename(root) }],
        capabilities: {
            workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
            textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true }, synchronization: { didSave: true } },
        },
    });
    const gestart = performance.now();
    await verbinding.sendNotification('initialized', {});

    /** Resolves with the first publication that `filter` accepts, or rejects after `ms`. */
    const wachtOp = (filter, ms) =>
        new Promise((resolve, reject) => {
            const klok = setTimeout(() => {
                wachters.delete(w);
                reject(new Error(`geen diagnostiek binnen ${ms} ms`));
            }, ms);
            const w = (p) => {
                if (filter(p)) {
                    clearTimeout(klok);
                    wachters.delete(w);
                    resolve(p);
                }
            };
            wachters.add(w);
        });

    const stop = async () => {
        if (gestopt) {
            return;
        }
        try {
            await Promise.race([verbinding.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
            await verbinding.sendNotification('exit');
        } catch {
            // the server may already be gone
        }
        const klok = setTimeout(() => proces.kill('SIGKILL'), 3000);
        await einde;
        clearTimeout(klok);
        verbinding.dispose();
    };
    return {
        verbinding,
        proces,
        pid: proces.pid,
        diagnosen,
        wachtOp,
        stop,
        gestart,
        einde,
        get laatstePublicatie() {
            return laatstePublicatie;
        },
        get gestopt() {
            return gestopt;
        },
    };
}

/**
 * Waits until every uri in `uris` has had diagnostics published; returns the seconds from
 * `initialized` to the last of them. Rejects after `ms`.
 */
export async function wachtOpAlles(sessie, uris, ms) {
    const open = new Set(uris.filter((u) => !sessie.diagnosen.has(u)));
    if (open.size > 0) {
        await sessie.wachtOp((p) => {
            open.delete(p.uri);
            return open.size === 0;
        }, ms);
    }
    return (sessie.laatstePublicatie - sessie.gestart) / 1000;
}

/**
 * The resident memory of a running process in MB (VmRSS from /proc/<pid>/status), or null where
 * /proc is not available (not Linux) or the process is gone.
 */
export function rssMB(pid) {
    try {
        const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
        return m ? Number(m[1]) / 1024 : null;
    } catch {
        return null;
    }
}
