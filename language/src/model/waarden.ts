/**
 * The value lists of the enumerations, for code that needs the values at run time (the zod schema
 * of `portfolio.json`, the tables of the overview). The types themselves come from the grammar
 * (`language/grammar/waarden.langium`) through the generated AST and are re-exported by `types.ts`;
 * the values of the model's own derived enumerations (phase state, voorscheider outcome) are
 * defined here and their types derived from them.
 *
 * Each list of a grammar enumeration is checked against the generated union at compile time (a
 * missing or an extra value does not compile), and `test/core/waarden.test.ts` checks that it is in
 * the grammar's order, which is the order the reports and the published JSON Schema use.
 */
import type { Besluit, Besturingsmodel, Functie, Prioriteit, Status, Werkwijze } from '../../generated/ast.js';

/** What the compiler reports for a list that misses members of its union (instead of `never`). */
interface OntbrekendeWaarden<T> {
    readonly ontbreekt: T;
}

/**
 * Returns a value list unchanged, after checking at compile time that it names every member of
 * the union `T` and nothing else: `alle<Werkwijze>()(['routine', …])`. Curried so that `T` is
 * given and the list's own literal type is inferred.
 */
function alle<T extends string>() {
    return <const L extends readonly T[]>(
        waarden: L & ([Exclude<T, L[number]>] extends [never] ? unknown : OntbrekendeWaarden<Exclude<T, L[number]>>),
    ): L => waarden;
}

/** The werkwijzen (grammar `Werkwijze`; guide H5, B2), in the order of taal.md. */
export const WERKWIJZEN = alle<Werkwijze>()(['routine', 'project', 'programma', 'bestuursproces', 'improvisatie']);

/** The statuses of an opdracht (grammar `Status`), in the order of taal.md. */
export const STATUSSEN = alle<Status>()(['voorbereiding', 'lopend', 'gepauzeerd', 'afgerond', 'gestopt']);

/** The priorities of an opgave (grammar `Prioriteit`; guide H3 "Prioriteitstelling"), highest first. */
export const PRIORITEITEN = alle<Prioriteit>()(['hoog', 'middel', 'laag']);

/** The besturingsmodellen of a gemeente (grammar `Besturingsmodel`; guide H4 "Varianten"). */
export const BESTURINGSMODELLEN = alle<Besturingsmodel>()(['basismodel', 'model-1', 'model-2', 'model-3']);

/** The decisions at the end of a phase (grammar `Besluit`; guide B2 "Besluitvorming per faseovergang"). */
export const BESLUITEN = alle<Besluit>()(['go', 'no-go']);

/** The functies of a persoon (grammar `Functie`), in the grammar's order. */
export const FUNCTIES = alle<Functie>()([
    'wethouder',
    'burgemeester',
    'dt-lid',
    'mt-lid',
    'opgavemanager',
    'lijnmanager',
    'projectmanager',
    'programmamanager',
    'procesregisseur',
    'gebiedsmanager',
    'strategisch-adviseur',
    'beleidsadviseur',
    'vakinhoudelijk-medewerker',
    'planning-en-control',
]);

/**
 * The state of a phase line, derived from its keywords (`gepland <datum>`, `actief`,
 * `afgerond <datum>`, or none of them: `open`).
 */
export const FASE_TOESTANDEN = ['open', 'gepland', 'actief', 'afgerond'] as const;
/** One of `FASE_TOESTANDEN`. */
export type FaseToestand = (typeof FASE_TOESTANDEN)[number];

/**
 * The outcomes of the voorscheider (B2 "Voorscheider"): score ≥ 2 a zoekproces, ≤ 1 a maakproces,
 * in between undecided (see `voorscheider.ts`).
 */
export const PROCESSEN = ['zoekproces', 'maakproces', 'onbeslist'] as const;
/** One of `PROCESSEN`. */
export type Proces = (typeof PROCESSEN)[number];
