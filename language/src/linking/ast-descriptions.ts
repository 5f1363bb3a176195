/**
 * Descriptions of named AST nodes (the symbols of scopes and of the index) that cost what they are
 * used for.
 *
 * Langium's `DefaultAstNodeDescriptionProvider` (4.4.0) returns an object literal with a getter for
 * `nameSegment`: V8 keeps such an object in dictionary mode (~450 bytes), with two closures and a
 * context per description, and it computes `selectionSegment` (the node's whole range, which also
 * caches a range object on the CST node) and `path` (a concatenated string) at once, although
 * nothing in Langium or in this project reads `selectionSegment`, and `path` is only read to load a
 * node from another document or to find references in the editor. At 10,000 opdrachten there are
 * 50,000 descriptions: about 35 MB.
 *
 * {@link OpgaveAstNodeDescription} is a small class instance with the same values, computed when
 * first read. A parsed document's AST and CST never change (an edit makes a new parse and new
 * descriptions), so a value computed later is the value Langium would have computed at once.
 */
import { AstUtils, CstUtils, DefaultAstNodeDescriptionProvider } from 'langium';
import type { AstNode, AstNodeDescription, AstNodeLocator, DocumentSegment, LangiumDocument, NameProvider, URI } from 'langium';

/** A description whose segments and path are computed on first use. */
export class OpgaveAstNodeDescription implements AstNodeDescription {
    private padWaarde: string | undefined;
    private naamSegmentWaarde: DocumentSegment | undefined;
    private naamSegmentBekend = false;
    private selectieSegmentWaarde: DocumentSegment | undefined;
    private selectieSegmentBekend = false;

    constructor(
        readonly node: AstNode,
        readonly name: string,
        readonly type: string,
        readonly documentUri: URI,
        private readonly bron: { readonly nameProvider: NameProvider; readonly astNodeLocator: AstNodeLocator },
    ) {}

    /** The range of the node's name (else of the whole node), as Langium's description. */
    get nameSegment(): DocumentSegment | undefined {
        if (!this.naamSegmentBekend) {
            this.naamSegmentWaarde = CstUtils.toDocumentSegment(this.bron.nameProvider.getNameNode(this.node) ?? this.node.$cstNode);
            this.naamSegmentBekend = true;
        }
        return this.naamSegmentWaarde;
    }

    /** The range of the whole node. */
    get selectionSegment(): DocumentSegment | undefined {
        if (!this.selectieSegmentBekend) {
            this.selectieSegmentWaarde = CstUtils.toDocumentSegment(this.node.$cstNode);
            this.selectieSegmentBekend = true;
        }
        return this.selectieSegmentWaarde;
    }

    /** The node's path in its document (`AstNodeLocator.getAstNodePath`). */
    get path(): string {
        return (this.padWaarde ??= this.bron.astNodeLocator.getAstNodePath(this.node));
    }
}

/** Creates {@link OpgaveAstNodeDescription}s; otherwise Langium's provider. */
export class OpgaveAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    /** What a description needs to compute its values later. */
    private readonly bron = { nameProvider: this.nameProvider, astNodeLocator: this.astNodeLocator };

    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const doc = document ?? AstUtils.getDocument(node);
        name ??= this.nameProvider.getName(node);
        if (!name) {
            throw new Error(`Node at path ${this.astNodeLocator.getAstNodePath(node)} has no name.`);
        }
        return new OpgaveAstNodeDescription(node, name, node.$type, doc.uri, this.bron);
    }
}
