/**
 * Passes 1 and 2 of the builder: the declarations of the documents as model elements, before
 * they are linked to each other (see `koppelen.ts`).
 */
import type { LangiumDocument } from 'langium';
import * as ast from '../../../generated/ast.js';
import type { Gebied, Gemeente, Persoon, Speler, Thema, Voorscheider } from '../types.js';
import { bron } from './bron.js';
import { bouwOpdracht } from './opdracht.js';
import type { GeschrevenDeclaratie, InBouw, OpdrachtInBouw, OpgaveInBouw, Personen } from './typen.js';

/**
 * The complete top-level declarations of one document, in document order. A declaration without
 * a name is one the parser could not complete; it is left out.
 */
export function declaratiesVan(doc: LangiumDocument): GeschrevenDeclaratie[] {
    const root = doc.parseResult.value;
    if (!ast.isPortfolio(root)) {
        return [];
    }
    const uri = doc.uri.toString();
    return root.declaraties.filter((decl) => decl.name).map((decl) => ({ decl, uri }));
}

/** Pass 1 of one document: the declarations that others refer to, in declaration order. */
export interface Organisatie {
    readonly gemeenten: Gemeente[];
    /** Personen by their AST node (in declaration order), for resolving references to them. */
    readonly persoonVan: Map<ast.Persoon, Persoon>;
    /** Spelers by their AST node (in declaration order), for resolving `spelers` references. */
    readonly spelerVan: Map<ast.Speler, Speler>;
}

/** Pass 1: gemeenten, personen and spelers of the given declarations. */
export function bouwOrganisatie(declaraties: readonly GeschrevenDeclaratie[]): Organisatie {
    const gemeenten: Gemeente[] = [];
    const persoonVan = new Map<ast.Persoon, Persoon>();
    const spelerVan = new Map<ast.Speler, Speler>();
    for (const { decl, uri } of declaraties) {
        if (ast.isGemeente(decl)) {
            gemeenten.push({ id: decl.name, titel: decl.titel, besturingsmodel: decl.besturingsmodel, bron: bron(decl, uri) });
        } else if (ast.isPersoon(decl)) {
            persoonVan.set(decl, { id: decl.name, titel: decl.titel, functies: decl.functies, fte: decl.fte, bron: bron(decl, uri) });
        } else if (ast.isSpeler(decl)) {
            spelerVan.set(decl, { id: decl.name, titel: decl.titel, soort: decl.soort, positie: decl.positie, bron: bron(decl, uri) });
        }
    }
    return { gemeenten, persoonVan, spelerVan };
}

/** Resolves references to the personen and spelers of the whole portfolio (pass 1 of every document). */
export function personenOpzoeker(persoonVan: ReadonlyMap<ast.Persoon, Persoon>, spelerVan: ReadonlyMap<ast.Speler, Speler>): Personen {
    const persoon: Personen['persoon'] = (ref) => {
        const target = ref?.ref;
        return target ? persoonVan.get(target) : undefined;
    };
    return {
        persoon,
        rol: (ref, uri, owner) => ({ naam: ref.$refText, persoon: persoon(ref), bron: bron(owner, uri, ref.$refNode) }),
        betrokkene: (ref, uri, owner) => {
            const target = ref.ref;
            return {
                naam: ref.$refText,
                persoon: ast.isPersoon(target) ? persoonVan.get(target) : undefined,
                speler: ast.isSpeler(target) ? spelerVan.get(target) : undefined,
                bron: bron(owner, uri, ref.$refNode),
            };
        },
    };
}

/**
 * Pass 2: gebieden, themas, opgaven and opdrachten, by their AST node (in declaration order).
 * References to personen are resolved; those between these elements are left for pass 3.
 */
export interface Elementen {
    readonly gebiedVan: Map<ast.Gebied, Gebied>;
    readonly themaVan: Map<ast.Thema, InBouw<Thema>>;
    readonly opgaveVan: Map<ast.Opgave, OpgaveInBouw>;
    readonly opdrachtVan: Map<ast.Opdracht, OpdrachtInBouw>;
}

/** Pass 2: see `Elementen`. */
export function bouwElementen(declaraties: readonly GeschrevenDeclaratie[], personen: Personen): Elementen {
    const elementen: Elementen = { gebiedVan: new Map(), themaVan: new Map(), opgaveVan: new Map(), opdrachtVan: new Map() };
    for (const { decl, uri } of declaraties) {
        if (ast.isGebied(decl)) {
            elementen.gebiedVan.set(decl, {
                id: decl.name,
                titel: decl.titel,
                schaal: decl.schaal,
                gebiedsmanager: personen.persoon(decl.gebiedsmanager),
                bron: bron(decl, uri),
            });
        } else if (ast.isThema(decl)) {
            elementen.themaVan.set(decl, {
                id: decl.name,
                titel: decl.titel,
                soort: decl.soort,
                opgavemanager: personen.persoon(decl.opgavemanager),
                opgavemanagerNaam: decl.opgavemanager?.$refText,
                opgaven: [],
                bron: bron(decl, uri),
            });
        } else if (ast.isOpgave(decl)) {
            elementen.opgaveVan.set(decl, bouwOpgave(decl, uri));
        } else if (ast.isOpdracht(decl)) {
            elementen.opdrachtVan.set(decl, bouwOpdracht(decl, uri, personen));
        }
    }
    return elementen;
}

/** An opgave without its links (thema, deel-van, gebieden, spelers, children: pass 3). */
function bouwOpgave(decl: ast.Opgave, uri: string): OpgaveInBouw {
    return {
        id: decl.name,
        titel: decl.titel,
        themaNaam: decl.thema?.$refText,
        deelVanNaam: decl.deelVan?.$refText,
        deelopgaven: [],
        gebieden: [],
        kenmerken: decl.kenmerken,
        bedoeling: decl.bedoeling,
        huidigeSituatie: decl.huidigeSituatie,
        gewensteSituatie: decl.gewensteSituatie,
        spelers: [],
        spelersGenoemd: decl.spelers.length,
        prioriteit: decl.prioriteit,
        voorscheider: decl.voorscheider ? voorscheider(decl.voorscheider, uri) : undefined,
        opdrachten: [],
        inCyclus: false,
        bron: bron(decl, uri),
    };
}

function voorscheider(node: ast.Voorscheider, uri: string): Voorscheider {
    return { idee: node.idee, netwerk: node.netwerk, besluitvorming: node.besluitvorming, bron: bron(node, uri) };
}
