/**
 * What a rule check receives and how it reports, and what a rule's fix receives and returns. A
 * check (`controleer` of a rule module) reads the resolved model (`ctx.portfolio`) and calls
 * `ctx.meld` once per finding; the checker binds each finding to the rule whose check made it.
 * Severity, suppression and ordering are applied by the checker. A fix (`herstel`) turns one
 * finding into text edits.
 */
import type { LangiumDocument } from 'langium';
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import type * as ast from '../../generated/ast.js';
import type { Locatie, LocatieMetBericht } from '../model/locatie.js';
import type { ModelWijziging } from '../model/bouw/index.js';
import type { Portfolio } from '../model/types.js';

/** Settings that rules read (from opgave.config.json or the command line). */
export interface Instellingen {
    /** Reference date, ISO `YYYY-MM-DD`. */
    readonly peildatum: string;
    /** Months after which a running opdracht must have been reviewed (default 12). */
    readonly herijkingTermijnMaanden: number;
    /** Active driehoeken a person may sit in before `persoon-overbelast` (default 4). */
    readonly maxActieveOpdrachtenPerPersoon: number;
    /** Distinct opgavemanagers the themas may have together under model-1 before `te-veel-opgavemanagers` (default 5). */
    readonly maxOpgavemanagers: number;
    /** Months within which a running opdracht records a les, for `leren-tijdens-werk` (default 12). */
    readonly leerTermijnMaanden: number;
}

/** Facts about the documents themselves (not the model) for the integrity rules. */
export interface DocumentFeiten {
    /** Lexer and parser errors, message already in Dutch. */
    readonly syntaxFouten: readonly LocatieMetBericht[];
    /** References that did not resolve. `soort` is the expected kind in Dutch (persoon, opgave…). */
    readonly onopgelost: readonly (Locatie & {
        readonly naam: string;
        readonly soort: string;
        readonly kandidaten: readonly string[];
        readonly andereSoort?: string;
    })[];
    /** Invalid `// @negeer` comments, message already in Dutch. */
    readonly negeerFouten: readonly LocatieMetBericht[];
    /**
     * Valid `// @negeer <regel-id> tot <datum> <reden>` comments whose end date (ISO) lies before
     * the peildatum: they suppress nothing any more. The place is the comment.
     */
    readonly verlopenNegeer: readonly (Locatie & { readonly regel: string; readonly tot: string })[];
}

/**
 * Optional machine-readable data a finding carries for its rule's fix (the editor passes it back
 * in the diagnostic's `data`). Only `beslisdocument-ontbreekt` uses it.
 */
export interface FixData {
    /** Text to insert, and where (0-based position). */
    readonly invoegen?: { readonly tekst: string; readonly positie: { line: number; character: number } };
}

/** What a check gets. */
export interface RegelContext {
    readonly portfolio: Portfolio;
    readonly instellingen: Instellingen;
    readonly documenten: DocumentFeiten;
    /** Reports one finding of this rule at `locatie` with a Dutch message (and data for the rule's fix). */
    readonly meld: (locatie: Locatie, bericht: string, fix?: FixData) => void;
    /**
     * For a portfolio-wide rule that keeps indexes over the opdrachten: what changed since this
     * rule's previous check of the same portfolio (the language server checks after every edit).
     * Undefined when there is no previous check to build on: then index everything. Elements not
     * listed are the same objects as in the previous check and unchanged.
     */
    readonly wijziging?: ModelWijziging;
    /**
     * The rule's own memory between checks of the same portfolio, for those indexes: empty on the
     * first check, and emptied whenever `wijziging` is undefined.
     */
    readonly geheugen: Map<string, unknown>;
}

/** What a finding carries in its diagnostic's `data` (LSP), for its rule's fix. */
export interface DiagnoseData {
    readonly fix?: FixData;
}

/**
 * What a rule's fix gets: the finding (as the editor shows it) and where it is. The editor builds
 * it per requested quick fix; a command-line `--fix` can build it from a `Bevinding` the same way.
 */
export interface HerstelContext {
    /** The document the finding is in. */
    readonly document: LangiumDocument;
    /** The finding: its range, message (LSP 3.18 allows Markdown) and `data` ({@link DiagnoseData}). */
    readonly diagnose: Pick<Diagnostic, 'range' | 'message' | 'data'>;
    /** The opdracht declaration around the start of the finding (AST), if any. */
    readonly opdracht?: ast.Opdracht;
    /** The checked portfolio the finding comes from (the editor computes it on first use). */
    readonly portfolio: Portfolio;
    readonly instellingen: Instellingen;
}

/** One fix: a Dutch title and the text edits per document URI (edits may reach other files). */
export interface Herstel {
    readonly titel: string;
    readonly wijzigingen: Readonly<Record<string, TextEdit[]>>;
}
