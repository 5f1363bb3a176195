/**
 * Worker thread of `opgave diff`: reads, checks and summarises one version (`workerData` is a
 * `VersieVraag`) while the main thread does the other, so a diff on two cores takes about as long
 * as one check. Posts `{ samenvatting, meldingen }`, or `{ fout: { soort, message } }` for a
 * Dutch usage or configuration error, which the main thread throws again as such.
 * Bundled as `dist/diff-werker.cjs` (scripts/bundle.mjs).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigFout } from '../../../language/src/config.js';
import { laadVersie, type VersieVraag } from '../../../language/src/git/versie.js';
import { GebruikFout } from '../../../language/src/workspace/laden.js';
import { samenvatVersie } from './vergelijk.js';

/** What the worker posts back. */
export type WerkerAntwoord =
    | { readonly samenvatting: ReturnType<typeof samenvatVersie>; readonly meldingen: readonly string[]; readonly naam: string }
    | { readonly fout: { readonly soort: 'gebruik' | 'config' | 'intern'; readonly message: string } };

if (parentPort) {
    const poort = parentPort;
    laadVersie(workerData as VersieVraag).then(
        (versie) =>
            poort.postMessage({
                samenvatting: samenvatVersie(versie),
                meldingen: versie.meldingen,
                naam: versie.naam,
            } satisfies WerkerAntwoord),
        (e: unknown) =>
            poort.postMessage({
                fout: {
                    soort: e instanceof ConfigFout ? 'config' : e instanceof GebruikFout ? 'gebruik' : 'intern',
                    message: e instanceof Error ? e.message : String(e),
                },
            } satisfies WerkerAntwoord),
    );
}
