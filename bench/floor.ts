/**
 * The benchmark's floor: find, read, parse and link the `.opgave` files under a folder exactly as
 * `opgave check` does, but without the checker (no model, no rules, no output). Bundled by
 * bench/run.mjs with esbuild, so module loading costs the same as for dist/cli.cjs.
 */
import { NodeFileSystem } from 'langium/node';
import { createOpgaveServices } from '../language/src/opgave-module.js';
import { laadPortfolio, vindBestanden } from '../language/src/workspace/laden.js';

async function main(): Promise<void> {
    const bestanden = await vindBestanden([process.argv[2] ?? '.']);
    const { Opgave } = createOpgaveServices(NodeFileSystem);
    const geladen = await laadPortfolio(Opgave, bestanden);
    process.stdout.write(`${geladen.documenten.length}\n`);
}

void main();
