/**
 * `opdrachten.csv` (uitvoer.md "Reports"): one row per opdracht for the spreadsheets of planning &
 * control, written with csv-stringify. Options suit Excel: a UTF-8 BOM, and `;` as separator with
 * decimal commas for Dutch Excel. Cells starting with `=`, `+`, `-`, `@` are escaped so a title never
 * becomes a formula. The first row says the file is generated.
 */
import { stringify } from 'csv-stringify/sync';
import type { CheckResultaat } from '../../language/src/check/checker.js';
import type { Rolbezetting } from '../../language/src/model/types.js';
import type { CsvOpties, RapportOpties } from './opties.js';
import { csvSchrijfOpties, kopZin } from './kop.js';
import { themaVan } from '../../language/src/model/navigatie.js';
import { bevindingenVan } from './opdracht/pagina.js';
import { opId } from './tekst.js';

const KOLOMMEN = [
    'id',
    'titel',
    'opgave',
    'thema',
    'werkwijze',
    'status',
    'fase',
    'bestuurlijk-opdrachtgever',
    'ambtelijk-opdrachtgever',
    'sturingsprofessional',
    'eigenaar',
    'budget',
    'capaciteit',
    'extra-budget',
    'raadsbesluit',
    'start',
    'eind',
    'vastgesteld',
    'herijkt',
    'bevindingen',
];

/**
 * Renders `opdrachten.csv`.
 * @returns CSV text with LF row endings
 */
export function opdrachtenCsv(resultaat: CheckResultaat, opties: RapportOpties, csv: CsvOpties = {}): string {
    const scheiding = csv.scheidingsteken ?? ',';
    const getal = (n: number | undefined): string => (n === undefined ? '' : scheiding === ';' ? String(n).replace('.', ',') : String(n));
    const namen = (l: readonly Rolbezetting[] | undefined): string => (l ?? []).map((r) => r.naam).join(' ');
    // The first row is the header kop.ts recognises (same sentence, same csv-stringify options).
    const rijen: string[][] = [[kopZin(opties.peildatum)], KOLOMMEN];
    for (const o of [...resultaat.portfolio.opdrachten].sort(opId)) {
        const thema = themaVan(o.opgave);
        rijen.push([
            o.id,
            o.titel ?? '',
            o.opgave?.id ?? o.opgaveNaam ?? '',
            thema?.id ?? '',
            o.werkwijze ?? '',
            o.status ?? '',
            o.huidigeFase?.naam ?? '',
            namen(o.driehoek?.bestuurlijkOpdrachtgevers),
            namen(o.driehoek?.ambtelijkOpdrachtgevers),
            namen(o.driehoek?.sturingsprofessionals),
            o.eigenaar?.naam ?? '',
            getal(o.budget),
            getal(o.capaciteit),
            getal(o.extraBudget?.bedrag),
            o.extraBudget?.raadsbesluit ?? '',
            o.periode?.start.tekst ?? '',
            o.periode?.eind?.tekst ?? '',
            o.vastgesteld?.tekst ?? '',
            o.herijkt?.tekst ?? '',
            String(bevindingenVan(resultaat, o).length),
        ]);
    }
    return stringify(rijen, csvSchrijfOpties(scheiding, csv.bom ?? false));
}
