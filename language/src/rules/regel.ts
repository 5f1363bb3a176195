/**
 * The shape of a rule module. Every rule of ../shared/spec/regels.md is one file
 * `rules/<familie>/<id>.ts` whose default export is `defineRegel({ … })`: its normative id and
 * default severity, a one-line Dutch summary, the guide section it comes from, its check and, for
 * the fixable rules, its fix.
 * `rules/index.ts` lists the modules per family; everything else (registration, config
 * validation, `opgave rules`, SARIF rule metadata, the documentation tests) reads that list.
 */
import type { Opdracht } from '../model/types.js';
import type { Herstel, HerstelContext, RegelContext } from './context.js';

/** The severities of a finding, most severe first (the order of every output and of the JSON Schema). */
export const ERNSTEN = ['error', 'warning', 'info'] as const;

/** Severity of a finding. */
export type Ernst = (typeof ERNSTEN)[number];

/** Per-rule severity override from the configuration: a severity, or `uit` (off). */
export type RegelInstelling = Ernst | 'uit';

/** What every rule module declares, whatever its unit. */
interface RegelBasis<Id extends string> {
    /** Normative id (regels.md): the diagnostic code everywhere, and the module's file name. */
    readonly id: Id;
    /** Default severity (regels.md). */
    readonly ernst: Ernst;
    /** One line of Dutch: what the rule asks for. */
    readonly samenvatting: string;
    /** Section of the inspiratiegids the rule comes from, e.g. "H4, De sturingsdriehoek"; `taal.md` for language rules. */
    readonly bron: string;
    /**
     * The fix, for the rules marked **fix** in regels.md: the quick fixes for one finding of this
     * rule, best first (empty when the finding cannot be fixed, e.g. no fitting person exists).
     */
    readonly herstel?: (ctx: HerstelContext) => Herstel[];
}

/**
 * A rule whose check reads the whole portfolio (names, role counts, opgaven, themas, document
 * facts): it runs on every check, so it must stay linear in the portfolio's size.
 */
export interface PortfolioRegelSpec<Id extends string = string> extends RegelBasis<Id> {
    /**
     * The check: reads `ctx.portfolio` (and `ctx.documenten` for the integrity rules) and calls
     * `ctx.meld` once per finding.
     */
    readonly controleer: (ctx: RegelContext) => void;
    readonly perOpdracht?: never;
}

/**
 * A rule checked per opdracht. Its findings for one opdracht may depend only on the opdracht's
 * reach: the opdracht itself (with its persons, phases, DIN and historie); its opgave and every
 * opgave up the `deel-van` chain, each with its thema (and that thema's opgavemanager), gebieden,
 * spelers, voorscheider, the voorscheider that applies, its `inCyclus` mark, its opdrachten and
 * deelopgaven; the opdrachten its inspanningen name; `ctx.portfolio.besturingsmodel` and
 * `ctx.instellingen`. The incremental checker (`check/incrementeel.ts`) re-runs it only for the
 * opdrachten whose reach changed and keeps the findings of the others; a rule that needs more
 * (other opdrachten, all persons, counts over the portfolio) is a {@link PortfolioRegelSpec}.
 */
export interface OpdrachtRegelSpec<Id extends string = string> extends RegelBasis<Id> {
    /** The check of one opdracht: calls `ctx.meld` once per finding. Never iterates `ctx.portfolio.opdrachten`. */
    readonly perOpdracht: (opdracht: Opdracht, ctx: RegelContext) => void;
    readonly controleer?: never;
}

/** What one rule module declares: a portfolio-wide check or a per-opdracht check. */
export type RegelSpec<Id extends string = string> = PortfolioRegelSpec<Id> | OpdrachtRegelSpec<Id>;

/** True when the rule has a fix (the editor offers a quick fix; `fixable` in `opgave rules`). */
export function heeftHerstel(r: RegelSpec): boolean {
    return r.herstel !== undefined;
}

/** A rule as listed in `REGELS`: the module's declaration plus its family (the folder it lives in). */
export type Regel<Id extends string = string, F extends string = string> = RegelSpec<Id> & { readonly familie: F };

/**
 * Declares a rule module. Returns its argument unchanged; the `const` type parameter keeps the id
 * as a literal type, so the ids of `REGELS` form the exact union `RegelId`.
 */
export function defineRegel<const Id extends string>(spec: RegelSpec<Id>): RegelSpec<Id> {
    return spec;
}

/**
 * The rules of one family, in the order given, each tagged with the family name. The name is the
 * folder the modules live in (`rules/<familie>/`); a test checks that every module is in the
 * folder of its family, so the name is written once per family and cannot drift per rule.
 */
export function familie<const F extends string, const R extends readonly RegelSpec[]>(
    naam: F,
    regels: R,
): { readonly [K in keyof R]: R[K] & { readonly familie: F } } {
    return regels.map((r) => ({ ...r, familie: naam })) as unknown as { readonly [K in keyof R]: R[K] & { readonly familie: F } };
}
