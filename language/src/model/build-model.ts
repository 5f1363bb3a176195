/**
 * Builds the resolved `Portfolio` model from parsed and linked documents. This is the only place
 * that reads the AST for content; rules and reports read the model.
 *
 * Cost is linear in the number of declarations: one pass over the documents, then one pass per
 * kind to connect parents and children, and memoised walks up the `deel-van` chains.
 */
import type { AstNode, CstNode, LangiumDocument, Reference } from 'langium';
import type { Range } from 'vscode-languageserver';
import * as ast from '../../generated/ast.js';
import { datum } from './datum.js';
import { fasePositie } from './werkwijzen.js';
import type {
    Bron,
    Doel,
    DriehoekRolNaam,
    Driehoek,
    Fase,
    Gebied,
    Gemeente,
    HistorieRegel,
    Inspanning,
    Opdracht,
    Opgave,
    Persoon,
    Portfolio,
    Rolbezetting,
    Speler,
    Thema,
    Voorscheider,
    VoorscheiderUitkomst,
} from './types.js';

/**
 * A model element while it is built: fields writable and lists mutable arrays, so later passes
 * can link and fill it. The public types are read-only; a finished element is returned as one.
 */
type InBouw<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };
/** An opgave in construction, with its links to the elements that get it as a child. */
interface OpgaveInBouw extends InBouw<Opgave> {
    thema?: InBouw<Thema>;
    deelVan?: OpgaveInBouw;
}
/** An opdracht in construction: its opgave gets it as a child; its inspanningen get their opdracht. */
interface OpdrachtInBouw extends InBouw<Opdracht> {
    opgave?: OpgaveInBouw;
    inspanningen: InBouw<Inspanning>[];
}

const LEEG_BEREIK: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * A `Bron` whose range is computed on first use: most elements are never reported, and
 * computing line/column positions for every node on every check is a large part of its cost.
 */
class LuiBron implements Bron {
    private bereik?: Range;
    constructor(
        readonly node: AstNode,
        readonly uri: string,
        /** The CST node whose range is meant, when not the node's own (a reference's name). */
        private readonly cst?: CstNode,
    ) {}
    get range(): Range {
        return (this.bereik ??= (this.cst ?? this.node.$cstNode)?.range ?? LEEG_BEREIK);
    }
}

function bron(node: AstNode, uri: string): Bron {
    return new LuiBron(node, uri);
}

function byId<T extends { id: string; bron: Bron }>(a: T, b: T): number {
    if (a.id !== b.id) {
        return a.id < b.id ? -1 : 1;
    }
    if (a.bron.uri !== b.bron.uri) {
        return a.bron.uri < b.bron.uri ? -1 : 1;
    }
    return a.bron.range.start.line - b.bron.range.start.line || a.bron.range.start.character - b.bron.range.start.character;
}

function firstPerId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
    const map = new Map<string, T>();
    for (const item of items) {
        if (!map.has(item.id)) {
            map.set(item.id, item);
        }
    }
    return map;
}

/**
 * Turns the documents of one portfolio into the resolved model.
 * @param documents parsed and linked documents (any order; the result does not depend on it)
 * @returns the portfolio; never throws on incomplete input (missing parts are simply absent)
 */
