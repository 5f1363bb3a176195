/**
 * The semantic comparison of two checked versions of a portfolio (issue "The reviewer's view").
 * Declarations are matched by kind and id, never by file or line, so moving a declaration to
 * another file or re-indenting changes nothing. Each declaration is described as an ordered list
 * of properties (label → value); two descriptions differ where a value differs. Findings are
 * matched by rule and message (a message names its subject), also not by place.
 *
 * Linear in the size of both portfolios: one description per declaration, maps by id.
 */
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import type { Bevinding, CheckResultaat, OnderdrukteBevinding } from '../../../language/src/check/checker.js';
import type { Versie } from '../../../language/src/git/versie.js';
import { themaVan } from '../../../language/src/model/navigatie.js';
import type { Fase, Opdracht, Opgave, Portfolio } from '../../../language/src/model/types.js';
import { STATUSSEN, WERKWIJZEN } from '../../../language/src/model/waarden.js';
import type { Ernst } from '../../../language/src/rules/regel.js';
import { ELEMENT_SOORTEN, type Elementwijziging, type PortfolioDiff, type Veldwijziging } from './schema.js';

/** A property value: text, an amount (euro), a capacity (FTE), a date, or a set of items. */
type Waarde =
    | { readonly soort: 'tekst'; readonly tekst: string; readonly toestand?: string }
    | { readonly soort: 'euro'; readonly n: number }
    | { readonly soort: 'fte'; readonly n: number }
    | { readonly soort: 'datum'; readonly tekst: string; readonly geldig: boolean }
    | { readonly soort: 'lijst'; readonly items: readonly string[] };

/** A declaration described for comparison: its properties in reading order. */
interface Beschrijving {
    readonly soort: (typeof ELEMENT_SOORTEN)[number];
    readonly id: string;
    readonly titel?: string;
    readonly thema?: string;
    readonly opgave?: string;
    readonly velden: ReadonlyMap<string, Waarde>;
    /** For an opdracht: historie lines, to explain a werkwijze change. */
    readonly historie?: readonly { readonly sleutel: string; readonly werkwijze?: string; readonly tekst: string }[];
}

const GETAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const euroTekst = (n: number): string => `€ ${GETAL.format(n)}`;
const fteTekst = (n: number): string => `${GETAL.format(n)} FTE`;
const metTeken = (n: number, tekst: string): string => `${n > 0 ? '+' : n < 0 ? '-' : '±'}${tekst}`;

