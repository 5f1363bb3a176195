/**
 * Small helpers for the text edits of the rules' fixes (`herstel`): where to insert a new line
 * inside a `{ … }` block, the indentation of a line, the opdracht around a finding, and a fix of
 * one edit.
 */
import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Position, TextEdit } from 'vscode-languageserver';
import * as ast from '../../generated/ast.js';
import type { Herstel } from './context.js';

/**
 * An edit that adds `regel` (without indentation or newline) as the last line inside the block of
 * `node`, indented one level deeper than the line that opens the block.
 * @returns undefined when the node has no text or its text does not end with `}` (half-parsed)
 */
export function voegRegelToe(document: LangiumDocument, node: AstNode, regel: string): TextEdit | undefined {
    const cst = node.$cstNode;
    if (!cst) {
        return undefined;
    }
    const tekst = document.textDocument.getText();
    const sluit = cst.end - 1;
    if (tekst[sluit] !== '}') {
        return undefined;
    }
    const inspringing = inspringingVan(document, cst.offset);
    const binnen = `${inspringing}    `;
    const sluitPos = document.textDocument.positionAt(sluit);
    const voorSluit = tekst.slice(tekst.lastIndexOf('\n', sluit - 1) + 1, sluit);
    if (voorSluit.trim() === '') {
        // `}` on its own line: insert a full line before it.
        const pos: Position = { line: sluitPos.line, character: 0 };
        return { range: { start: pos, end: pos }, newText: `${binnen}${regel}\n` };
    }
    return { range: { start: sluitPos, end: sluitPos }, newText: `\n${binnen}${regel}\n${inspringing}` };
}

/** The indentation (spaces and tabs) of the line that holds `offset` (0-based, in characters). */
function inspringingVan(document: LangiumDocument, offset: number): string {
    const regel = document.textDocument.positionAt(offset).line;
    const tekst = document.textDocument.getText({ start: { line: regel, character: 0 }, end: { line: regel + 1, character: 0 } });
    return /^[ \t]*/.exec(tekst)?.[0] ?? '';
}

/** The indentation (number of spaces and tabs) of the line that holds `offset` (0-based, in characters). */
export function inspringing(document: LangiumDocument, offset: number): number {
    return inspringingVan(document, offset).length;
}

/** The opdracht declaration that contains `positie` (0-based), or undefined outside any opdracht. */
export function opdrachtBij(document: LangiumDocument, positie: Position): ast.Opdracht | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root ? CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(positie)) : undefined;
    return leaf ? AstUtils.getContainerOfType(leaf.astNode, ast.isOpdracht) : undefined;
}

/** One fix titled `titel` with one edit in `document`; none when there is no edit. */
export function enkel(titel: string, document: LangiumDocument, edit: TextEdit | undefined): Herstel[] {
    return edit ? [{ titel, wijzigingen: { [document.uri.toString()]: [edit] } }] : [];
}
