/**
 * The five werkwijzen and their phases (taal.md "Phases per werkwijze"; guide B2 "De kern van de
 * vijf werkwijzen"). One table, used by the model builder, the phase rules and the reports.
 */
import type { Functie, Werkwijze } from './types.js';

/** A phase of a werkwijze and the decision-document kinds that close it (empty: none needed). */
export interface FaseDefinitie {
    readonly naam: string;
    /** Any one of these document kinds closes the phase; `jaarplan` is per year. */
    readonly beslisdocumenten: readonly string[];
}

/** Phases per werkwijze, in order. Werkwijzen without fixed phases have an empty list. */
export const FASEN: Readonly<Record<Werkwijze, readonly FaseDefinitie[]>> = {
    project: [
        { naam: 'initiatief', beslisdocumenten: ['startdocument'] },
        { naam: 'definitie', beslisdocumenten: ['projectplan'] },
        { naam: 'uitvoering', beslisdocumenten: ['uitvoeringsplan'] },
        { naam: 'nazorg', beslisdocumenten: ['overdrachtsrapport', 'evaluatierapport'] },
    ],
    programma: [
        { naam: 'verkenning', beslisdocumenten: [] },
        { naam: 'opbouw', beslisdocumenten: ['programmaplan'] },
        { naam: 'uitvoering', beslisdocumenten: ['jaarplan'] },
        { naam: 'afbouw', beslisdocumenten: [] },
    ],
    bestuursproces: [],
    routine: [],
    improvisatie: [],
};

/** Werkwijzen that need a full sturingsdriehoek (H4, B1). */
export const MET_DRIEHOEK: ReadonlySet<Werkwijze> = new Set(['project', 'programma', 'bestuursproces']);

/** The sturingsprofessional functie that fits each werkwijze with a driehoek (H6/B3 sleutelfiguren). */
export const PASSENDE_STURINGSPROFESSIONAL: Readonly<Partial<Record<Werkwijze, Functie>>> = {
    project: 'projectmanager',
    programma: 'programmamanager',
    bestuursproces: 'procesregisseur',
};

/** Position of a phase name in the werkwijze's list, or undefined when it does not belong. */
export function fasePositie(werkwijze: Werkwijze | undefined, naam: string): number | undefined {
    if (!werkwijze) {
        return undefined;
    }
    const index = FASEN[werkwijze].findIndex((f) => f.naam === naam);
    return index < 0 ? undefined : index;
}
