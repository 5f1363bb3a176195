/** Runs the `opgave` command line in-process and captures its output (for tests). */
import { run } from '../../cli/src/main.js';

/** Output and exit code of one command-line run. */
export interface Uitkomst {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
}

/**
 * Runs `opgave ARGS` with its output captured through the commands' writer (`{ out, err }`).
 * The commands print only through that writer: anything written to the process's own stdout or
 * stderr during the run fails it.
 */
export async function draai(args: readonly string[]): Promise<Uitkomst> {
    const uit: string[] = [];
    const fout: string[] = [];
    const elders: string[] = [];
    const origineel = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
    const vang = ((s: string | Uint8Array) => (elders.push(String(s)), true)) as typeof process.stdout.write;
    process.stdout.write = vang;
    process.stderr.write = vang;
    let code: number;
    try {
        code = await run(args, { out: (s) => void uit.push(s), err: (s) => void fout.push(s) });
    } finally {
        process.stdout.write = origineel.out;
        process.stderr.write = origineel.err;
    }
    if (elders.length > 0) {
        throw new Error(`opgave ${args.join(' ')} schreef buiten zijn schrijver om: ${JSON.stringify(elders.join('').slice(0, 500))}`);
    }
    return { code, stdout: uit.join(''), stderr: fout.join('') };
}