export function buildPortfolio(documents: readonly LangiumDocument[]): Portfolio {
    const gemeenten: Gemeente[] = [];
    const personen: Persoon[] = [];
    const spelers: Speler[] = [];
    const gebieden: Gebied[] = [];
    const themas: InBouw<Thema>[] = [];
    const opgaven: OpgaveInBouw[] = [];
    const opdrachten: OpdrachtInBouw[] = [];

    // AST node → model element, to resolve references to model objects in a second pass.
    const persoonVan = new Map<ast.Persoon, Persoon>();
    const sortedDocs = [...documents].sort((a, b) =>
        a.uri.toString() < b.uri.toString() ? -1 : a.uri.toString() > b.uri.toString() ? 1 : 0,
    );

    // Every complete top-level declaration with its document URI, in document order.
    const declaraties: { decl: ast.Declaratie; uri: string }[] = [];
    for (const doc of sortedDocs) {
        const root = doc.parseResult.value;
        if (ast.isPortfolio(root)) {
            const uri = doc.uri.toString();
            // A declaration without name is one the parser could not complete.
            declaraties.push(...root.declaraties.filter((decl) => decl.name).map((decl) => ({ decl, uri })));
        }
    }

    // Pass 1: declarations that others refer to.
    for (const { decl, uri } of declaraties) {
        if (ast.isGemeente(decl)) {
            gemeenten.push({
                id: decl.name,
                titel: decl.titel,
                besturingsmodel: decl.besturingsmodel,
                bron: bron(decl, uri),
            });
        } else if (ast.isPersoon(decl)) {
            const p: Persoon = {
                id: decl.name,
                titel: decl.titel,
                functies: decl.functies,
                fte: decl.fte,
                bron: bron(decl, uri),
            };
            persoonVan.set(decl, p);
            personen.push(p);
        } else if (ast.isSpeler(decl)) {
            spelers.push({ id: decl.name, titel: decl.titel, soort: decl.soort, positie: decl.positie, bron: bron(decl, uri) });
        }
    }
    const persoon = (ref: Reference<ast.Persoon> | undefined): Persoon | undefined => {
        const target = ref?.ref;
        return target ? persoonVan.get(target) : undefined;
    };
    const rol = (ref: Reference<ast.Persoon>, uri: string, owner: AstNode): Rolbezetting => ({
        naam: ref.$refText,
        persoon: persoon(ref),
        bron: new LuiBron(owner, uri, ref.$refNode),
    });
    // Resolution by AST identity: map AST nodes to model objects.
    const spelerNodes = new Map<AstNode, Speler>();
    const gebiedNodes = new Map<AstNode, Gebied>();
    const themaNodes = new Map<AstNode, InBouw<Thema>>();
    const opgaveNodes = new Map<AstNode, OpgaveInBouw>();
    const opdrachtNodes = new Map<AstNode, OpdrachtInBouw>();
    for (const s of spelers) {
        spelerNodes.set(s.bron.node, s);
    }

    // Pass 2: gebieden, themas, opgaven, opdrachten.
    for (const { decl, uri } of declaraties) {
        if (ast.isGebied(decl)) {
            const g: Gebied = {
                id: decl.name,
                titel: decl.titel,
                schaal: decl.schaal,
                gebiedsmanager: persoon(decl.gebiedsmanager),
                bron: bron(decl, uri),
            };
            gebiedNodes.set(decl, g);
            gebieden.push(g);
        } else if (ast.isThema(decl)) {
            const t: InBouw<Thema> = {
                id: decl.name,
                titel: decl.titel,
                soort: decl.soort,
                opgavemanager: persoon(decl.opgavemanager),
                opgavemanagerNaam: decl.opgavemanager?.$refText,
                opgaven: [],
                bron: bron(decl, uri),
            };
            themaNodes.set(decl, t);
            themas.push(t);
        } else if (ast.isOpgave(decl)) {
            opgaveNodes.set(decl, {
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
                voorscheider: decl.voorscheider ? voorscheider(decl.voorscheider, uri) : undefined,
                opdrachten: [],
                inCyclus: false,
                bron: bron(decl, uri),
            });
        } else if (ast.isOpdracht(decl)) {
            opdrachtNodes.set(decl, opdracht(decl, uri, rol, persoon));
        }
    }

    // Pass 3: connect references between model objects.
    for (const [node, o] of opgaveNodes) {
        const decl = node as ast.Opgave;
        o.thema = decl.thema?.ref ? themaNodes.get(decl.thema.ref) : undefined;
        o.deelVan = decl.deelVan?.ref ? opgaveNodes.get(decl.deelVan.ref) : undefined;
        o.gebieden = decl.gebieden.map((r) => (r.ref ? gebiedNodes.get(r.ref) : undefined)).filter((g): g is Gebied => !!g);
        o.spelers = decl.spelers.map((r) => (r.ref ? spelerNodes.get(r.ref) : undefined)).filter((s): s is Speler => !!s);
        opgaven.push(o);
    }
    for (const [node, o] of opdrachtNodes) {
        const decl = node as ast.Opdracht;
        o.opgave = decl.opgave?.ref ? opgaveNodes.get(decl.opgave.ref) : undefined;
        opdrachten.push(o);
    }
    for (const [node, o] of opdrachtNodes) {
        const decl = node as ast.Opdracht;
        decl.inspanningen.forEach((insp, i) => {
            const target = insp.opdracht?.ref;
            o.inspanningen[i].opdracht = target ? opdrachtNodes.get(target) : undefined;
        });
    }

    opgaven.sort(byId);
    opdrachten.sort(byId);
    for (const o of opgaven) {
        o.thema?.opgaven.push(o);
        o.deelVan?.deelopgaven.push(o);
    }
    for (const o of opdrachten) {
        o.opgave?.opdrachten.push(o);
    }
    markeerCycli(opgaven);
    for (const o of opgaven) {
        o.effectieveVoorscheider = effectieveVoorscheider(o);
    }

    gemeenten.sort(byId);
    personen.sort(byId);
    spelers.sort(byId);
    gebieden.sort(byId);
    themas.sort(byId);
    // Order of appearance decides which gemeente counts when several are declared.
    const eersteGemeente = [...gemeenten].sort((a, b) =>
        a.bron.uri < b.bron.uri ? -1 : a.bron.uri > b.bron.uri ? 1 : a.bron.range.start.line - b.bron.range.start.line,
    )[0];
    return {
        gemeenten,
        besturingsmodel: eersteGemeente?.besturingsmodel ?? 'basismodel',
        personen,
        spelers,
        gebieden,
        themas,
        opgaven,
        opdrachten,
        persoonPerId: firstPerId(personen),
        opgavePerId: firstPerId(opgaven),
        opdrachtPerId: firstPerId(opdrachten),
    };
}

