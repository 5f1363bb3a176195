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
    Betrokkene: 'persoon of speler',
    Gebied: 'gebied',
    Thema: 'thema',
    Opgave: 'opgave',
    Opdracht: 'opdracht',
    Doel: 'doel',
    Gemeente: 'gemeente',
};

/** How many unresolved references get name suggestions (bounded to keep broken files cheap). */
const MAX_SUGGESTIES = 200;

/** The references of a linked document that did not resolve (in document order). */
export function fouteVerwijzingen(doc: LangiumDocument): readonly Reference[] {
    return (doc.references as Reference[]).filter((ref) => ref.error !== undefined && ref.$refNode !== undefined);
}

/** The names of the portfolio per kind of reference target (AST type name), for suggestions. */
interface NamenIndex {
    readonly perSoort: Record<string, readonly string[]>;
    /** The kind each name is declared as first (in the order Persoon, Speler, Gebied, Thema, Opgave, Opdracht). */
    readonly soortVanNaam: ReadonlyMap<string, string>;
}

/** The model lists the names of each kind come from. */
function lijstenVan(portfolio: Portfolio): Record<string, readonly { readonly id: string }[]> {
    return {
        Persoon: portfolio.personen,
        Speler: portfolio.spelers,
        Gebied: portfolio.gebieden,
        Thema: portfolio.themas,
        Opgave: portfolio.opgaven,
        Opdracht: portfolio.opdrachten,
    };
}

function zelfdeNamen(a: readonly string[] | undefined, b: readonly string[]): boolean {
    return a === b || (a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]));
}

/**
 * Memory of the name suggestions between checks of one portfolio: the suggestions for a name of
 * one kind stay valid while the names of that kind stay the same. Suggestions cost an edit
 * distance against every name of the kind, so without memory a portfolio with many unresolved
 * references would pay that on every edit.
 */
export class SuggestieGeheugen {
    private index?: NamenIndex;
    private readonly perSoort = new Map<string, Map<string, readonly string[]>>();
    private lijsten: Record<string, readonly unknown[]> = {};

    /** The names index of `portfolio`; the kept one (and its suggestions) when the names did not change. */
    namenIndex(portfolio: Portfolio): NamenIndex {
        const lijsten = lijstenVan(portfolio);
        const oud = this.index;
        let gelijk = oud !== undefined;
        const perSoort: Record<string, readonly string[]> = {};
        for (const [soort, lijst] of Object.entries(lijsten)) {
            // The model keeps a list that did not change as the same array: then so are its names.
            const vorige = this.lijsten[soort];
            const namen = vorige === lijst && oud?.perSoort[soort] ? oud.perSoort[soort] : lijst.map((x) => x.id);
            perSoort[soort] = namen;
            if (!zelfdeNamen(oud?.perSoort[soort], namen)) {
                this.perSoort.delete(soort);
                if (soort === 'Persoon' || soort === 'Speler') {
                    // `afgestemd-met` suggests from both kinds.
                    this.perSoort.delete('Betrokkene');
                }
                gelijk = false;
            }
        }
        this.lijsten = lijsten;
        if (gelijk && oud) {
            return oud;
        }
        const soortVanNaam = new Map<string, string>();
        for (const [soort, lijst] of Object.entries(perSoort)) {
            for (const naam of lijst) {
                if (!soortVanNaam.has(naam)) {
                    soortVanNaam.set(naam, soort);
                }
            }
        }
        this.index = { perSoort, soortVanNaam };
        return this.index;
    }

    /** {@link suggereer} for `naam` among the names of `soort`, remembered while those names stay the same. */
    suggesties(soort: string, naam: string, kandidaten: readonly string[]): readonly string[] {
        let cache = this.perSoort.get(soort);
        if (!cache) {
            cache = new Map();
            this.perSoort.set(soort, cache);
        }
        let uitkomst = cache.get(naam);
        if (!uitkomst) {
            uitkomst = suggereer(naam, kandidaten);
            cache.set(naam, uitkomst);
        }
        return uitkomst;
    }
}

/**
 * Every reference that did not resolve, with the kind it expects in Dutch, up to three close
 * names of that kind and, when the name exists as another kind, that kind.
 * @param perDocument per document URI its unresolved references ({@link fouteVerwijzingen}), documents in check order
 * @param geheugen suggestions kept from earlier checks of the same portfolio (a fresh one: none)
 */
export function onopgelosteVerwijzingen(
    perDocument: Iterable<readonly [string, readonly Reference[]]>,
    portfolio: Portfolio,
    geheugen: SuggestieGeheugen = new SuggestieGeheugen(),
): DocumentFeiten['onopgelost'] {
    // Names per kind, built only when some reference does not resolve (most checks have none).
    let namen: NamenIndex | undefined;
    const resultaat: DocumentFeiten['onopgelost'][number][] = [];
    for (const [uri, refs] of perDocument) {
        for (const ref of refs) {
            if (!ref.error || !ref.$refNode) {
                continue;
            }
            const info = ref.error.info;
            const soort = ast.reflection.getReferenceType(info);
            const { perSoort, soortVanNaam } = (namen ??= geheugen.namenIndex(portfolio));
            const naam = ref.$refText;
            let suggesties: readonly string[] = [];
            if (resultaat.length < MAX_SUGGESTIES) {
                if (soort === 'Doel') {
                    const opdracht = AstUtils.getContainerOfType(info.container, ast.isOpdracht);
                    suggesties = suggereer(naam, opdracht?.doelen.map((d) => d.name) ?? []);
                } else if (soort === 'Betrokkene') {
                    suggesties = geheugen.suggesties(soort, naam, [...(perSoort['Persoon'] ?? []), ...(perSoort['Speler'] ?? [])]);
                } else {
                    suggesties = geheugen.suggesties(soort, naam, perSoort[soort] ?? []);
                }
            }
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
