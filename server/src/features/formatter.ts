/**
 * The LSP formatting service over `formatteer` (language/src/format/formatteer.ts), shared with
 * `opgave format` on the command line.
 */
import type { LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams,
    DocumentOnTypeFormattingOptions,
    DocumentOnTypeFormattingParams,
    DocumentRangeFormattingParams,
    TextEdit,
} from 'vscode-languageserver';
import type { Connection } from 'vscode-languageserver';
import { formatteer } from '../../../language/src/format/formatteer.js';
import { eersteSyntaxfoutRegel, nietOpgemaaktBericht } from '../../../language/src/format/syntaxfout.js';

export { formatteer };

/**
 * Formatter service: whole document (range formatting formats the whole document too). A document
 * with a syntax error is left as it is, with an error message saying why (as `opgave format`).
 */
export class OpgaveFormatter implements Formatter {
    constructor(private readonly connection?: () => Connection | undefined) {}

    /** Replaces the document with its formatted text when that differs; nothing after a syntax error. */
    formatDocument(document: LangiumDocument, params: DocumentFormattingParams): TextEdit[] {
        const tekst = document.textDocument.getText();
        const fout = eersteSyntaxfoutRegel(document);
        if (fout !== undefined) {
            void this.connection?.()?.window.showErrorMessage(nietOpgemaaktBericht(fout));
            return [];
        }
        const eenheid = params.options.insertSpaces === false ? '\t' : ' '.repeat(params.options.tabSize || 4);
        const nieuw = formatteer(tekst, eenheid);
        if (nieuw === tekst) {
            return [];
        }
        return [{ range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(tekst.length) }, newText: nieuw }];
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        return this.formatDocument(document, { textDocument: params.textDocument, options: params.options });
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }
}
