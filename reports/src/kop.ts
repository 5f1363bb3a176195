/**
 * The header every generated file starts with, and its recognition. Writer and recogniser live
 * here together so they cannot drift: `generate` overwrites or removes a file only when its start
 * is exactly what this module writes (uitvoer.md "Reports": each file starts with a line saying it
 * is generated and from what).
 *
 * Signatures, by extension:
 * - `.md`: the first line is exactly {@link kop} for some peildatum `JJJJ-MM-DD`.
 * - `.csv`: an optional UTF-8 BOM, then exactly the first row {@link csvKopRij} writes, for either
 *   separator (`,` quotes the sentence because it holds a comma; `;` does not).
 * - `.json`: the first line is exactly `{` and the second exactly `  "$comment": "<sentence>",` with
 *   the sentence of `portfolio.json` (any peildatum) or of `portfolio.schema.json`; that is how
 *   `JSON.stringify(…, null, 2)` writes an object whose first key is `$comment`.
 * - `.html` (site pages): the first line is exactly `<!DOCTYPE html>` and the second {@link kop}.
 * - `.svg` (diagrams of `site --svg`): the first line is exactly {@link kop} (an XML comment before the root).
 * - `.js`, `.css` (site assets): the first line is exactly a block comment holding the sentence ({@link blokKop}) with
 *   the sentence of the reports (any peildatum) or {@link SITE_MIDDEL_ZIN} (copied libraries and the
 *   site's own script and style sheet, which do not depend on the portfolio).
 * - `.ics` (the decision calendar): the first line is exactly `BEGIN:VCALENDAR`, and before the
 *   first event the calendar's `X-WR-CALDESC` (after unfolding RFC 5545 folded lines) is exactly
 *   the sentence of the reports (any peildatum), as iCalendar text (escaped or not).
 * Any other file, or one that merely mentions the marker further on, is the user's.
 */
import { stringify } from 'csv-stringify/sync';

/** Marker at the start of every generated file's header sentence. */
export const GEGENEREERD_KOP = 'Gegenereerd door opgave';

/** The header sentence of the reports generated from the sources, for a peildatum `JJJJ-MM-DD`. */
export function kopZin(peildatum: string): string {
    return `${GEGENEREERD_KOP} uit de .opgave-bestanden van dit portfolio, peildatum ${peildatum}. Niet met de hand bewerken: wijzig de bronnen en draai opgave generate.`;
}

/** The header sentence of `portfolio.schema.json` (it does not depend on the portfolio). */
export const SCHEMA_KOP_ZIN = `${GEGENEREERD_KOP} uit het zod-schema van het portfoliomodel; niet met de hand bewerken.`;

/** The header sentence of a site asset that does not depend on the portfolio (scripts, style sheet, libraries). */
export const SITE_MIDDEL_ZIN = `${GEGENEREERD_KOP}: onderdeel van de portfoliosite (opgave site); niet met de hand bewerken.`;

/** The first line of a generated script or style sheet: `sentence` in a block comment. */
export function blokKop(zin: string): string {
    return `/* ${zin} */`;
}

/** The first line of a generated Markdown file (an HTML comment, invisible when rendered). */
export function kop(opties: { readonly peildatum: string }): string {
    return `<!-- ${kopZin(opties.peildatum)} -->`;
}

/** Options for writing a CSV file (the same csv-stringify options for the header and the rows). */
export function csvSchrijfOpties(scheiding: ',' | ';', bom = false): Parameters<typeof stringify>[1] {
    return { delimiter: scheiding, bom, record_delimiter: 'unix', escape_formulas: true, quoted_match: /[\r\n]/ };
}

/** The generated first row of `opdrachten.csv` as CSV text, without BOM and without the line end. */
export function csvKopRij(peildatum: string, scheiding: ',' | ';'): string {
    return stringify([[kopZin(peildatum)]], csvSchrijfOpties(scheiding)).replace(/\n$/, '');
}

/** The second line of a generated JSON file: its `$comment` key holding `zin`. */
export function jsonKopRegel(zin: string): string {
    return `  "$comment": ${JSON.stringify(zin)},`;
}

// A peildatum stand-in that needs no CSV quoting or JSON escaping, replaced by a date pattern.
const DATUM = 'PEILDATUMXYZ';
const exact = (tekst: string): string => tekst.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(DATUM, '\\d{4}-\\d{2}-\\d{2}');
const MD = new RegExp(`^${exact(kop({ peildatum: DATUM }))}$`);
const CSV = [',', ';'].map((s) => new RegExp(`^${exact(csvKopRij(DATUM, s as ',' | ';'))}$`));
const BLOK = [new RegExp(`^${exact(blokKop(kopZin(DATUM)))}$`), new RegExp(`^${exact(blokKop(SITE_MIDDEL_ZIN))}$`)];
const ICS = new RegExp(`^${exact(kopZin(DATUM))}$`);
const JSON_REGEL = [new RegExp(`^${exact(jsonKopRegel(kopZin(DATUM)))}$`), new RegExp(`^${exact(jsonKopRegel(SCHEMA_KOP_ZIN))}$`)];

/** How many bytes of a file {@link isEigenBegin} needs at most (the header lines are far shorter). */
export const KOP_BYTES = 4096;

/**
 * True when `begin` (the first bytes of the file at `rel`, decoded as UTF-8) starts with the exact
 * header this tool writes for a file with that extension (see the module comment). Line ends may
 * be LF or CRLF (a checkout with autocrlf).
 */
export function isEigenBegin(rel: string, begin: string): boolean {
    if (rel.toLowerCase().endsWith('.ics')) {
        return isEigenKalender(begin);
    }
    const regels = begin.split('\n', 3).map((r) => r.replace(/\r$/, ''));
    const ext = rel.slice(rel.lastIndexOf('.') + 1).toLowerCase();
    if (ext === 'md' || ext === 'svg') {
        return regels.length > 1 && MD.test(regels[0]!);
    }
    if (ext === 'csv') {
        const eerste = regels[0]!.replace(/^\uFEFF/, '');
        return regels.length > 1 && CSV.some((r) => r.test(eerste));
    }
    if (ext === 'html') {
        return regels.length > 2 && regels[0] === '<!DOCTYPE html>' && MD.test(regels[1]!);
    }
    if (ext === 'js' || ext === 'css') {
        return regels.length > 1 && BLOK.some((r) => r.test(regels[0]!));
    }
    if (ext === 'json') {
        return regels.length > 2 && regels[0] === '{' && JSON_REGEL.some((r) => r.test(regels[1]!));
    }
    return false;
}

/** The text of an iCalendar TEXT value (RFC 5545 3.3.11), its escapes undone (a writer may or may not escape a comma). */
function icsTekst(waarde: string): string {
    return waarde.replace(/\\([\\;,nN])/g, (_, teken: string) => (teken === 'n' || teken === 'N' ? '\n' : teken));
}

/** The `.ics` signature of {@link isEigenBegin}: `BEGIN:VCALENDAR`, then our X-WR-CALDESC before the first event. */
function isEigenKalender(begin: string): boolean {
    const regels = begin.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
    if (regels[0] !== 'BEGIN:VCALENDAR') {
        return false;
    }
    for (const regel of regels.slice(1, 12)) {
        if (regel.startsWith('BEGIN:')) {
            return false;
        }
        if (regel.startsWith('X-WR-CALDESC:')) {
            return ICS.test(icsTekst(regel.slice('X-WR-CALDESC:'.length)));
        }
    }
    return false;
}
