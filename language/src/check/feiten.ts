/**
 * Facts about the documents themselves, not the model, that the checker gathers before it runs
 * the rules: the references that did not resolve (with name suggestions) for
 * `onbekende-verwijzing`, and the top-level declarations that contain a syntax error, whose other
 * findings wait until the declaration parses.
 */
import type { LangiumDocument, Reference } from 'langium';
import { AstUtils } from 'langium';
import type { Range } from 'vscode-languageserver';
import * as ast from '../../generated/ast.js';
import type { Locatie } from '../model/locatie.js';
import type { Portfolio } from '../model/types.js';
import type { DocumentFeiten } from '../rules/context.js';
import { suggereer } from './suggesties.js';

const SOORT_NAAM: Record<string, string> = {
    Persoon: 'persoon',
    Speler: 'speler',
    Gebied: 'gebied',
    Thema: 'thema',
    Opgave: 'opgave',
    Opdracht: 'opdracht',
    Doel: 'doel',
    Gemeente: 'gemeente',
};

/** How many unresolved references get name suggestions (bounded to keep broken files cheap). */
const MAX_SUGGESTIES = 200;

/**
 * Every reference in `documents` that did not resolve, with the kind it expects in Dutch, up to
 * three close names of that kind and, when the name exists as another kind, that kind.
 */
export function onopgelosteVerwijzingen(documents: readonly LangiumDocument[], portfolio: Portfolio): DocumentFeiten['onopgelost'] {
    // Names per kind, built only when some reference does not resolve (most checks have none).
    let namen: { perSoort: Record<string, string[]>; soortVanNaam: Map<string, string> } | undefined;
    const namenIndex = (): NonNullable<typeof namen> => {
        if (!namen) {
            const perSoort: Record<string, string[]> = {
                Persoon: portfolio.personen.map((p) => p.id),
                Speler: portfolio.spelers.map((s) => s.id),
                Gebied: portfolio.gebieden.map((g) => g.id),
                Thema: portfolio.themas.map((t) => t.id),
                Opgave: portfolio.opgaven.map((o) => o.id),
                Opdracht: portfolio.opdrachten.map((o) => o.id),
            };
            const soortVanNaam = new Map<string, string>();
            for (const [soort, lijst] of Object.entries(perSoort)) {
                for (const naam of lijst) {
                    if (!soortVanNaam.has(naam)) {
                        soortVanNaam.set(naam, soort);
                    }
                }
            }
            namen = { perSoort, soortVanNaam };
        }
        return namen;
    };
    const resultaat: DocumentFeiten['onopgelost'][number][] = [];
    for (const doc of documents) {
        const uri = doc.uri.toString();
        for (const ref of doc.references as Reference[]) {
            if (!ref.error || !ref.$refNode) {
                continue;
            }
            const info = ref.error.info;
            const soort = ast.reflection.getReferenceType(info);
            const { perSoort, soortVanNaam } = namenIndex();
            let kandidaten: string[] = perSoort[soort] ?? [];
            if (soort === 'Doel') {
                const opdracht = AstUtils.getContainerOfType(info.container, ast.isOpdracht);
                kandidaten = opdracht?.doelen.map((d) => d.name) ?? [];
            }
            const naam = ref.$refText;
            const suggesties = resultaat.length < MAX_SUGGESTIES ? suggereer(naam, kandidaten) : [];
            const andere = soortVanNaam.get(naam);
            resultaat.push({
                uri,
                range: ref.$refNode.range,
                naam,
                soort: SOORT_NAAM[soort] ?? soort.toLowerCase(),
                kandidaten: suggesties,
                andereSoort: andere && andere !== soort ? SOORT_NAAM[andere] : undefined,
            });
        }
    }
    return resultaat;
}

/** Groups items by their document URI, keeping their order. */
export function perDocument<T extends { readonly uri: string }>(items: readonly T[]): Map<string, T[]> {
    const perUri = new Map<string, T[]>();
    for (const item of items) {
        const lijst = perUri.get(item.uri);
        if (lijst) {
            lijst.push(item);
        } else {
            perUri.set(item.uri, [item]);
        }
    }
    return perUri;
}

/**
 * Ranges of top-level declarations that contain a syntax error, per document URI. Findings of
 * other rules inside them wait until the declaration parses: a half-read declaration would
 * otherwise give a cascade of "missing" findings.
 */
export function declaratiesMetSyntaxfout(documents: readonly LangiumDocument[], fouten: readonly Locatie[]): Map<string, Range[]> {
    const perUri = perDocument(fouten);
    const resultaat = new Map<string, Range[]>();
    for (const doc of documents) {
        const uri = doc.uri.toString();
        const lijst = perUri.get(uri);
        const root = doc.parseResult.value;
        if (!lijst || !ast.isPortfolio(root)) {
            continue;
        }
        // An error belongs to the last declaration that starts before it (also an error at the
        // end of the file). Declarations are in text order, so a binary search finds it.
        const declaraties = root.declaraties.map((d) => d.$cstNode?.range).filter((r): r is Range => r !== undefined);
        const geraakt = new Set<number>();
        for (const f of lijst) {
            let [laag, hoog] = [0, declaraties.length - 1];
            let gevonden = -1;
            while (laag <= hoog) {
                const midden = (laag + hoog) >> 1;
                if (vergelijkPositie(declaraties[midden]!.start, f.range.start) <= 0) {
                    gevonden = midden;
                    laag = midden + 1;
                } else {
                    hoog = midden - 1;
                }
            }
            if (gevonden >= 0) {
                geraakt.add(gevonden);
                // An error on the very first token of a declaration means the parser was still
                // inside the previous one and recovered by starting a new declaration there
                // (`2025-09-01 speler "…"` in a historie): the previous one is half-read too.
                if (gevonden > 0 && vergelijkPositie(declaraties[gevonden]!.start, f.range.start) === 0) {
                    geraakt.add(gevonden - 1);
                }
            }
        }
        resultaat.set(
            uri,
            [...geraakt].map((k) => declaraties[k]!),
        );
    }
    return resultaat;
}

/** Orders two positions in a document: negative, 0 or positive. */
export function vergelijkPositie(a: Range['start'], b: Range['start']): number {
    return a.line - b.line || a.character - b.character;
}
