/**
 * The resolved portfolio model: the one input of every rule and every report.
 *
 * It is built once per change from the parsed and linked files (see `bouw/index.ts`). Everything
 * here is plain data with resolved object references; unresolved references are absent (the
 * reference itself is reported as `onbekende-verwijzing`), but the name that was written is kept
 * so rules can tell "nothing written" from "written but unknown".
 *
 * Units: amounts are euro (number), capacity and fte are FTE (number), dates are `Datum` values
 * (ISO `YYYY-MM-DD` text). Guide references: H2 opgaven and opdrachten, H4 sturingsdriehoek and
 * opgavemanager, H5/B2 werkwijzen and phases, H3 batenmanagement, H6 leren.
 */
import type { AstNode } from 'langium';
import type { Range } from 'vscode-languageserver';
import type {
    Besluit,
    BesluitvormingAntwoord,
    Besturingsmodel,
    DriehoekRol,
    Functie,
    IdeeAntwoord,
    Kenmerk,
    NetwerkAntwoord,
    Positie,
    Prioriteit,
    Schaal,
    SpelerSoort,
    Status,
    ThemaSoort,
    Werkwijze,
} from '../../generated/ast.js';
import type { FaseToestand, Proces } from './waarden.js';

/** Where a model element was written: document URI (string) and its LSP range (0-based). */
export interface Bron {
    readonly uri: string;
    readonly range: Range;
    /** The AST node behind the element; only for locating sub-properties (`locate`), never walked. */
    readonly node: AstNode;
}

/** An ISO date as written, with its validity (`ongeldige-datum` reports invalid ones). */
export interface Datum {
    /** The text as written, `YYYY-MM-DD`. Compares chronologically as a string when valid. */
    readonly tekst: string;
    /** True when it is a real calendar date (no 2026-02-30). */
    readonly geldig: boolean;
}

// The enumerations are the grammar's (`language/grammar/waarden.langium`), through the generated
// AST, never retyped here; their value lists for run time are in `waarden.ts`.
export type {
    Besluit,
    BesluitvormingAntwoord,
    Besturingsmodel,
    Functie,
    IdeeAntwoord,
    Kenmerk,
    NetwerkAntwoord,
    Positie,
    Prioriteit,
    Schaal,
    SpelerSoort,
    Status,
    ThemaSoort,
    Werkwijze,
};
export type { FaseToestand, Proces };
/** The three roles of a sturingsdriehoek line (grammar `DriehoekRol`). */
export type DriehoekRolNaam = DriehoekRol['rol'];

/** `gemeente`: the municipality and its besturingsmodel (H4 "Varianten in de sturingsdriehoek"). */
export interface Gemeente {
    readonly id: string;
    readonly titel?: string;
    readonly besturingsmodel?: Besturingsmodel;
    readonly bron: Bron;
}

/** `persoon`: somebody who can fill roles; `fte` is the capacity available for opdrachten. */
export interface Persoon {
    readonly id: string;
    readonly titel?: string;
    readonly functies: readonly Functie[];
    /** Available capacity in FTE, when given. */
    readonly fte?: number;
    readonly bron: Bron;
}

/** `speler`: a party in the network around an opgave (H2 "Impliciete gemeenschappelijke opdracht"). */
export interface Speler {
    readonly id: string;
    readonly titel?: string;
    readonly soort?: SpelerSoort;
    readonly positie?: Positie;
    readonly bron: Bron;
}

/** `gebied`: an area an opgave is about. */
export interface Gebied {
    readonly id: string;
    readonly titel?: string;
    readonly schaal?: Schaal;
    readonly gebiedsmanager?: Persoon;
    readonly bron: Bron;
}

/** `thema`: a cluster of opgaven with one opgavemanager (H4 "De opgavemanager"). */
export interface Thema {
    readonly id: string;
    readonly titel?: string;
    readonly soort?: ThemaSoort;
    readonly opgavemanager?: Persoon;
    /** Name written after `opgavemanager`, also when it does not resolve. */
    readonly opgavemanagerNaam?: string;
    /** Opgaven that name this thema, sorted by id. */
    readonly opgaven: readonly Opgave[];
    readonly bron: Bron;
}