function voorscheider(node: ast.Voorscheider, uri: string): Voorscheider {
    return {
        idee: node.idee,
        netwerk: node.netwerk,
        besluitvorming: node.besluitvorming,
        bron: bron(node, uri),
    };
}

type RolMaker = (ref: Reference<ast.Persoon>, uri: string, owner: AstNode) => Rolbezetting;

function opdracht(
    decl: ast.Opdracht,
    uri: string,
    rol: RolMaker,
    persoon: (ref: Reference<ast.Persoon> | undefined) => Persoon | undefined,
): OpdrachtInBouw {
    const werkwijze = decl.werkwijze;
    const fasen: Fase[] = decl.fasen.map((f) => ({
        naam: f.naam,
        toestand: f.actief ? 'actief' : f.afgerond ? 'afgerond' : f.gepland ? 'gepland' : 'open',
        datum: f.afgerond ? datum(f.afgerond) : f.gepland ? datum(f.gepland) : undefined,
        besluit: f.besluit,
        documenten: f.documenten.map((d) => ({ soort: d.soort, jaar: d.jaar, titel: d.titel, bron: bron(d, uri) })),
        positie: fasePositie(werkwijze, f.naam),
        bron: bron(f, uri),
    }));
    const eigen = fasen.filter((f) => f.positie !== undefined);
    const huidigeFase = eigen.find((f) => f.toestand === 'actief') ?? [...eigen].reverse().find((f) => f.toestand === 'afgerond');

    const doelen: InBouw<Doel>[] = decl.doelen.map((d) => ({ id: d.name, titel: d.titel, inspanningen: [], bron: bron(d, uri) }));
    const doelVan = new Map<AstNode, InBouw<Doel>>();
    decl.doelen.forEach((d, i) => doelVan.set(d, doelen[i]));
    const inspanningen: InBouw<Inspanning>[] = decl.inspanningen.map((insp) => {
        const draagtBijAan = insp.draagtBijAan.map((r) => (r.ref ? doelVan.get(r.ref) : undefined)).filter((d) => d !== undefined);
        const inspanning: InBouw<Inspanning> = {
            id: insp.name,
            titel: insp.titel,
            draagtBijAan,
            doelenGenoemd: insp.draagtBijAan.length,
            bron: bron(insp, uri),
        };
        for (const d of draagtBijAan) {
            d.inspanningen.push(inspanning);
        }
        return inspanning;
    });
    const historie: HistorieRegel[] = decl.historie.map((h) => ({
        datum: datum(h.datum),
        werkwijze: h.werkwijze,
        reden: h.reden,
        afgestemdMet: h.afgestemdMet.map((r) => rol(r, uri, h)),
        bron: bron(h, uri),
    }));
    let driehoek: Driehoek | undefined;
    if (decl.driehoek) {
        const d = decl.driehoek;
        const van = (naam: DriehoekRolNaam): Rolbezetting[] =>
            d.rollen.filter((r) => r.rol === naam).flatMap((r) => r.personen.map((p) => rol(p, uri, r)));
        driehoek = {
            bestuurlijkOpdrachtgevers: van('bestuurlijk-opdrachtgever'),
            ambtelijkOpdrachtgevers: van('ambtelijk-opdrachtgever'),
            sturingsprofessionals: van('sturingsprofessional'),
            eindverantwoordelijk: d.eindverantwoordelijk.map((p) => rol(p, uri, d)),
            bron: bron(d, uri),
        };
    }
    return {
        id: decl.name,
        titel: decl.titel,
        opgaveNaam: decl.opgave?.$refText,
        werkwijze,
        driehoek,
        eigenaar: decl.eigenaar ? rol(decl.eigenaar, uri, decl) : undefined,
        rolverdeling: decl.rolverdeling,
        kaders: decl.kaders,
        criteria: decl.criteria,
        kwaliteit: decl.kwaliteit,
        budget: decl.budget,
        capaciteit: decl.capaciteit,
        extraBudget: decl.extraBudget
            ? { bedrag: decl.extraBudget.bedrag, raadsbesluit: decl.extraBudget.raadsbesluit, bron: bron(decl.extraBudget, uri) }
            : undefined,
        periode: decl.periode
            ? {
                  start: datum(decl.periode.start),
                  eind: decl.periode.eind ? datum(decl.periode.eind) : undefined,
                  bron: bron(decl.periode, uri),
              }
            : undefined,
        vastgesteld: decl.vastgesteld ? datum(decl.vastgesteld) : undefined,
        herijkt: decl.herijkt ? datum(decl.herijkt) : undefined,
        status: decl.status,
        volgendeStap: decl.volgendeStap,
        fasen,
        huidigeFase,
        doelen,
        inspanningen,
        historie,
        overdracht: decl.overdracht
            ? { aan: persoon(decl.overdracht.aan), omschrijving: decl.overdracht.omschrijving, bron: bron(decl.overdracht, uri) }
            : undefined,
        decharge: decl.decharge ? datum(decl.decharge) : undefined,
        lessen: decl.lessen.map((l) => ({ datum: datum(l.datum), tekst: l.tekst, bron: bron(l, uri) })),
        bron: bron(decl, uri),
    };
}

