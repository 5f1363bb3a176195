/**
 * The baseline `opgave.baseline.json` (issue "Adopting the tool", item 2; like ESLint's bulk
 * suppressions): a portfolio converted from a spreadsheet starts with hundreds of findings; the
 * office accepts them as they are and keeps new work clean.
 *
 * The file holds, per source file (relative to the portfolio root, with `/`) and rule id, how many
 * findings there were — not where, so editing a file does not break it, and a review of its diff
 * shows counts going down. A check absorbs the findings of a file and rule while there are no
 * more than the baseline's count; once there are more, all of them are reported (which one is new
 * cannot be told). Findings of `syntaxis` are never absorbed: a file that cannot be read is never
 * accepted. Keys are sorted, so the file is byte-stable.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigFout, uitlegVan } from '../config.js';
import type { Bevinding, CheckResultaat } from './checker.js';

/** The baseline's file name, in the portfolio root. */
export const BASELINE_BESTAND = 'opgave.baseline.json';

/** The rule whose findings a baseline never absorbs. */
const NOOIT = 'syntaxis';

const baselineSchema = z
    .object({
        $comment: z.string().optional(),
        versie: z.literal(1),
        /** File (relative, `/`) → rule id → number of findings (whole number ≥ 1). */
        bestanden: z.record(z.string().min(1), z.record(z.string().min(1), z.number().int().min(1))),
    })
    .strict();

/** A parsed baseline: file (relative to the root, `/`) → rule id → count. */
export type Baseline = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** What applying a baseline left and absorbed. */
export interface BaselineUitkomst {
    /** The check result with the absorbed findings taken out of `bevindingen`. */
    readonly resultaat: CheckResultaat;
    /** The absorbed findings, in the order of the check. */
    readonly opgenomen: readonly Bevinding[];
}

/** The path of a finding's file relative to the root, with `/`. */
function relatief(uri: string, root: string): string {
    const bestand = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
    return path.relative(root, bestand).split(path.sep).join('/');
}

/**
 * Reads the baseline of a portfolio root.
 * @returns undefined when the root has no `opgave.baseline.json`
 * @throws ConfigFout (exit code 2) naming the file and the key for broken JSON or a wrong shape
 */
export function leesBaseline(root: string): Baseline | undefined {
    const bestand = path.join(root, BASELINE_BESTAND);
    let tekst: string;
    try {
        tekst = fs.readFileSync(bestand, 'utf8');
    } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw new ConfigFout(`${bestand}: niet te lezen (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
    }
    let data: unknown;
    try {
        data = JSON.parse(tekst.replace(/^\uFEFF/, ''));
    } catch {
        throw new ConfigFout(
            `${bestand}: geen geldige JSON. Maak het bestand opnieuw met opgave check --baseline-vastleggen (dat vervangt het).`,
        );
    }
    const r = baselineSchema.safeParse(data);
    if (!r.success) {
        const uitleg = uitlegVan(r.error.issues[0]!).replace(/\.$/, '');
        throw new ConfigFout(`${bestand}: ${uitleg}. Maak het bestand opnieuw met opgave check --baseline-vastleggen (dat vervangt het).`);
    }
    return new Map(Object.entries(r.data.bestanden).map(([f, regels]) => [f, new Map(Object.entries(regels))]));
}

/**
 * The baseline of a set of findings: their counts per file and rule (`syntaxis` left out).
 * @param root absolute portfolio root
 */
export function telBevindingen(bevindingen: readonly Bevinding[], root: string): Baseline {
    return tel(
        bevindingen,
        bevindingen.map((b) => relatief(b.uri, root)),
    );
}

/** The counts per file and rule of findings whose files (relative, `/`) are given in the same order. */
function tel(bevindingen: readonly Bevinding[], bestanden: readonly string[]): Baseline {
    const uit = new Map<string, Map<string, number>>();
    for (const [i, b] of bevindingen.entries()) {
        if (b.ruleId === NOOIT) continue;
        const f = bestanden[i]!;
        const regels = uit.get(f) ?? new Map<string, number>();
        uit.set(f, regels);
        regels.set(b.ruleId, (regels.get(b.ruleId) ?? 0) + 1);
    }
    return uit;
}

/**
 * Lowers the counts of `baseline` to those of `nu` where they went down, and drops what is gone;
 * a count never goes up (`--baseline-opschonen`).
 */
export function schoonOp(baseline: Baseline, nu: Baseline): Baseline {
    const uit = new Map<string, Map<string, number>>();
    for (const [f, regels] of baseline) {
        for (const [regel, aantal] of regels) {
            const nieuw = Math.min(aantal, nu.get(f)?.get(regel) ?? 0);
            if (nieuw > 0) {
                const r = uit.get(f) ?? new Map<string, number>();
                uit.set(f, r);
                r.set(regel, nieuw);
            }
        }
    }
    return uit;
}

/** Total number of findings in a baseline. */
export function totaal(baseline: Baseline): number {
    let n = 0;
    for (const regels of baseline.values()) for (const a of regels.values()) n += a;
    return n;
}

/** The baseline as file text: sorted keys, two-space indent, ending in a newline. */
export function baselineTekst(baseline: Baseline): string {
    const sorteer = <T>(m: ReadonlyMap<string, T>): [string, T][] => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const data = {
        $comment:
            'Gegenereerd door opgave check --baseline-vastleggen: per bestand en regel het aantal aanvaarde bevindingen. Verlaag met --baseline-opschonen.',
        versie: 1,
        bestanden: Object.fromEntries(sorteer(baseline).map(([f, regels]) => [f, Object.fromEntries(sorteer(regels))])),
    };
    return `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * Takes the findings the baseline accepts out of the check result (see the module comment).
 * @param root absolute portfolio root (the baseline's paths are relative to it)
 */
export function pasBaselineToe(resultaat: CheckResultaat, baseline: Baseline, root: string): BaselineUitkomst {
    // Each finding's file once, for the counts and for the decision.
    const bestanden = resultaat.bevindingen.map((b) => relatief(b.uri, root));
    const nu = tel(resultaat.bevindingen, bestanden);
    const opgenomen: Bevinding[] = [];
    const over: Bevinding[] = [];
    for (const [i, b] of resultaat.bevindingen.entries()) {
        const f = bestanden[i]!;
        const toegestaan = baseline.get(f)?.get(b.ruleId) ?? 0;
        if (b.ruleId !== NOOIT && (nu.get(f)?.get(b.ruleId) ?? 0) <= toegestaan) opgenomen.push(b);
        else over.push(b);
    }
    return { resultaat: { ...resultaat, bevindingen: over, inBaseline: opgenomen }, opgenomen };
}
