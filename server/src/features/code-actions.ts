/**
 * Quick fixes: for each finding of a rule with a fix (`herstel` in its module under
 * language/src/rules/, marked **fix** in regels.md), the fixes that the rule computes, as code
 * actions; the first action of a request is the preferred one.
 */
import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command } from 'vscode-languageserver';
import { opdrachtBij } from '../../../language/src/rules/bewerk.js';
import type { HerstelContext } from '../../../language/src/rules/context.js';
import { regel } from '../../../language/src/rules/index.js';
import { checkOpties } from '../instellingen.js';
import type { PortfolioCheck } from '../portfolio-check.js';

/** Code action provider with the rules' quick fixes per fixable finding. */
export class OpgaveCodeActionProvider implements CodeActionProvider {
    constructor(private readonly check: () => PortfolioCheck) {}

    /** Quick fixes for the diagnostics in the request. */
    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const acties: CodeAction[] = [];
        for (const diagnose of params.context.diagnostics) {
            if (diagnose.source !== 'opgave' || typeof diagnose.code !== 'string') {
                continue;
            }
            const herstel = regel(diagnose.code)?.herstel;
            if (!herstel) {
                continue;
            }
            const check = this.check;
            const ctx: HerstelContext = {
                document,
                diagnose,
                opdracht: opdrachtBij(document, diagnose.range.start),
                // Computed on first use: only the fixes that need the check or the settings ask.
                get portfolio() {
                    return check().resultaatVoor(document.uri).portfolio;
                },
                get instellingen() {
                    return checkOpties(check().instellingen);
                },
            };
            for (const { titel, wijzigingen } of herstel(ctx)) {
                acties.push({
                    title: titel,
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnose],
                    isPreferred: acties.length === 0,
                    edit: { changes: wijzigingen },
                });
            }
        }
        return acties;
    }
}
