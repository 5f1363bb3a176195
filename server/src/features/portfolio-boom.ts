/**
 * The portfolio tree (command `opgave.server.portfolioBoom`): thema → opgave → deelopgave →
 * opdracht from the workspace check, each node with its source location and the number of its
 * findings, for the tree view of the VS Code extension (or any client that wants one).
 */
import type { Range } from 'vscode-languageserver';
import type { Bevinding, CheckResultaat } from '../../../language/src/check/checker.js';
import { plaats } from '../../../language/src/model/locatie.js';
import type { Bron, Opdracht, Opgave, Thema } from '../../../language/src/model/types.js';
import { bevindingenIn, bevindingenVan } from '../../../reports/src/opdracht/pagina.js';

/** Number of findings per severity. */
export interface BoomTelling {
    readonly fouten: number;
    readonly waarschuwingen: number;
    readonly meldingen: number;
}

/** One node of the portfolio tree. */
export interface BoomKnoop {
    /** `groep` is a node the tree adds itself (opgaven without a thema, opdrachten without an opgave). */
    readonly soort: 'thema' | 'opgave' | 'opdracht' | 'groep';
    /** The declared name (for a `groep`: `zonder-thema` or `zonder-opgave`). */
    readonly id: string;
    readonly titel?: string;
    /** Where it is declared (absent for a `groep`). */
    readonly uri?: string;
    /** The range of the declared name (the whole declaration when the name is missing). */
    readonly range?: Range;
    /** The range of the whole declaration. */
    readonly bereik?: Range;
    /** Opdracht only: werkwijze, current phase and status as written. */
    readonly werkwijze?: string;
    readonly fase?: string;
    readonly status?: string;
    /** Findings inside this node's own declaration (an opdracht: the same as its report page). */
    readonly bevindingen: BoomTelling;
    /** Findings of this node and everything below it. */
    readonly totaal: BoomTelling;
    readonly kinderen: readonly BoomKnoop[];
}

/** Answer of `opgave.server.portfolioBoom`: the top level of the tree. */
export interface PortfolioBoomAntwoord {
    readonly knopen: readonly BoomKnoop[];
}

function tel(bevindingen: readonly Bevinding[]): BoomTelling {
    let fouten = 0;
    let waarschuwingen = 0;
    let meldingen = 0;
    for (const b of bevindingen) {
        if (b.severity === 'error') fouten++;
        else if (b.severity === 'warning') waarschuwingen++;
        else meldingen++;
    }
    return { fouten, waarschuwingen, meldingen };
}

function som(eigen: BoomTelling, kinderen: readonly BoomKnoop[]): BoomTelling {
    return kinderen.reduce(
        (t, k) => ({
            fouten: t.fouten + k.totaal.fouten,
            waarschuwingen: t.waarschuwingen + k.totaal.waarschuwingen,
            meldingen: t.meldingen + k.totaal.meldingen,
        }),
        eigen,
    );
}

function bronVelden(bron: Bron): { uri: string; range: Range; bereik: Range } {
    return { uri: bron.uri, range: plaats(bron).range, bereik: bron.range };
}

function opdrachtKnoop(resultaat: CheckResultaat, o: Opdracht): BoomKnoop {
    const eigen = tel(bevindingenVan(resultaat, o));
    return {
        soort: 'opdracht',
        id: o.id,
        titel: o.titel,
        ...bronVelden(o.bron),
        werkwijze: o.werkwijze,
        fase: o.huidigeFase?.naam,
        status: o.status,
        bevindingen: eigen,
        totaal: eigen,
        kinderen: [],
    };
}

function opgaveKnoop(resultaat: CheckResultaat, o: Opgave, gezien: Set<Opgave>): BoomKnoop {
    gezien.add(o);
    const kinderen = [
        ...o.deelopgaven.filter((d) => !gezien.has(d)).map((d) => opgaveKnoop(resultaat, d, gezien)),
        ...o.opdrachten.map((d) => opdrachtKnoop(resultaat, d)),
    ];
    const eigen = tel(bevindingenIn(resultaat, o.bron));
    return { soort: 'opgave', id: o.id, titel: o.titel, ...bronVelden(o.bron), bevindingen: eigen, totaal: som(eigen, kinderen), kinderen };
}

function groep(id: string, kinderen: BoomKnoop[]): BoomKnoop {
    const leeg = { fouten: 0, waarschuwingen: 0, meldingen: 0 };
    return { soort: 'groep', id, bevindingen: leeg, totaal: som(leeg, kinderen), kinderen };
}

/**
 * The portfolio tree of a check result. Every opgave appears once: a deelopgave under the opgave
 * it is `deel-van`, a top-level opgave under its thema (or the group `zonder-thema`); opgaven in a
 * `deel-van` cycle appear at the top level of their thema. Opdrachten whose opgave does not resolve
 * are in the group `zonder-opgave`. Order: the model's (by id).
 */
export function portfolioBoom(resultaat: CheckResultaat): PortfolioBoomAntwoord {
    const p = resultaat.portfolio;
    const gezien = new Set<Opgave>();
    const bovenste = new Map<Thema | undefined, BoomKnoop[]>();
    const zet = (o: Opgave): void => {
        const lijst = bovenste.get(o.thema) ?? [];
        lijst.push(opgaveKnoop(resultaat, o, gezien));
        bovenste.set(o.thema, lijst);
    };
    for (const o of p.opgaven) {
        if (!o.deelVan && !gezien.has(o)) zet(o);
    }
    // What remains is in a cycle (or below one) or below a parent that is declared twice.
    const inLijst = new Set(p.opgaven);
    for (const o of p.opgaven) {
        if (!gezien.has(o) && (!o.deelVan || o.inCyclus || !inLijst.has(o.deelVan))) zet(o);
    }
    for (const o of p.opgaven) {
        if (!gezien.has(o)) zet(o);
    }
    // The model's order (by id), also for the opgaven placed by the later passes.
    for (const lijst of bovenste.values()) {
        lijst.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    const knopen: BoomKnoop[] = p.themas.map((t) => {
        const kinderen = bovenste.get(t) ?? [];
        bovenste.delete(t);
        const eigen = tel(bevindingenIn(resultaat, t.bron));
        return {
            soort: 'thema',
            id: t.id,
            titel: t.titel,
            ...bronVelden(t.bron),
            bevindingen: eigen,
            totaal: som(eigen, kinderen),
            kinderen,
        };
    });
    // Opgaven without a thema, or whose thema is a duplicate declaration that is not in the list.
    const zonderThema = [...bovenste.values()].flat();
    if (zonderThema.length > 0) knopen.push(groep('zonder-thema', zonderThema));
    const zonderOpgave = p.opdrachten.filter((o) => !o.opgave).map((o) => opdrachtKnoop(resultaat, o));
    if (zonderOpgave.length > 0) knopen.push(groep('zonder-opgave', zonderOpgave));
    return { knopen };
}