/** Days between two valid ISO dates (b − a). */
function dagen(a: string, b: string): number {
    return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Builds a property map, leaving out what is not written (undefined, empty text, empty list). */
class Velden {
    readonly map = new Map<string, Waarde>();
    tekst(label: string, tekst: string | undefined, toestand?: string): this {
        if (tekst !== undefined && tekst !== '') {
            this.map.set(label, toestand !== undefined ? { soort: 'tekst', tekst, toestand } : { soort: 'tekst', tekst });
        }
        return this;
    }
    euro(label: string, n: number | undefined): this {
        if (n !== undefined) {
            this.map.set(label, { soort: 'euro', n });
        }
        return this;
    }
    fte(label: string, n: number | undefined): this {
        if (n !== undefined) {
            this.map.set(label, { soort: 'fte', n });
        }
        return this;
    }
    datum(label: string, d: { readonly tekst: string; readonly geldig: boolean } | undefined): this {
        if (d !== undefined) {
            this.map.set(label, { soort: 'datum', tekst: d.tekst, geldig: d.geldig });
        }
        return this;
    }
    lijst(label: string, items: readonly string[]): this {
        if (items.length > 0) {
            this.map.set(label, { soort: 'lijst', items });
        }
        return this;
    }
}

/** A phase as one line: state, date, decision and documents. */
function faseTekst(f: Fase): string {
    const delen = [f.datum ? `${f.toestand} ${f.datum.tekst}` : f.toestand];
    if (f.besluit) {
        delen.push(`besluit ${f.besluit}`);
    }
    if (f.documenten.length > 0) {
        delen.push(
            `documenten: ${f.documenten.map((d) => `${d.soort}${d.jaar !== undefined ? ` ${d.jaar}` : ''} “${d.titel}”`).join(', ')}`,
        );
    }
    return delen.join('; ');
}

function beschrijfOpdracht(o: Opdracht): Beschrijving {
    const v = new Velden()
        .tekst('titel', o.titel)
        .tekst('opgave', o.opgaveNaam)
        .tekst('werkwijze', o.werkwijze)
        .tekst('status', o.status)
        .tekst('volgende stap', o.volgendeStap)
        .tekst('eigenaar', o.eigenaar?.naam);
    const d = o.driehoek;
    v.lijst('bestuurlijk opdrachtgever', d?.bestuurlijkOpdrachtgevers.map((r) => r.naam) ?? [])
        .lijst('ambtelijk opdrachtgever', d?.ambtelijkOpdrachtgevers.map((r) => r.naam) ?? [])
        .lijst('sturingsprofessional', d?.sturingsprofessionals.map((r) => r.naam) ?? [])
        .lijst('eindverantwoordelijk', d?.eindverantwoordelijk.map((r) => r.naam) ?? [])
        .tekst('rolverdeling', o.rolverdeling)
        .euro('budget', o.budget)
        .fte('capaciteit', o.capaciteit)
        .euro('extra budget', o.extraBudget?.bedrag)
        .tekst('raadsbesluit extra budget', o.extraBudget?.raadsbesluit)
        .datum('periode start', o.periode?.start)
        .datum('periode eind', o.periode?.eind)
        .datum('vastgesteld', o.vastgesteld)
        .datum('herijkt', o.herijkt)
        .lijst('kaders', o.kaders)
        .lijst('criteria', o.criteria)
        .tekst('kwaliteit', o.kwaliteit);
    for (const f of o.fasen) {
        v.tekst(`fase ${f.naam}`, faseTekst(f), f.toestand);
    }
    v.lijst(
        'doelen',
        o.doelen.map((x) => (x.titel ? `${x.id} (${x.titel})` : x.id)),
    )
        .lijst(
            'inspanningen',
            o.inspanningen.map((x) => {
                const naar = x.draagtBijAan.map((dl) => dl.id).join(', ');
                return `${x.id}${x.titel ? ` (${x.titel})` : ''}${naar ? ` → ${naar}` : ''}${x.opdracht ? ` door ${x.opdracht.id}` : ''}`;
            }),
        )
        .tekst(
            'overdracht',
            o.overdracht ? [o.overdracht.aan?.id, o.overdracht.omschrijving].filter(Boolean).join(': ') || 'ja' : undefined,
        )
        .datum('decharge', o.decharge)
        .lijst(
            'lessen',
            o.lessen.map((l) => `${l.datum.tekst}: ${l.tekst}`),
        );
    const historie = o.historie.map((h) => {
        const wie = h.afgestemdMet.map((a) => a.naam).join(', ');
        const tekst = `${h.datum.tekst} ${h.werkwijze ?? '?'}${h.reden ? `: ${h.reden}` : ''}${wie ? ` (afgestemd met ${wie})` : ''}`;
        return { sleutel: tekst, werkwijze: h.werkwijze, tekst };
    });
    v.lijst(
        'historie',
        historie.map((h) => h.tekst),
    );
    return {
        soort: 'opdracht',
        id: o.id,
        titel: o.titel,
        thema: themaVan(o.opgave)?.id,
        opgave: o.opgave?.id ?? o.opgaveNaam,
        velden: v.map,
        historie,
    };
}

function beschrijfOpgave(o: Opgave): Beschrijving {
    const vs = o.voorscheider;
    const uitkomst = o.effectieveVoorscheider;
    const v = new Velden()
        .tekst('titel', o.titel)
        .tekst('thema', o.themaNaam)
        .tekst('deel van', o.deelVanNaam)
        .tekst('prioriteit', o.prioriteit)
        .lijst(
            'gebieden',
            o.gebieden.map((g) => g.id),
        )
        .lijst('kenmerken', o.kenmerken)
        .tekst('bedoeling', o.bedoeling)
        .tekst('huidige situatie', o.huidigeSituatie)
        .tekst('gewenste situatie', o.gewensteSituatie)
        .lijst(
            'spelers',
            o.spelers.map((s) => s.id),
        )
        .tekst('voorscheider idee', vs?.idee)
        .tekst('voorscheider netwerk', vs?.netwerk)
        .tekst('voorscheider besluitvorming', vs?.besluitvorming)
        .tekst(
            'uitkomst voorscheider',
            uitkomst
                ? `${uitkomst.proces} (score ${GETAL.format(uitkomst.score)}${uitkomst.van !== o ? `, van ${uitkomst.van.id}` : ''})`
                : undefined,
        );
    return { soort: 'opgave', id: o.id, titel: o.titel, thema: themaVan(o)?.id, velden: v.map };
}

/** Every declaration of a portfolio, described, keyed by kind and id (the first one per id). */
function beschrijf(p: Portfolio): Map<string, Beschrijving> {
    const uit = new Map<string, Beschrijving>();
    const zet = (b: Beschrijving): void => {
        const sleutel = `${b.soort}\0${b.id}`;
        if (!uit.has(sleutel)) {
            uit.set(sleutel, b);
        }
    };
    for (const g of p.gemeenten) {
        zet({
            soort: 'gemeente',
            id: g.id,
            titel: g.titel,
            velden: new Velden().tekst('titel', g.titel).tekst('besturingsmodel', g.besturingsmodel).map,
        });
    }
    for (const x of p.personen) {
        zet({
            soort: 'persoon',
            id: x.id,
            titel: x.titel,
            velden: new Velden().tekst('titel', x.titel).lijst('functies', x.functies).fte('fte', x.fte).map,
        });
    }
    for (const x of p.spelers) {
        zet({
            soort: 'speler',
            id: x.id,
            titel: x.titel,
            velden: new Velden().tekst('titel', x.titel).tekst('soort', x.soort).tekst('positie', x.positie).map,
        });
    }
    for (const x of p.gebieden) {
        zet({
            soort: 'gebied',
            id: x.id,
            titel: x.titel,
            velden: new Velden().tekst('titel', x.titel).tekst('schaal', x.schaal).tekst('gebiedsmanager', x.gebiedsmanager?.id).map,
        });
    }
    for (const t of p.themas) {
        zet({
            soort: 'thema',
            id: t.id,
            titel: t.titel,
            thema: t.id,
            velden: new Velden().tekst('titel', t.titel).tekst('soort', t.soort).tekst('opgavemanager', t.opgavemanagerNaam).map,
        });
    }
    for (const o of p.opgaven) {
        zet(beschrijfOpgave(o));
    }
    for (const o of p.opdrachten) {
        zet(beschrijfOpdracht(o));
    }
    return uit;
}

const tekstVan = (w: Waarde): string => {
    switch (w.soort) {
        case 'tekst':
        case 'datum':
            return w.tekst;
        case 'euro':
            return euroTekst(w.n);
        case 'fte':
            return fteTekst(w.n);
        case 'lijst':
            return w.items.join('; ');
    }
};

const gelijk = (a: Waarde, b: Waarde): boolean =>
    a.soort === b.soort &&
    (a.soort === 'lijst' && b.soort === 'lijst'
        ? a.items.length === b.items.length && a.items.every((x, i) => x === b.items[i])
        : tekstVan(a) === tekstVan(b));

/** The difference of two values of the same property, as a reader wants it. */
function verschil(a: Waarde | undefined, b: Waarde | undefined): string | undefined {
    if (a?.soort === 'euro' && b?.soort === 'euro') {
        return metTeken(b.n - a.n, euroTekst(Math.abs(b.n - a.n)));
    }
    if (a?.soort === 'fte' && b?.soort === 'fte') {
        return metTeken(b.n - a.n, fteTekst(Math.abs(b.n - a.n)));
    }
    if (a?.soort === 'datum' && b?.soort === 'datum' && a.geldig && b.geldig) {
        const n = dagen(a.tekst, b.tekst);
        return `${metTeken(n, String(Math.abs(n)))} ${Math.abs(n) === 1 ? 'dag' : 'dagen'}`;
    }
    if (a?.soort === 'lijst' && b?.soort === 'lijst') {
        const voor = new Set(a.items);
        const na = new Set(b.items);
        const nieuw = b.items.filter((x) => !voor.has(x));
        const weg = a.items.filter((x) => !na.has(x));
        const delen = [nieuw.length > 0 ? `nieuw: ${nieuw.join('; ')}` : '', weg.length > 0 ? `weg: ${weg.join('; ')}` : ''].filter(
            Boolean,
        );
        return delen.length > 0 ? delen.join('; ') : 'volgorde gewijzigd';
    }
    return undefined;
}

/** The changed properties between two descriptions (either may be absent: added or removed). */
function veldwijzigingen(a: Beschrijving | undefined, b: Beschrijving | undefined): Veldwijziging[] {
    const uit: Veldwijziging[] = [];
    const labels = [...(b?.velden.keys() ?? [])];
    const inB = new Set(labels);
    for (const label of a?.velden.keys() ?? []) {
        if (!inB.has(label)) {
            labels.push(label);
        }
    }
    for (const label of labels) {
        const voor = a?.velden.get(label);
        const na = b?.velden.get(label);
        if (voor && na && gelijk(voor, na)) {
            continue;
        }
        const w: { -readonly [K in keyof Veldwijziging]: Veldwijziging[K] } = { veld: label };
        if (voor) {
            w.voor = tekstVan(voor);
        }
        if (na) {
            w.na = tekstVan(na);
        }
        const d = a && b ? verschil(voor, na) : undefined;
        if (d !== undefined) {
            w.verschil = d;
        }
        if (
            a &&
            na?.soort === 'tekst' &&
            (na.toestand === 'actief' || na.toestand === 'afgerond') &&
            (voor?.soort !== 'tekst' || voor.toestand !== na.toestand)
        ) {
            w.overgang = na.toestand;
        }
        if (label === 'werkwijze' && a && b && b.historie) {
            // The historie line that explains the change: the newest new line naming the new werkwijze.
            const bekend = new Set((a.historie ?? []).map((h) => h.sleutel));
            const uitleg = [...b.historie].reverse().find((h) => !bekend.has(h.sleutel) && h.werkwijze === w.na);
            if (uitleg) {
                w.toelichting = `historie ${uitleg.tekst}`;
            }
        }
        uit.push(w);
    }
    return uit;
}

/** The findings of a result counted per severity. */
export function perErnst(r: CheckResultaat): Record<Ernst, number> {
    const uit: Record<Ernst, number> = { error: 0, warning: 0, info: 0 };
    for (const b of r.bevindingen) {
        uit[b.severity]++;
    }
    return uit;
}

/** A finding for the diff: file relative to the repository, 1-based line. */
function bevindingVan(b: Bevinding, repository: string): DiffBevinding {
    const bestand = b.uri.startsWith('file:') ? path.relative(repository, fileURLToPath(b.uri)).split(path.sep).join('/') : b.uri;
    return { ruleId: b.ruleId, severity: b.severity, message: b.message, bestand, regel: b.range.start.line + 1 };
}

const bevindingSleutel = (b: { ruleId: string; message: string }): string => `${b.ruleId}\0${b.message}`;
const plekVolgorde = (
    a: { bestand: string; regel: number; ruleId: string },
    b: { bestand: string; regel: number; ruleId: string },
): number =>
    a.bestand < b.bestand ? -1 : a.bestand > b.bestand ? 1 : a.regel - b.regel || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);

