/**
 * Replaces Langium's document validation: a document's diagnostics are exactly the findings of the
 * portfolio check (`controleerPortfolio`), which already reports syntax errors and unresolved
 * references as `syntaxis` and `onbekende-verwijzing`. Langium's own parser and linking
 * diagnostics are therefore not added (no duplicates).
 */
import type { LangiumDocument } from 'langium';
import type { DocumentValidator, ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { PortfolioCheck } from './portfolio-check.js';

/** Document validator that reads the cached portfolio check. */
export class OpgaveDocumentValidator implements DocumentValidator {
    constructor(private readonly check: () => PortfolioCheck) {}

    /** The findings of the portfolio check that belong to this document. */
    validateDocument(document: LangiumDocument, _options?: ValidationOptions): Promise<Diagnostic[]> {
        return Promise.resolve(this.check().diagnosen(document.uri));
    }
}
