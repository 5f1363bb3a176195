/**
 * Small helpers for edits: where to insert a new line inside a `{ … }` block, and offsets.
 */
import type { AstNode, LangiumDocument } from 'langium';
import type { Position, TextEdit } from 'vscode-languageserver';

/**
 * An edit that adds `regel` (without indentation or newline) as the last line inside the block of
 * `node`, indented one level deeper than the line that opens the block.
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
    const startRegel = document.textDocument.positionAt(cst.offset).line;
    const openRegel = document.textDocument.getText({
        start: { line: startRegel, character: 0 },
        end: { line: startRegel + 1, character: 0 },
    });
    const inspringing = /^[ \t]*/.exec(openRegel)?.[0] ?? '';
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
