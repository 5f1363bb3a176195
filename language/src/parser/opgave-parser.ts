import type { CompositeCstNode, CstNode, LangiumCoreServices, RootCstNode } from 'langium';
import { CstNodeBuilder, CstUtils, LangiumParser, LeafCstNodeImpl, createParser } from 'langium';
import type { IToken } from 'chevrotain';

/**
 * Langium's CST node builder without its quadratic search (docs/upstream/langium-addhiddennodes.md).
 *
 * Before every token it consumes, Langium 4.2.1 calls `addHiddenNodes` with the hidden tokens
 * (comments; whitespace is skipped by the lexer) that precede it, usually none. When the current
 * composite node is still empty (a rule call that has not consumed anything yet: the `Name` of
 * every reference in `spelers a, b, …`, every declaration at the top of a file), it looks up that
 * node's position in its parent with `indexOf`, scanning the parent's children from the front, and
 * does so even when there is nothing to insert. The node was pushed last, so the scan covers the
 * whole list: a list of n references or n declarations costs O(n²) (80,000 references: about a
 * minute for `opgave check`).
 *
 * This builder returns at once when there are no hidden tokens (Langium would insert nothing), and
 * otherwise searches from the back (`lastIndexOf`): a node occurs once in its parent's content, so
 * the index found is the same, and a node being built is the last child of its parent (hidden
 * nodes are only ever inserted before it), so the search stops at once. `removeNode` (empty nodes,
 * actions) gets the same treatment. The resulting CST is identical (test/core/cst-bouwer.test.ts
 * compares it with Langium's own builder).
 */
export class OpgaveCstNodeBuilder extends CstNodeBuilder {
    /** The root of the document being built (Langium keeps its own copy private). */
    private wortel: RootCstNode | undefined;

    override buildRootNode(input: string): RootCstNode {
        this.wortel = super.buildRootNode(input);
        return this.wortel;
    }

    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length === 0) {
            // Langium would search for the insertion point and insert nothing there.
            return;
        }
        let current: CompositeCstNode = this.current;
        if (current.content.length > 0 || !this.wortel) {
            // Langium appends to a non-empty node: already linear.
            super.addHiddenNodes(tokens);
            return;
        }
        const nodes: CstNode[] = [];
        for (const token of tokens) {
            const leaf = new LeafCstNodeImpl(token.startOffset, token.image.length, CstUtils.tokenToRange(token), token.tokenType, true);
            leaf.root = this.wortel;
            nodes.push(leaf);
        }
        // A newly created node: insert the hidden nodes before the first ancestor-or-self that is
        // not the first child of its parent; at the beginning of the root if there is none.
        while (current.container) {
            const index = current.container.content.lastIndexOf(current);
            if (index > 0) {
                current.container.content.splice(index, 0, ...nodes);
                return;
            }
            current = current.container;
        }
        this.wortel.content.unshift(...nodes);
    }

    override removeNode(node: CstNode): void {
        const parent = node.container;
        if (parent) {
            const index = parent.content.lastIndexOf(node);
            if (index >= 0) {
                parent.content.splice(index, 1);
            }
        }
    }
}

/**
 * Creates and finalizes the Langium parser as Langium's `createLangiumParser` does, with
 * {@link OpgaveCstNodeBuilder} as its CST node builder. Langium creates the builder in the
 * parser's constructor and offers no service for it, so the (TypeScript-private) field is
 * replaced; if a Langium update renames it, this throws instead of silently keeping the slow one.
 */
export function createOpgaveParser(services: LangiumCoreServices): LangiumParser {
    const parser = new LangiumParser(services);
    const intern = parser as unknown as { nodeBuilder?: unknown };
    if (!(intern.nodeBuilder instanceof CstNodeBuilder)) {
        throw new Error('LangiumParser has no field nodeBuilder any more; see language/src/parser/opgave-parser.ts');
    }
    intern.nodeBuilder = new OpgaveCstNodeBuilder();
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
