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

/** A finding with its position in the checker's order. */
interface Genummerd {
    readonly b: Bevinding;
    readonly nr: number;
}

/**
 * Per check result: the findings of each document sorted by start line (with their position in
 * the checker's order), and the answer per opdracht once asked (reports ask for every opdracht
 * up to three times).
 */
const perDocument = new WeakMap<CheckResultaat, { perUri: Map<string, Genummerd[]>; perOpdracht: Map<Opdracht, readonly Bevinding[]> }>();

/**
 * Findings whose start lies inside the opdracht's declaration (by line), in the checker's order.
 * Used by the page, the overview and `opdrachten.csv`. Linear overall: each opdracht looks only
 * at the findings that start within its lines (a binary search in its document's findings), not
 * at every finding of the document.
 */
export function bevindingenVan(resultaat: CheckResultaat, o: Opdracht): readonly Bevinding[] {
    let index = perDocument.get(resultaat);
    if (!index) {
        index = { perUri: new Map(), perOpdracht: new Map() };
        resultaat.bevindingen.forEach((b, nr) => {
            const lijst = index!.perUri.get(b.uri);
            if (lijst) {
                lijst.push({ b, nr });
            } else {
                index!.perUri.set(b.uri, [{ b, nr }]);
            }
        });
        for (const lijst of index.perUri.values()) {
            lijst.sort((x, y) => x.b.range.start.line - y.b.range.start.line || x.nr - y.nr);
        }
        perDocument.set(resultaat, index);
    }
    let eigen = index.perOpdracht.get(o);
    if (!eigen) {
        const { start, end } = o.bron.range;
        const lijst = index.perUri.get(o.bron.uri) ?? [];
        // The first finding that starts on or after the opdracht's first line.
        let laag = 0;
        let hoog = lijst.length;
        while (laag < hoog) {
            const midden = (laag + hoog) >>> 1;
            if (lijst[midden]!.b.range.start.line < start.line) {
                laag = midden + 1;
            } else {
                hoog = midden;
            }
        }
        const binnen: Genummerd[] = [];
        for (let i = laag; i < lijst.length && lijst[i]!.b.range.start.line <= end.line; i++) {
            if (lijst[i]!.b.range.end.line <= end.line) {
                binnen.push(lijst[i]!);
            }
        }
        eigen = binnen.sort((x, y) => x.nr - y.nr).map((g) => g.b);
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
