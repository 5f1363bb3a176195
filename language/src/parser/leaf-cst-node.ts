/**
 * A CST leaf (one token) that keeps its offset and length only; its line and column are computed
 * from the document text when its `range` is read.
 *
 * Langium's `LeafCstNodeImpl` (4.4.0) stores, besides container, grammar element, token type,
 * offset and length, the start and end line and column and a hidden flag: 104 bytes per token on
 * 64-bit Node, 83 MB of the 234 MB a 10,000-opdrachten portfolio keeps after loading. Ranges are
 * read only for the few nodes a finding, a hover or the formatter needs, so {@link OpgaveLeafCstNode}
 * keeps five fields (64 bytes) and finds the line of its offset in a table of line starts that is
 * built once per document, on the first range read. The hidden flag is the class
 * ({@link OpgaveHiddenLeafCstNode} for comments).
 *
 * Lines end at `\r\n`, `\r` or `\n`, as in chevrotain's lexer (whose positions Langium's leaf
 * copies) and in the LSP's text documents; a token never ends inside a line break (comments end
 * at `*\/` or before the line break, whitespace is not in the CST), so the end position is that of
 * the offset after the token. test/core/cst-bouwer.test.ts compares every range with Langium's.
 */
import type { AstNode, CompositeCstNode, CstNode, LeafCstNode, RootCstNode } from 'langium';
import { AbstractCstNode } from 'langium';
import type { IToken, TokenType } from 'chevrotain';

/** Start offset of every line of a root's text, computed on first use. */
const regelbeginnen = new WeakMap<RootCstNode, Uint32Array>();

/** The offsets at which the lines of `tekst` start (the first is 0). */
function regelbeginnenVan(tekst: string): Uint32Array {
    const begins: number[] = [0];
    if (!tekst.includes('\r')) {
        // The usual case: `indexOf` is much faster than a loop over the characters.
        for (let i = tekst.indexOf('\n'); i !== -1; i = tekst.indexOf('\n', i + 1)) {
            begins.push(i + 1);
        }
        return Uint32Array.from(begins);
    }
    for (let i = 0; i < tekst.length; i++) {
        const c = tekst.charCodeAt(i);
        if (c === 13 /* \r */) {
            if (tekst.charCodeAt(i + 1) === 10 /* \n */) {
                i++;
            }
            begins.push(i + 1);
        } else if (c === 10 /* \n */) {
            begins.push(i + 1);
        }
    }
    return Uint32Array.from(begins);
}

/** The 0-based line and column of `offset` in the text of `root`. */
function positie(root: RootCstNode, offset: number): { line: number; character: number } {
    let begins = regelbeginnen.get(root);
    if (!begins) {
        begins = regelbeginnenVan(root.fullText);
        regelbeginnen.set(root, begins);
    }
    // The last line that starts at or before the offset.
    let laag = 0;
    let hoog = begins.length - 1;
    while (laag < hoog) {
        const midden = (laag + hoog + 1) >>> 1;
        if (begins[midden]! <= offset) {
            laag = midden;
        } else {
            hoog = midden - 1;
        }
    }
    return { line: laag, character: offset - begins[laag]! };
}

/** A token of the grammar in the CST (Langium's `LeafCstNode`). */
export class OpgaveLeafCstNode extends AbstractCstNode implements LeafCstNode {
    private readonly _offset: number;
    private readonly _length: number;
    private readonly _tokenType: TokenType;

    constructor(token: IToken) {
        super();
        // `| 0` keeps the numbers small integers in V8 (as Langium's leaf does): no boxed doubles.
        this._offset = token.startOffset | 0;
        this._length = token.image.length | 0;
        this._tokenType = token.tokenType;
    }

    get offset(): number {
        return this._offset;
    }

    get length(): number {
        return this._length;
    }

    get end(): number {
        return this._offset + this._length;
    }

    get hidden(): boolean {
        return false;
    }

    get tokenType(): TokenType {
        return this._tokenType;
    }

    get astNode(): AstNode {
        const container: CompositeCstNode | undefined = this.container;
        if (!container) {
            throw new Error('This node has no associated AST element');
        }
        return container.astNode;
    }

    get range(): CstNode['range'] {
        const root = this.root;
        return { start: positie(root, this._offset), end: positie(root, this._offset + this._length) };
    }
}

/** A hidden token (a comment) in the CST. */
export class OpgaveHiddenLeafCstNode extends OpgaveLeafCstNode {
    override get hidden(): boolean {
        return true;
    }
}
