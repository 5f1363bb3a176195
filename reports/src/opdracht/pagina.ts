/**
 * One page per opdracht, `opdrachten/<id>.md` (uitvoer.md "Reports"): facts, the sturingsdriehoek,
 * the phases as a gantt chart with go/no-go moments and documents, the werkwijze historie, for a
 * programma the DIN, the voorscheider outcome, and the findings inside the opdracht. The sections
 * are in `secties.ts`.
 */
import type { Bevinding, CheckResultaat } from '../../../language/src/check/checker.js';
import type { Bron, Opdracht } from '../../../language/src/model/types.js';
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

function indexVan(resultaat: CheckResultaat): { perUri: Map<string, Genummerd[]>; perOpdracht: Map<Opdracht, readonly Bevinding[]> } {
    let index = perDocument.get(resultaat);
    if (!index) {
        const perUri = new Map<string, Genummerd[]>();
        resultaat.bevindingen.forEach((b, nr) => {
            const lijst = perUri.get(b.uri);
            if (lijst) {
                lijst.push({ b, nr });
            } else {
                perUri.set(b.uri, [{ b, nr }]);
            }
        });
        for (const lijst of perUri.values()) {
            lijst.sort((x, y) => x.b.range.start.line - y.b.range.start.line || x.nr - y.nr);
        }
        index = { perUri, perOpdracht: new Map() };
        perDocument.set(resultaat, index);
    }
    return index;
}

/**
 * Findings that lie inside a declaration (they start and end on its lines), in the checker's
 * order. Linear overall: a binary search in the findings of the declaration's document, sorted
 * once per check result, then only the findings within its lines.
 * @param bron the declaration (an opdracht, opgave, thema …)
 */
export function bevindingenIn(resultaat: CheckResultaat, bron: Bron): readonly Bevinding[] {
    const { start, end } = bron.range;
    const lijst = indexVan(resultaat).perUri.get(bron.uri) ?? [];
    // The first finding that starts on or after the declaration's first line.
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
    return binnen.sort((x, y) => x.nr - y.nr).map((g) => g.b);
}

/**
 * Findings inside the opdracht's declaration, in the checker's order (`bevindingenIn` of its
 * declaration, kept per opdracht). Used by the page, the overview,
 * `opdrachten.csv` and the editor's portfolio tree.
 */
export function bevindingenVan(resultaat: CheckResultaat, o: Opdracht): readonly Bevinding[] {
    const index = indexVan(resultaat);
    let eigen = index.perOpdracht.get(o);
    if (!eigen) {
        eigen = bevindingenIn(resultaat, o.bron);
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
