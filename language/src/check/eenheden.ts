/**
 * The units of the incremental check: which opdrachten must be checked again after a change.
 *
 * A per-opdracht rule (`perOpdracht`, see `rules/regel.ts`) may read the opdracht's reach: the
 * opdracht itself, its opgave chain (each opgave with its thema, gebieden, spelers, voorscheiders,
 * cycle mark, opdrachten and deelopgaven) and the opdrachten its inspanningen name. The model
 * builder (`model/bouw`) keeps the elements of unchanged documents as the same objects and makes
 * new ones for every document that was parsed or linked again, so "what an opdracht reaches
 * changed" is "one of the objects in its reach is another object than last time, or a derived
 * value (cycle mark, applying voorscheider) differs". This module compares exactly that.
 *
 * Cost per check: one short key per opgave and one comparison per opdracht, O(portfolio) with a
 * small constant; the rules themselves run only for the opdrachten that changed.
 */
import type { ModelWijziging } from '../model/bouw/index.js';
import type { Opdracht, Opgave } from '../model/types.js';

/** What an opdracht's findings were computed from, besides the opdracht object itself. */
interface OpdrachtStand<T> {
    readonly opgave: Opgave | undefined;
    readonly inspanningen: readonly (Opdracht | undefined)[];
    readonly resultaat: T;
}

/** The facts of one opgave that a per-opdracht rule may read, as a flat list of values and objects. */
function opgaveSleutel(o: Opgave): unknown[] {
    const v = o.effectieveVoorscheider;
    return [
        o.thema,
        o.thema?.opgavemanager,
        o.deelVan,
        o.inCyclus,
        o.voorscheider,
        v?.van,
        v?.score,
        o.gebieden.length,
        ...o.gebieden,
        o.spelers.length,
        ...o.spelers,
        o.opdrachten.length,
        ...o.opdrachten,
        o.deelopgaven.length,
        ...o.deelopgaven,
    ];
}

function gelijk(a: readonly unknown[], b: readonly unknown[]): boolean {
    if (a.length !== b.length) {
        return false;
    }
    for (let i = 0; i < a.length; i++) {
        if (a[i] !== b[i]) {
            return false;
        }
    }
    return true;
}

/** True when the opdracht's inspanningen name the same opdrachten as `oud` (without allocating). */
function zelfdeInspanningen(oud: readonly (Opdracht | undefined)[], o: Opdracht): boolean {
    if (oud.length !== o.inspanningen.length) {
        return false;
    }
    for (let i = 0; i < oud.length; i++) {
        if (oud[i] !== o.inspanningen[i]!.opdracht) {
            return false;
        }
    }
    return true;
}

/**
 * Per-opdracht results (the findings of the per-opdracht rules) kept between checks, and the
 * decision which opdrachten to check again.
 *
 * With the model's change list ({@link ModelWijziging}) the opdrachten to check again are found
 * without visiting the others: the new ones, the ones linked again, and those of the opgaven whose
 * key changed (and of their deelopgaven, down the chain). Without it (first check, or a check
 * from scratch) every opdracht is compared with its kept state.
 * @typeParam T what is kept per opdracht (the checker keeps its findings)
 */
export class OpdrachtEenheden<T> {
    private standen = new Map<Opdracht, OpdrachtStand<T>>();
    private opgaveSleutels = new Map<Opgave, unknown[]>();
    private context?: string;

    /**
     * Runs one check generation: for every opdracht of `opdrachten`, the kept result when its reach
     * is unchanged, else `bereken(o)`. Results of opdrachten no longer in the portfolio are dropped.
     * @param opgaven every opgave of the portfolio (their keys are compared once per check)
     * @param context everything else the rules read (settings, besturingsmodel) as one string;
     *   when it differs from the previous check, every opdracht is checked again
     * @param wijziging what the model build changed since the previous check (undefined: unknown)
     * @returns the kept results of all opdrachten (a live view: read it before the next call), and
     *   how many were computed
     */
    bepaal(
        opgaven: readonly Opgave[],
        opdrachten: readonly Opdracht[],
        context: string,
        bereken: (o: Opdracht) => T,
        wijziging?: ModelWijziging,
    ): { resultaten: Iterable<T>; berekend: number } {
        const alles = context !== this.context;
        this.context = context;
        const sleutels = new Map<Opgave, unknown[]>();
        const gewijzigd: Opgave[] = [];
        for (const o of opgaven) {
            const sleutel = opgaveSleutel(o);
            sleutels.set(o, sleutel);
            const oud = this.opgaveSleutels.get(o);
            if (!oud || !gelijk(oud, sleutel)) {
                gewijzigd.push(o);
            }
        }
        this.opgaveSleutels = sleutels;
        let berekend = 0;
        const nieuw = (o: Opdracht): void => {
            this.standen.set(o, { opgave: o.opgave, inspanningen: o.inspanningen.map((i) => i.opdracht), resultaat: bereken(o) });
            berekend++;
        };

        if (!alles && wijziging) {
            // Only what the change reaches.
            for (const o of wijziging.wegOpdrachten) {
                this.standen.delete(o);
            }
            const opnieuw = new Set<Opdracht>([...wijziging.nieuweOpdrachten, ...wijziging.herkoppeld]);
            // An opgave whose key changed: its opdrachten and those of everything below it.
            const gezien = new Set<Opgave>();
            const omlaag = (g: Opgave): void => {
                if (gezien.has(g)) {
                    return;
                }
                gezien.add(g);
                g.opdrachten.forEach((o) => opnieuw.add(o));
                g.deelopgaven.forEach(omlaag);
            };
            gewijzigd.forEach(omlaag);
            for (const o of opnieuw) {
                nieuw(o);
            }
            return { resultaten: this.resultaten(), berekend };
        }

        // Everything compared: the first check, a check from scratch, or other settings.
        const gewijzigdeOpgaven = new Set(gewijzigd);
        const ketenGewijzigd = new Map<Opgave, boolean>();
        const keten = (start: Opgave | undefined): boolean => {
            const pad: Opgave[] = [];
            let uitkomst = false;
            for (let o = start; o; o = o.deelVan) {
                const bekend = ketenGewijzigd.get(o);
                if (bekend !== undefined) {
                    uitkomst = bekend;
                    break;
                }
                ketenGewijzigd.set(o, false); // guards cycles while walking
                pad.push(o);
                if (gewijzigdeOpgaven.has(o)) {
                    uitkomst = true;
                    break;
                }
            }
            for (const o of pad) {
                ketenGewijzigd.set(o, uitkomst);
            }
            return uitkomst;
        };
        const vorige = this.standen;
        this.standen = new Map();
        for (const o of opdrachten) {
            const oud = vorige.get(o);
            if (!alles && oud && oud.opgave === o.opgave && zelfdeInspanningen(oud.inspanningen, o) && !keten(o.opgave)) {
                this.standen.set(o, oud);
            } else {
                nieuw(o);
            }
        }
        return { resultaten: this.resultaten(), berekend };
    }

    private *resultaten(): Iterable<T> {
        for (const stand of this.standen.values()) {
            yield stand.resultaat;
        }
    }
}
