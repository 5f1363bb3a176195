/**
 * The portfolio checker: parsed and linked documents in, findings out. One function serves the
 * command line and the language server, so both report exactly the same findings.
 *
 * Steps: syntax errors and unresolved references from the documents → resolved model → every
 * registered rule → severity overrides from the configuration → `// @negeer` suppressions →
 * stable order (file, line, column, rule id).
 */
import type { AstNode, LangiumDocument, Reference } from 'langium';
import type { Range } from 'vscode-languageserver';
import { ModelBouwer } from '../model/bouw/index.js';
import type { Opdracht, Portfolio } from '../model/types.js';
import type { LocatieMetBericht } from '../model/locatie.js';
import type { DocumentFeiten, FixData, Instellingen, RegelContext } from '../rules/context.js';
import { REGELS, type RegelId } from '../rules/index.js';
import type { Ernst, RegelInstelling } from '../rules/regel.js';
import { leesOnderdrukkingen, binnen, isVerlopen, type Onderdrukking } from './suppressions.js';
import { OpdrachtEenheden } from './eenheden.js';
import { declaratiesMetSyntaxfout, fouteVerwijzingen, onopgelosteVerwijzingen, perDocument, SuggestieGeheugen } from './feiten.js';
import { syntaxFouten } from './syntax.js';

/** One finding. Ranges are 0-based LSP ranges; formats convert to 1-based lines and columns. */
export interface Bevinding {
    readonly ruleId: RegelId;
    readonly severity: Ernst;
    readonly message: string;
    readonly uri: string;
    readonly range: Range;
    readonly fix?: FixData;
}

/** A finding that a `// @negeer` comment silenced, with the reason given and its end date, if any. */
export interface OnderdrukteBevinding {
    readonly bevinding: Bevinding;
    readonly reden: string;
    /** End date (ISO) of a `// @negeer <id> tot <datum> <reden>`; on or after the peildatum. */
    readonly tot?: string;
}

/** Everything a check yields: the model, the findings and the silenced findings. */
export interface CheckResultaat {
    readonly portfolio: Portfolio;
    readonly bevindingen: readonly Bevinding[];
    readonly onderdrukt: readonly OnderdrukteBevinding[];
    /**
     * Dated suppressions whose end date lies before the peildatum: they silenced nothing in this
     * check (the findings are in `bevindingen`, with one `negeer-verlopen` per comment unless that
     * rule is off). Sorted by file and line of the comment.
     */
    readonly verlopen: readonly Onderdrukking[];
    /**
     * Every dated suppression (`// @negeer <id> tot <datum> <reden>`), lapsed or in force, sorted
     * by file and line of the comment: the decision calendar shows when each one ends.
     */
    readonly gedateerd: readonly Onderdrukking[];
    /**
     * Findings the baseline (`opgave.baseline.json`, baseline.ts) accepted: not in `bevindingen`.
     * Undefined when no baseline was applied.
     */
    readonly inBaseline?: readonly Bevinding[];
}

/** Settings of one check run. */
export interface CheckOpties extends Instellingen {
    /** Per-rule overrides from the configuration. */
    readonly regels?: Partial<Record<string, RegelInstelling>>;
}

/** Extra findings from reading files (e.g. a file that is not UTF-8), reported as `syntaxis`. */
export type LeesFout = LocatieMetBericht;

/** Rules reported even inside a declaration with a syntax error (they do not depend on its completeness). */
const ALTIJD_MELDEN: ReadonlySet<string> = new Set([
    'syntaxis',
    'onbekende-verwijzing',
    'dubbele-naam',
    'negeer-zonder-reden',
    'negeer-verlopen',
    'ongeldige-datum',
]);

function vergelijk(a: Bevinding, b: Bevinding): number {
    if (a.uri !== b.uri) return a.uri < b.uri ? -1 : 1;
    return (
        a.range.start.line - b.range.start.line ||
        a.range.start.character - b.range.start.character ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
    );
}

/**
 * Checks a whole portfolio.
 * @param documents every document of the portfolio, parsed and linked (any order)
 * @param opties peildatum (ISO), terms and per-rule overrides
 * @param leesFouten files that could not be read as text, reported as `syntaxis`
 * @returns model, findings (sorted) and suppressed findings; never throws on bad input
 */
export function controleerPortfolio(
    documents: readonly LangiumDocument[],
    opties: CheckOpties,
    leesFouten: readonly LeesFout[] = [],
): CheckResultaat {
    return new PortfolioControle().controleer(documents, opties, leesFouten);
}

/** Orders suppressions by file, then by the line of their comment. */
function opCommentaar(a: Onderdrukking, b: Onderdrukking): number {
    return a.uri !== b.uri ? (a.uri < b.uri ? -1 : 1) : a.commentaar.start.line - b.commentaar.start.line;
}

