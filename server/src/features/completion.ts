/**
 * Completion: Langium's grammar-driven keyword and reference completion, narrowed to what fits the
 * slot. After a role (bestuurlijk-opdrachtgever, ambtelijk-opdrachtgever, sturingsprofessional,
 * eigenaar, opgavemanager) only persons with a fitting functie; at the start of a line inside
 * `fasen` only the phases of the opdracht's werkwijze; after `draagt-bij-aan` only the doelen of
 * the same opdracht; no keywords where a new name is written.
 */
import { AstUtils, GrammarAST, type AstNodeDescription, type ReferenceInfo, type Stream } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type NextFeature } from 'langium/lsp';
import { CompletionItemKind } from 'vscode-languageserver';
import * as ast from '../../../language/generated/ast.js';
import { PASSENDE_FUNCTIES } from '../../../language/src/model/rollen.js';
import { FASEN } from '../../../language/src/model/werkwijzen.js';

type Slot = keyof typeof PASSENDE_FUNCTIES | 'opgavemanager' | 'gebiedsmanager';

const SLOT_FUNCTIES: Record<Slot, readonly string[]> = {
    ...PASSENDE_FUNCTIES,
    opgavemanager: ['opgavemanager'],
    gebiedsmanager: ['gebiedsmanager'],
};

const DECLARATIE_WOORDEN = new Set(['gemeente', 'persoon', 'speler', 'gebied', 'thema', 'opgave', 'opdracht', 'doel', 'inspanning']);

/** The role keyword that governs the names being typed on this line (`rol a, b, |`). */
export function slotVoorCursor(regel: string): Slot | undefined {
    const m =
        /(bestuurlijk-opdrachtgever|ambtelijk-opdrachtgever|sturingsprofessional|eigenaar|opgavemanager|gebiedsmanager)\s+(?:[\p{L}\p{N}_-]+\s*,\s*)*[\p{L}\p{N}_-]*$/u.exec(
            regel,
        );
    return m ? (m[1] as Slot) : undefined;
}

/** Innermost open block keyword before `offset` (`fasen`, `driehoek` …), ignoring strings and comments. */
export function openBlok(tekst: string, offset: number): string | undefined {
    const stapel: string[] = [];
    const re = /"(?:\\.|[^"\\\r\n])*"?|\/\/[^\r\n]*|\/\*[\s\S]*?(?:\*\/|$)|([\p{L}_][\p{L}\p{M}\p{N}_-]*)|(\{)|(\})/gu;
    let vorig: string | undefined;
    let m: RegExpExecArray | null;
    const stuk = tekst.slice(0, offset);
    while ((m = re.exec(stuk)) !== null) {
        if (m[1]) {
            vorig = m[1];
        } else if (m[2]) {
            stapel.push(vorig ?? '');
        } else if (m[3]) {
            stapel.pop();
        }
    }
    return stapel[stapel.length - 1];
}

/** Completion provider of the .opgave language. */
export class OpgaveCompletionProvider extends DefaultCompletionProvider {
    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): void | Promise<void> {
        const tekst = context.textDocument.getText();
        const regelStart = tekst.lastIndexOf('\n', context.tokenOffset - 1) + 1;
        const voor = tekst.slice(regelStart, context.tokenOffset);
        const vorigWoord = /([\p{L}\p{N}_-]+)\s*$/u.exec(voor)?.[1];
        if (GrammarAST.isKeyword(next.feature)) {
            // A new declaration's name: no keyword proposals.
            if (vorigWoord && DECLARATIE_WOORDEN.has(vorigWoord) && voor.trim() === vorigWoord) {
                return;
            }
            if (openBlok(tekst, context.tokenOffset) === 'fasen' && voor.trim() === '') {
                const fasen = this.fasenVanWerkwijze(context);
                if (!fasen.includes(next.feature.value)) {
                    return;
                }
                return acceptor(context, {
                    label: next.feature.value,
                    kind: CompletionItemKind.EnumMember,
                    detail: 'fase van de werkwijze',
                    sortText: '0',
                });
            }
        }
        return super.completionFor(context, next, acceptor);
    }

    private fasenVanWerkwijze(context: CompletionContext): string[] {
        const opdracht = context.node ? AstUtils.getContainerOfType(context.node, ast.isOpdracht) : undefined;
        const werkwijze = opdracht?.werkwijze;
        if (!werkwijze) {
            // Unknown werkwijze: every phase name of project and programma.
            return [...new Set([...FASEN.project, ...FASEN.programma].map((f) => f.naam))];
        }
        return FASEN[werkwijze].map((f) => f.naam);
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const kandidaten = super.getReferenceCandidates(refInfo, context);
        const tekst = context.textDocument.getText();
        const regelStart = tekst.lastIndexOf('\n', context.tokenOffset - 1) + 1;
        const voor = tekst.slice(regelStart, context.tokenOffset);
        if (refInfo.property === 'draagtBijAan') {
            const opdracht = AstUtils.getContainerOfType(refInfo.container, ast.isOpdracht);
            const eigen = new Set(opdracht?.doelen.map((d) => d.name) ?? []);
            return kandidaten.filter(
                (k) =>
                    k.type === 'Doel' && eigen.has(k.name) && (!k.node || AstUtils.getContainerOfType(k.node, ast.isOpdracht) === opdracht),
            );
        }
        const slot = slotVoorCursor(voor);
        if (slot && ['personen', 'eigenaar', 'opgavemanager', 'gebiedsmanager'].includes(refInfo.property)) {
            const passend = SLOT_FUNCTIES[slot];
            return kandidaten.filter(
                (k) => k.node !== undefined && ast.isPersoon(k.node) && k.node.functies.some((f) => passend.includes(f)),
            );
        }
        return kandidaten;
    }
}
