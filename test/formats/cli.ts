/** Runs the `opgave` command line in-process and captures its output (for tests). */
import { run } from '../../cli/src/main.js';

/** Output and exit code of one command-line run. */
export interface Uitkomst {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
}

/** Runs `opgave ARGS` with stdout and stderr captured. */
export async function draai(args: readonly string[]): Promise<Uitkomst> {
    const uit: string[] = [];
    const fout: string[] = [];
    const origineel = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
    process.stdout.write = ((s: string | Uint8Array) => (uit.push(String(s)), true)) as typeof process.stdout.write;
    process.stderr.write = ((s: string | Uint8Array) => (fout.push(String(s)), true)) as typeof process.stderr.write;
    try {
        const code = await run(args);
        return { code, stdout: uit.join(''), stderr: fout.join('') };
    } finally {
        process.stdout.write = origineel.out;
        process.stderr.write = origineel.err;
    }
}
