/**
 * Pass 2 for an opdracht: the opdracht with its phases, DIN, historie and sturingsdriehoek
 * (taal.md "Opdracht"). Its opgave and the opdrachten of its inspanningen are linked in pass 3.
 */
import * as ast from '../../../generated/ast.js';
import { datum } from '../datum.js';
import type { Doel, Driehoek, DriehoekRolNaam, Fase, HistorieRegel, Inspanning, Rolbezetting, Werkwijze } from '../types.js';
import { fasePositie } from '../werkwijzen.js';
import { bron } from './bron.js';
import type { InBouw, OpdrachtInBouw, Personen } from './typen.js';

/** An opdracht whose references to personen are resolved; `opgave` and `Inspanning.opdracht` are not yet set. */
export function bouwOpdracht(decl: ast.Opdracht, uri: string, personen: Personen): OpdrachtInBouw {
    const fasen = decl.fasen.map((f) => fase(f, uri, decl.werkwijze));
    const { doelen, inspanningen } = din(decl, uri);
    return {
        id: decl.name,
        titel: decl.titel,
        opgaveNaam: decl.opgave?.$refText,
        werkwijze: decl.werkwijze,
        driehoek: decl.driehoek ? driehoek(decl.driehoek, uri, personen) : undefined,
        eigenaar: decl.eigenaar ? personen.rol(decl.eigenaar, uri, decl) : undefined,
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
        huidigeFase: huidigeFase(fasen),
        doelen,
        inspanningen,
        historie: decl.historie.map((h) => historieRegel(h, uri, personen)),
        overdracht: decl.overdracht
            ? {
                  aan: personen.persoon(decl.overdracht.aan),
                  omschrijving: decl.overdracht.omschrijving,
                  bron: bron(decl.overdracht, uri),
              }
            : undefined,
        decharge: decl.decharge ? datum(decl.decharge) : undefined,
        lessen: decl.lessen.map((l) => ({ datum: datum(l.datum), tekst: l.tekst, bron: bron(l, uri) })),
        bron: bron(decl, uri),
    };
}

/** One phase line; its position is that in the werkwijze's phase list (B2). */
function fase(f: ast.Fase, uri: string, werkwijze: Werkwijze | undefined): Fase {
    return {
        naam: f.naam,
        toestand: f.actief ? 'actief' : f.afgerond ? 'afgerond' : f.gepland ? 'gepland' : 'open',
        datum: f.afgerond ? datum(f.afgerond) : f.gepland ? datum(f.gepland) : undefined,
        besluit: f.besluit,
        documenten: f.documenten.map((d) => ({ soort: d.soort, jaar: d.jaar, titel: d.titel, bron: bron(d, uri) })),
        positie: fasePositie(werkwijze, f.naam),
        bron: bron(f, uri),
    };
}

/** The first `actief` phase, else the last `afgerond` one, among the werkwijze's own phases. */
function huidigeFase(fasen: readonly Fase[]): Fase | undefined {
    const eigen = fasen.filter((f) => f.positie !== undefined);
    return eigen.find((f) => f.toestand === 'actief') ?? [...eigen].reverse().find((f) => f.toestand === 'afgerond');
}

/**
 * The doelen-inspanningennetwerk: doelen and inspanningen linked both ways (B2); `draagt-bij-aan`
 * names that do not resolve to a doel of this opdracht are left out (and counted in `doelenGenoemd`).
 */
function din(decl: ast.Opdracht, uri: string): { doelen: InBouw<Doel>[]; inspanningen: InBouw<Inspanning>[] } {
    const doelVan = new Map<ast.Doel, InBouw<Doel>>();
    const doelen = decl.doelen.map((d) => {
        const doel: InBouw<Doel> = { id: d.name, titel: d.titel, inspanningen: [], bron: bron(d, uri) };
        doelVan.set(d, doel);
        return doel;
    });
    const inspanningen = decl.inspanningen.map((insp) => {
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
    return { doelen, inspanningen };
}

function historieRegel(h: ast.HistorieRegel, uri: string, personen: Personen): HistorieRegel {
    return {
        datum: datum(h.datum),
        werkwijze: h.werkwijze,
        reden: h.reden,
        afgestemdMet: h.afgestemdMet.map((r) => personen.betrokkene(r, uri, h)),
        bron: bron(h, uri),
    };
}

/** The sturingsdriehoek: the persons per role, in the order written (several lines of one role join). */
function driehoek(d: ast.Driehoek, uri: string, personen: Personen): Driehoek {
    const van = (naam: DriehoekRolNaam): Rolbezetting[] =>
        d.rollen.filter((r) => r.rol === naam).flatMap((r) => r.personen.map((p) => personen.rol(p, uri, r)));
    return {
        bestuurlijkOpdrachtgevers: van('bestuurlijk-opdrachtgever'),
        ambtelijkOpdrachtgevers: van('ambtelijk-opdrachtgever'),
        sturingsprofessionals: van('sturingsprofessional'),
        eindverantwoordelijk: d.eindverantwoordelijk.map((p) => personen.rol(p, uri, d)),
        bron: bron(d, uri),
    };
}
