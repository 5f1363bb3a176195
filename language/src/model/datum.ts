/**
 * Date helpers on ISO `YYYY-MM-DD` text. Dates are calendar dates without time zone; comparing
 * valid ISO texts as strings compares them chronologically.
 */
import type { Datum } from './types.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month (1–12) of a year, honouring leap years. */
function dagenInMaand(jaar: number, maand: number): number {
    if (maand === 2) {
        return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0 ? 29 : 28;
    }
    return maand === 4 || maand === 6 || maand === 9 || maand === 11 ? 30 : 31;
}

/** True when `tekst` is `YYYY-MM-DD` and a real calendar date. */
export function isGeldigeDatum(tekst: string): boolean {
    const m = ISO.exec(tekst);
    if (!m) {
        return false;
    }
    const [jaar, maand, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return maand >= 1 && maand <= 12 && dag >= 1 && dag <= dagenInMaand(jaar, maand);
}

/** Wraps written date text as a `Datum`. */
export function datum(tekst: string): Datum {
    return { tekst, geldig: isGeldigeDatum(tekst) };
}

/**
 * Adds whole calendar months to a valid ISO date; a day past the end of the target month is
 * clamped to its last day (2025-01-31 + 1 month = 2025-02-28).
 * @throws Error when `tekst` is not a valid ISO date.
 */
export function plusMaanden(tekst: string, maanden: number): string {
    const m = ISO.exec(tekst);
    if (!m || !isGeldigeDatum(tekst)) {
        throw new Error(`Geen geldige datum: ${tekst}`);
    }
    const totaal = Number(m[1]) * 12 + (Number(m[2]) - 1) + maanden;
    const jaar = Math.floor(totaal / 12);
    const maand = (totaal % 12) + 1;
    const dag = Math.min(Number(m[3]), dagenInMaand(jaar, maand));
    return `${String(jaar).padStart(4, '0')}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}

/** Today's date in the local time zone as ISO text (the default peildatum). */
export function vandaag(): string {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
