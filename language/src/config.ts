/**
 * `opgave.config.json`: optional settings at the portfolio root (taal.md "Configuration").
 * Validated with zod; every problem becomes a `ConfigFout` with a Dutch message naming the key.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { isGeldigeDatum } from './model/datum.js';
import type { CheckOpties } from './check/checker.js';
import { REGEL_IDS, type RegelId } from './rules/index.js';
import { ERNSTEN, type RegelInstelling } from './rules/regel.js';

/** Name of the configuration file at a portfolio root. */
export const CONFIG_BESTAND = 'opgave.config.json';

/** Default output folder of `opgave generate`, relative to the portfolio root. */
export const STANDAARD_UITVOER = 'docs/portfolio';

/** Default folder of `opgave site`, relative to the portfolio root. */
export const STANDAARD_SITE = 'docs/site';

/**
 * The free-text fields that config `publiek.verberg` can leave out of the public output
 * (`--publiek`, issue 15 item 4):
 * - `bedoeling`: the bedoeling of an opgave;
 * - `situatie`: the huidige- and gewenste-situatie of an opgave;
 * - `kaders`, `criteria`, `kwaliteit`, `rolverdeling`, `volgende-stap`: those fields of an opdracht;
 * - `documenten`: the decision documents of the phases (kind, year and title);
 * - `historie`: the reasons of the werkwijze history (date, werkwijze and with whom stay);
 * - `overdracht`: the description of the overdracht (to whom stays, by functie);
 * - `lessen`: the lessen of an opdracht;
 * - `negeer-redenen`: the reasons of `// @negeer` comments.
 */
export const PUBLIEK_VELDEN = [
    'bedoeling',
    'situatie',
    'kaders',
    'criteria',
    'kwaliteit',
    'rolverdeling',
    'volgende-stap',
    'documenten',
    'historie',
    'overdracht',
    'lessen',
    'negeer-redenen',
] as const;

/** One field of {@link PUBLIEK_VELDEN}. */
export type PubliekVeld = (typeof PUBLIEK_VELDEN)[number];

const isoDatum = z.string().refine(isGeldigeDatum, { message: 'moet een bestaande datum zijn als JJJJ-MM-DD' });

const NAAR_ERNST: Record<string, RegelInstelling | undefined> = { fout: 'error', waarschuwing: 'warning' };

/** The zod schema of opgave.config.json (strict: unknown keys are errors). */
export const configSchema = z
    .object({
        $schema: z.string().optional().describe('Pad of URL van dit schema (opgave.config.schema.json), voor de editor.'),
        peildatum: isoDatum
            .optional()
            .describe('De datum (JJJJ-MM-DD) waartegen alle datumregels en rapporten rekenen; standaard vandaag.'),
        // Severities in English (as in every output format) or Dutch (as `check` prints them).
        regels: z
            .partialRecord(
                z.enum(REGEL_IDS as [RegelId, ...RegelId[]]),
                z
                    .enum([...ERNSTEN, 'uit', 'fout', 'waarschuwing'])
                    .transform((w): RegelInstelling => NAAR_ERNST[w] ?? (w as RegelInstelling)),
            )
            .refine((r) => r.syntaxis !== 'uit', {
                message: 'syntaxis kan niet uit: dan zou een regel die niet gelezen kan worden ongemerkt wegvallen',
            })
            .optional()
            .describe('Per regel-id de ernst: error, warning, info of uit (ook fout en waarschuwing). Zie opgave rules.'),
        herijkingTermijnMaanden: z
            .number()
            .int()
            .min(1)
            .max(120)
            .optional()
            .describe('Na hoeveel maanden een lopende opdracht herijkt moet zijn (standaard 12).'),
        maxActieveOpdrachtenPerPersoon: z
            .number()
            .int()
            .min(1)
            .optional()
            .describe('In hoeveel lopende driehoeken iemand mag zitten (standaard 4).'),
        /** Version 2: distinct opgavemanagers under model-1 before `te-veel-opgavemanagers`. */
        maxOpgavemanagers: z
            .number()
            .int()
            .min(1)
            .optional()
            .describe("Hoeveel verschillende opgavemanagers de thema's onder model-1 samen mogen hebben (standaard 5)."),
        /** Version 2: the learning term of `leren-tijdens-werk`, in months. */
        leerTermijnMaanden: z
            .number()
            .int()
            .min(1)
            .max(120)
            .optional()
            .describe('Binnen hoeveel maanden een lopend project, programma of bestuursproces een les vastlegt (standaard 12).'),
        uitvoer: z
            .string()
            .min(1)
            .optional()
            .describe('Map voor de rapporten van opgave generate, binnen de portfoliomap (standaard docs/portfolio).'),
        /** `opdrachten.csv` for spreadsheets: `;` and a BOM suit Dutch Excel. */
        csv: z
            .object({
                scheidingsteken: z.enum([',', ';']).optional().describe('Scheidingsteken van opdrachten.csv; ; voor Nederlandse Excel.'),
                bom: z.boolean().optional().describe('Een BOM vooraan, zodat Excel de tekens goed leest.'),
            })
            .strict()
            .optional()
            .describe('opdrachten.csv voor de spreadsheet.'),
        /** `opgave site`: its folder (relative to the root, default docs/site) and the link to a source place. */
        site: z
            .object({
                uitvoer: z.string().min(1).optional().describe('Map van de site, binnen de portfoliomap (standaard docs/site).'),
                /** With `{pad}` and `{regel}`, e.g. `https://github.com/org/repo/blob/main/{pad}#L{regel}`. */
                bronUrl: z
                    .string()
                    .regex(/^(https?:\/\/|\.{0,2}\/)/, { message: 'moet beginnen met http://, https://, / of ./' })
                    .refine((u) => u.includes('{pad}'), { message: 'moet {pad} bevatten' })
                    .optional()
                    .describe(
                        'Link naar een bronplek, met {pad} en {regel}, bijvoorbeeld https://github.com/org/repo/blob/main/{pad}#L{regel}.',
                    ),
                /** Chromium for `--svg`; default the one found on the machine. */
                chromium: z.string().min(1).optional().describe('Pad naar Chromium voor opgave site --svg (vanaf de portfoliomap).'),
            })
            .strict()
            .optional()
            .describe('opgave site: de statische website.'),
        /** `--publiek` (generate, site): free-text fields left out of the public output. */
        publiek: z
            .object({
                verberg: z.array(z.enum(PUBLIEK_VELDEN)).optional().describe('Vrije-tekstvelden die --publiek ook weglaat.'),
            })
            .strict()
            .optional()
            .describe('--publiek: de openbare versie zonder namen van personen.'),
    })
    .strict();

