/**
 * Places in the documents: what a finding, a syntax error or an unreadable file points at, and
 * how to find the place of a model element's property.
 */
import { GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver';
import type { Bron } from './types.js';

/** A place in a document: URI string and 0-based LSP range. */
export interface Locatie {
    readonly uri: string;
    readonly range: Range;
}

/** A place with a Dutch message about it (syntax errors, invalid `// @negeer` comments, unreadable files). */
export interface LocatieMetBericht extends Locatie {
    readonly bericht: string;
}

/**
 * The location of a model element, or of one of its properties (the keyword-and-value as written,
 * e.g. `plaats(opdracht.bron, 'werkwijze')`), falling back to the element's name and then to the
 * whole element when the property is not written.
 * @param index which occurrence of a property that may be written more than once (0-based)
 */
export function plaats(bron: Bron, eigenschap?: string, index?: number): Locatie {
    const cst = bron.node.$cstNode;
    if (cst) {
        for (const naam of eigenschap ? [eigenschap, 'name'] : ['name']) {
            const node = GrammarUtils.findNodeForProperty(cst, naam, index);
            if (node) {
                return { uri: bron.uri, range: node.range };
            }
        }
    }
    return { uri: bron.uri, range: bron.range };
}

/**
 * The location of a keyword of a model element as written (e.g. the `driehoek` of a driehoek
 * block, so a finding marks the word rather than the whole block), falling back to
 * {@link plaats} when the element has no such keyword.
 */
export function plaatsVanSleutelwoord(bron: Bron, sleutelwoord: string): Locatie {
    const cst = bron.node.$cstNode;
    const node = cst ? GrammarUtils.findNodeForKeyword(cst, sleutelwoord) : undefined;
    return node ? { uri: bron.uri, range: node.range } : plaats(bron);
}
