/**
 * Scoping: a file of the workspace portfolio never links to a declaration in a file opened from
 * outside the workspace, so such a file cannot change the portfolio's findings.
 */
import { AstUtils, DefaultScopeProvider, MultiMapScope, type ReferenceInfo, type Scope } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import type { PortfolioCheck } from './portfolio-check.js';

/** Scope provider that keeps outside files out of the portfolio's global scope. */
export class OpgaveScopeProvider extends DefaultScopeProvider {
    constructor(
        services: LangiumServices,
        private readonly check: () => PortfolioCheck,
    ) {
        super(services);
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const check = this.check();
        const uri = AstUtils.getDocument(context.container).uri;
        const alleInPortfolio = this.indexManager.allElements(referenceType).every((d) => check.hoortBijPortfolio(d.documentUri));
        if (alleInPortfolio || !check.hoortBijPortfolio(uri)) {
            return super.getGlobalScope(referenceType, context);
        }
        const eigen = uri.toString();
        const elementen = this.indexManager
            .allElements(referenceType)
            .filter((d) => d.documentUri.toString() === eigen || check.hoortBijPortfolio(d.documentUri));
        return new MultiMapScope(elementen);
    }
}
