/**
 * Inlay hints: after a voorscheider block, its outcome (zoekproces / maakproces / onbeslist) and
 * score, as the rule werkwijze-past-niet-bij-voorscheider computes it (B2, Voorscheider).
 */
import { AstUtils, type LangiumDocument } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import { InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import * as ast from '../../../language/generated/ast.js';
import type { PortfolioCheck } from '../portfolio-check.js';

/** Inlay hint provider of the .opgave language. */
export class OpgaveInlayHintProvider implements InlayHintProvider {
    constructor(private readonly check: () => PortfolioCheck) {}

    /** Hints for the voorscheiders in the requested range. */
    getInlayHints(document: LangiumDocument, params: InlayHintParams): InlayHint[] {
        const portfolio = this.check().resultaatVoor(document.uri).portfolio;
        const hints: InlayHint[] = [];
        for (const node of AstUtils.streamAllContents(document.parseResult.value)) {
            if (!ast.isVoorscheider(node) || !node.$cstNode || !ast.isOpgave(node.$container)) {
                continue;
            }
            const opgave = portfolio.opgaven.find((o) => o.bron.node === node.$container);
            const uitkomst = opgave?.effectieveVoorscheider;
            const eind = node.$cstNode.range.end;
            if (!uitkomst || eind.line < params.range.start.line || eind.line > params.range.end.line) {
                continue;
            }
            hints.push({
                position: eind,
                label: `→ ${uitkomst.proces} (score ${String(uitkomst.score).replace('.', ',')})`,
                kind: InlayHintKind.Type,
                paddingLeft: true,
                tooltip:
                    'Uitkomst van de voorscheider: onduidelijke antwoorden tellen 1, deels telt ½; 2 of meer is een zoekproces, 1 of minder een maakproces (inspiratiegids B2, Voorscheider).',
            });
        }
        return hints;
    }
}