/** Answers of the voorscheider (B2 "Voorscheider"). */
export interface Voorscheider {
    readonly idee?: IdeeAntwoord;
    readonly netwerk?: NetwerkAntwoord;
    readonly besluitvorming?: BesluitvormingAntwoord;
    readonly bron: Bron;
}

/**
 * Outcome of the voorscheider that applies to an opgave: its own, or the nearest one up the
 * `deel-van` chain. Score counts unclear answers as 1 and `deels` as ½ (B2): ≥ 2 is a
 * zoekproces, ≤ 1 a maakproces, in between (1½) undecided.
 */
export interface VoorscheiderUitkomst {
    readonly voorscheider: Voorscheider;
    /** The opgave whose voorscheider was used (the opgave itself or an ancestor). */
    readonly van: Opgave;
    readonly score: number;
    readonly proces: Proces;
}

/** `opgave` (or deelopgave, when `deel-van` is set): a societal challenge (H2 "Wat is een opgave?"). */
export interface Opgave {
    readonly id: string;
    readonly titel?: string;
    readonly thema?: Thema;
    /** Name written after `thema`, also when it does not resolve. */
    readonly themaNaam?: string;
    readonly deelVan?: Opgave;
    /** Name written after `deel-van`, also when it does not resolve. */
    readonly deelVanNaam?: string;
    /** Direct deelopgaven, sorted by id. */
    readonly deelopgaven: readonly Opgave[];
    readonly gebieden: readonly Gebied[];
    readonly kenmerken: readonly Kenmerk[];
    readonly bedoeling?: string;
    readonly huidigeSituatie?: string;
    readonly gewensteSituatie?: string;
    readonly spelers: readonly Speler[];
    /** Number of names written after `spelers` (resolved or not). */
    readonly spelersGenoemd: number;
    /** Version 2: its priority in the portfolio (H3 "Prioriteitstelling"); undefined when not written. */
    readonly prioriteit?: Prioriteit;
    readonly voorscheider?: Voorscheider;
    /** The voorscheider that applies, following `deel-van`; undefined when none up the chain. */
    readonly effectieveVoorscheider?: VoorscheiderUitkomst;
    /** Opdrachten `voor` this opgave, sorted by id. */
    readonly opdrachten: readonly Opdracht[];
    /** True when `deel-van` links from here lead back into a cycle. */
    readonly inCyclus: boolean;
    readonly bron: Bron;
}

/** A person named in a role; `persoon` is absent when the name does not resolve. */
export interface Rolbezetting {
    readonly naam: string;
    readonly persoon?: Persoon;
    readonly bron: Bron;
}

/**
 * A name after `afgestemd-met`: a persoon, or (version 2) a speler such as a corporation or a
 * residents' association (H2, randvoorwaarde 3: agreed with the opdrachtgevers and the parties
 * involved). Neither is set when the name does not resolve.
 */
export interface Afstemming {
    readonly naam: string;
    readonly persoon?: Persoon;
    readonly speler?: Speler;
    readonly bron: Bron;
}

/** The sturingsdriehoek of an opdracht (H4 "De sturingsdriehoek", B1). */
export interface Driehoek {
    readonly bestuurlijkOpdrachtgevers: readonly Rolbezetting[];
    readonly ambtelijkOpdrachtgevers: readonly Rolbezetting[];
    readonly sturingsprofessionals: readonly Rolbezetting[];
    /** Persons marked `eindverantwoordelijk` (among several opdrachtgevers). */
    readonly eindverantwoordelijk: readonly Rolbezetting[];
    readonly bron: Bron;
}

/** A decision document of a phase (B2): kind, optional year (jaarplan) and title or path. */
export interface Document {
    readonly soort: string;
    readonly jaar?: number;
    readonly titel: string;
    readonly bron: Bron;
}

