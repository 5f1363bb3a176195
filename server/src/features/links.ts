/**
 * Document links: the text of `document KIND "path-or-title"` in a phase line becomes a link when
 * it names a file that exists. A relative path is looked up first next to the .opgave file (as a
 * link in Markdown), then in the portfolio root (the workspace folder, where `docs/…` paths of
 * taal.md start); an absolute path as it is. A title that is no existing file gets no link; the
 * rules about missing decision documents are not affected.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AstUtils, GrammarUtils, URI, type LangiumDocument } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink } from 'vscode-languageserver';
import * as ast from '../../../language/generated/ast.js';
import type { PortfolioCheck } from '../portfolio-check.js';

/** Longest text tried as a path (longer strings are titles). */
const MAX_PAD = 1024;

/** The existing file a document text names, or undefined. */
export function bestandVan(tekst: string, map: string, root: string | undefined): string | undefined {
    const pad = tekst.trim();
    if (pad === '' || pad.length > MAX_PAD || pad.includes('\0') || /^[a-z][a-z0-9+.-]*:\/\//i.test(pad)) {
        return undefined;
    }
    const kandidaten = path.isAbsolute(pad) ? [pad] : [path.resolve(map, pad), ...(root ? [path.resolve(root, pad)] : [])];
    for (const k of kandidaten) {
        try {
            if (fs.statSync(k).isFile()) {
                return k;
            }
        } catch {
            // not there: try the next place
        }
    }
    return undefined;
}

/** Links from decision documents to their files. */
export class OpgaveDocumentLinkProvider implements DocumentLinkProvider {
    private readonly check: () => PortfolioCheck;

    constructor(check: () => PortfolioCheck) {
        this.check = check;
    }

    getDocumentLinks(document: LangiumDocument): DocumentLink[] {
        if (document.uri.scheme !== 'file') {
            return [];
        }
        const map = path.dirname(document.uri.fsPath);
        const root = this.check().instellingen.root;
        const links: DocumentLink[] = [];
        for (const d of AstUtils.streamAst(document.parseResult.value).filter(ast.isDocument)) {
            const node = d.$cstNode ? GrammarUtils.findNodeForProperty(d.$cstNode, 'titel') : undefined;
            const bestand = typeof d.titel === 'string' && node ? bestandVan(d.titel, map, root) : undefined;
            if (!node || !bestand) {
                continue;
            }
            // The link covers the text between the quotes.
            const { start, end } = node.range;
            const binnen = start.line === end.line && end.character - start.character >= 2;
            links.push({
                range: binnen
                    ? { start: { ...start, character: start.character + 1 }, end: { ...end, character: end.character - 1 } }
                    : node.range,
                target: URI.file(bestand).toString(),
                tooltip: `Open het bestand ${path.basename(bestand)}`,
            });
        }
        return links;
    }
}
