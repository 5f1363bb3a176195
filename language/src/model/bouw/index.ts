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
import type { Bron, Gebied, Gemeente, Opdracht, Persoon, Portfolio, Speler, Thema } from '../types.js';
import { eersteGemeente } from '../navigatie.js';
import { effectieveVoorscheider } from '../voorscheider.js';
import { markeerCycli } from './cycli.js';
import { bouwElementen, bouwOrganisatie, declaratiesVan, personenOpzoeker, type Elementen, type Organisatie } from './declaraties.js';
import { koppel } from './koppelen.js';
import type { InBouw, OpdrachtInBouw, OpgaveInBouw } from './typen.js';
import { volgordeOpId } from './volgorde.js';

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
    /** The gemeenten of all documents, sorted (made again when a document's pass 1 changes). */
    private gemeenten?: Gemeente[];
    /** What the previous build kept for the next one: maps, sorted lists and first-per-id maps. */
    private stand?: Stand;
    /**
     * The opdrachten the last build made and the ones it dropped (their documents were built again
     * or are gone), for indexes kept across builds; undefined after a build from scratch.
     */
    laatsteWijziging?: ModelWijziging;
    /** Opdracht → the opdrachten whose inspanningen name it (made on the first incremental build). */
    private verwijzers?: Map<OpdrachtInBouw, Set<OpdrachtInBouw>>;

    /**
     * Turns the documents of one portfolio into the resolved model.
     * @param documents parsed and linked documents (any order; the result does not depend on it)
     * @param herbouwd URIs of the documents parsed or linked since the previous call; undefined:
     *   all of them. A document whose references were resolved again must be in it: its elements
     *   are kept only when every reference resolves to the same node as before (a document with
     *   an unresolved reference is linked again on every build, usually to the same result).
     * @returns the portfolio; never throws on incomplete input (missing parts are simply absent).
     *   Elements of unchanged documents are the same objects as in the previous result, with their
     *   links and child lists set again; the previous result's lists and maps are reused too, so
     *   the previous result must not be used any more.
     */
    bouw(documents: readonly LangiumDocument[], herbouwd?: ReadonlySet<string>): Portfolio {
        const incrementeel = herbouwd !== undefined && this.stand !== undefined;
        const stand = incrementeel && this.stand ? this.stand : nieuweStand();
        const delen = incrementeel ? this.delen : new Map<string, DocumentDeel>();
        // The documents to look at: all on a build from scratch; else those built again, new or gone.
        const bekeken: { uri: string; doc: LangiumDocument; deel?: DocumentDeel }[] = [];
        let behouden = 0;
        for (const doc of documents) {
            const uri = doc.uri.toString();
            const deel = incrementeel ? delen.get(uri) : undefined;
            if (deel && deel.root === doc.parseResult.value && !herbouwd!.has(uri)) {
                behouden++;
            } else {
                bekeken.push({ uri, doc, deel });
            }
        }
        const weg: DocumentDeel[] = [];
        if (behouden + bekeken.filter((b) => b.deel).length < delen.size) {
            const aanwezig = new Set(documents.map((d) => d.uri.toString()));
            for (const [uri, deel] of delen) {
                if (!aanwezig.has(uri)) {
                    weg.push(deel);
                    delen.delete(uri);
                }
            }
        }
        // Pass 1 for the documents parsed again, then pass 2 with the personen of all documents.
        const opnieuw: { uri: string; doc: LangiumDocument; organisatie: Organisatie; oud?: DocumentDeel; doelen?: unknown[] }[] = [];
        const nieuw1: Organisatie[] = [];
        const weg1: Organisatie[] = weg.map((d) => d.organisatie);
        for (const { uri, doc, deel } of bekeken) {
            const zelfdeAst = deel !== undefined && deel.root === doc.parseResult.value;
            let oud: DocumentDeel | undefined;
            let doelen: unknown[] | undefined;
            if (zelfdeAst) {
                // Linked again: keep pass 2 when every reference resolves as before.
                doelen = verwijzingsDoelen(doc);
                oud = deel.doelen && zelfde(deel.doelen, doelen) ? deel : undefined;
            } else if (deel) {
                weg1.push(deel.organisatie);
            }
            const organisatie = zelfdeAst ? deel.organisatie : bouwOrganisatie(declaratiesVan(doc));
            if (!zelfdeAst) {
                nieuw1.push(organisatie);
            }
            opnieuw.push({ uri, doc, organisatie, oud, doelen });
        }
        // Pass 1 of the documents that are gone or were parsed again leaves the maps and lists.
        for (const o of weg1) {
            verwijder(stand.persoonVan, o.persoonVan);
            verwijder(stand.spelerVan, o.spelerVan);
        }
        for (const o of nieuw1) {
            voegToe(stand.persoonVan, o.persoonVan);
            voegToe(stand.spelerVan, o.spelerVan);
        }
        const opzoeker = personenOpzoeker(stand.persoonVan, stand.spelerVan);
        const nieuw2: Elementen[] = [];
        const weg2: Elementen[] = weg.map((d) => d.elementen);
        for (const { uri, doc, organisatie, oud, doelen } of opnieuw) {
            let eigen: Elementen;
            if (oud) {
                eigen = oud.elementen;
            } else {
                eigen = bouwElementen(declaratiesVan(doc), opzoeker);
                nieuw2.push(eigen);
                const vorig = delen.get(uri);
                if (vorig) {
                    weg2.push(vorig.elementen);
                }
            }
            delen.set(uri, { root: doc.parseResult.value, organisatie, elementen: eigen, doelen: doelen ?? oud?.doelen });
        }
        if (!incrementeel || nieuw1.length > 0 || weg1.length > 0 || !this.gemeenten) {
            this.gemeenten = [...delen.values()].flatMap((d) => d.organisatie.gemeenten).sort(volgordeOpId);
        }
        const gemeenten = this.gemeenten;
        this.delen = delen;
        // Pass 2 of the documents that are gone or were built again leaves the maps and lists.
        for (const e of weg2) {
            verwijder(stand.elementen.gebiedVan, e.gebiedVan);
            verwijder(stand.elementen.themaVan, e.themaVan);
            verwijder(stand.elementen.opgaveVan, e.opgaveVan);
            verwijder(stand.elementen.opdrachtVan, e.opdrachtVan);
        }
        for (const e of nieuw2) {
            voegToe(stand.elementen.gebiedVan, e.gebiedVan);
            voegToe(stand.elementen.themaVan, e.themaVan);
            voegToe(stand.elementen.opgaveVan, e.opgaveVan);
            voegToe(stand.elementen.opdrachtVan, e.opdrachtVan);
        }
        stand.personen = bijgewerkt(
            stand.personen,
            weg1.map((o) => o.persoonVan),
            nieuw1.map((o) => o.persoonVan),
        );
        stand.spelers = bijgewerkt(
            stand.spelers,
            weg1.map((o) => o.spelerVan),
            nieuw1.map((o) => o.spelerVan),
        );
        stand.gebieden = bijgewerkt(
            stand.gebieden,
            weg2.map((e) => e.gebiedVan),
            nieuw2.map((e) => e.gebiedVan),
        );
        stand.themas = bijgewerkt(
            stand.themas,
            weg2.map((e) => e.themaVan),
            nieuw2.map((e) => e.themaVan),
        );
        stand.opgaven = bijgewerkt(
            stand.opgaven,
            weg2.map((e) => e.opgaveVan),
            nieuw2.map((e) => e.opgaveVan),
        );
        stand.opdrachten = bijgewerkt(
            stand.opdrachten,
            weg2.map((e) => e.opdrachtVan),
            nieuw2.map((e) => e.opdrachtVan),
        );
        bijwerkenPerId(
            stand.persoonPerId,
            stand.personen,
            weg1.map((o) => o.persoonVan),
            nieuw1.map((o) => o.persoonVan),
        );
        bijwerkenPerId(
            stand.opgavePerId,
            stand.opgaven,
            weg2.map((e) => e.opgaveVan),
            nieuw2.map((e) => e.opgaveVan),
        );
        bijwerkenPerId(
            stand.opdrachtPerId,
            stand.opdrachten,
            weg2.map((e) => e.opdrachtVan),
            nieuw2.map((e) => e.opdrachtVan),
        );
        this.stand = stand;

        let opgaven: OpgaveInBouw[];
        let opdrachten: OpdrachtInBouw[];
        this.laatsteWijziging = undefined;
        if (incrementeel) {
            this.verwijzers ??= verwijzersVan(stand.opdrachten);
            const nieuweOpdrachten = nieuw2.flatMap((e) => [...e.opdrachtVan.values()]);
            const nieuwSet = new Set(nieuweOpdrachten);
            const opnieuw = koppelOpnieuw(stand, weg2, nieuw2, this.verwijzers);
            this.laatsteWijziging = {
                nieuweOpdrachten,
                wegOpdrachten: weg2.flatMap((e) => [...e.opdrachtVan.values()]),
                herkoppeld: [...opnieuw].filter((o) => !nieuwSet.has(o)),
            };
            ({ opgaven, opdrachten } = stand);
        } else {
            this.verwijzers = undefined;
            ({ opgaven, opdrachten } = koppel(stand.elementen, stand.spelerVan, stand));
        }
        markeerCycli(opgaven);
        for (const o of opgaven) {
            o.effectieveVoorscheider = effectieveVoorscheider(o);
        }
        return {
            gemeenten,
            besturingsmodel: eersteGemeente(gemeenten)?.besturingsmodel ?? 'basismodel',
            personen: stand.personen,
            spelers: stand.spelers,
            gebieden: stand.gebieden,
            themas: stand.themas,
            opgaven,
            opdrachten,
            persoonPerId: stand.persoonPerId,
            opgavePerId: stand.opgavePerId,
            opdrachtPerId: stand.opdrachtPerId,
        };
    }
}

