/**
 * Hover: on a keyword the concept in our own words with the guide's section; on a reference or a
 * declaration's name who or what it is (title, functies, werkwijze, phase …).
 */
import { AstUtils, CstUtils, GrammarAST, isReference, type AstNode, type LangiumDocument } from 'langium';
import type { HoverProvider, LangiumServices } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import * as ast from '../../../language/generated/ast.js';
import { begripTekst } from './begrippen.js';
import type { PortfolioCheck } from '../portfolio-check.js';

/** Hover provider of the .opgave language. */
export class OpgaveHoverProvider implements HoverProvider {
    constructor(
        private readonly services: LangiumServices,
        private readonly check: () => PortfolioCheck,
    ) {}

    /** The hover at the position, or undefined. */
    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return undefined;
        }
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf || leaf.hidden) {
            return undefined;
        }
        // A reference: who or what it points to.
        const refs = this.services.references.References;
        const doel = refs.findDeclarations(leaf)[0];
        if (doel) {
            const tekst = this.beschrijf(doel);
            if (tekst) {
                return { contents: { kind: 'markdown', value: tekst }, range: leaf.range };
            }
        }
        const refTekst = this.referentie(leaf.astNode, leaf.text);
        if (refTekst) {
            return { contents: { kind: 'markdown', value: refTekst }, range: leaf.range };
        }
        if (GrammarAST.isKeyword(leaf.grammarSource)) {
            const tekst = begripTekst(leaf.text);
            if (tekst) {
                return { contents: { kind: 'markdown', value: tekst }, range: leaf.range };
            }
        }
        return undefined;
    }

    /** A reference under the cursor that did not resolve: say so. */
    private referentie(node: AstNode, tekst: string): string | undefined {
        for (const [, waarde] of Object.entries(node)) {
            const lijst = Array.isArray(waarde) ? waarde : [waarde];
            for (const r of lijst) {
                if (isReference(r) && r.$refText === tekst && !r.ref) {
                    return `\`${tekst}\` bestaat niet in dit portfolio.`;
                }
            }
        }
        return undefined;
    }

    /** Dutch Markdown description of a declaration. */
    beschrijf(node: AstNode): string | undefined {
        const titel = (n: { name: string; titel?: string }, soort: string): string =>
            `**${soort} ${n.name}**${n.titel ? ` — ${n.titel}` : ''}`;
        if (ast.isPersoon(node)) {
            const fte = node.fte !== undefined ? `, ${node.fte} fte` : '';
            return `${titel(node, 'persoon')}\n\nFunctie: ${node.functies.length > 0 ? node.functies.join(', ') : 'geen'}${fte}${this.rollen(node.name)}`;
        }
        if (ast.isOpgave(node)) {
            const model = this.check().resultaatVoor(AstUtils.getDocument(node).uri).portfolio.opgavePerId.get(node.name);
            const delen = [titel(node, node.deelVan ? 'deelopgave' : 'opgave')];
            if (node.thema?.$refText) delen.push(`Thema: ${node.thema.$refText}`);
            if (node.bedoeling) delen.push(`Bedoeling: ${node.bedoeling}`);
            const v = model?.effectieveVoorscheider;
            if (v) delen.push(`Voorscheider: ${v.proces} (score ${v.score})`);
            if (model && model.opdrachten.length > 0) delen.push(`Opdrachten: ${model.opdrachten.map((o) => o.id).join(', ')}`);
            return delen.join('\n\n');
        }
        if (ast.isOpdracht(node)) {
            const model = this.check().resultaatVoor(AstUtils.getDocument(node).uri).portfolio.opdrachtPerId.get(node.name);
            const delen = [titel(node, 'opdracht')];
            delen.push(
                `Werkwijze: ${node.werkwijze ?? 'niet gekozen'}${model?.huidigeFase ? ` · fase ${model.huidigeFase.naam}` : ''}${node.status ? ` · ${node.status}` : ''}`,
            );
            if (node.opgave?.$refText) delen.push(`Voor opgave: ${node.opgave.$refText}`);
            return delen.join('\n\n');
        }
        if (ast.isThema(node)) {
            return `${titel(node, 'thema')}${node.opgavemanager ? `\n\nOpgavemanager: ${node.opgavemanager.$refText}` : ''}`;
        }
        if (ast.isSpeler(node)) {
            return `${titel(node, 'speler')}${node.soort ? `\n\nSoort: ${node.soort}` : ''}${node.positie ? ` · positie ${node.positie}` : ''}`;
        }
        if (ast.isGebied(node)) {
            return `${titel(node, 'gebied')}${node.schaal ? `\n\nSchaal: ${node.schaal}` : ''}`;
        }
        if (ast.isDoel(node)) {
            return `${titel(node, 'doel')}`;
        }
        if (ast.isInspanning(node)) {
            return `${titel(node, 'inspanning')}`;
        }
        if (ast.isGemeente(node)) {
            return `${titel(node, 'gemeente')}${node.besturingsmodel ? `\n\nBesturingsmodel: ${node.besturingsmodel}` : ''}`;
        }
        return undefined;
    }

    private rollen(persoon: string): string {
        const p = this.check().werkruimteResultaat().portfolio;
        const rollen: string[] = [];
        for (const o of p.opdrachten) {
            const d = o.driehoek;
            if (d?.bestuurlijkOpdrachtgevers.some((r) => r.naam === persoon)) rollen.push(`bestuurlijk opdrachtgever van ${o.id}`);
            if (d?.ambtelijkOpdrachtgevers.some((r) => r.naam === persoon)) rollen.push(`ambtelijk opdrachtgever van ${o.id}`);
            if (d?.sturingsprofessionals.some((r) => r.naam === persoon)) rollen.push(`sturingsprofessional van ${o.id}`);
            if (o.eigenaar?.naam === persoon) rollen.push(`eigenaar van ${o.id}`);
        }
        for (const t of p.themas) {
            if (t.opgavemanagerNaam === persoon) rollen.push(`opgavemanager van thema ${t.id}`);
        }
        return rollen.length > 0 ? `\n\nRollen: ${rollen.join('; ')}` : '';
    }
}
