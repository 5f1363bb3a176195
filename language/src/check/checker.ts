/**
 * The portfolio checker: parsed and linked documents in, findings out. One function serves the
 * command line and the language server, so both report exactly the same findings.
 *
 * Steps: syntax errors and unresolved references from the documents → resolved model → every
 * registered rule → severity overrides from the configuration → `// @negeer` suppressions →
 * stable order (file, line, column, rule id).
 */
import type { LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver';
import { buildPortfolio } from '../model/bouw/index.js';
import type { Portfolio } from '../model/types.js';
import type { LocatieMetBericht } from '../model/locatie.js';
import type { DocumentFeiten, FixData, Instellingen, RegelContext } from '../rules/context.js';
import { REGELS, type RegelId } from '../rules/index.js';
import type { Ernst, RegelInstelling } from '../rules/regel.js';
import { leesOnderdrukkingen, binnen, type Onderdrukking } from './suppressions.js';
import { declaratiesMetSyntaxfout, onopgelosteVerwijzingen, perDocument } from './feiten.js';
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

/** A finding that a `// @negeer` comment silenced, with the reason given. */
export interface OnderdrukteBevinding {
    readonly bevinding: Bevinding;
    readonly reden: string;
}

/** Everything a check yields: the model, the findings and the silenced findings. */
export interface CheckResultaat {
    readonly portfolio: Portfolio;
    readonly bevindingen: readonly Bevinding[];
    readonly onderdrukt: readonly OnderdrukteBevinding[];
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
    const portfolio = buildPortfolio(documents);
    const onderdrukkingen: Onderdrukking[] = [];
    const negeerFouten: DocumentFeiten['negeerFouten'][number][] = [];
    const syntax: DocumentFeiten['syntaxFouten'][number][] = [...leesFouten];
    for (const doc of documents) {
        syntax.push(...syntaxFouten(doc));
        const { geldig, fouten } = leesOnderdrukkingen(doc);
        onderdrukkingen.push(...geldig);
        negeerFouten.push(...fouten);
    }
    const documenten: DocumentFeiten = { syntaxFouten: syntax, onopgelost: onopgelosteVerwijzingen(documents, portfolio), negeerFouten };

    const alle: Bevinding[] = [];
    for (const definitie of REGELS) {
        const instelling = opties.regels?.[definitie.id];
        if (instelling === 'uit') {
            continue;
        }
        const severity: Ernst = instelling ?? definitie.ernst;
        const ctx: RegelContext = {
            portfolio,
            instellingen: opties,
            documenten,
            // The finding is bound to the rule whose check runs: a check cannot report another rule's id.
            meld: (locatie, message, fix) => {
                alle.push({ ruleId: definitie.id, severity, message, uri: locatie.uri, range: locatie.range, fix });
            },
        };
        definitie.controleer(ctx);
    }

    const bevindingen: Bevinding[] = [];
    const onderdrukt: OnderdrukteBevinding[] = [];
    const perUri = perDocument(onderdrukkingen);
    const wachtend = declaratiesMetSyntaxfout(documents, syntax);
    for (const b of alle) {
        if (!ALTIJD_MELDEN.has(b.ruleId) && wachtend.get(b.uri)?.some((bereik) => binnen(b.range, bereik))) {
            continue; // the declaration is not complete yet: its syntax error comes first
        }
        const stil = perUri.get(b.uri)?.find((o) => o.regel === b.ruleId && binnen(b.range, o.bereik));
        if (stil) {
            onderdrukt.push({ bevinding: b, reden: stil.reden });
        } else {
            bevindingen.push(b);
        }
    }
    bevindingen.sort(vergelijk);
    onderdrukt.sort((a, b) => vergelijk(a.bevinding, b.bevinding));
    return { portfolio, bevindingen, onderdrukt };
}