/**
 * What one incremental build changed about the opdrachten: those made (new objects), those
 * dropped (objects of the previous build) and the kept ones whose opgave or inspanning target was
 * replaced by a new object (linked again). Every other opdracht is the same object with the same
 * links; what changed around it (its opgave's other opdrachten, the chain up) is for the reader
 * to compare.
 */
export interface ModelWijziging {
    readonly nieuweOpdrachten: readonly Opdracht[];
    readonly wegOpdrachten: readonly Opdracht[];
    readonly herkoppeld: readonly Opdracht[];
}

/** The whole-portfolio maps and sorted lists a {@link ModelBouwer} keeps between builds. */
interface Stand {
    readonly persoonVan: Map<ast.Persoon, Persoon>;
    readonly spelerVan: Map<ast.Speler, Speler>;
    readonly elementen: Elementen;
    personen: Persoon[];
    spelers: Speler[];
    gebieden: Gebied[];
    themas: InBouw<Thema>[];
    opgaven: OpgaveInBouw[];
    opdrachten: OpdrachtInBouw[];
    readonly persoonPerId: Map<string, Persoon>;
    readonly opgavePerId: Map<string, OpgaveInBouw>;
    readonly opdrachtPerId: Map<string, OpdrachtInBouw>;
}

function nieuweStand(): Stand {
    return {
        persoonVan: new Map(),
        spelerVan: new Map(),
        elementen: { gebiedVan: new Map(), themaVan: new Map(), opgaveVan: new Map(), opdrachtVan: new Map() },
        personen: [],
        spelers: [],
        gebieden: [],
        themas: [],
        opgaven: [],
        opdrachten: [],
        persoonPerId: new Map(),
        opgavePerId: new Map(),
        opdrachtPerId: new Map(),
    };
}

