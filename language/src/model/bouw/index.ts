/**
 * Builds the resolved `Portfolio` model from parsed and linked documents. This is the only place
 * that reads the AST for content; rules and reports read the model.
 *
 * The passes, one file each: `declaraties.ts` collects the complete declarations of a document
 * and builds the elements others refer to (pass 1: gemeenten, personen, spelers) and then the rest
 * (pass 2: gebieden, themas, opgaven, and opdrachten in `opdracht.ts`); `koppelen.ts` links them
 * by AST identity and fills the child lists (pass 3); `cycli.ts` marks `deel-van` cycles; the
 * voorscheider that applies follows from `../voorscheider.ts`.
 *
 * Passes 1 and 2 depend only on one document and the personen its references resolve to, so a
 * {@link ModelBouwer} keeps their elements per document and rebuilds only the documents that were
 * parsed or linked again; passes 3 and later run over the whole portfolio, but only move
 * references (no AST reading), so a rebuild after one edit costs a few milliseconds at 10,000
 * opdrachten.
 *
 * Cost is linear in the number of declarations: one pass over the documents, then one pass per
 * kind to connect parents and children, and memoised walks up the `deel-van` chains.
 */
import type { AstNode, LangiumDocument, Reference } from 'langium';
import type * as ast from '../../../generated/ast.js';
import type { Gemeente, Persoon, Portfolio, Speler } from '../types.js';
import { effectieveVoorscheider } from '../voorscheider.js';
import { markeerCycli } from './cycli.js';
import { bouwElementen, bouwOrganisatie, declaratiesVan, personenOpzoeker, type Elementen, type Organisatie } from './declaraties.js';
import { koppel } from './koppelen.js';
import { eerstePerId, volgordeOpId } from './volgorde.js';

/** Passes 1 and 2 of one document, kept while the document is not parsed again and its references resolve as before. */
interface DocumentDeel {
    /** The AST root they were built from: another root means the document was parsed again. */
    readonly root: AstNode;
    /** Pass 1: depends on the AST only. */
    readonly organisatie: Organisatie;
    /** Pass 2: depends on the AST and on what its references resolve to. */
    readonly elementen: Elementen;
    /** The targets of the document's references when pass 2 ran (only once it was linked again). */
    readonly doelen?: readonly unknown[];
}

/** What each reference of a document resolves to (AST node, or undefined), in document order. */
function verwijzingsDoelen(doc: LangiumDocument): unknown[] {
    return (doc.references as Reference[]).map((r) => r.ref);
}

