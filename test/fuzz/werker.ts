/**
 * Worker thread of the fuzzer: checks documents `van` … `tot` - 1 in process and reports each
 * one's start and end, so the main thread can bound the time per document.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { controleerDocument } from './controleer.js';
import { laadBronnen, maakDocument } from './mutaties.js';

/** Messages from the worker. */
export type WerkerBericht =
    | { readonly soort: 'begin'; readonly index: number }
    | { readonly soort: 'klaar'; readonly index: number; readonly problemen: string[]; readonly fout?: string }
    | { readonly soort: 'einde' };

const { seed, van, tot } = workerData as { seed: number; van: number; tot: number };
const bronnen = laadBronnen();
for (let index = van; index < tot; index++) {
    parentPort!.postMessage({ soort: 'begin', index } satisfies WerkerBericht);
    try {
        const { problemen } = await controleerDocument(maakDocument(bronnen, seed, index));
        parentPort!.postMessage({ soort: 'klaar', index, problemen } satisfies WerkerBericht);
    } catch (e) {
        parentPort!.postMessage({ soort: 'klaar', index, problemen: [], fout: (e as Error).stack ?? String(e) } satisfies WerkerBericht);
    }
}
parentPort!.postMessage({ soort: 'einde' } satisfies WerkerBericht);
