/**
 * The shape of a portfolio diff (`opgave diff --format json`) as a zod schema: the one definition
 * of the exported JSON, its TypeScript type and its published JSON Schema
 * (`docs/schema/opgave-diff.schema.json`, checked to be current by a test).
 *
 * Units: `budget*` in euro, `capaciteit*` in FTE; dates `JJJJ-MM-DD`; files relative to the git
 * repository root with `/`, lines 1-based.
 */
import { z } from 'zod';
import { STATUSSEN, WERKWIJZEN } from '../../../language/src/model/waarden.js';
import { ERNSTEN } from '../../../language/src/rules/regel.js';

/** The kinds of declaration a diff compares. */
export const ELEMENT_SOORTEN = ['gemeente', 'persoon', 'speler', 'gebied', 'thema', 'opgave', 'opdracht'] as const;

/** One changed property of a declaration. */
export const veldwijzigingSchema = z
    .object({
        veld: z.string().describe('Dutch name of the property, e.g. "budget", "fase Verkenning", "bestuurlijk opdrachtgever"'),
        voor: z.string().optional().describe('Value in basis, as shown to a reader; absent when not written'),
        na: z.string().optional().describe('Value in doel; absent when not written'),
        verschil: z.string().optional().describe('The difference: "+€ 250.000", "-0,5 FTE", "+30 dagen", or for a list "nieuw: …; weg: …"'),
        toelichting: z.string().optional().describe('Why, when the sources say it (the historie line of a werkwijze change)'),
        overgang: z.enum(['actief', 'afgerond']).optional().describe('A phase that became actief or afgerond'),
    })
    .strict();

/** One declaration added, removed or changed. */
export const elementwijzigingSchema = z
    .object({
        soort: z.enum(ELEMENT_SOORTEN),
        id: z.string(),
        titel: z.string().optional(),
        wijziging: z.enum(['toegevoegd', 'verwijderd', 'gewijzigd']),
        thema: z.string().optional().describe('Thema id the element belongs to (in doel; in basis when removed)'),
        opgave: z.string().optional().describe('Opgave id of an opdracht (in doel; in basis when removed)'),
        velden: z.array(veldwijzigingSchema).describe('For an added or removed element: its written properties'),
    })
    .strict();

const voorNa = z.object({ voor: z.number(), na: z.number() }).strict();

const bevindingSchema = z
    .object({
        ruleId: z.string(),
        severity: z.enum(ERNSTEN),
        message: z.string(),
        bestand: z.string(),
        regel: z.number().int().min(1),
    })
    .strict();

const versieSchema = z
    .object({
        naam: z.string().describe('The ref as given, or "werkmap" for the working tree'),
        commit: z.string().optional(),
        peildatum: z.string(),
        bestanden: z.number().int().min(0),
    })
    .strict();

/** The zod schema of `opgave diff --format json`. */
export const diffSchema = z
    .object({
        basis: versieSchema,
        doel: versieSchema,
        inhoudelijkGewijzigd: z.boolean().describe('False when only layout or file placement changed'),
        wijzigingen: z.array(elementwijzigingSchema),
        totalen: z
            .object({
                opdrachten: voorNa,
                perWerkwijze: z.array(voorNa.extend({ werkwijze: z.enum(WERKWIJZEN) }).strict()),
                perStatus: z.array(voorNa.extend({ status: z.enum(STATUSSEN) }).strict()),
                perThema: z.array(
                    z
                        .object({
                            thema: z.string().describe('Thema id; "" for opdrachten without thema'),
                            titel: z.string().optional(),
                            budget: voorNa.describe('euro'),
                            capaciteit: voorNa.describe('FTE'),
                            opdrachten: voorNa,
                        })
                        .strict(),
                ),
            })
            .strict(),
        bevindingen: z
            .object({
                voor: z.object({ error: z.number(), warning: z.number(), info: z.number() }).strict(),
                na: z.object({ error: z.number(), warning: z.number(), info: z.number() }).strict(),
                nieuw: z.array(bevindingSchema).describe('In doel, not in basis (matched by rule and message)'),
                opgelost: z.array(bevindingSchema).describe('In basis, not in doel; file and line in basis'),
                nieuweNegeer: z.array(
                    bevindingSchema.extend({ reden: z.string(), tot: z.string().optional() }).strict().describe('A finding newly silenced'),
                ),
            })
            .strict(),
    })
    .strict()
    .describe('The semantic difference between two versions of an opgave portfolio, as written by `opgave diff --format json`');

/** A portfolio diff. */
export type PortfolioDiff = z.infer<typeof diffSchema>;
/** A declaration added, removed or changed. */
export type Elementwijziging = z.infer<typeof elementwijzigingSchema>;
/** A changed property. */
export type Veldwijziging = z.infer<typeof veldwijzigingSchema>;

/** The JSON Schema (draft 2020-12) of the diff JSON, generated from {@link diffSchema}. */
export function diffJsonSchema(): string {
    const schema = {
        ...z.toJSONSchema(diffSchema, { target: 'draft-2020-12' }),
        $id: 'opgave-diff.schema.json',
        title: 'opgave diff --format json',
    };
    return `${JSON.stringify(schema, null, 2)}\n`;
}