/**
 * The findings of `in` that `uit` does not have, matched by rule and message as a multiset: with
 * two equal findings before and three after, one is new.
 */
function verschilBevindingen<T extends { ruleId: string; message: string }>(
    uit: readonly T[],
    inn: readonly T[],
    sleutel: (b: T) => string = bevindingSleutel,
): T[] {
    const tel = new Map<string, number>();
    for (const b of uit) {
        tel.set(sleutel(b), (tel.get(sleutel(b)) ?? 0) + 1);
    }
    const rest: T[] = [];
    for (const b of inn) {
        const n = tel.get(sleutel(b)) ?? 0;
        if (n > 0) {
            tel.set(sleutel(b), n - 1);
        } else {
            rest.push(b);
        }
    }
    return rest;
}

/** Totals of one portfolio: opdrachten per werkwijze, status and thema; budget (euro) and capacity (FTE) per thema. */
export function totalenVan(p: Portfolio): {
    opdrachten: number;
    werkwijze: Map<string, number>;
    status: Map<string, number>;
    thema: Map<string, { titel?: string; budget: number; capaciteit: number; opdrachten: number }>;
} {
    const werkwijze = new Map<string, number>();
    const status = new Map<string, number>();
    const thema = new Map<string, { titel?: string; budget: number; capaciteit: number; opdrachten: number }>();
    for (const t of p.themas) {
        if (!thema.has(t.id)) {
            thema.set(t.id, { titel: t.titel, budget: 0, capaciteit: 0, opdrachten: 0 });
        }
    }
    const gezien = new Set<string>();
    for (const o of p.opdrachten) {
        if (gezien.has(o.id)) {
            continue;
        }
        gezien.add(o.id);
        if (o.werkwijze) {
            werkwijze.set(o.werkwijze, (werkwijze.get(o.werkwijze) ?? 0) + 1);
        }
        if (o.status) {
            status.set(o.status, (status.get(o.status) ?? 0) + 1);
        }
        const t = themaVan(o.opgave);
        const sleutel = t?.id ?? '';
        let rij = thema.get(sleutel);
        if (!rij) {
            rij = { titel: t?.titel, budget: 0, capaciteit: 0, opdrachten: 0 };
            thema.set(sleutel, rij);
        }
        rij.budget += o.budget ?? 0;
        rij.capaciteit += o.capaciteit ?? 0;
        rij.opdrachten++;
    }
    return { opdrachten: gezien.size, werkwijze, status, thema };
}

