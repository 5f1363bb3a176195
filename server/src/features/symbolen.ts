/**
 * Outline and symbol kinds. The outline of a file is a tree: a deelopgave (`deel-van` an opgave
 * of the same file) sits under its opgave, an opgave holds its voorscheider, and an opdracht holds
 * its driehoek (with one entry per role), fasen, doelen, inspanningen, historie, lessen and
 * overdracht. Every kind of declaration and block has its own symbol kind, so the outline and the
 * workspace symbols (which use the same {@link OpgaveNodeKindProvider}) show a distinct icon for
 * thema, opgave, opdracht, persoon, speler, gebied, doel, fase …
 */
import {
    CstUtils,
    GrammarUtils,
    isCompositeCstNode,
    type AstNode,
    type AstNodeDescription,
    type CstNode,
    type LangiumDocument,
} from 'langium';
import type { DocumentSymbolProvider, NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import * as ast from '../../../language/generated/ast.js';

/** Symbol kind per AST type (declarations and the elements inside an opdracht). */
const SOORT: Readonly<Record<string, SymbolKind>> = {
    Gemeente: SymbolKind.Module,
    Persoon: SymbolKind.Variable,
    Speler: SymbolKind.Object,
    Gebied: SymbolKind.Field,
    Thema: SymbolKind.Namespace,
    Opgave: SymbolKind.Struct,
    Opdracht: SymbolKind.Class,
    Voorscheider: SymbolKind.Operator,
    Driehoek: SymbolKind.Interface,
    DriehoekRol: SymbolKind.Property,
    Fase: SymbolKind.Event,
    Doel: SymbolKind.Constant,
    Inspanning: SymbolKind.Function,
    HistorieRegel: SymbolKind.Key,
    Les: SymbolKind.String,
    Overdracht: SymbolKind.Method,
};

/** Completion item kind of a reference to a declaration of each type. */
const AANVUL_SOORT: Readonly<Record<string, CompletionItemKind>> = {
    Gemeente: CompletionItemKind.Module,
    Persoon: CompletionItemKind.Variable,
    Speler: CompletionItemKind.Value,
    Gebied: CompletionItemKind.Struct,
    Thema: CompletionItemKind.Folder,
    Opgave: CompletionItemKind.Module,
    Opdracht: CompletionItemKind.Class,
    Doel: CompletionItemKind.Constant,
    Inspanning: CompletionItemKind.Function,
};

/** Symbol and completion kinds by AST type, for the outline, workspace symbols and completion. */
export class OpgaveNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        const type = '$type' in node ? node.$type : node.type;
        return SOORT[type] ?? SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        const type = '$type' in node ? node.$type : node.type;
        return AANVUL_SOORT[type] ?? CompletionItemKind.Reference;
    }
}

/** The blocks of an opdracht that the outline shows as a group, with the elements they hold. */
const BLOKKEN = [
    ['fasen', (o: ast.Opdracht): readonly AstNode[] => o.fasen],
    ['doelen', (o: ast.Opdracht): readonly AstNode[] => o.doelen],
    ['inspanningen', (o: ast.Opdracht): readonly AstNode[] => o.inspanningen],
    ['historie', (o: ast.Opdracht): readonly AstNode[] => o.historie],
    ['lessen', (o: ast.Opdracht): readonly AstNode[] => o.lessen],
] as const;

/** A symbol name is never empty (editors refuse one): the fallback is the kind keyword. */
function naamOf(naam: string | undefined, anders: string): string {
    return naam && naam.trim() !== '' ? naam : anders;
}

