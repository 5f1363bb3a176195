/**
 * Rename: Langium's rename over all files, with the new name checked against the grammar first
 * (an identifier the ID terminal accepts, and no keyword unless the grammar's `Name` rule allows
 * that value keyword as a name). A refusal is an LSP error response with a Dutch message.
 */
import { AstUtils, GrammarAST, GrammarUtils, type Grammar, type LangiumDocument } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import {
    ErrorCodes,
    LSPErrorCodes,
    ResponseError,
    type CancellationToken,
    type PrepareRenameParams,
    type Range,
    type RenameParams,
    type WorkspaceEdit,
} from 'vscode-languageserver';

/** The names the grammar accepts for a declaration. */
export interface NaamRegels {
    /** Matches a whole identifier (the ID terminal). */
    readonly id: RegExp;
    /** Every keyword of the grammar. */
    readonly sleutelwoorden: ReadonlySet<string>;
    /** Keywords the `Name` rule accepts as a name (value keywords such as `wethouder`). */
    readonly toegestaan: ReadonlySet<string>;
}

/** Reads the naming rules from the grammar: the ID terminal and the keywords of the `Name` rule. */
export function naamRegels(grammar: Grammar): NaamRegels {
    const idRegel = grammar.rules.find((r) => GrammarAST.isTerminalRule(r) && r.name === 'ID') as GrammarAST.TerminalRule;
    const regex = GrammarUtils.terminalRegex(idRegel);
    const id = new RegExp(`^(?:${regex.source})$`, regex.flags.replace(/[gy]/g, ''));
    const sleutelwoorden = new Set(
        AstUtils.streamAllContents(grammar)
            .filter(GrammarAST.isKeyword)
            .map((k) => k.value)
            .toArray(),
    );
    const toegestaan = new Set<string>();
    const bezocht = new Set<GrammarAST.AbstractRule>();
    const verzamel = (regel: GrammarAST.AbstractRule | undefined): void => {
        if (!regel || bezocht.has(regel) || !GrammarAST.isParserRule(regel)) {
            return;
        }
        bezocht.add(regel);
        for (const knoop of AstUtils.streamAllContents(regel)) {
            if (GrammarAST.isKeyword(knoop)) {
                toegestaan.add(knoop.value);
            } else if (GrammarAST.isRuleCall(knoop)) {
                verzamel(knoop.rule.ref);
            }
        }
    };
    verzamel(grammar.rules.find((r) => r.name === 'Name'));
    return { id, sleutelwoorden, toegestaan };
}

/**
 * Why `naam` cannot be a declaration's name (Dutch), or undefined when it can.
 */
export function naamProbleem(naam: string, regels: NaamRegels): string | undefined {
    if (naam.trim() === '') {
        return 'Geef een nieuwe naam op.';
    }
    if (!regels.id.test(naam)) {
        return `‘${naam}’ is geen geldige naam: een naam begint met een letter of _ en bevat daarna alleen letters, cijfers, _ en - (geen spaties of aanhalingstekens).`;
    }
    if (regels.sleutelwoorden.has(naam) && !regels.toegestaan.has(naam)) {
        return `‘${naam}’ is een sleutelwoord van de taal en kan geen naam zijn; kies een andere naam.`;
    }
    return undefined;
}

const GEEN_NAAM = 'Hier staat geen naam die je kunt hernoemen: zet de cursor op een naam of een verwijzing.';

/** Rename provider that refuses invalid names and positions without a name. */
export class OpgaveRenameProvider extends DefaultRenameProvider {
    private readonly regels: NaamRegels;

    constructor(services: LangiumServices) {
        super(services);
        this.regels = naamRegels(services.Grammar);
    }

    /** Renames every use; an invalid new name is refused with InvalidParams. */
    override async rename(
        document: LangiumDocument,
        params: RenameParams,
        cancelToken?: CancellationToken,
    ): Promise<WorkspaceEdit | undefined> {
        const probleem = naamProbleem(params.newName, this.regels);
        if (probleem) {
            throw new ResponseError(ErrorCodes.InvalidParams, probleem);
        }
        if (!this.renameNodeRange(document, params.position)) {
            throw new ResponseError(LSPErrorCodes.RequestFailed, GEEN_NAAM);
        }
        return super.rename(document, params, cancelToken);
    }

    /**
     * The name under the cursor with its text as placeholder; elsewhere a Dutch refusal.
     * Langium types the answer as a Range but passes it to the client as is, so the LSP form
     * `{ range, placeholder }` is returned.
     */
    override prepareRename(document: LangiumDocument, params: PrepareRenameParams, _cancelToken?: CancellationToken): Range {
        const range = this.renameNodeRange(document, params.position);
        if (!range) {
            throw new ResponseError(LSPErrorCodes.RequestFailed, GEEN_NAAM);
        }
        const antwoord: { range: Range; placeholder: string } = { range, placeholder: document.textDocument.getText(range) };
        return antwoord as unknown as Range;
    }
}
