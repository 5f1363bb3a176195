/**
 * Report generation (uitvoer.md "Reports"): from the check result (the resolved model and its
 * findings) to a map of relative file path → file content. Deterministic: no timestamps, only the
 * peildatum; LF line endings; everything sorted by identifier.
 */
import type { CheckResultaat } from '../../language/src/check/checker.js';
import { bevindingenPagina } from './bevindingen.js';
import { opdrachtenCsv, type CsvOpties } from './csv.js';
import { opdrachtPagina } from './opdracht.js';
import { personenPagina } from './personen.js';
import { portfolioJson, portfolioJsonSchema } from './portfolio-json.js';
import { portfolioReadme } from './readme.js';
import { spelersPagina } from './spelers.js';
import { SCHEMA_KOP_ZIN } from './kop.js';
import { opId } from './tekst.js';

export { GEGENEREERD_KOP, isEigenBegin, kop } from './kop.js';

/** Settings for generation. */
export interface RapportOpties {
    /** Reference date, ISO `YYYY-MM-DD`. */
    readonly peildatum: string;
    /** Absolute portfolio root (paths in reports are relative to it). */
    readonly root: string;
    /** Absolute output folder. */
    readonly uitvoer: string;
    /** Spreadsheet options of `opdrachten.csv`. */
    readonly csv?: CsvOpties;
}

/**
 * Generates every report.
 * @returns relative path (with `/`) → content (LF line endings, ending in a newline)
 */
export function genereerRapporten(resultaat: CheckResultaat, opties: RapportOpties): Map<string, string> {
    const rapporten = new Map<string, string>();
    rapporten.set('README.md', portfolioReadme(resultaat, opties));
    rapporten.set('bevindingen.md', bevindingenPagina(resultaat, opties));
    rapporten.set('personen.md', personenPagina(resultaat, opties));
    rapporten.set('spelers.md', spelersPagina(resultaat, opties));
    rapporten.set('portfolio.json', portfolioJson(resultaat, opties));
    rapporten.set('portfolio.schema.json', schemaMetKop());
    rapporten.set('opdrachten.csv', opdrachtenCsv(resultaat, opties, opties.csv));
    // One page per opdracht; with duplicate ids the first declaration gets the page.
    for (const o of [...resultaat.portfolio.opdrachtPerId.values()].sort(opId)) {
        rapporten.set(`opdrachten/${bestandsnaam(o.id)}.md`, opdrachtPagina(resultaat, o, opties));
    }
    return new Map([...rapporten].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The JSON Schema of portfolio.json, with the generated-file note as `$comment`. */
function schemaMetKop(): string {
    const schema = JSON.parse(portfolioJsonSchema()) as Record<string, unknown>;
    return `${JSON.stringify({ $comment: SCHEMA_KOP_ZIN, ...schema }, null, 2)}\n`;
}

/**
 * A file name for an identifier: identifiers are letters, digits, `_` and `-` (taal.md), which are
 * safe everywhere; anything else is replaced, and names Windows reserves get a suffix.
 */
export function bestandsnaam(id: string): string {
    const veilig = id.replace(/[^\p{L}\p{N}_-]/gu, '_');
    return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(veilig) ? `${veilig}_` : veilig;
}