/** The findings of an opdracht without any (shared: most opdrachten). */
const GEEN: readonly Bevinding[] = [];

/** What the checker keeps of one document while it is not parsed or linked again. */
interface DocumentStand {
    readonly root: AstNode;
    readonly syntax: readonly LocatieMetBericht[];
    readonly onderdrukkingen: readonly Onderdrukking[];
    readonly negeerFouten: readonly LocatieMetBericht[];
    readonly fouteVerwijzingen: readonly Reference[];
    /** True when the document has none of the facts above. */
    readonly leeg: boolean;
}

/**
 * The checker with memory: checks the same portfolio again and again (the language server, after
 * every edit) and redoes only what a change can affect. Per document it keeps the syntax errors,
 * suppressions and unresolved references; the model builder keeps the elements of unchanged
 * documents (`model/bouw`); per opdracht it keeps the findings of the per-opdracht rules and runs
 * them again only for the opdrachten whose reach changed (`eenheden.ts`). The portfolio-wide rules
 * run on every check; those that walk the opdrachten keep an index in `ctx.geheugen`, updated from
 * the model's change list (`ctx.wijziging`).
 *
 * The result is the same as {@link controleerPortfolio} on the same documents, byte for byte (the
 * test `test/core/incrementeel.test.ts` compares them after every edit of random edit sequences).
 */
export class PortfolioControle {
    private readonly bouwer = new ModelBouwer();
    private readonly eenheden = new OpdrachtEenheden<readonly Bevinding[]>();
    private readonly suggesties = new SuggestieGeheugen();
    /** Per rule, its own memory between checks (`RegelContext.geheugen`). */
    private readonly geheugens = new Map<string, Map<string, unknown>>();
    private documentStanden = new Map<string, DocumentStand>();
    /** Per-opdracht rules run at the last check (for tests and the benchmark). */
    laatstBerekend = 0;

