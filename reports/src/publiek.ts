/**
 * The publication profile `--publiek` of `opgave generate` and `opgave site` (issue 15 item 4):
 * under the Woo a municipality may publish its portfolio, under the AVG the names of its officials
 * may not be published. {@link maakPubliek} rewrites the check result before any report sees it,
 * so every report, the site, its search index and the calendar are public by construction:
 *
 * - a persoon is shown by its functies (`titel` becomes e.g. `wethouder` or `dt-lid, opgavemanager`,
 *   `persoon` when none is written); the reports keep showing the role (`Bestuurlijk opdrachtgever:
 *   wethouder`);
 * - a persoon's id becomes a stable pseudonym where the reports need an id (portfolio.json,
 *   opdrachten.csv, the driehoek column): the first functie and a number in id order per functie,
 *   `wethouder-1`, `wethouder-2`, `dt-lid-1`, or `persoon-1` without a functie;
 * - `fte` is removed;
 * - a persoon's title or id found in free text (titles of other declarations, bedoeling, situaties,
 *   kaders, criteria, kwaliteit, rolverdeling, volgende stap, raadsbesluit, document titles,
 *   historie reasons, overdracht, lessen, `// @negeer` reasons) is replaced by `[naam]`, and each
 *   source line where that happened gives a Dutch warning with file:line, so the office can fix the
 *   source; a name that refers to no persoon in a persoon's place (an unknown name in a driehoek,
 *   `eigenaar`, `opgavemanager` or `afgestemd-met`) becomes `[naam]` as well;
 * - finding messages that name a persoon get the pseudonym for the id and `[naam]` for a title or
 *   an unknown name (no warning: the tool wrote those words, not the office);
 * - the fields listed in config `publiek.verberg` (language/src/config.ts `PUBLIEK_VELDEN`) are
 *   left out: text becomes `[niet openbaar]`, lessen and documenten are removed.
 *
 * Matching is case-insensitive, on whole words (a letter, digit, `-` or `_` next to a match
 * prevents it), with any run of white space matching a space. Not matched, because they are no
 * names and would mangle ordinary text: a title or id that is itself a functie word (`persoon
 * burgemeester`, title "Wethouder"), an id that is also the id of another declaration (an
 * opdracht, opgave, speler …), and terms shorter than two characters.
 */
import type { Bevinding, CheckResultaat, OnderdrukteBevinding } from '../../language/src/check/checker.js';
import type { Onderdrukking } from '../../language/src/check/suppressions.js';
import type { PubliekVeld } from '../../language/src/config.js';
import { plaats } from '../../language/src/model/locatie.js';
import type {
    Afstemming,
    Bron,
    Document,
    Doel,
    HistorieRegel,
    Inspanning,
    Opdracht,
    Opgave,
    Persoon,
    Portfolio,
    Rolbezetting,
    Thema,
} from '../../language/src/model/types.js';
import { FUNCTIES } from '../../language/src/model/waarden.js';
import { bronBestand } from './tekst.js';

/** What replaces a persoon's name in free text. */
export const NAAM = '[naam]';

/** What replaces a field listed in `publiek.verberg`. */
export const NIET_OPENBAAR = '[niet openbaar]';

/** Settings of {@link maakPubliek}. */
export interface PubliekOpties {
    /** Absolute portfolio root: warnings name files relative to it. */
    readonly root: string;
    /** Free-text fields to leave out (config `publiek.verberg`). */
    readonly verberg?: readonly PubliekVeld[];
}

/** The public check result and what the office should fix in the sources. */
export interface PubliekResultaat {
    /** A rewritten copy; the input is not changed. Object references within it are consistent. */
    readonly resultaat: CheckResultaat;
    /**
     * Dutch warnings without the `let op: ` prefix, one per source line where a name was replaced,
     * `bestand.opgave:12: naam van een persoon in vrije tekst (bedoeling) vervangen door [naam]`,
     * sorted by file and line.
     */
    readonly waarschuwingen: string[];
}

/** A writable view of a readonly model type (only for the copy this module makes). */
type Schrijfbaar<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A deep copy of the model graph with the same shape and consistent references: every object
 * reachable from the portfolio is copied once (cycles included); `bron` values (with their AST
 * node) are shared, not copied. Iterative, so long chains of references cannot exhaust the stack.
 */
