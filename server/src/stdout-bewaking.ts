/**
 * Keeps stdout for the JSON-RPC stream when the server runs with `--stdio`.
 *
 * Imported first by `main.ts`, so it runs before any other module. With `--stdio` every byte on
 * stdout belongs to the protocol: one stray line (a library's `console.log`, a summary written with
 * `process.stdout.write`) breaks the client's framing and the connection dies. The guard keeps the
 * real stdout writer for the connection only (`protocolUitvoer`) and sends everything else that
 * tries to write to stdout to stderr, which editors show in their server log.
 */
import { Writable } from 'node:stream';

/** True when the server talks LSP over stdin/stdout. */
export const isStdio = process.argv.includes('--stdio');

/**
 * Installs the guard: after this, `process.stdout.write` and `console.log/info/debug/warn/dir/trace`
 * write to stderr. Returns the stream the JSON-RPC connection must write to, which goes to the
 * real stdout and forwards its errors and closing.
 */
export function bewaakStdout(): Writable {
    const stdout = process.stdout;
    const echteWrite = stdout.write.bind(stdout) as (chunk: Uint8Array | string, cb: (err?: Error | null) => void) => boolean;
    const protocol = new Writable({
        write(chunk: Buffer, _encoding, callback) {
            echteWrite(chunk, (err) => callback(err ?? null));
        },
    });
    stdout.on('error', (err: Error) => protocol.destroy(err));
    stdout.on('close', () => protocol.destroy());
    // Every other writer goes to stderr (same signature, same return value).
    stdout.write = process.stderr.write.bind(process.stderr);
    const stderrConsole = new console.Console({ stdout: process.stderr, stderr: process.stderr });
    console.log = stderrConsole.log.bind(stderrConsole);
    console.info = stderrConsole.info.bind(stderrConsole);
    console.debug = stderrConsole.debug.bind(stderrConsole);
    console.warn = stderrConsole.warn.bind(stderrConsole);
    console.dir = stderrConsole.dir.bind(stderrConsole);
    console.trace = stderrConsole.trace.bind(stderrConsole);
    console.table = stderrConsole.table.bind(stderrConsole);
    return protocol;
}

/** The connection's output with `--stdio` (guard installed on import), else undefined. */
export const protocolUitvoer: Writable | undefined = isStdio ? bewaakStdout() : undefined;
