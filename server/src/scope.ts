/**
 * Scoping of the language server: the core scope provider (with its kept global index,
 * `language/src/linking/globale-index.ts`), with files opened from outside the workspace kept out
 * of the portfolio: a file of the workspace portfolio never links to a declaration in such a file,
 * so it cannot change the portfolio's findings.
 *
 * Cost: the set of outside documents is computed once per workspace change; lookups stay
 * constant time.
 */
import { AstUtils, type LangiumDocuments, type ReferenceInfo, type Scope } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { OpgaveScopeProvider } from '../../language/src/linking/scope-provider.js';
import type { PortfolioCheck } from './portfolio-check.js';

/** Scope provider of the language server: the core one, with outside files kept out of the global scope. */
export class PortfolioScopeProvider extends OpgaveScopeProvider {
    private readonly documenten: LangiumDocuments;
    /** URIs (strings) of open documents that do not belong to the workspace portfolio; undefined when not computed since the last change. */
    private buiten?: ReadonlySet<string>;

    constructor(
        services: LangiumServices,
        private readonly check: () => PortfolioCheck,
    ) {
        super(services);
        this.documenten = services.shared.workspace.LangiumDocuments;
        services.shared.workspace.DocumentBuilder.onUpdate(() => {
            this.buiten = undefined;
        });
    }

    private buitenDocumenten(): ReadonlySet<string> {
        if (!this.buiten) {
            const check = this.check();
            this.buiten = new Set(
                this.documenten.all
                    .filter((d) => !check.hoortBijPortfolio(d.uri))
                    .map((d) => d.uri.toString())
                    .toArray(),
            );
        }
        return this.buiten;
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const buiten = this.buitenDocumenten();
        if (buiten.size === 0 || buiten.has(AstUtils.getDocument(context.container).uri.toString())) {
            return super.getGlobalScope(referenceType, context);
        }
        return this.globaleIndex.scope(referenceType, buiten);
    }
}