/** Rounds sums of FTE and euro to cents/hundredths, so 0.1 + 0.2 shows as 0.3. */
const rond = (n: number): number => Math.round(n * 100) / 100;

const volgorde = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const SOORT_VOLGORDE = new Map<string, number>(ELEMENT_SOORTEN.map((s, i) => [s, i]));

/** A finding as the diff shows it. */
type DiffBevinding = PortfolioDiff['bevindingen']['nieuw'][number];

/**
 * What the comparison needs of one version: descriptions, totals and findings, without the model
 * and its syntax trees, so the first version's memory is free before the second is read.
 */
export interface Samenvatting {
    readonly versie: PortfolioDiff['basis'];
    readonly beschrijvingen: ReadonlyMap<string, Beschrijving>;
    readonly totalen: ReturnType<typeof totalenVan>;
    readonly perErnst: Record<Ernst, number>;
    readonly bevindingen: readonly DiffBevinding[];
    readonly onderdrukt: readonly (DiffBevinding & { readonly reden: string; readonly tot?: string })[];
}

/** Summarises a checked version for {@link vergelijkVersies}; file paths relative to its repository. */
export function samenvatVersie(v: Versie): Samenvatting {
    const r = v.resultaat;
    return {
        versie: {
            naam: v.naam,
            ...(v.commit !== undefined ? { commit: v.commit } : {}),
            peildatum: v.peildatum,
            bestanden: v.bestanden.length,
        },
        beschrijvingen: beschrijf(r.portfolio),
        totalen: totalenVan(r.portfolio),
        perErnst: perErnst(r),
        bevindingen: r.bevindingen.map((b) => bevindingVan(b, v.repository)),
        onderdrukt: r.onderdrukt.map((o: OnderdrukteBevinding) => ({
            ...bevindingVan(o.bevinding, v.repository),
            reden: o.reden,
            ...(o.tot !== undefined ? { tot: o.tot } : {}),
        })),
    };
}

