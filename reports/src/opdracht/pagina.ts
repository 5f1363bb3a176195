/**
 * One page per opdracht, `opdrachten/<id>.md` (uitvoer.md "Reports"): facts, the sturingsdriehoek,
 * the phases as a gantt chart with go/no-go moments and documents, the werkwijze historie, for a
 * programma the DIN, the voorscheider outcome, and the findings inside the opdracht. The sections
 * are in `secties.ts`.
 */
import type { Bevinding, CheckResultaat } from '../../../language/src/check/checker.js';
import type { Opdracht } from '../../../language/src/model/types.js';
import type { RapportOpties } from '../opties.js';
import { kop } from '../kop.js';
import { bronPlek, code, inline, naam } from '../tekst.js';
import {
    bevindingenSectie,
    dinSectie,
    fasenSectie,
    feitenSectie,
    historieSectie,
    lessenSectie,
    rollenSectie,
    voorscheiderSectie,
} from './secties.js';

/** Findings per document URI, built once per check result, and per opdracht as asked (reports ask for every opdracht up to three times). */
const perDocument = new WeakMap<CheckResultaat, { perUri: Map<string, Bevinding[]>; perOpdracht: Map<Opdracht, readonly Bevinding[]> }>();

/**
 * Findings whose start lies inside the opdracht's declaration (by line), in the checker's order.
 * Used by the page, the overview and `opdrachten.csv`.
 */
export function bevindingenVan(resultaat: CheckResultaat, o: Opdracht): readonly Bevinding[] {
    let index = perDocument.get(resultaat);
    if (!index) {
        index = { perUri: new Map(), perOpdracht: new Map() };
        for (const b of resultaat.bevindingen) {
            const lijst = index.perUri.get(b.uri);
            if (lijst) {
                lijst.push(b);
            } else {
                index.perUri.set(b.uri, [b]);
            }
        }
        perDocument.set(resultaat, index);
    }
    let eigen = index.perOpdracht.get(o);
    if (!eigen) {
        const { start, end } = o.bron.range;
        eigen = (index.perUri.get(o.bron.uri) ?? []).filter((b) => b.range.start.line >= start.line && b.range.end.line <= end.line);
        index.perOpdracht.set(o, eigen);
    }
    return eigen;
}

/** Folder depth of the page below the output folder, for links back to the overview. */
const TERUG = '../README.md';

/**
 * Renders the page of one opdracht: the generated-file header, title and source, then the
 * sections in order (those that do not apply are left out).
 * @returns Markdown with LF line endings, ending in a newline
 */
export function opdrachtPagina(resultaat: CheckResultaat, o: Opdracht, opties: RapportOpties): string {
    const uit: string[] = [
        kop(opties),
        '',
        `# Opdracht: ${inline(naam(o))} (${code(o.id)})`,
        '',
        `[← Portfolio](${TERUG}) · Bron: ${code(bronPlek(o.bron, opties.root))}`,
        '',
        ...feitenSectie(o),
        ...rollenSectie(o),
        ...fasenSectie(o, opties.peildatum),
        ...dinSectie(o),
        ...historieSectie(o),
        ...voorscheiderSectie(o),
        ...lessenSectie(o),
        ...bevindingenSectie(bevindingenVan(resultaat, o), opties.root),
    ];
    return `${uit
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd()}\n`;
}