function zelfde(a: readonly unknown[], b: readonly unknown[]): boolean {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Builds the model again and again for one portfolio, reusing the elements of the documents that
 * did not change. Equivalent to {@link buildPortfolio} on the same documents (the incremental
 * check's test compares them after every edit of a random edit sequence).
 */
export class ModelBouwer {
    private delen = new Map<string, DocumentDeel>();
    /** The first-per-id maps of the previous build, with the list each was made from. */
    private vorigePerId = new Map<string, { lijst: readonly { id: string }[]; map: ReadonlyMap<string, unknown> }>();
    private huidigePerId = new Map<string, { lijst: readonly { id: string }[]; map: ReadonlyMap<string, unknown> }>();

    /** `eerstePerId(lijst)`, or the previous build's map when the list holds the same elements in the same order. */
    private perId<T extends { readonly id: string }>(soort: string, lijst: readonly T[]): ReadonlyMap<string, T> {
        const vorig = this.vorigePerId.get(soort);
        const map =
            vorig && vorig.lijst.length === lijst.length && vorig.lijst.every((x, i) => x === lijst[i])
                ? (vorig.map as ReadonlyMap<string, T>)
                : eerstePerId(lijst);
        this.huidigePerId.set(soort, { lijst, map });
        return map;
    }

    /**
     * Turns the documents of one portfolio into the resolved model.
     * @param documents parsed and linked documents (any order; the result does not depend on it)
     * @param herbouwd URIs of the documents parsed or linked since the previous call; undefined:
     *   all of them. A document whose references were resolved again must be in it: its elements
     *   are kept only when every reference resolves to the same node as before (a document with
     *   an unresolved reference is linked again on every build, usually to the same result).
     * @returns the portfolio; never throws on incomplete input (missing parts are simply absent).
     *   Elements of unchanged documents are the same objects as in the previous result, with their
     *   links and child lists set again (the previous result must not be used any more).
     */
    bouw(documents: readonly LangiumDocument[], herbouwd?: ReadonlySet<string>): Portfolio {
        const gesorteerd = [...documents].sort((a, b) =>
            a.uri.toString() < b.uri.toString() ? -1 : a.uri.toString() > b.uri.toString() ? 1 : 0,
        );
        const vorige = this.delen;
        const delen = new Map<string, DocumentDeel>();
        // Pass 1 for the documents that changed, then pass 2 with the personen of all documents.
        const organisaties: { uri: string; doc: LangiumDocument; organisatie: Organisatie; oud?: DocumentDeel; doelen?: unknown[] }[] = [];
        const persoonVan = new Map<ast.Persoon, Persoon>();
        const spelerVan = new Map<ast.Speler, Speler>();
        for (const doc of gesorteerd) {
            const uri = doc.uri.toString();
            const deel = vorige.get(uri);
            const zelfdeAst = deel !== undefined && deel.root === doc.parseResult.value;
            let oud = zelfdeAst && herbouwd !== undefined && !herbouwd.has(uri) ? deel : undefined;
            let doelen: unknown[] | undefined;
            if (zelfdeAst && !oud && herbouwd !== undefined) {
                // Linked again: keep pass 2 when every reference resolves as before.
                doelen = verwijzingsDoelen(doc);
                oud = deel.doelen && zelfde(deel.doelen, doelen) ? deel : undefined;
            }
            const organisatie = zelfdeAst ? deel.organisatie : bouwOrganisatie(declaratiesVan(doc));
            organisaties.push({ uri, doc, organisatie, oud, doelen });
            for (const [k, v] of organisatie.persoonVan) persoonVan.set(k, v);
            for (const [k, v] of organisatie.spelerVan) spelerVan.set(k, v);
        }
        const opzoeker = personenOpzoeker(persoonVan);
        const elementen: Elementen = { gebiedVan: new Map(), themaVan: new Map(), opgaveVan: new Map(), opdrachtVan: new Map() };
        const gemeenten: Gemeente[] = [];
        for (const { uri, doc, organisatie, oud, doelen } of organisaties) {
            const eigen = oud?.elementen ?? bouwElementen(declaratiesVan(doc), opzoeker);
            if (oud) {
                herstelKoppelingen(eigen);
            }
            delen.set(uri, { root: doc.parseResult.value, organisatie, elementen: eigen, doelen: doelen ?? oud?.doelen });
            gemeenten.push(...organisatie.gemeenten);
            voegToe(elementen.gebiedVan, eigen.gebiedVan);
            voegToe(elementen.themaVan, eigen.themaVan);
            voegToe(elementen.opgaveVan, eigen.opgaveVan);
            voegToe(elementen.opdrachtVan, eigen.opdrachtVan);
        }
        this.delen = delen;

        const { opgaven, opdrachten } = koppel(elementen, spelerVan);
        markeerCycli(opgaven);
        for (const o of opgaven) {
            o.effectieveVoorscheider = effectieveVoorscheider(o);
        }
        gemeenten.sort(volgordeOpId);
        const personen = [...persoonVan.values()].sort(volgordeOpId);
        this.vorigePerId = this.huidigePerId;
        this.huidigePerId = new Map();
        return {
            gemeenten,
            besturingsmodel: eersteGemeente(gemeenten)?.besturingsmodel ?? 'basismodel',
            personen,
            spelers: [...spelerVan.values()].sort(volgordeOpId),
            gebieden: [...elementen.gebiedVan.values()].sort(volgordeOpId),
            themas: [...elementen.themaVan.values()].sort(volgordeOpId),
            opgaven,
            opdrachten,
            persoonPerId: this.perId('persoon', personen),
            opgavePerId: this.perId('opgave', opgaven),
            opdrachtPerId: this.perId('opdracht', opdrachten),
        };
    }
}

/**
 * Turns the documents of one portfolio into the resolved model.
 * @param documents parsed and linked documents (any order; the result does not depend on it)
 * @returns the portfolio; never throws on incomplete input (missing parts are simply absent)
 */
export function buildPortfolio(documents: readonly LangiumDocument[]): Portfolio {
    return new ModelBouwer().bouw(documents);
}

function voegToe<K, V>(doel: Map<K, V>, bron: ReadonlyMap<K, V>): void {
    for (const [k, v] of bron) {
        doel.set(k, v);
    }
}

/** Clears what pass 3 and later set on the elements of an unchanged document, before they run again. */
function herstelKoppelingen(e: Elementen): void {
    for (const t of e.themaVan.values()) {
        t.opgaven = [];
    }
    for (const o of e.opgaveVan.values()) {
        o.deelopgaven = [];
        o.opdrachten = [];
        o.inCyclus = false;
        o.effectieveVoorscheider = undefined;
    }
}

/** The gemeente declared first (by file, then line): it decides when several are declared. */
function eersteGemeente(gemeenten: readonly Gemeente[]): Gemeente | undefined {
    return [...gemeenten].sort((a, b) =>
        a.bron.uri < b.bron.uri ? -1 : a.bron.uri > b.bron.uri ? 1 : a.bron.range.start.line - b.bron.range.start.line,
    )[0];
}