/**
 * Compares two summarised versions ({@link samenvatVersie}).
 * @param basis the older version (the pull request's target)
 * @param doel the newer version (the pull request's head or the working tree)
 * @returns the diff: changed declarations sorted by thema, kind and id; totals; findings
 */
export function vergelijkVersies(basis: Samenvatting, doel: Samenvatting): PortfolioDiff {
    const voor = basis.beschrijvingen;
    const na = doel.beschrijvingen;
    const wijzigingen: Elementwijziging[] = [];
    for (const [sleutel, b] of na) {
        const a = voor.get(sleutel);
        const velden = veldwijzigingen(a, b);
        if (a && velden.length === 0) {
            continue;
        }
        wijzigingen.push(elementwijziging(b, a ? 'gewijzigd' : 'toegevoegd', velden));
    }
    for (const [sleutel, a] of voor) {
        if (!na.has(sleutel)) {
            wijzigingen.push(elementwijziging(a, 'verwijderd', veldwijzigingen(a, undefined)));
        }
    }
    wijzigingen.sort(
        (x, y) =>
            volgorde(x.thema ?? '\uffff', y.thema ?? '\uffff') ||
            (SOORT_VOLGORDE.get(x.soort) ?? 0) - (SOORT_VOLGORDE.get(y.soort) ?? 0) ||
            volgorde(x.id, y.id) ||
            volgorde(x.wijziging, y.wijziging),
    );

    const tv = basis.totalen;
    const tn = doel.totalen;
    const themas = [...new Set([...tv.thema.keys(), ...tn.thema.keys()])].sort(volgorde);
    const leeg = { budget: 0, capaciteit: 0, opdrachten: 0 };
    const nieuw = verschilBevindingen(basis.bevindingen, doel.bevindingen).sort(plekVolgorde);
    const opgelost = verschilBevindingen(doel.bevindingen, basis.bevindingen).sort(plekVolgorde);
    const negeerSleutel = (o: { ruleId: string; message: string; reden: string }): string => `${bevindingSleutel(o)}\0${o.reden}`;
    const nieuweNegeer = verschilBevindingen(basis.onderdrukt, doel.onderdrukt, negeerSleutel).sort(plekVolgorde);
    return {
        basis: basis.versie,
        doel: doel.versie,
        inhoudelijkGewijzigd: wijzigingen.length > 0 || nieuw.length > 0 || opgelost.length > 0 || nieuweNegeer.length > 0,
        wijzigingen,
        totalen: {
            opdrachten: { voor: tv.opdrachten, na: tn.opdrachten },
            perWerkwijze: WERKWIJZEN.map((w) => ({ werkwijze: w, voor: tv.werkwijze.get(w) ?? 0, na: tn.werkwijze.get(w) ?? 0 })),
            perStatus: STATUSSEN.map((s) => ({ status: s, voor: tv.status.get(s) ?? 0, na: tn.status.get(s) ?? 0 })),
            perThema: themas.map((t) => {
                const a = tv.thema.get(t) ?? leeg;
                const b = tn.thema.get(t) ?? leeg;
                const titel = tn.thema.get(t)?.titel ?? tv.thema.get(t)?.titel;
                return {
                    thema: t,
                    ...(titel !== undefined ? { titel } : {}),
                    budget: { voor: rond(a.budget), na: rond(b.budget) },
                    capaciteit: { voor: rond(a.capaciteit), na: rond(b.capaciteit) },
                    opdrachten: { voor: a.opdrachten, na: b.opdrachten },
                };
            }),
        },
        bevindingen: { voor: basis.perErnst, na: doel.perErnst, nieuw, opgelost, nieuweNegeer },
    };
}

/** The diff entry of one declaration. */
function elementwijziging(b: Beschrijving, wijziging: Elementwijziging['wijziging'], velden: Veldwijziging[]): Elementwijziging {
    return {
        soort: b.soort,
        id: b.id,
        ...(b.titel !== undefined ? { titel: b.titel } : {}),
        wijziging,
        ...(b.thema !== undefined ? { thema: b.thema } : {}),
        ...(b.opgave !== undefined ? { opgave: b.opgave } : {}),
        velden,
    };
}
