/**
 * Semantic tokens: declared names and references coloured by what they are (person, opgave,
 * opdracht …), on top of the TextMate grammar.
 */
import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import * as ast from '../../../language/generated/ast.js';

/** Semantic token provider of the .opgave language. */
export class OpgaveSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const declaratie = (type: string): void => acceptor({ node, property: 'name', type, modifier: SemanticTokenModifiers.declaration });
        const verwijzing = (property: string, type: string): void => acceptor({ node, property, type });
        if (ast.isPersoon(node)) declaratie(SemanticTokenTypes.variable);
        else if (ast.isOpgave(node)) {
            declaratie(SemanticTokenTypes.class);
            verwijzing('thema', SemanticTokenTypes.namespace);
            verwijzing('deelVan', SemanticTokenTypes.class);
            verwijzing('gebieden', SemanticTokenTypes.enumMember);
            verwijzing('spelers', SemanticTokenTypes.property);
        } else if (ast.isOpdracht(node)) {
            declaratie(SemanticTokenTypes.function);
            verwijzing('opgave', SemanticTokenTypes.class);
            verwijzing('eigenaar', SemanticTokenTypes.variable);
        } else if (ast.isThema(node)) {
            declaratie(SemanticTokenTypes.namespace);
            verwijzing('opgavemanager', SemanticTokenTypes.variable);
        } else if (ast.isSpeler(node)) declaratie(SemanticTokenTypes.property);
        else if (ast.isGebied(node)) {
            declaratie(SemanticTokenTypes.enumMember);
            verwijzing('gebiedsmanager', SemanticTokenTypes.variable);
        } else if (ast.isGemeente(node)) declaratie(SemanticTokenTypes.namespace);
        else if (ast.isDoel(node)) declaratie(SemanticTokenTypes.event);
        else if (ast.isInspanning(node)) {
            declaratie(SemanticTokenTypes.method);
            verwijzing('draagtBijAan', SemanticTokenTypes.event);
            verwijzing('opdracht', SemanticTokenTypes.function);
        } else if (ast.isDriehoekRol(node)) verwijzing('personen', SemanticTokenTypes.variable);
        else if (ast.isDriehoek(node)) verwijzing('eindverantwoordelijk', SemanticTokenTypes.variable);
        else if (ast.isHistorieRegel(node)) {
            // Personen and (version 2) spelers mixed: each name coloured as what it refers to.
            node.afgestemdMet.forEach((ref, index) => {
                const type = ast.isSpeler(ref.ref) ? SemanticTokenTypes.property : SemanticTokenTypes.variable;
                acceptor({ node, property: 'afgestemdMet', index, type });
            });
        } else if (ast.isOverdracht(node)) verwijzing('aan', SemanticTokenTypes.variable);
        else if (ast.isFase(node)) acceptor({ node, property: 'naam', type: SemanticTokenTypes.enumMember });
    }
}
