/**
 * Scope computation and linking without per-node streams when nothing can cancel them.
 *
 * Langium's `DefaultScopeComputation.collectLocalSymbols` and `DefaultLinker.link` (4.4.0) walk the
 * AST with streams (an iterator, a state object and `Object.keys` per node) and await
 * `interruptAndCheck` for every node, which costs a promise and a microtask each even when the
 * cancellation token is `CancellationToken.None`. The command line always builds with `None`
 * (`language/src/workspace/laden.ts`); then these classes walk the AST directly, visiting the
 * same nodes and references in the same order (pre-order, properties in key order, list elements
 * by index), so symbols and links are added in the same order. With a real token (the language
 * server) they are Langium's own, so editing stays interruptible.
 */
import {
    Cancellation,
    DefaultLinker,
    DefaultScopeComputation,
    MultiMap,
    isAstNode,
    isMultiReference,
    isReference,
    type AstNode,
    type AstNodeDescription,
    type LangiumDocument,
    type LocalSymbols,
} from 'langium';

const { CancellationToken } = Cancellation;

/** The own properties of an AST node by name. */
type Velden = Record<string, unknown>;

/**
 * Calls `bezoek` for every AST node below `node` (not `node` itself) in the order of Langium's
 * `streamAllContents`: pre-order, properties in key order (`$` properties skipped), list elements
 * by index.
 */
function bezoekInhoud(node: AstNode, bezoek: (node: AstNode) => void): void {
    const velden = node as unknown as Velden;
    for (const naam in velden) {
        if (naam.startsWith('$')) {
            continue;
        }
        const waarde = velden[naam];
        if (Array.isArray(waarde)) {
            for (let index = 0; index < waarde.length; index++) {
                const item: unknown = waarde[index];
                if (isAstNode(item)) {
                    bezoek(item);
                    bezoekInhoud(item, bezoek);
                }
            }
        } else if (isAstNode(waarde)) {
            bezoek(waarde);
            bezoekInhoud(waarde, bezoek);
        }
    }
}

/** Langium's scope computation; without a cancellation token, local symbols are collected by a direct walk. */
export class OpgaveScopeComputation extends DefaultScopeComputation {
    override collectLocalSymbols(
        document: LangiumDocument,
        cancelToken: Cancellation.CancellationToken = CancellationToken.None,
    ): Promise<LocalSymbols> {
        if (cancelToken !== CancellationToken.None) {
            return super.collectLocalSymbols(document, cancelToken);
        }
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        bezoekInhoud(document.parseResult.value, (node) => this.addLocalSymbol(node, document, symbols));
        return Promise.resolve(symbols);
    }
}

/** Langium's linker; without a cancellation token (and without profiling), the references are linked by a direct walk. */
export class OpgaveLinker extends DefaultLinker {
    override link(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = CancellationToken.None): Promise<void> {
        if (cancelToken !== CancellationToken.None || this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        this.linkBoom(document.parseResult.value, document);
        return Promise.resolve();
    }

    /**
     * Links the references held by `node` itself, in the order of Langium's `streamReferences`,
     * then those below it, child by child (pre-order, as Langium's `streamAst`): one pass over
     * the node's properties.
     */
    private linkBoom(node: AstNode, document: LangiumDocument): void {
        const velden = node as unknown as Velden;
        let kinderen: AstNode[] | undefined;
        for (const property in velden) {
            if (property.startsWith('$')) {
                continue;
            }
            const waarde = velden[property];
            if (isReference(waarde) || isMultiReference(waarde)) {
                this.doLink({ reference: waarde, container: node, property }, document);
            } else if (Array.isArray(waarde)) {
                for (let index = 0; index < waarde.length; index++) {
                    const item: unknown = waarde[index];
                    if (isReference(item) || isMultiReference(item)) {
                        this.doLink({ reference: item, container: node, property, index }, document);
                    } else if (isAstNode(item)) {
                        (kinderen ??= []).push(item);
                    }
                }
            } else if (isAstNode(waarde)) {
                (kinderen ??= []).push(waarde);
            }
        }
        if (kinderen) {
            for (const kind of kinderen) {
                this.linkBoom(kind, document);
            }
        }
    }
}