/**
 * Allowed keys per object of the configuration, for "did you mean" in messages: read from the
 * schema itself (top level `''`, nested objects by key, `regels` the rule ids), so a new key
 * can never be missing from the suggestions.
 */
const SLEUTELS: Record<string, readonly string[]> = {
    '': Object.keys(configSchema.shape).filter((k) => k !== '$schema'),
    ...Object.fromEntries(
        Object.entries(configSchema.shape).flatMap(([k, v]) => {
            const binnen = v instanceof z.ZodOptional ? v.unwrap() : v;
            return binnen instanceof z.ZodObject ? [[k, Object.keys(binnen.shape)]] : [];
        }),
    ),
    regels: REGEL_IDS,
};

/**
 * The JSON Schema of `opgave.config.json`, generated from {@link configSchema} (issue "Adopting the
 * tool", item 4): draft-07, which VS Code's JSON editor reads (the extension contributes it with
 * `jsonValidation`), with the input shapes and Dutch descriptions. Checks zod cannot express in a
 * schema (a real calendar date, `syntaxis` not `uit`, `{pad}` in `bronUrl`) stay with the tool.
 * Published as `docs/schema/opgave.config.schema.json` (a test keeps it current).
 * @returns JSON text ending in a newline
 */
export function configJsonSchema(): string {
    const schema = {
        ...z.toJSONSchema(configSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }),
        $id: 'opgave.config.schema.json',
        title: 'opgave.config.json',
        description: 'Instellingen van opgave voor dit portfolio.',
    };
    return `${JSON.stringify(schema, null, 2)}\n`;
}

/** The parsed configuration. */
export type Config = z.infer<typeof configSchema>;

export type { RegelInstelling } from './rules/regel.js';

/** Unusable configuration; `message` is Dutch and names the file and key. */
export class ConfigFout extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'ConfigFout';
    }
}

function zodPad(pad: readonly PropertyKey[]): string {
    return pad.map(String).join('.');
}