    /**
     * Checks the portfolio.
     * @param documents every document of the portfolio, parsed and linked (any order)
     * @param opties peildatum (ISO), terms and per-rule overrides
     * @param leesFouten files that could not be read as text, reported as `syntaxis`
     * @param herbouwd URIs of the documents parsed or linked since the previous call (undefined:
     *   all). A document whose references were resolved again must be in it.
     * @returns model, findings (sorted) and suppressed findings; never throws on bad input. The
     *   model of the previous result must not be used any more (its elements are reused).
     */
    controleer(
        documents: readonly LangiumDocument[],
        opties: CheckOpties,
        leesFouten: readonly LeesFout[] = [],
        herbouwd?: ReadonlySet<string>,
    ): CheckResultaat {
        const portfolio = this.bouwer.bouw(documents, herbouwd);
        const wijziging = this.bouwer.laatsteWijziging;
        const onderdrukkingen: Onderdrukking[] = [];
        const negeerFouten: LocatieMetBericht[] = [];
        const syntax: LocatieMetBericht[] = [...leesFouten];
        const fouteVerwijzingenPerDocument: [string, readonly Reference[]][] = [];
        // Facts per document, kept for the documents that were not built again; only documents
        // with any facts add to the lists (in document order, which the name suggestions follow).
        const standen = herbouwd === undefined ? new Map<string, DocumentStand>() : this.documentStanden;
        for (const doc of documents) {
            const uri = doc.uri.toString();
            const oud = standen.get(uri);
            const stand =
                oud && oud.root === doc.parseResult.value && herbouwd !== undefined && !herbouwd.has(uri)
                    ? oud
                    : this.documentStand(doc, uri, oud, herbouwd);
            if (stand !== oud) {
                standen.set(uri, stand);
            }
            if (stand.leeg) {
                continue;
            }
            syntax.push(...stand.syntax);
            onderdrukkingen.push(...stand.onderdrukkingen);
            negeerFouten.push(...stand.negeerFouten);
            fouteVerwijzingenPerDocument.push([uri, stand.fouteVerwijzingen]);
        }
        if (standen.size > documents.length) {
            const aanwezig = new Set(documents.map((d) => d.uri.toString()));
            for (const uri of [...standen.keys()].filter((u) => !aanwezig.has(u))) {
                standen.delete(uri);
            }
        }
        this.documentStanden = standen;
        // A dated suppression holds through its end date; after it, it silences nothing (taal.md
        // "Configuration"). Decided here, per check, because it depends on the peildatum.
        const verlopen = onderdrukkingen.filter((o) => isVerlopen(o, opties.peildatum)).sort(opCommentaar);
        const gedateerd = onderdrukkingen.filter((o) => o.tot !== undefined).sort(opCommentaar);
        const werkzaam = verlopen.length === 0 ? onderdrukkingen : onderdrukkingen.filter((o) => !isVerlopen(o, opties.peildatum));
        const documenten: DocumentFeiten = {
            syntaxFouten: syntax,
            onopgelost: onopgelosteVerwijzingen(fouteVerwijzingenPerDocument, portfolio, this.suggesties),
            negeerFouten,
            verlopenNegeer: verlopen.map((o) => ({ uri: o.uri, range: o.commentaar, regel: o.regel, tot: o.tot! })),
        };

        const alle: Bevinding[] = [];
        const perOpdracht: { readonly controle: (o: Opdracht, ctx: RegelContext) => void; readonly ctx: RegelContext }[] = [];
        let doel = alle;
        for (const definitie of REGELS) {
            const instelling = opties.regels?.[definitie.id];
            if (instelling === 'uit') {
                this.geheugens.delete(definitie.id); // it misses this check's changes
                continue;
            }
            const severity: Ernst = instelling ?? definitie.ernst;
            let geheugen = this.geheugens.get(definitie.id);
            if (!geheugen || !wijziging) {
                geheugen = new Map();
                this.geheugens.set(definitie.id, geheugen);
            }
            const ctx: RegelContext = {
                portfolio,
                instellingen: opties,
                documenten,
                wijziging: geheugen.size > 0 ? wijziging : undefined,
                geheugen,
                // The finding is bound to the rule whose check runs: a check cannot report another rule's id.
                meld: (locatie, message, fix) => {
                    doel.push({ ruleId: definitie.id, severity, message, uri: locatie.uri, range: locatie.range, fix });
                },
            };
            if (definitie.perOpdracht) {
                perOpdracht.push({ controle: definitie.perOpdracht, ctx });
            } else {
                definitie.controleer(ctx);
            }
        }
        // Everything a per-opdracht rule reads besides the opdracht's reach.
        const context = JSON.stringify([opties, portfolio.besturingsmodel]);
        const { resultaten, berekend } = this.eenheden.bepaal(
            portfolio.opgaven,
            portfolio.opdrachten,
            context,
            (o) => {
                const eigen: Bevinding[] = [];
                doel = eigen;
                for (const { controle, ctx } of perOpdracht) {
                    controle(o, ctx);
                }
                doel = alle;
                return eigen.length > 0 ? eigen : GEEN;
            },
            wijziging,
        );
        this.laatstBerekend = berekend;
        for (const r of resultaten) {
            if (r.length > 0) {
                alle.push(...r);
            }
        }

        const bevindingen: Bevinding[] = [];
        const onderdrukt: OnderdrukteBevinding[] = [];
        const perUri = perDocument(werkzaam);
        // Only documents with a syntax or read error can hold a declaration that waits for it.
        const foutUris = new Set(syntax.map((f) => f.uri));
        const wachtend = declaratiesMetSyntaxfout(
            foutUris.size === 0 ? [] : documents.filter((d) => foutUris.has(d.uri.toString())),
            syntax,
        );
        for (const b of alle) {
            if (!ALTIJD_MELDEN.has(b.ruleId) && wachtend.get(b.uri)?.some((bereik) => binnen(b.range, bereik))) {
                continue; // the declaration is not complete yet: its syntax error comes first
            }
            const stil = perUri.get(b.uri)?.find((o) => o.regel === b.ruleId && binnen(b.range, o.bereik));
            if (stil) {
                onderdrukt.push({ bevinding: b, reden: stil.reden, ...(stil.tot !== undefined ? { tot: stil.tot } : {}) });
            } else {
                bevindingen.push(b);
            }
        }
        bevindingen.sort(vergelijk);
        onderdrukt.sort((a, b) => vergelijk(a.bevinding, b.bevinding));
        return { portfolio, bevindingen, onderdrukt, verlopen, gedateerd };
    }

    /** The kept facts of a document, or new ones when it was parsed or linked again. */
    private documentStand(
        doc: LangiumDocument,
        uri: string,
        oud: DocumentStand | undefined,
        herbouwd?: ReadonlySet<string>,
    ): DocumentStand {
        const root = doc.parseResult.value;
        let stand: Omit<DocumentStand, 'leeg'>;
        if (oud && oud.root === root) {
            // Same parse: same syntax errors and suppressions; references only when not linked again.
            if (herbouwd !== undefined && !herbouwd.has(uri)) {
                return oud;
            }
            stand = { ...oud, fouteVerwijzingen: fouteVerwijzingen(doc) };
        } else {
            const { geldig, fouten } = leesOnderdrukkingen(doc);
            stand = {
                root,
                syntax: syntaxFouten(doc),
                onderdrukkingen: geldig,
                negeerFouten: fouten,
                fouteVerwijzingen: fouteVerwijzingen(doc),
            };
        }
        const leeg =
            stand.syntax.length === 0 &&
            stand.onderdrukkingen.length === 0 &&
            stand.negeerFouten.length === 0 &&
            stand.fouteVerwijzingen.length === 0;
        return { ...stand, leeg };
    }
}
