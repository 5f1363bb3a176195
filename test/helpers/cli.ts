/**
 * The `opgave` command line for tests: the bundle spawned as a process ({@link cli}), or the
 * program run in process with its output captured ({@link draai}).
 */
import { spawnSync } from 'node:child_process';
import { run } from '../../cli/src/main.js';
import { bundel, metProcesUitvoer, ROOT } from './index.js';

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
    const { waarde: code, geschreven: elders } = await metProcesUitvoer(() =>
        run(args, { out: (s) => void uit.push(s), err: (s) => void fout.push(s) }),
    );
    if (elders.length > 0) {
        throw new Error(`opgave ${args.join(' ')} schreef buiten zijn schrijver om: ${JSON.stringify(elders.join('').slice(0, 500))}`);
    }
    return { code, stdout: uit.join(''), stderr: fout.join('') };
}

/**
 * Runs the bundled CLI (`node dist/cli.cjs ARGS`) without colours (NO_COLOR).
 * @throws Error when dist/cli.cjs is missing (see `bundel`)
 */
export function cli(args: string[], cwd: string = ROOT): Uitkomst {
    const r = spawnSync(process.execPath, [bundel('cli.cjs'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
