/**
 * `deel-van` cycles: marks the opgaven that lie on one, so that walks up the chain (thema,
 * voorscheider) stop and `deel-van-kring` can report them.
 */
import type { Opgave } from '../types.js';
import type { OpgaveInBouw } from './typen.js';

/**
 * Sets `inCyclus` on every opgave that lies on a `deel-van` cycle (not on those that merely lead
 * into one). Linear: each opgave is walked once, by iterative colouring.
 */
export function markeerCycli(opgaven: readonly OpgaveInBouw[]): void {
    const klaar = new Set<Opgave>();
    for (const start of opgaven) {
        const pad: OpgaveInBouw[] = [];
        const opPad = new Set<Opgave>();
        let huidig: OpgaveInBouw | undefined = start;
        while (huidig && !klaar.has(huidig) && !opPad.has(huidig)) {
            pad.push(huidig);
            opPad.add(huidig);
            huidig = huidig.deelVan;
        }
        if (huidig && opPad.has(huidig)) {
            for (const o of pad.slice(pad.indexOf(huidig))) {
                o.inCyclus = true;
            }
        }
        for (const o of pad) {
            klaar.add(o);
        }
    }
}