/** One phase line of an opdracht (B2 "De kern van de vijf werkwijzen"). */
export interface Fase {
    readonly naam: string;
    readonly toestand: FaseToestand;
    /** Planned date (`gepland`) or completion date (`afgerond`). */
    readonly datum?: Datum;
    readonly besluit?: Besluit;
    readonly documenten: readonly Document[];
    /** Position in the werkwijze's phase list; undefined for a phase that does not belong to it. */
    readonly positie?: number;
    readonly bron: Bron;
}

/** A doel of a programma's DIN (B2 "Doelen-inspanningennetwerk"). */
export interface Doel {
    readonly id: string;
    readonly titel?: string;
    /** Inspanningen that contribute to this doel. */
    readonly inspanningen: readonly Inspanning[];
    readonly bron: Bron;
}

/** An inspanning of a programma's DIN; may be carried out by another opdracht. */
export interface Inspanning {
    readonly id: string;
    readonly titel?: string;
    readonly draagtBijAan: readonly Doel[];
    /** Number of doel names written after `draagt-bij-aan` (resolved or not). */
    readonly doelenGenoemd: number;
    readonly opdracht?: Opdracht;
    readonly bron: Bron;
}

/** One entry of the werkwijze history (H5 "Werkwijze kiezen en wisselen"). */
export interface HistorieRegel {
    readonly datum: Datum;
    /** Undefined when a syntax error left the werkwijze word unreadable (the `syntaxis` finding reports it). */
    readonly werkwijze?: Werkwijze;
    readonly reden?: string;
    /** Personen and spelers it was agreed with, in the order written. */
    readonly afgestemdMet: readonly Afstemming[];
    readonly bron: Bron;
}

/** The opdracht: the written assignment that commits people and money (H2 "De opdracht als middel"). */
export interface Opdracht {
    readonly id: string;
    readonly titel?: string;
    readonly opgave?: Opgave;
    /** Name written after `voor`, also when it does not resolve; undefined when there is no `voor`. */
    readonly opgaveNaam?: string;
    readonly werkwijze?: Werkwijze;
    readonly driehoek?: Driehoek;
    readonly eigenaar?: Rolbezetting;
    readonly rolverdeling?: string;
    readonly kaders: readonly string[];
    readonly criteria: readonly string[];
    readonly kwaliteit?: string;
    /** Budget in euro. */
    readonly budget?: number;
    /** Capacity in FTE. */
    readonly capaciteit?: number;
    readonly extraBudget?: { readonly bedrag?: number; readonly raadsbesluit?: string; readonly bron: Bron };
    readonly periode?: { readonly start: Datum; readonly eind?: Datum; readonly bron: Bron };
    readonly vastgesteld?: Datum;
    readonly herijkt?: Datum;
    readonly status?: Status;
    readonly volgendeStap?: string;
    readonly fasen: readonly Fase[];
    /** The first `actief` phase, else the last `afgerond` one, among the werkwijze's phases. */
    readonly huidigeFase?: Fase;
    readonly doelen: readonly Doel[];
    readonly inspanningen: readonly Inspanning[];
    readonly historie: readonly HistorieRegel[];
    readonly overdracht?: { readonly aan?: Persoon; readonly omschrijving?: string; readonly bron: Bron };
    readonly decharge?: Datum;
    readonly lessen: readonly { readonly datum: Datum; readonly tekst: string; readonly bron: Bron }[];
    readonly bron: Bron;
}

/**
 * The whole portfolio. Lists hold every declaration in a stable order (by id, then file, then
 * position), duplicates included; the maps hold the first declaration per id.
 */
export interface Portfolio {
    readonly gemeenten: readonly Gemeente[];
    /** The besturingsmodel of the (first) gemeente; `basismodel` when none is declared. */
    readonly besturingsmodel: Besturingsmodel;
    readonly personen: readonly Persoon[];
    readonly spelers: readonly Speler[];
    readonly gebieden: readonly Gebied[];
    readonly themas: readonly Thema[];
    readonly opgaven: readonly Opgave[];
    readonly opdrachten: readonly Opdracht[];
    readonly persoonPerId: ReadonlyMap<string, Persoon>;
    readonly opgavePerId: ReadonlyMap<string, Opgave>;
    readonly opdrachtPerId: ReadonlyMap<string, Opdracht>;
}
