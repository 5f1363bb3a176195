/**
 * Scoping: a file of the workspace portfolio never links to a declaration in a file opened from
 * outside the workspace, so such a file cannot change the portfolio's findings.
 *
 * Cost: the set of outside documents is computed once per workspace change, and the filtered
 * global scope once per reference type and change (not per reference), so linking stays linear.
 */
import { AstUtils, MultiMapScope, WorkspaceCache, type LangiumDocuments, type ReferenceInfo, type Scope } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { OpgaveScopeProvider } from '../../language/src/linking/scope-provider.js';
import type { PortfolioCheck } from './portfolio-check.js';

/** Scope provider of the language server: the core one, with outside files kept out of the global scope. */
export class PortfolioScopeProvider extends OpgaveScopeProvider {
    private readonly documenten: LangiumDocuments;
    /** URIs (strings) of open documents that do not belong to the workspace portfolio. */
    private readonly buitenCache: WorkspaceCache<'buiten', ReadonlySet<string>>;
    /** Reference type → global scope without outside documents. */
    private readonly portfolioScopes: WorkspaceCache<string, Scope>;

    constructor(
        services: LangiumServices,
        private readonly check: () => PortfolioCheck,
    ) {
        super(services);
        this.documenten = services.shared.workspace.LangiumDocuments;
        this.buitenCache = new WorkspaceCache(services.shared);
        this.portfolioScopes = new WorkspaceCache(services.shared);
    }

    private buitenDocumenten(): ReadonlySet<string> {
        return this.buitenCache.get('buiten', () => {
            const check = this.check();
            return new Set(
                this.documenten.all
                    .filter((d) => !check.hoortBijPortfolio(d.uri))
                    .map((d) => d.uri.toString())
                    .toArray(),
            );
        });
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const buiten = this.buitenDocumenten();
        if (buiten.size === 0 || buiten.has(AstUtils.getDocument(context.container).uri.toString())) {
            return super.getGlobalScope(referenceType, context);
        }
        return this.portfolioScopes.get(
            referenceType,
            () => new MultiMapScope(this.indexManager.allElements(referenceType).filter((d) => !buiten.has(d.documentUri.toString()))),
        );
    }
}