/** Marks every opgave that lies on a `deel-van` cycle (iterative colouring, linear). */
function markeerCycli(opgaven: readonly OpgaveInBouw[]): void {
    const klaar = new Set<Opgave>();
    for (const start of opgaven) {
        const pad: OpgaveInBouw[] = [];
        const opPad = new Set<Opgave>();
        let huidig: OpgaveInBouw | undefined = start;
        while (huidig && !klaar.has(huidig) && !opPad.has(huidig)) {
            pad.push(huidig);
            opPad.add(huidig);
            huidig = huidig.deelVan;
        }
        if (huidig && opPad.has(huidig)) {
            for (let i = pad.indexOf(huidig); i < pad.length; i++) {
                pad[i].inCyclus = true;
            }
        }
        for (const o of pad) {
            klaar.add(o);
        }
    }
}

/** Score of a voorscheider (B2): unclear answers count 1, `deels` ½, missing answers 0. */
export function voorscheiderScore(v: Voorscheider): number {
    const punten = (antwoord: string | undefined, onduidelijk: string): number =>
        antwoord === onduidelijk ? 1 : antwoord === 'deels' ? 0.5 : 0;
    return punten(v.idee, 'onbekend') + punten(v.netwerk, 'onvoorspelbaar') + punten(v.besluitvorming, 'ongericht');
}

function effectieveVoorscheider(opgave: Opgave): VoorscheiderUitkomst | undefined {
    const gezien = new Set<Opgave>();
    let huidig: Opgave | undefined = opgave;
    while (huidig && !gezien.has(huidig)) {
        gezien.add(huidig);
        if (huidig.voorscheider) {
            const score = voorscheiderScore(huidig.voorscheider);
            return {
                voorscheider: huidig.voorscheider,
                van: huidig,
                score,
                proces: score >= 2 ? 'zoekproces' : score <= 1 ? 'maakproces' : 'onbeslist',
            };
        }
        huidig = huidig.deelVan;
    }
    return undefined;
}
