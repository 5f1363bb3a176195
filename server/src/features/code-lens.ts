/**
 * Code lens above each opdracht: werkwijze · current phase · number of findings.
 */
import { AstUtils, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import * as ast from '../../../language/generated/ast.js';
import type { PortfolioCheck } from '../portfolio-check.js';

/** Command the lens runs; the VS Code extension shows the Problems panel. */
export const TOON_BEVINDINGEN = 'opgave.toonBevindingen';

/** Code lens provider of the .opgave language. */
export class OpgaveCodeLensProvider implements CodeLensProvider {
    constructor(private readonly check: () => PortfolioCheck) {}

    /** One lens per opdracht of the document. */
    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const uri = document.uri.toString();
        const resultaat = this.check().resultaatVoor(uri);
        const lenzen: CodeLens[] = [];
        for (const node of AstUtils.streamAllContents(document.parseResult.value)) {
            if (!ast.isOpdracht(node) || !node.$cstNode) {
                continue;
            }
            const bereik = node.$cstNode.range;
            const model = resultaat.portfolio.opdrachten.find((o) => o.bron.node === node);
            const aantal = resultaat.bevindingen.filter(
                (b) => b.uri === uri && b.range.start.line >= bereik.start.line && b.range.start.line <= bereik.end.line,
            ).length;
            const werkwijze = node.werkwijze ?? 'geen werkwijze';
            const fase = model?.huidigeFase ? `fase ${model.huidigeFase.naam}` : 'geen fase';
            const bevindingen = aantal === 0 ? 'geen bevindingen' : aantal === 1 ? '1 bevinding' : `${aantal} bevindingen`;
            lenzen.push({
                range: { start: bereik.start, end: bereik.start },
                command: { title: `${werkwijze} · ${fase} · ${bevindingen}`, command: TOON_BEVINDINGEN, arguments: [uri] },
            });
        }
        return lenzen;
    }
}