/** Dutch explanation of one zod issue, naming the key and, for a typo, the nearest valid one. */
export function uitlegVan(issue: z.core.$ZodIssue): string {
    const sleutel = zodPad(issue.path);
    const waar = sleutel ? `${sleutel}: ` : '';
    switch (issue.code) {
        case 'unrecognized_keys': {
            const toegestaan = SLEUTELS[sleutel] ?? [];
            return issue.keys
                .map((k) => {
                    const bijna = toegestaan
                        .map((t) => ({ t, d: distance(k.toLowerCase(), t.toLowerCase()) }))
                        .sort((a, b) => a.d - b.d)[0];
                    const hint =
                        bijna && bijna.d <= Math.max(2, Math.floor(k.length / 3))
                            ? ` Bedoel je ‘${bijna.t}’?`
                            : sleutel === 'regels'
                              ? ' Zie `opgave rules` voor de regel-ids.'
                              : ` Toegestaan: ${toegestaan.join(', ')}.`;
                    return `onbekende ${sleutel === 'regels' ? 'regel' : 'sleutel'} ‘${k}’${sleutel && sleutel !== 'regels' ? ` in ${sleutel}` : ''}.${hint}`.replace(
                        /\.$/,
                        '',
                    );
                })
                .join('; ');
        }
        case 'invalid_key':
            return `onbekende regel in ${sleutel || 'regels'}; zie \`opgave rules\` voor de regel-ids`;
        case 'invalid_value':
            return sleutel.startsWith('regels.')
                ? `${waar}kies error (fout), warning (waarschuwing), info of uit`
                : `${waar}kies uit ${issue.values.map((v) => `‘${String(v)}’`).join(' of ')}`;
        case 'invalid_type': {
            const soort: Record<string, string> = {
                number: 'een getal',
                int: 'een geheel getal',
                string: 'een tekst tussen aanhalingstekens',
                boolean: 'true of false',
                object: 'een object { … }',
                record: 'een object { … }',
            };
            return `${waar}verwacht ${soort[issue.expected] ?? issue.expected}`;
        }
        case 'too_small':
            return `${waar}${issue.origin === 'string' ? 'mag niet leeg zijn' : `moet minstens ${String(issue.minimum)} zijn`}`;
        case 'too_big':
            return `${waar}mag hoogstens ${String(issue.maximum)} zijn`;
        default:
            return `${waar}${issue.message}`;
    }
}

/**
 * Validates configuration JSON text.
 * @param tekst file content
 * @param bestand path for messages
 * @throws ConfigFout on invalid JSON, unknown keys, wrong types or unknown rule ids
 */
export function parseConfig(tekst: string, bestand: string): Config {
    let data: unknown;
    const zonderBom = tekst.replace(/^\uFEFF/, '');
    try {
        data = JSON.parse(zonderBom);
    } catch (e) {
        const positie = /position (\d+)/.exec((e as Error).message);
        const regel = positie ? zonderBom.slice(0, Number(positie[1])).split('\n').length : undefined;
        throw new ConfigFout(
            `${bestand}${regel ? `:${regel}` : ''}: geen geldige JSON. Controleer aanhalingstekens, dubbele punten en komma's (geen komma na het laatste onderdeel).`,
        );
    }
    const result = configSchema.safeParse(data);
    if (!result.success) {
        const uitleg = uitlegVan(result.error.issues[0]!);
        throw new ConfigFout(`${bestand}: ${/[.?]$/.test(uitleg) ? uitleg : `${uitleg}.`}`);
    }
    return result.data;
}

/**
 * Reads and validates a configuration file.
 * @returns the configuration, or `{}` when `bestand` does not exist and `verplicht` is false
 * @throws ConfigFout when the file is unreadable or invalid, or missing while `verplicht`
 */
export function leesConfig(bestand: string, verplicht: boolean): Config {
    let tekst: string;
    try {
        tekst = fs.readFileSync(bestand, 'utf8');
    } catch (e) {
        if (!verplicht && (e as NodeJS.ErrnoException).code === 'ENOENT') {
            return {};
        }
        const code = (e as NodeJS.ErrnoException).code;
        throw new ConfigFout(
            code === 'ENOENT'
                ? `${bestand}: configuratiebestand bestaat niet.`
                : `${bestand}: configuratie niet te lezen (${code ?? (e as Error).message}).`,
        );
    }
    return parseConfig(tekst, bestand);
}

/** The configuration file that belongs to a portfolio root folder. */
export function configPad(root: string): string {
    return path.join(root, CONFIG_BESTAND);
}

/** Default term in months for `herijking-verlopen`. */
export const STANDAARD_HERIJKING_MAANDEN = 12;
/** Default number of active driehoeken per person for `persoon-overbelast`. */
export const STANDAARD_MAX_ACTIEF = 4;
/** Default number of distinct opgavemanagers under model-1 for `te-veel-opgavemanagers` (H4: three to five). */
export const STANDAARD_MAX_OPGAVEMANAGERS = 5;
/** Default term in months for `leren-tijdens-werk`. */
export const STANDAARD_LEER_MAANDEN = 12;

/**
 * The checker's settings from a configuration and the peildatum in force (command line, editor
 * and tests use this one mapping, so defaults cannot drift apart).
 * @param peildatum ISO `YYYY-MM-DD`, already chosen (option, config or today)
 */
export function checkOptiesVan(config: Config, peildatum: string): CheckOpties {
    return {
        peildatum,
        herijkingTermijnMaanden: config.herijkingTermijnMaanden ?? STANDAARD_HERIJKING_MAANDEN,
        maxActieveOpdrachtenPerPersoon: config.maxActieveOpdrachtenPerPersoon ?? STANDAARD_MAX_ACTIEF,
        maxOpgavemanagers: config.maxOpgavemanagers ?? STANDAARD_MAX_OPGAVEMANAGERS,
        leerTermijnMaanden: config.leerTermijnMaanden ?? STANDAARD_LEER_MAANDEN,
        regels: config.regels,
    };
}