function kopieer(portfolio: Portfolio): Portfolio {
    const kopieen = new Map<object, object>();
    const werk: object[] = [];
    const kopie = (x: unknown, sleutel?: string): unknown => {
        if (x === null || typeof x !== 'object' || sleutel === 'bron') {
            return x;
        }
        let k = kopieen.get(x);
        if (!k) {
            k = Array.isArray(x) ? [] : x instanceof Map ? new Map() : {};
            kopieen.set(x, k);
            werk.push(x);
        }
        return k;
    };
    const wortel = kopie(portfolio) as Portfolio;
    for (let x = werk.pop(); x !== undefined; x = werk.pop()) {
        const k = kopieen.get(x)!;
        if (Array.isArray(x)) {
            x.forEach((v, i) => ((k as unknown[])[i] = kopie(v)));
        } else if (x instanceof Map) {
            for (const [s, v] of x) (k as Map<unknown, unknown>).set(s, kopie(v));
        } else {
            for (const [s, v] of Object.entries(x)) (k as Record<string, unknown>)[s] = kopie(v, s);
        }
    }
    return wortel;
}

/** Lower case with single spaces: the key of a term. */
function sleutel(tekst: string): string {
    return tekst.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** What a matched term stands for. */
interface Term {
    /** The pseudonym, when the term is a persoon's id (used in finding messages). */
    readonly pseudoniem?: string;
}

/** Finds persons' titles, ids and unknown names in text (see the module comment for what matches). */
class Namen {
    private readonly patroon: RegExp | undefined;

    constructor(private readonly termen: ReadonlyMap<string, Term>) {
        const delen = [...termen.keys()]
            .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
            .map((t) =>
                t
                    .split(' ')
                    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
                    .join('\\s+'),
            );
        this.patroon = delen.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${delen.join('|')})(?![\\p{L}\\p{N}_-])`, 'giu') : undefined;
    }

    /**
     * The text with every match replaced.
     * @param vervanging the replacement of one match
     * @returns the new text and the offsets (in the old text) of the matches
     */
    vervang(tekst: string, vervanging: (term: Term) => string): { tekst: string; plekken: number[] } {
        if (!this.patroon) {
            return { tekst, plekken: [] };
        }
        const plekken: number[] = [];
        const nieuw = tekst.replace(this.patroon, (m: string, offset: number) => {
            plekken.push(offset);
            return vervanging(this.termen.get(sleutel(m)) ?? {});
        });
        return { tekst: plekken.length > 0 ? nieuw : tekst, plekken };
    }
}

/** An unknown name in a persoon's place in a finding of `onbekende-verwijzing` (its message, rules/integriteit). */
const ONBEKENDE_PERSOON = /(geen (?:persoon|persoon of speler) )‘[^’]*’/g;

/** The functies of a persoon as its public title: `wethouder`, `dt-lid, opgavemanager`, or `persoon`. */
function functieTitel(p: Persoon): string {
    return p.functies.length > 0 ? p.functies.join(', ') : 'persoon';
}

/**
 * A pseudonym per persoon id, in id order: the first functie and a number per functie
 * (`wethouder-1`), `persoon-<n>` without a functie. Duplicate declarations share the first's.
 */
function pseudoniemen(p: Portfolio): Map<string, string> {
    const uit = new Map<string, string>();
    const teller = new Map<string, number>();
    for (const id of [...p.persoonPerId.keys()].sort()) {
        const voor = p.persoonPerId.get(id)!.functies[0] ?? 'persoon';
        const n = (teller.get(voor) ?? 0) + 1;
        teller.set(voor, n);
        uit.set(id, `${voor}-${n}`);
    }
    // A persoon the map does not hold (it should hold every id): still a pseudonym.
    for (const persoon of p.personen) {
        if (!uit.has(persoon.id)) {
            const n = (teller.get('persoon') ?? 0) + 1;
            teller.set('persoon', n);
            uit.set(persoon.id, `persoon-${n}`);
        }
    }
    return uit;
}

/** Ids of every declaration that is not a persoon (lower case): a persoon id equal to one is not replaced in text. */
function andereIds(p: Portfolio): Set<string> {
    const ids = new Set<string>();
    for (const l of [p.gemeenten, p.spelers, p.gebieden, p.themas, p.opgaven, p.opdrachten]) {
        for (const x of l) ids.add(sleutel(x.id));
    }
    for (const o of p.opdrachten) {
        for (const x of [...o.doelen, ...o.inspanningen]) ids.add(sleutel(x.id));
    }
    return ids;
}

/** Unknown names written where a persoon belongs (driehoek, eigenaar, opgavemanager, afgestemd-met). */
function onbekendeNamen(p: Portfolio): Set<string> {
    const namen = new Set<string>();
    for (const t of p.themas) {
        if (!t.opgavemanager && t.opgavemanagerNaam) namen.add(t.opgavemanagerNaam);
    }
    for (const o of p.opdrachten) {
        const d = o.driehoek;
        const rollen = [
            ...(d?.bestuurlijkOpdrachtgevers ?? []),
            ...(d?.ambtelijkOpdrachtgevers ?? []),
            ...(d?.sturingsprofessionals ?? []),
            ...(d?.eindverantwoordelijk ?? []),
            ...(o.eigenaar ? [o.eigenaar] : []),
        ];
        for (const r of rollen) if (!r.persoon) namen.add(r.naam);
        for (const h of o.historie) {
            for (const a of h.afgestemdMet) if (!a.persoon && !a.speler) namen.add(a.naam);
        }
    }
    return namen;
}

/** The terms to find: titles, ids (with their pseudonym) and unknown names, minus what is no name. */
function termenVan(p: Portfolio, pseudoniem: ReadonlyMap<string, string>): Map<string, Term> {
    const functies = new Set<string>(FUNCTIES);
    const anders = andereIds(p);
    const termen = new Map<string, Term>();
    const voeg = (tekst: string | undefined, term: Term, isId: boolean): void => {
        const s = tekst === undefined ? '' : sleutel(tekst);
        if (s.length < 2 || functies.has(s) || (isId && anders.has(s)) || termen.has(s)) {
            return;
        }
        termen.set(s, term);
    };
    // Ids first: an id that is also some persoon's title keeps its pseudonym in messages.
    for (const persoon of p.personen) voeg(persoon.id, { pseudoniem: pseudoniem.get(persoon.id) }, true);
    for (const persoon of p.personen) voeg(persoon.titel, {}, false);
    for (const naam of onbekendeNamen(p)) voeg(naam, {}, true);
    return termen;
}

/**
 * The public version of a check result (see the module comment for what changes).
 * @param resultaat the check result of the portfolio; not changed
 * @returns the rewritten copy and the Dutch warnings (without `let op: `)
 */
export function maakPubliek(resultaat: CheckResultaat, opties: PubliekOpties): PubliekResultaat {
    const origineel = resultaat.portfolio;
    const verberg = new Set<PubliekVeld>(opties.verberg ?? []);
    const pseudoniem = pseudoniemen(origineel);
    const namen = new Namen(termenVan(origineel, pseudoniem));
    const p = kopieer(origineel) as Schrijfbaar<Portfolio>;

    // Warnings per source line and field: file → line → field → count.
    const meldingen = new Map<string, Map<number, Map<string, number>>>();
    const meld = (uri: string, regel: number, veld: string): void => {
        const bestand = bronBestand(uri, opties.root);
        const regels = meldingen.get(bestand) ?? new Map<number, Map<string, number>>();
        meldingen.set(bestand, regels);
        const velden = regels.get(regel) ?? new Map<string, number>();
        regels.set(regel, velden);
        velden.set(veld, (velden.get(veld) ?? 0) + 1);
    };
    /** Free text written at a property of a declaration, with names replaced and each replacement warned about. */
    const vrij = (tekst: string, bron: Bron, eigenschap: string, veld: string, index?: number): string => {
        const { tekst: nieuw, plekken } = namen.vervang(tekst, () => NAAM);
        if (plekken.length > 0) {
            const begin = plaats(bron, eigenschap, index);
            for (const plek of plekken) {
                const regels = tekst.slice(0, plek).split('\n').length - 1;
                meld(begin.uri, begin.range.start.line + 1 + regels, veld);
            }
        }
        return nieuw;
    };
    const vrijOpt = (tekst: string | undefined, bron: Bron, eigenschap: string, veld: string): string | undefined =>
        tekst === undefined ? undefined : vrij(tekst, bron, eigenschap, veld);
    const bericht = (tekst: string): string =>
        namen.vervang(tekst, (t) => t.pseudoniem ?? NAAM).tekst.replace(ONBEKENDE_PERSOON, `$1‘${NAAM}’`);

    // Names in a persoon's place: the pseudonym, or [naam] for an unknown name. Before the persons
    // themselves change, since it reads their original ids.
    const gedaan = new Set<object>();
    const eenmaal = (x: object): boolean => !gedaan.has(x) && !!gedaan.add(x);
    const rol = (r: Rolbezetting | Afstemming): void => {
        if (eenmaal(r)) {
            const w = r as Schrijfbaar<Rolbezetting | Afstemming>;
            w.naam = r.persoon ? (pseudoniem.get(r.persoon.id) ?? NAAM) : 'speler' in r && r.speler ? r.naam : NAAM;
        }
    };

    for (const g of p.gemeenten) (g as Schrijfbaar<typeof g>).titel = vrijOpt(g.titel, g.bron, 'titel', 'titel van de gemeente');
    for (const s of p.spelers) (s as Schrijfbaar<typeof s>).titel = vrijOpt(s.titel, s.bron, 'titel', 'titel van een speler');
    for (const g of p.gebieden) (g as Schrijfbaar<typeof g>).titel = vrijOpt(g.titel, g.bron, 'titel', 'titel van een gebied');
    for (const t of p.themas) themaPubliek(t);
    for (const o of p.opgaven) opgavePubliek(o);
    for (const o of p.opdrachten) opdrachtPubliek(o);
    for (const persoon of p.personen) {
        if (eenmaal(persoon)) {
            const w = persoon as Schrijfbaar<Persoon>;
            w.id = pseudoniem.get(persoon.id) ?? 'persoon';
            w.titel = functieTitel(persoon);
            delete w.fte;
        }
    }
    p.persoonPerId = new Map([...p.persoonPerId.values()].map((x) => [x.id, x]));

    const bevinding = (b: Bevinding): Bevinding => {
        const message = bericht(b.message);
        return message === b.message ? b : { ...b, message };
    };
    const reden = (tekst: string, uri: string, regel: number, veld: string): string => {
        if (verberg.has('negeer-redenen')) {
            return NIET_OPENBAAR;
        }
        const { tekst: nieuw, plekken } = namen.vervang(tekst, () => NAAM);
        if (plekken.length > 0) meld(uri, regel, veld);
        return nieuw;
    };
    const onderdrukt = resultaat.onderdrukt.map((o): OnderdrukteBevinding => ({
        ...o,
        bevinding: bevinding(o.bevinding),
        // The comment's own place is not kept with a suppressed finding: the warning names the finding's line.
        reden: reden(o.reden, o.bevinding.uri, o.bevinding.range.start.line + 1, 'reden van de // @negeer bij deze bevinding'),
    }));
    // A lapsed suppression is also a dated one (the same object): rewritten once, warned about once.
    const publiekeOnderdrukking = new Map<Onderdrukking, Onderdrukking>();
    const alsPubliek = (o: Onderdrukking): Onderdrukking => {
        let uit = publiekeOnderdrukking.get(o);
        if (uit === undefined) {
            uit = {
                ...o,
                reden: reden(o.reden, o.uri, o.commentaar.start.line + 1, 'reden van // @negeer'),
                declaratie: pseudoniem.get(o.declaratie) ?? o.declaratie,
            };
            publiekeOnderdrukking.set(o, uit);
        }
        return uit;
    };
    const verlopen = resultaat.verlopen.map(alsPubliek);
    const gedateerd = resultaat.gedateerd.map(alsPubliek);
    const publiek: CheckResultaat = {
        ...resultaat,
        portfolio: p,
        bevindingen: resultaat.bevindingen.map(bevinding),
        onderdrukt,
        verlopen,
        gedateerd,
    };

    const waarschuwingen: string[] = [];
    for (const bestand of [...meldingen.keys()].sort()) {
        const regels = meldingen.get(bestand)!;
        for (const regel of [...regels.keys()].sort((a, b) => a - b)) {
            for (const [veld, aantal] of regels.get(regel)!) {
                const wat = aantal === 1 ? 'naam van een persoon' : `${aantal} namen van personen`;
                waarschuwingen.push(`${bestand}:${regel}: ${wat} in vrije tekst (${veld}) vervangen door ${NAAM}`);
            }
        }
    }
    return { resultaat: publiek, waarschuwingen };

    function themaPubliek(t: Schrijfbaar<Thema>): void {
        t.titel = vrijOpt(t.titel, t.bron, 'titel', 'titel van een thema');
        if (t.opgavemanagerNaam !== undefined) {
            t.opgavemanagerNaam = t.opgavemanager ? (pseudoniem.get(t.opgavemanager.id) ?? NAAM) : NAAM;
        }
    }

    function opgavePubliek(o: Schrijfbaar<Opgave>): void {
        o.titel = vrijOpt(o.titel, o.bron, 'titel', 'titel van een opgave');
        o.bedoeling = verberg.has('bedoeling') ? verborgen(o.bedoeling) : vrijOpt(o.bedoeling, o.bron, 'bedoeling', 'bedoeling');
        const situatie = (tekst: string | undefined, eigenschap: string, veld: string): string | undefined =>
            verberg.has('situatie') ? verborgen(tekst) : vrijOpt(tekst, o.bron, eigenschap, veld);
        o.huidigeSituatie = situatie(o.huidigeSituatie, 'huidigeSituatie', 'huidige-situatie');
        o.gewensteSituatie = situatie(o.gewensteSituatie, 'gewensteSituatie', 'gewenste-situatie');
    }

    function opdrachtPubliek(o: Schrijfbaar<Opdracht>): void {
        o.titel = vrijOpt(o.titel, o.bron, 'titel', 'titel van een opdracht');
        const d = o.driehoek;
        for (const r of [
            ...(d?.bestuurlijkOpdrachtgevers ?? []),
            ...(d?.ambtelijkOpdrachtgevers ?? []),
            ...(d?.sturingsprofessionals ?? []),
            ...(d?.eindverantwoordelijk ?? []),
            ...(o.eigenaar ? [o.eigenaar] : []),
        ]) {
            rol(r);
        }
        const tekstveld = (
            sleutelwoord: PubliekVeld,
            tekst: string | undefined,
            eigenschap: string,
            veld: string = sleutelwoord,
        ): string | undefined => (verberg.has(sleutelwoord) ? verborgen(tekst) : vrijOpt(tekst, o.bron, eigenschap, veld));
        o.rolverdeling = tekstveld('rolverdeling', o.rolverdeling, 'rolverdeling');
        o.kwaliteit = tekstveld('kwaliteit', o.kwaliteit, 'kwaliteit');
        o.volgendeStap = tekstveld('volgende-stap', o.volgendeStap, 'volgendeStap');
        const lijst = (sleutelwoord: 'kaders' | 'criteria', l: readonly string[]): string[] =>
            verberg.has(sleutelwoord)
                ? l.length > 0
                    ? [NIET_OPENBAAR]
                    : []
                : l.map((k, i) => vrij(k, o.bron, sleutelwoord, sleutelwoord, i));
        o.kaders = lijst('kaders', o.kaders);
        o.criteria = lijst('criteria', o.criteria);
        if (o.extraBudget?.raadsbesluit !== undefined) {
            const e = o.extraBudget as Schrijfbaar<NonNullable<Opdracht['extraBudget']>>;
            e.raadsbesluit = vrij(e.raadsbesluit!, e.bron, 'raadsbesluit', 'raadsbesluit');
        }
        if (o.overdracht?.omschrijving !== undefined) {
            const ov = o.overdracht as Schrijfbaar<NonNullable<Opdracht['overdracht']>>;
            ov.omschrijving = verberg.has('overdracht') ? NIET_OPENBAAR : vrij(ov.omschrijving!, ov.bron, 'omschrijving', 'overdracht');
        }
        for (const f of o.fasen) {
            const w = f as Schrijfbaar<typeof f>;
            if (verberg.has('documenten')) {
                w.documenten = [];
            } else {
                for (const doc of f.documenten as Schrijfbaar<Document>[]) {
                    if (eenmaal(doc)) doc.titel = vrij(doc.titel, doc.bron, 'titel', 'titel van een document');
                }
            }
        }
        for (const x of [...o.doelen, ...o.inspanningen] as Schrijfbaar<Doel | Inspanning>[]) {
            if (eenmaal(x))
                x.titel = vrijOpt(x.titel, x.bron, 'titel', 'draagtBijAan' in x ? 'titel van een inspanning' : 'titel van een doel');
        }
        for (const h of o.historie as Schrijfbaar<HistorieRegel>[]) {
            h.reden = verberg.has('historie') ? verborgen(h.reden) : vrijOpt(h.reden, h.bron, 'reden', 'reden in de historie');
            h.afgestemdMet.forEach(rol);
        }
        o.lessen = verberg.has('lessen') ? [] : o.lessen.map((l) => ({ ...l, tekst: vrij(l.tekst, l.bron, 'tekst', 'les') }));
    }
}

/** A hidden text field: `[niet openbaar]` when something was written. */
function verborgen(tekst: string | undefined): string | undefined {
    return tekst === undefined ? undefined : NIET_OPENBAAR;
}
