/**
 * Report generation (uitvoer.md "Reports"): from the check result (the resolved model and its
 * findings) to a map of relative file path → file content. Deterministic: no timestamps, only the
 * peildatum; LF line endings; everything sorted by identifier.
 */
import type { CheckResultaat } from '../../language/src/check/checker.js';
import { besluitenIcs } from './besluiten.js';
import { bevindingenPagina } from './bevindingen.js';
import { opdrachtenCsv } from './csv.js';
import { opdrachtPagina } from './opdracht/pagina.js';
import { personenPagina } from './personen.js';
import { portfolioJson, portfolioJsonSchema } from './portfolio-json.js';
import { portfolioReadme } from './readme.js';
import { spelersPagina } from './spelers.js';
import type { RapportOpties } from './opties.js';
import { opdrachtPad } from './paden.js';
import { SCHEMA_KOP_ZIN } from './kop.js';
import { opId } from './tekst.js';

export { GEGENEREERD_KOP, isEigenBegin, kop } from './kop.js';
export type { CsvOpties, RapportOpties } from './opties.js';
export { bestandsnaam, opdrachtPad } from './paden.js';

/**
 * Every report, rendered when asked: relative path (with `/`) → a function returning its content
 * (LF line endings, ending in a newline), in path order. The writer renders each page when it
 * needs it and lets it go after writing or comparing, so a run never holds all pages at once
 * (at 10,000 opdrachten they are 60 million characters, ~125 MB as JavaScript strings).
 */
export function rapportenLui(resultaat: CheckResultaat, opties: RapportOpties): Map<string, () => string> {
    const rapporten = new Map<string, () => string>();
    rapporten.set('README.md', () => portfolioReadme(resultaat, opties));
    rapporten.set('besluiten.ics', () => besluitenIcs(resultaat, opties));
    rapporten.set('bevindingen.md', () => bevindingenPagina(resultaat, opties));
    if (!opties.publiek) rapporten.set('personen.md', () => personenPagina(resultaat, opties));
    rapporten.set('spelers.md', () => spelersPagina(resultaat, opties));
    rapporten.set('portfolio.json', () => portfolioJson(resultaat, opties));
    rapporten.set('portfolio.schema.json', schemaMetKop);
    rapporten.set('opdrachten.csv', () => opdrachtenCsv(resultaat, opties, opties.csv));
    // One page per opdracht; with duplicate ids the first declaration gets the page.
    for (const o of [...resultaat.portfolio.opdrachtPerId.values()].sort(opId)) {
        rapporten.set(opdrachtPad(resultaat.portfolio, o.id), () => opdrachtPagina(resultaat, o, opties));
    }
    return new Map([...rapporten].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Generates every report.
 * @returns relative path (with `/`) → content (LF line endings, ending in a newline), in path order
 */
export function genereerRapporten(resultaat: CheckResultaat, opties: RapportOpties): Map<string, string> {
    return new Map([...rapportenLui(resultaat, opties)].map(([pad, maak]) => [pad, maak()]));
}

/** The JSON Schema of portfolio.json, with the generated-file note as `$comment`. */
function schemaMetKop(): string {
    const schema = JSON.parse(portfolioJsonSchema()) as Record<string, unknown>;
    return `${JSON.stringify({ $comment: SCHEMA_KOP_ZIN, ...schema }, null, 2)}\n`;
}
