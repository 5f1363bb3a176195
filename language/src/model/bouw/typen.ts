/**
 * The builder's private construction types. The public model types are read-only; while the
 * passes run, elements are built as these writable shapes and returned as the read-only ones
 * (a finished `InBouw<T>` is a `T`).
 */
import type { AstNode, Reference } from 'langium';
import type * as ast from '../../../generated/ast.js';
import type { Afstemming, Inspanning, Opdracht, Opgave, Persoon, Rolbezetting, Thema } from '../types.js';

/** A model element while it is built: fields writable and lists mutable arrays, so later passes can link and fill it. */
export type InBouw<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };

/** An opgave in construction, with its links to the elements that get it as a child. */
export interface OpgaveInBouw extends InBouw<Opgave> {
    thema?: InBouw<Thema>;
    deelVan?: OpgaveInBouw;
}

/** An opdracht in construction: its opgave gets it as a child; its inspanningen get their opdracht. */
export interface OpdrachtInBouw extends InBouw<Opdracht> {
    opgave?: OpgaveInBouw;
    inspanningen: InBouw<Inspanning>[];
}

/** A complete top-level declaration (one with a name) and the URI of its document. */
export interface GeschrevenDeclaratie {
    readonly decl: ast.Declaratie;
    readonly uri: string;
}

/** Resolves references to personen, once pass 1 has built them. */
export interface Personen {
    /** The persoon a reference resolves to; undefined when it is absent or does not resolve. */
    persoon(ref: Reference<ast.Persoon> | undefined): Persoon | undefined;
    /** A role filled by the named person; its `bron` is the name inside `owner`. */
    rol(ref: Reference<ast.Persoon>, uri: string, owner: AstNode): Rolbezetting;
    /** A persoon or speler named after `afgestemd-met`; its `bron` is the name inside `owner`. */
    betrokkene(ref: Reference<ast.Betrokkene>, uri: string, owner: AstNode): Afstemming;
}