/** Document outline of a .opgave file. */
export class OpgaveDocumentSymbolProvider implements DocumentSymbolProvider {
    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const portfolio = document.parseResult.value as ast.Portfolio;
        const declaraties = portfolio.declaraties ?? [];
        const opgaven = new Map<string, ast.Opgave>();
        for (const d of declaraties) {
            if (ast.isOpgave(d) && d.name && !opgaven.has(d.name)) {
                opgaven.set(d.name, d);
            }
        }
        const ouder = ouders(opgaven);
        const symbolen = new Map<AstNode, DocumentSymbol>();
        const wortel: DocumentSymbol[] = [];
        for (const d of declaraties) {
            const s = this.declaratie(d);
            if (s) {
                symbolen.set(d, s);
            }
        }
        for (const d of declaraties) {
            const s = symbolen.get(d);
            if (!s) {
                continue;
            }
            const boven = ast.isOpgave(d) ? ouder.get(d) : undefined;
            const bovenSymbool = boven ? symbolen.get(boven) : undefined;
            if (bovenSymbool) {
                (bovenSymbool.children ??= []).push(s);
            } else {
                wortel.push(s);
            }
        }
        return wortel;
    }

    private declaratie(d: ast.Declaratie): DocumentSymbol | undefined {
        const kinderen: DocumentSymbol[] = [];
        let detail = d.titel;
        if (ast.isOpgave(d) && d.voorscheider) {
            this.voeg(kinderen, this.element(d.voorscheider, 'voorscheider'));
        }
        if (ast.isOpdracht(d)) {
            detail = [d.titel, d.werkwijze].filter(Boolean).join(' · ');
            kinderen.push(...this.opdracht(d));
        }
        return this.symbool(d, naamOf(d.name, d.$type.toLowerCase()), detail, kinderen);
    }

    private opdracht(o: ast.Opdracht): DocumentSymbol[] {
        const uit: DocumentSymbol[] = [];
        if (o.driehoek) {
            const rollen = o.driehoek.rollen.map((r) =>
                this.element(r, naamOf(r.rol, 'rol'), r.personen.map((p) => p.$refText).join(', ')),
            );
            this.voeg(uit, this.element(o.driehoek, 'driehoek', undefined, rollen));
        }
        const cst = o.$cstNode;
        for (const [woord, lijst] of BLOKKEN) {
            for (const sleutel of cst ? GrammarUtils.findNodesForKeyword(cst, woord) : []) {
                const bereik = blokBereik(sleutel);
                const kinderen = lijst(o)
                    .filter((e) => e.$cstNode !== undefined && e.$cstNode.offset >= sleutel.offset && e.$cstNode.end <= bereik.end)
                    .map((e) => this.blokElement(e));
                uit.push({
                    name: woord,
                    kind: SymbolKind.Array,
                    range: bereik.range,
                    selectionRange: sleutel.range,
                    children: kinderen.filter((k): k is DocumentSymbol => k !== undefined),
                });
            }
        }
        if (o.overdracht) {
            this.voeg(uit, this.element(o.overdracht, 'overdracht', o.overdracht.aan?.$refText));
        }
        return uit.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    }

    private blokElement(e: AstNode): DocumentSymbol | undefined {
        if (ast.isFase(e)) {
            const toestand = e.actief ? 'actief' : e.afgerond ? `afgerond ${e.afgerond}` : e.gepland ? `gepland ${e.gepland}` : undefined;
            return this.element(e, naamOf(e.naam, 'fase'), toestand);
        }
        if (ast.isDoel(e) || ast.isInspanning(e)) {
            return this.symbool(e, naamOf(e.name, e.$type.toLowerCase()), e.titel);
        }
        if (ast.isHistorieRegel(e)) {
            return this.element(e, naamOf(e.datum, 'historie'), e.werkwijze);
        }
        if (ast.isLes(e)) {
            return this.element(e, naamOf(e.datum, 'les'), e.tekst);
        }
        return undefined;
    }

    /** A named element: selection on its name. */
    private symbool(node: AstNode, naam: string, detail: string | undefined, kinderen: DocumentSymbol[] = []): DocumentSymbol | undefined {
        const cst = node.$cstNode;
        if (!cst) {
            return undefined;
        }
        const naamNode = GrammarUtils.findNodeForProperty(cst, 'name') ?? cst;
        return {
            name: naam,
            detail,
            kind: SOORT[node.$type] ?? SymbolKind.Field,
            range: cst.range,
            selectionRange: naamNode.range,
            children: kinderen,
        };
    }

    /** An element without a name of its own: selection on its first word. */
    private element(
        node: AstNode,
        naam: string,
        detail?: string,
        kinderen: (DocumentSymbol | undefined)[] = [],
    ): DocumentSymbol | undefined {
        const cst = node.$cstNode;
        if (!cst) {
            return undefined;
        }
        const eerste = CstUtils.flattenCst(cst).head() ?? cst;
        return {
            name: naam,
            detail: detail || undefined,
            kind: SOORT[node.$type] ?? SymbolKind.Field,
            range: cst.range,
            selectionRange: eerste.range,
            children: kinderen.filter((k): k is DocumentSymbol => k !== undefined),
        };
    }

    private voeg(lijst: DocumentSymbol[], s: DocumentSymbol | undefined): void {
        if (s) {
            lijst.push(s);
        }
    }
}

/**
 * The parent of each opgave that is `deel-van` an opgave of the same file, by name (the first
 * opgave of a name). An opgave in a `deel-van` cycle has no parent, so every opgave is shown.
 */
function ouders(opgaven: ReadonlyMap<string, ast.Opgave>): Map<ast.Opgave, ast.Opgave> {
    const ouder = new Map<ast.Opgave, ast.Opgave>();
    for (const o of opgaven.values()) {
        const naam = o.deelVan?.$refText;
        const boven = naam ? opgaven.get(naam) : undefined;
        if (boven && boven !== o) {
            ouder.set(o, boven);
        }
    }
    // Opgaven on a cycle: walking up from them comes back to them.
    const opKring = [...ouder.keys()].filter((o) => {
        const gezien = new Set<ast.Opgave>();
        for (let p = ouder.get(o); p !== undefined && !gezien.has(p); p = ouder.get(p)) {
            if (p === o) {
                return true;
            }
            gezien.add(p);
        }
        return false;
    });
    for (const o of opKring) {
        ouder.delete(o);
    }
    return ouder;
}

/** The range of a block from its keyword to its closing brace (or the last node of its element). */
function blokBereik(sleutel: CstNode): { range: Range; end: number } {
    const ouder = sleutel.container;
    const broers = ouder?.content ?? [];
    const start = broers.indexOf(sleutel);
    let diepte = 0;
    for (let i = start + 1; i < broers.length; i++) {
        const b = broers[i]!;
        if (isCompositeCstNode(b)) {
            // One of the block's elements.
            continue;
        }
        if (b.text === '{') {
            diepte++;
        } else if (b.text === '}') {
            diepte--;
            if (diepte <= 0) {
                return { range: { start: sleutel.range.start, end: b.range.end }, end: b.end };
            }
        }
    }
    const laatste = broers[broers.length - 1] ?? sleutel;
    return { range: { start: sleutel.range.start, end: laatste.range.end }, end: laatste.end };
}
