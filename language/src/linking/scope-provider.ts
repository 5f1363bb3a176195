/**
 * Scoping that stays linear in the size of a file.
 *
 * Langium's default scope provider builds, for every single reference, a stream over the local
 * symbols of each container above it and filters it by type; looking a name up in that stream is
 * a scan. The root of a file holds every top-level declaration of the file as a local symbol, so a
 * file with n declarations and n references costs O(n²): a pasted or generated file of a few MB
 * takes tens of seconds (fuzz seeds 4242 and 20261201, 5 MB documents).
 *
 * This provider builds the scope of a container once per reference type and workspace state, as a
 * map by name (Langium's `MultiMapScope`) chained to the scope of the next container up and, at the
 * top, the global scope (`globale-index.ts`). Lookups are then constant time. Precedence is unchanged: the nearest
 * container's symbols first, then outer containers, then the other files of the portfolio.
 */
import {
    AstUtils,
    DefaultScopeProvider,
    MultiMapScope,
    WorkspaceCache,
    type AstNode,
    type AstNodeDescription,
    type ReferenceInfo,
    type Scope,
    type Stream,
} from 'langium';
import * as ast from '../../generated/ast.js';
import type { LangiumCoreServices } from 'langium';
import { GlobaleIndex } from './globale-index.js';

/**
 * Two scopes where the first wins: a name found in `eerst` resolves there, else in `dan`. Used for
 * `afgestemd-met` (a persoon or a speler): when a persoon and a speler share a name, the persoon
 * is meant, as before version 2.
 */
class VoorrangScope implements Scope {
    constructor(
        private readonly eerst: Scope,
        private readonly dan: Scope,
    ) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.eerst.getElement(name) ?? this.dan.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return this.eerst.getElements(name).concat(this.dan.getElements(name));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return this.eerst.getAllElements().concat(this.dan.getAllElements());
    }
}

/** Scope provider of the core (CLI and server); the language server extends it. */
export class OpgaveScopeProvider extends DefaultScopeProvider {
    /** Container → reference type → scope of that container (with its outer scopes). */
    private readonly containerScopes: WorkspaceCache<AstNode, Map<string, Scope>>;
    /** The names of the other files, kept up to date per document (see `globale-index.ts`). */
    protected readonly globaleIndex: GlobaleIndex;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.containerScopes = new WorkspaceCache(services.shared);
        this.globaleIndex = new GlobaleIndex(services.shared);
    }

    /** The global scope: the kept index of every file's exported names (duplicates: first file path first). */
    protected override getGlobalScope(referenceType: string, _context: ReferenceInfo): Scope {
        return this.globaleIndex.scope(referenceType);
    }

    /** The scope of a reference: that of its nearest container with local symbols, else the global scope. */
    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        if (referenceType === ast.Betrokkene.$type) {
            return new VoorrangScope(this.scopeVan(context, ast.Persoon.$type), this.scopeVan(context, ast.Speler.$type));
        }
        return this.scopeVan(context, referenceType);
    }

    /** {@link getScope} for one concrete reference type. */
    private scopeVan(context: ReferenceInfo, referenceType: string): Scope {
        const localSymbols = AstUtils.getDocument(context.container).localSymbols;
        let node: AstNode | undefined = context.container;
        while (node && !localSymbols?.has(node)) {
            node = node.$container;
        }
        return node ? this.containerScope(node, referenceType, context) : this.getGlobalScope(referenceType, context);
    }

    /**
     * The scope of `container` (which has local symbols) for `referenceType`, built once: its own
     * symbols of that type by name, then the scope of the next container up with local symbols,
     * then the global scope.
     */
    private containerScope(container: AstNode, referenceType: string, context: ReferenceInfo): Scope {
        const perType = this.containerScopes.get(container, () => new Map<string, Scope>());
        let scope = perType.get(referenceType);
        if (!scope) {
            const localSymbols = AstUtils.getDocument(container).localSymbols!;
            let outerNode = container.$container;
            while (outerNode && !localSymbols.has(outerNode)) {
                outerNode = outerNode.$container;
            }
            const outer = outerNode ? this.containerScope(outerNode, referenceType, context) : this.getGlobalScope(referenceType, context);
            const own = localSymbols.getStream(container).filter((d) => this.reflection.isSubtype(d.type, referenceType));
            scope = new MultiMapScope(own, outer);
            perType.set(referenceType, scope);
        }
        return scope;
    }
}
