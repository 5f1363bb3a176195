/**
 * Completion: Langium's grammar-driven keyword and reference completion, narrowed to what fits the
 * slot. After a role (bestuurlijk-opdrachtgever, ambtelijk-opdrachtgever, sturingsprofessional,
 * eigenaar, opgavemanager) only persons with a fitting functie; at the start of a line inside
 * `fasen` only the phases of the opdracht's werkwijze; after `draagt-bij-aan` only the doelen of
 * the same opdracht; no keywords where a new name is written.
 *
 * A space or a comma triggers completion by itself (the editor asks with `TriggerCharacter`);
 * then only the values of the slot before the cursor are offered (names, enumeration values) and
 * nothing at all where no slot is open, so typing a space elsewhere shows no list. Snippets
 * (`snippets.ts`) come with the keyword of the declaration or block they write, so only where
 * that declaration or block may start.
 */
import {
    AstUtils,
    GrammarAST,
    GrammarUtils,
    type AstNodeDescription,
    type LangiumDocument,
    type ReferenceInfo,
    type Stream,
} from 'langium';
import {
    DefaultCompletionProvider,
    type CompletionAcceptor,
    type CompletionContext,
    type CompletionValueItem,
    type NextFeature,
} from 'langium/lsp';
import type { LangiumServices } from 'langium/lsp';
import {
    CompletionItemKind,
    CompletionList,
    CompletionTriggerKind,
    InsertTextFormat,
    InsertTextMode,
    type CancellationToken,
    type CompletionItem,
    type CompletionParams,
} from 'vscode-languageserver';
import * as ast from '../../../language/generated/ast.js';
import { PASSENDE_FUNCTIES } from '../../../language/src/model/rollen.js';
import { FASEN, PASSENDE_STURINGSPROFESSIONAL } from '../../../language/src/model/werkwijzen.js';
import type { Portfolio } from '../../../language/src/model/types.js';
import type { PortfolioCheck } from '../portfolio-check.js';
import { SNIPPET_WOORDEN, snippetVoor, type SnippetNamen, type SnippetRol } from './snippets.js';

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

/** The characters that open completion by themselves: after a slot keyword and in name lists. */
export const TRIGGER_TEKENS = [' ', ','];