function verwijder<K, V>(doel: Map<K, V>, bron: ReadonlyMap<K, V>): void {
    for (const k of bron.keys()) {
        doel.delete(k);
    }
}

/**
 * A list sorted with `volgordeOpId`, without the elements of `weg` and with those of `nieuw`.
 * The kept elements stay in order, so the sort merges one long sorted run with the few new ones.
 */
function bijgewerkt<T extends { readonly id: string; readonly bron: Bron }>(
    lijst: T[],
    weg: readonly ReadonlyMap<unknown, T>[],
    nieuw: readonly ReadonlyMap<unknown, T>[],
): T[] {
    if (weg.every((m) => m.size === 0) && nieuw.every((m) => m.size === 0)) {
        return lijst;
    }
    const wegSet = new Set<T>();
    for (const m of weg) {
        for (const x of m.values()) {
            wegSet.add(x);
        }
    }
    const uit = wegSet.size === 0 ? [...lijst] : lijst.filter((x) => !wegSet.has(x));
    for (const m of nieuw) {
        uit.push(...m.values());
    }
    return uit.sort(volgordeOpId);
}

/**
 * Brings a first-per-id map up to date for the ids of the elements that left or came, from the
 * sorted list (the first with an id is the first of its run; found by binary search).
 */
function bijwerkenPerId<T extends { readonly id: string }>(
    map: Map<string, T>,
    lijst: readonly T[],
    weg: readonly ReadonlyMap<unknown, T>[],
    nieuw: readonly ReadonlyMap<unknown, T>[],
): void {
    const ids = new Set<string>();
    for (const m of [...weg, ...nieuw]) {
        for (const x of m.values()) {
            ids.add(x.id);
        }
    }
    for (const id of ids) {
        let [laag, hoog] = [0, lijst.length];
        while (laag < hoog) {
            const midden = (laag + hoog) >> 1;
            if (lijst[midden]!.id < id) {
                laag = midden + 1;
            } else {
                hoog = midden;
            }
        }
        const eerste = lijst[laag];
        if (eerste && eerste.id === id) {
            map.set(id, eerste);
        } else {
            map.delete(id);
        }
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

/** Opdracht → the opdrachten whose inspanningen name it, from the links as they are. */
function verwijzersVan(opdrachten: readonly OpdrachtInBouw[]): Map<OpdrachtInBouw, Set<OpdrachtInBouw>> {
    const verwijzers = new Map<OpdrachtInBouw, Set<OpdrachtInBouw>>();
    for (const o of opdrachten) {
        for (const i of o.inspanningen) {
            if (i.opdracht) {
                voegVerwijzerToe(verwijzers, i.opdracht as OpdrachtInBouw, o);
            }
        }
    }
    return verwijzers;
}

function voegVerwijzerToe(verwijzers: Map<OpdrachtInBouw, Set<OpdrachtInBouw>>, doel: OpdrachtInBouw, bron: OpdrachtInBouw): void {
    const set = verwijzers.get(doel);
    if (set) {
        set.add(bron);
    } else {
        verwijzers.set(doel, new Set([bron]));
    }
}

/**
 * Pass 3 again after some documents were built again (`weg`: their previous elements, `nieuw`:
 * the new ones), on the kept maps and sorted lists of `stand`. The opgaven (a tenth of the
 * opdrachten) are linked again as a whole. Of the opdrachten only those are linked again that
 * are new, or whose opgave or inspanning target was replaced; the opdracht lists of the opgaven
 * they leave or join are updated. Same result as `koppel` on the same elements.
 * @returns the opdrachten linked again (the new ones among them)
 */
function koppelOpnieuw(
    stand: Stand,
    weg: readonly Elementen[],
    nieuw: readonly Elementen[],
    verwijzers: Map<OpdrachtInBouw, Set<OpdrachtInBouw>>,
): ReadonlySet<OpdrachtInBouw> {
    const { gebiedVan, themaVan, opgaveVan, opdrachtVan } = stand.elementen;
    for (const [decl, o] of opgaveVan) {
        o.thema = decl.thema?.ref ? themaVan.get(decl.thema.ref) : undefined;
        o.deelVan = decl.deelVan?.ref ? opgaveVan.get(decl.deelVan.ref) : undefined;
        o.gebieden = decl.gebieden.map((r) => (r.ref ? gebiedVan.get(r.ref) : undefined)).filter((g) => g !== undefined);
        o.spelers = decl.spelers.map((r) => (r.ref ? stand.spelerVan.get(r.ref) : undefined)).filter((x) => x !== undefined);
        o.deelopgaven = [];
        o.inCyclus = false;
        o.effectieveVoorscheider = undefined;
    }
    for (const t of themaVan.values()) {
        t.opgaven = [];
    }
    for (const o of stand.opgaven) {
        o.thema?.opgaven.push(o);
        o.deelVan?.deelopgaven.push(o);
    }

    const wegOpgaven = new Set<OpgaveInBouw>();
    const wegOpdrachten = new Set<OpdrachtInBouw>();
    for (const e of weg) {
        e.opgaveVan.forEach((o) => wegOpgaven.add(o));
        e.opdrachtVan.forEach((o) => wegOpdrachten.add(o));
    }
    // To link: the new opdrachten, and those whose opgave or inspanning target is replaced.
    const opnieuw = new Set<OpdrachtInBouw>();
    for (const e of nieuw) {
        e.opdrachtVan.forEach((o) => opnieuw.add(o));
    }
    for (const w of wegOpgaven) {
        for (const o of w.opdrachten as OpdrachtInBouw[]) {
            if (!wegOpdrachten.has(o)) {
                opnieuw.add(o);
            }
        }
    }
    const geraakt = new Set<OpgaveInBouw>();
    for (const w of wegOpdrachten) {
        for (const bron of verwijzers.get(w) ?? []) {
            if (!wegOpdrachten.has(bron)) {
                opnieuw.add(bron);
            }
        }
        verwijzers.delete(w);
        for (const i of w.inspanningen) {
            verwijzers.get(i.opdracht as OpdrachtInBouw)?.delete(w);
        }
        if (w.opgave) {
            geraakt.add(w.opgave);
        }
    }
    for (const o of opnieuw) {
        if (o.opgave) {
            geraakt.add(o.opgave);
        }
        for (const i of o.inspanningen) {
            verwijzers.get(i.opdracht as OpdrachtInBouw)?.delete(o);
        }
        const decl = o.bron.node as ast.Opdracht;
        o.opgave = decl.opgave?.ref ? opgaveVan.get(decl.opgave.ref) : undefined;
        o.inspanningen.forEach((inspanning, i) => {
            const target = decl.inspanningen[i]?.opdracht?.ref;
            inspanning.opdracht = target ? opdrachtVan.get(target) : undefined;
            if (inspanning.opdracht) {
                voegVerwijzerToe(verwijzers, inspanning.opdracht as OpdrachtInBouw, o);
            }
        });
        if (o.opgave) {
            geraakt.add(o.opgave);
        }
    }
    // The opdracht lists of the opgaven left or joined, in id order.
    for (const p of geraakt) {
        if (wegOpgaven.has(p)) {
            continue;
        }
        const lijst = p.opdrachten.filter((o) => !wegOpdrachten.has(o as OpdrachtInBouw) && !opnieuw.has(o as OpdrachtInBouw));
        p.opdrachten = lijst;
    }
    for (const o of opnieuw) {
        o.opgave?.opdrachten.push(o);
    }
    for (const p of geraakt) {
        if (!wegOpgaven.has(p)) {
            p.opdrachten.sort(volgordeOpId);
        }
    }
    return opnieuw;
}
