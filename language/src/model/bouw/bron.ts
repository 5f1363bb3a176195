/**
 * Where model elements were written: the `Bron` of each element, with its range computed lazily.
 */
import type { AstNode, CstNode } from 'langium';
import type { Range } from 'vscode-languageserver';
import type { Bron } from '../types.js';

const LEEG_BEREIK: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * A `Bron` whose range is computed on first use: most elements are never reported, and
 * computing line/column positions for every node on every check is a large part of its cost.
 */
class LuiBron implements Bron {
    private bereik?: Range;
    constructor(
        readonly node: AstNode,
        readonly uri: string,
        /** The CST node whose range is meant, when not the node's own (a reference's name). */
        private readonly cst?: CstNode,
    ) {}
    get range(): Range {
        return (this.bereik ??= (this.cst ?? this.node.$cstNode)?.range ?? LEEG_BEREIK);
    }
}

/**
 * The source of a model element: the AST node it comes from and its document URI; the range is
 * that of `cst` when given (a reference's name inside `node`), else the node's own, else the
 * empty range at 0:0 (a node without CST, which the parser does not produce).
 */
export function bron(node: AstNode, uri: string, cst?: CstNode): Bron {
    return new LuiBron(node, uri, cst);
}