/** Whether `offset` is inside a string or a comment (then a typed space opens no completion). */
export function inTekstOfOpmerking(tekst: string, offset: number): boolean {
    const re = /"(?:\\.|[^"\\\r\n])*("?)|\/\/[^\r\n]*|\/\*[\s\S]*?(\*\/|$)/gu;
    const stuk = tekst.slice(0, offset);
    let m: RegExpExecArray | null;
    while ((m = re.exec(stuk)) !== null) {
        if (m.index + m[0].length === stuk.length) {
            // A string without its closing quote, a line comment, a block comment without `*/`.
            const open = m[0].startsWith('"') ? m[1] === '' : m[0].startsWith('//') || m[2] === '';
            if (open) {
                return true;
            }
        }
    }
    return false;
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

/** A completion context of one request, with what the request allows. */
interface OpgaveContext extends CompletionContext {
    /** Opened by a typed space or comma: only values of the open slot. */
    readonly alleenWaarden: boolean;
    /** The names snippets may choose from, computed once per request when first needed. */
    readonly namen: () => SnippetNamen;
}

/**
 * Whether a keyword proposal is a value of a slot (an enumeration value such as `project` after
 * `werkwijze`) rather than a keyword that starts a line or a declaration. `Name` is left out: it
 * accepts value keywords as identifiers, but a name is no enumeration value (except the kinds of
 * a decision document after `document`).
 */
function isWaarde(keyword: GrammarAST.Keyword, vorigWoord: string | undefined): boolean {
    const regel = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    if (!regel || !GrammarUtils.isDataTypeRule(regel) || regel.name === 'Name') {
        return false;
    }
    // `Name` also accepts the value keywords of these rules; after `document` a kind is written as
    // a `Name`, and only the kinds of decision documents fit there.
    return vorigWoord !== 'document' || regel.name === 'DocumentSoort';
}

/** The names of a portfolio that snippets may use, from the model of the last check. */
function namenVan(portfolio: Portfolio | undefined, peildatum: string, werkwijze: SnippetNamen['werkwijze']): SnippetNamen {
    const personen = portfolio?.personen ?? [];
    const ids = (lijst: readonly { id: string }[] | undefined): string[] => [...new Set((lijst ?? []).map((x) => x.id))].sort();
    return {
        personen: ids(personen),
        themas: ids(portfolio?.themas),
        opgaven: ids(portfolio?.opgaven),
        spelers: ids(portfolio?.spelers),
        werkwijze,
        datum: peildatum,
        personenVoor: (rol: SnippetRol) => {
            const voorkeur = rol === 'sturingsprofessional' && werkwijze ? PASSENDE_STURINGSPROFESSIONAL[werkwijze] : undefined;
            const passend: readonly string[] = voorkeur ? [voorkeur] : SLOT_FUNCTIES[rol];
            return ids(personen.filter((p) => p.functies.some((f) => passend.includes(f))));
        },
    };
}

/** Completion provider of the .opgave language. */
export class OpgaveCompletionProvider extends DefaultCompletionProvider {
    private readonly check?: () => PortfolioCheck;

    override readonly completionOptions = { triggerCharacters: TRIGGER_TEKENS };

    constructor(services: LangiumServices, check?: () => PortfolioCheck) {
        super(services);
        this.check = check;
    }

    /**
     * Langium's completion, with each context marked with what the request allows. A request
     * opened by a typed space or comma outside a slot answers with nothing.
     */
    override async getCompletion(
        document: LangiumDocument,
        params: CompletionParams,
        _cancelToken?: CancellationToken,
    ): Promise<CompletionList | undefined> {
        const tekst = document.textDocument.getText();
        const offset = document.textDocument.offsetAt(params.position);
        const alleenWaarden = params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter;
        if (alleenWaarden) {
            const regelStart = tekst.lastIndexOf('\n', offset - 1) + 1;
            if (tekst.slice(regelStart, offset).trim() === '' || inTekstOfOpmerking(tekst, offset)) {
                return undefined;
            }
        }
        let namen: SnippetNamen | undefined;
        const geefNamen = (node: CompletionContext['node']): SnippetNamen => (namen ??= this.snippetNamen(document, node));
        const items: CompletionItem[] = [];
        const acceptor: CompletionAcceptor = (context, value) => {
            const item = this.fillCompletionItem(context, value);
            if (item) {
                items.push(item);
            }
        };
        const gedaan: NextFeature[] = [];
        for (const basis of this.buildContexts(document, params.position)) {
            const context: OpgaveContext = { ...basis, alleenWaarden, namen: () => geefNamen(basis.node) };
            const features = basis.features.filter(
                (f, i, alle) =>
                    !gedaan.includes(f) &&
                    alle.findIndex((g) =>
                        GrammarAST.isKeyword(f.feature) && GrammarAST.isKeyword(g.feature)
                            ? g.feature.value === f.feature.value
                            : g.feature === f.feature,
                    ) === i,
            );
            await Promise.all(features.map(async (f) => this.completionFor(context, f, acceptor)));
            gedaan.push(...basis.features);
            if (!this.continueCompletion(items)) {
                break;
            }
        }
        if (alleenWaarden && items.length === 0) {
            return undefined;
        }
        return CompletionList.create(this.deduplicateItems(items), true);
    }

    private snippetNamen(document: LangiumDocument, node: CompletionContext['node']): SnippetNamen {
        const check = this.check?.();
        let portfolio: Portfolio | undefined;
        try {
            portfolio = check?.resultaatVoor(document.uri).portfolio;
        } catch {
            // A check that cannot run now: snippets without names from the portfolio.
        }
        const opdracht = node ? AstUtils.getContainerOfType(node, ast.isOpdracht) : undefined;
        const peildatum = check?.instellingen.peildatum ?? new Date().toISOString().slice(0, 10);
        return namenVan(portfolio, peildatum, opdracht?.werkwijze);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): void | Promise<void> {
        const tekst = context.textDocument.getText();
        const regelStart = tekst.lastIndexOf('\n', context.tokenOffset - 1) + 1;
        const voor = tekst.slice(regelStart, context.tokenOffset);
        const vorigWoord = /([\p{L}\p{N}_-]+)\s*$/u.exec(voor)?.[1];
        const opgaveContext = context as Partial<OpgaveContext>;
        if (opgaveContext.alleenWaarden) {
            const waarde =
                GrammarAST.isCrossReference(next.feature) || (GrammarAST.isKeyword(next.feature) && isWaarde(next.feature, vorigWoord));
            if (!waarde) {
                return;
            }
        }
        if (GrammarAST.isKeyword(next.feature) && !opgaveContext.alleenWaarden && opgaveContext.namen) {
            this.snippetBij(context, next.feature, opgaveContext.namen, acceptor);
        }
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

    /**
     * Adds the snippet of a declaration or block keyword where that declaration or block starts:
     * the keyword begins its own rule (`opdracht` of `Opdracht`, `driehoek` of `Driehoek`) or is
     * a block of an opdracht (`fasen`, `historie`, `doelen`), not where the same word is a field
     * (`thema` inside an opgave, `opdracht` after an inspanning).
     */
    private snippetBij(
        context: CompletionContext,
        keyword: GrammarAST.Keyword,
        namen: () => SnippetNamen,
        acceptor: CompletionAcceptor,
    ): void {
        if (!SNIPPET_WOORDEN.has(keyword.value)) {
            return;
        }
        const regel = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
        const groep = regel?.definition;
        const eerste = GrammarAST.isGroup(groep) ? groep.elements.find((e) => !GrammarAST.isAction(e)) : groep;
        const declaratie = regel !== undefined && regel.name.toLowerCase() === keyword.value && eerste === keyword;
        const blok = regel?.name === 'Opdracht' && ['fasen', 'historie', 'doelen'].includes(keyword.value);
        if (!declaratie && !blok) {
            return;
        }
        const snippet = snippetVoor(keyword.value, namen());
        if (!snippet) {
            return;
        }
        acceptor(context, {
            label: snippet.label,
            kind: CompletionItemKind.Snippet,
            detail: snippet.omschrijving,
            labelDetails: { description: 'sjabloon' },
            insertText: snippet.tekst,
            insertTextFormat: InsertTextFormat.Snippet,
            insertTextMode: InsertTextMode.adjustIndentation,
            sortText: `1${snippet.label}`,
        });
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

    /**
     * A name with its title beside it in the list (`weth-ruimte  Wethouder Ruimte`), so a user
     * picks a person, opgave or thema by who or what it is, not by its id alone.
     */
    protected override createReferenceCompletionItem(
        nodeDescription: AstNodeDescription,
        refInfo: ReferenceInfo,
        context: CompletionContext,
    ): CompletionValueItem {
        const item = super.createReferenceCompletionItem(nodeDescription, refInfo, context);
        const node = nodeDescription.node as { titel?: unknown } | undefined;
        const titel = typeof node?.titel === 'string' && node.titel.trim() !== '' ? node.titel : undefined;
        return titel === undefined ? item : { ...item, detail: titel, labelDetails: { description: titel } };
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
