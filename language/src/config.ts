/**
 * `opgave.config.json`: optional settings at the portfolio root (taal.md "Configuration").
 * Validated with zod; every problem becomes a `ConfigFout` with a Dutch message naming the key.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { isGeldigeDatum } from './model/datum.js';
import { REGEL_IDS, type Ernst, type RegelId } from './rules/tabel.js';

/** Name of the configuration file at a portfolio root. */
export const CONFIG_BESTAND = 'opgave.config.json';

/** Default output folder of `opgave generate`, relative to the portfolio root. */
export const STANDAARD_UITVOER = 'docs/portfolio';

const isoDatum = z.string().refine(isGeldigeDatum, { message: 'moet een bestaande datum zijn als JJJJ-MM-DD' });

/** The zod schema of opgave.config.json (strict: unknown keys are errors). */
export const configSchema = z
    .object({
        $schema: z.string().optional(),
        peildatum: isoDatum.optional(),
        regels: z.partialRecord(z.enum(REGEL_IDS as [RegelId, ...RegelId[]]), z.enum(['error', 'warning', 'info', 'uit'])).optional(),
        herijkingTermijnMaanden: z.number().int().min(1).max(120).optional(),
        maxActieveOpdrachtenPerPersoon: z.number().int().min(1).optional(),
        uitvoer: z.string().min(1).optional(),
        /** `opdrachten.csv` for spreadsheets: `;` and a BOM suit Dutch Excel. */
        csv: z
            .object({ scheidingsteken: z.enum([',', ';']).optional(), bom: z.boolean().optional() })
            .strict()
            .optional(),
    })
    .strict();

/** The parsed configuration. */
export type Config = z.infer<typeof configSchema>;

/** Per-rule severity override: a severity, or `uit` (off). */
export type RegelInstelling = Ernst | 'uit';

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

/**
 * Validates configuration JSON text.
 * @param tekst file content
 * @param bestand path for messages
 * @throws ConfigFout on invalid JSON, unknown keys, wrong types or unknown rule ids
 */
export function parseConfig(tekst: string, bestand: string): Config {
    let data: unknown;
    try {
        data = JSON.parse(tekst.replace(/^\uFEFF/, ''));
    } catch (e) {
        throw new ConfigFout(`${bestand}: geen geldige JSON (${(e as Error).message}).`);
    }
    const result = configSchema.safeParse(data);
    if (!result.success) {
        const issue = result.error.issues[0];
        const sleutel = zodPad(issue.path);
        let uitleg: string;
        if (issue.code === 'unrecognized_keys') {
            const keys = issue.keys.join(', ');
            uitleg = `onbekende sleutel ${keys}${sleutel ? ` in ${sleutel}` : ''}; toegestaan zijn peildatum, regels, herijkingTermijnMaanden, maxActieveOpdrachtenPerPersoon, uitvoer en csv`;
        } else if (issue.code === 'invalid_key') {
            uitleg = `onbekende regel in regels; zie \`opgave rules\` voor de regel-ids`;
        } else if (sleutel.startsWith('regels.') && issue.code === 'invalid_value') {
            uitleg = `${sleutel} moet error, warning, info of uit zijn`;
        } else if (issue.code === 'invalid_type') {
            uitleg = `${sleutel || 'het bestand'} heeft het verkeerde type (verwacht: ${issue.expected})`;
        } else {
            uitleg = `${sleutel}: ${issue.message}`;
        }
        throw new ConfigFout(`${bestand}: ${uitleg}.`);
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
        throw new ConfigFout(`${bestand}: configuratie niet te lezen (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
    }
    return parseConfig(tekst, bestand);
}

/** The configuration file that belongs to a portfolio root folder. */
export function configPad(root: string): string {
    return path.join(root, CONFIG_BESTAND);
}
