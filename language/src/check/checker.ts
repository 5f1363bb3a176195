/**
 * The portfolio checker: parsed and linked documents in, findings out. One function serves the
 * command line and the language server, so both report exactly the same findings.
 *
 * Steps: syntax errors and unresolved references from the documents → resolved model → every
 * registered rule → severity overrides from the configuration → `// @negeer` suppressions →
 * stable order (file, line, column, rule id).
 */
import type { LangiumDocument, Reference } from 'langium';
import { AstUtils } from 'langium';
import { distance } from 'fastest-levenshtein';
import type { Range } from 'vscode-languageserver';
import * as ast from '../../generated/ast.js';
import { buildPortfolio } from '../model/bouw/index.js';
import type { Portfolio } from '../model/types.js';
import type { Locatie, LocatieMetBericht } from '../model/locatie.js';
import type { DocumentFeiten, FixData, Instellingen, RegelContext } from '../rules/context.js';
import { REGELS, type RegelId } from '../rules/index.js';
import type { Ernst, RegelInstelling } from '../rules/regel.js';
import { leesOnderdrukkingen, binnen, type Onderdrukking } from './suppressions.js';
import { syntaxFouten } from './syntax.js';

/** One finding. Ranges are 0-based LSP ranges; formats convert to 1-based lines and columns. */
export interface Bevinding {
    readonly ruleId: RegelId;
    readonly severity: Ernst;
    readonly message: string;
    readonly uri: string;
    readonly range: Range;
    readonly fix?: FixData;
}

/** A finding that a `// @negeer` comment silenced, with the reason given. */
export interface OnderdrukteBevinding {
    readonly bevinding: Bevinding;
    readonly reden: string;
}

/** Everything a check yields: the model, the findings and the silenced findings. */
export interface CheckResultaat {
    readonly portfolio: Portfolio;
    readonly bevindingen: readonly Bevinding[];
    readonly onderdrukt: readonly OnderdrukteBevinding[];
}

/** Settings of one check run. */
export interface CheckOpties extends Instellingen {
    /** Per-rule overrides from the configuration. */
    readonly regels?: Partial<Record<string, RegelInstelling>>;
}

/** Extra findings from reading files (e.g. a file that is not UTF-8), reported as `syntaxis`. */
export type LeesFout = LocatieMetBericht;

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

function onopgelosteVerwijzingen(documents: readonly LangiumDocument[], portfolio: Portfolio): DocumentFeiten['onopgelost'] {
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

/** Up to three close names: edit distance within a third of the length (at least 1), or containing each other; closest first. */
export function suggereer(naam: string, kandidaten: readonly string[]): string[] {
    if (kandidaten.length === 0) {
        return [];
    }
    const grens = Math.max(1, Math.floor(naam.length / 3));
    const dichtbij = kandidaten
        // A declaration whose name is missing after a syntax error has no name to suggest.
        .filter((k) => typeof k === 'string')
        .map((k) => ({ k, d: distance(naam.toLowerCase(), k.toLowerCase()) }))
        .filter(({ d, k }) => (d <= grens && d < naam.length) || (naam.length >= 3 && (k.includes(naam) || naam.includes(k))))
        .sort((a, b) => a.d - b.d || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
        .map(({ k }) => k);
    return [...new Set(dichtbij)].slice(0, 3);
}

/** Rules reported even inside a declaration with a syntax error (they do not depend on its completeness). */
const ALTIJD_MELDEN: ReadonlySet<string> = new Set([
    'syntaxis',
    'onbekende-verwijzing',
    'dubbele-naam',
    'negeer-zonder-reden',
    'ongeldige-datum',
]);

/** Groups items by their document URI, keeping their order. */
function perDocument<T extends { readonly uri: string }>(items: readonly T[]): Map<string, T[]> {
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
function declaratiesMetSyntaxfout(documents: readonly LangiumDocument[], fouten: readonly Locatie[]): Map<string, Range[]> {
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

function vergelijkPositie(a: Range['start'], b: Range['start']): number {
    return a.line - b.line || a.character - b.character;
}

function vergelijk(a: Bevinding, b: Bevinding): number {
    if (a.uri !== b.uri) return a.uri < b.uri ? -1 : 1;
    return (
        a.range.start.line - b.range.start.line ||
        a.range.start.character - b.range.start.character ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
    );
}

/**
 * Checks a whole portfolio.
 * @param documents every document of the portfolio, parsed and linked (any order)
 * @param opties peildatum (ISO), terms and per-rule overrides
 * @param leesFouten files that could not be read as text, reported as `syntaxis`
 * @returns model, findings (sorted) and suppressed findings; never throws on bad input
 */
export function controleerPortfolio(
    documents: readonly LangiumDocument[],
    opties: CheckOpties,
    leesFouten: readonly LeesFout[] = [],
): CheckResultaat {
    const portfolio = buildPortfolio(documents);
    const onderdrukkingen: Onderdrukking[] = [];
    const negeerFouten: DocumentFeiten['negeerFouten'][number][] = [];
    const syntax: DocumentFeiten['syntaxFouten'][number][] = [...leesFouten];
    for (const doc of documents) {
        syntax.push(...syntaxFouten(doc));
        const { geldig, fouten } = leesOnderdrukkingen(doc);
        onderdrukkingen.push(...geldig);
        negeerFouten.push(...fouten);
    }
    const documenten: DocumentFeiten = { syntaxFouten: syntax, onopgelost: onopgelosteVerwijzingen(documents, portfolio), negeerFouten };

    const alle: Bevinding[] = [];
    for (const definitie of REGELS) {
        const instelling = opties.regels?.[definitie.id];
        if (instelling === 'uit') {
            continue;
        }
        const severity: Ernst = instelling ?? definitie.ernst;
        const ctx: RegelContext = {
            portfolio,
            instellingen: opties,
            documenten,
            // The finding is bound to the rule whose check runs: a check cannot report another rule's id.
            meld: (locatie, message, fix) => {
                alle.push({ ruleId: definitie.id, severity, message, uri: locatie.uri, range: locatie.range, fix });
            },
        };
        definitie.controleer(ctx);
    }

    const bevindingen: Bevinding[] = [];
    const onderdrukt: OnderdrukteBevinding[] = [];
    const perUri = perDocument(onderdrukkingen);
    const wachtend = declaratiesMetSyntaxfout(documents, syntax);
    for (const b of alle) {
        if (!ALTIJD_MELDEN.has(b.ruleId) && wachtend.get(b.uri)?.some((bereik) => binnen(b.range, bereik))) {
            continue; // the declaration is not complete yet: its syntax error comes first
        }
        const stil = perUri.get(b.uri)?.find((o) => o.regel === b.ruleId && binnen(b.range, o.bereik));
        if (stil) {
            onderdrukt.push({ bevinding: b, reden: stil.reden });
        } else {
            bevindingen.push(b);
        }
    }
    bevindingen.sort(vergelijk);
    onderdrukt.sort((a, b) => vergelijk(a.bevinding, b.bevinding));
    return { portfolio, bevindingen, onderdrukt };
}
