/**
 * Quick fixes for the rules marked **fix** in regels.md: situatie-onbeschreven,
 * kaders-ontbreken, herijking-verlopen, driehoek-onvolledig, bestuursproces-eerst and
 * beslisdocument-ontbreekt. Edits are built from the AST (the opgave of situatie-onbeschreven may
 * live in another file); the finding's `fix` data gives the text where the rule provides it.
 */
import { AstUtils, CstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import {
    CodeActionKind,
    type CodeAction,
    type CodeActionParams,
    type Command,
    type Diagnostic,
    type TextEdit,
} from 'vscode-languageserver';
import * as ast from '../../../language/generated/ast.js';
import type { DiagnoseData, PortfolioCheck } from '../portfolio-check.js';
import { voegRegelToe } from './bewerk.js';
import { PASSENDE_FUNCTIES } from '../../../language/src/model/rollen.js';
import { PASSENDE_STURINGSPROFESSIONAL } from '../../../language/src/model/werkwijzen.js';
import { isGeldigeDatum, plusMaanden } from '../../../language/src/model/datum.js';
import type { Werkwijze } from '../../../language/src/model/types.js';

type Wijzigingen = Record<string, TextEdit[]>;

/** Code action provider with quick fixes per fixable finding. */
export class OpgaveCodeActionProvider implements CodeActionProvider {
    constructor(private readonly check: () => PortfolioCheck) {}

    /** Quick fixes for the diagnostics in the request. */
    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const acties: CodeAction[] = [];
        for (const diagnose of params.context.diagnostics) {
            if (diagnose.source !== 'opgave' || typeof diagnose.code !== 'string') {
                continue;
            }
            for (const [title, changes] of this.fixes(document, diagnose)) {
                acties.push({
                    title,
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnose],
                    isPreferred: acties.length === 0,
                    edit: { changes },
                });
            }
        }
        return acties;
    }

    private fixes(document: LangiumDocument, diagnose: Diagnostic): Array<[string, Wijzigingen]> {
        const uri = document.uri.toString();
        const data = diagnose.data as DiagnoseData | undefined;
        const root = document.parseResult.value.$cstNode;
        const leaf = root ? CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnose.range.start)) : undefined;
        const opdracht = leaf ? AstUtils.getContainerOfType(leaf.astNode, ast.isOpdracht) : undefined;
        const enkel = (titel: string, edit: TextEdit | undefined, doel = uri): Array<[string, Wijzigingen]> =>
            edit ? [[titel, { [doel]: [edit] }]] : [];
        switch (diagnose.code) {
            case 'beslisdocument-ontbreekt': {
                const inv = data?.fix?.invoegen;
                return inv
                    ? [
                          [
                              'Voeg het beslisdocument van de fase toe',
                              { [uri]: [{ range: { start: inv.positie, end: inv.positie }, newText: inv.tekst }] },
                          ],
                      ]
                    : [];
            }
            case 'kaders-ontbreken':
                return opdracht ? enkel('Voeg kaders toe aan de opdracht', voegRegelToe(document, opdracht, 'kaders "…"')) : [];
            case 'herijking-verlopen':
                return opdracht ? enkel('Leg een herijking op de peildatum vast', this.herijk(document, opdracht)) : [];
            case 'situatie-onbeschreven':
                return opdracht ? this.situatie(opdracht) : [];
            case 'driehoek-onvolledig':
                return opdracht ? this.driehoek(document, opdracht, diagnose) : [];
            case 'bestuursproces-eerst':
                return opdracht
                    ? enkel('Voeg een voorafgaand bestuursproces toe aan de historie', this.bestuursproces(document, opdracht))
                    : [];
            default:
                return [];
        }
    }

    /** `herijkt <peildatum>`: replaces an existing herijkt date or adds the line. */
    private herijk(document: LangiumDocument, opdracht: ast.Opdracht): TextEdit | undefined {
        const peildatum = this.check().instellingen.peildatum;
        const bestaand = opdracht.$cstNode ? GrammarUtils.findNodesForProperty(opdracht.$cstNode, 'herijkt').at(-1) : undefined;
        if (bestaand) {
            return { range: bestaand.range, newText: peildatum };
        }
        return voegRegelToe(document, opdracht, `herijkt ${peildatum}`);
    }

    /** Adds the missing huidige- and gewenste-situatie to the opdracht's opgave (maybe another file). */
    private situatie(opdracht: ast.Opdracht): Array<[string, Wijzigingen]> {
        const opgave = opdracht.opgave?.ref;
        if (!opgave) {
            return [];
        }
        const doc = AstUtils.getDocument(opgave);
        const regels = [
            ...(opgave.huidigeSituatie ? [] : ['huidige-situatie "…"']),
            ...(opgave.gewensteSituatie ? [] : ['gewenste-situatie "…"']),
        ];
        if (regels.length === 0) {
            return [];
        }
        const inspringing = ' '.repeat(4 + this.inspringing(doc, opgave.$cstNode?.offset ?? 0));
        const edit = voegRegelToe(doc, opgave, regels.join(`\n${inspringing}`));
        return edit ? [[`Beschrijf de situatie in opgave ${opgave.name}`, { [doc.uri.toString()]: [edit] }]] : [];
    }

    /** Adds the missing role, one action per fitting person (at most three). */
    private driehoek(document: LangiumDocument, opdracht: ast.Opdracht, diagnose: Diagnostic): Array<[string, Wijzigingen]> {
        const uri = document.uri.toString();
        const werkwijze = opdracht.werkwijze as Werkwijze | undefined;
        // LSP 3.18: a diagnostic's message may be Markdown (MarkupContent); ours are plain strings.
        const melding = typeof diagnose.message === 'string' ? diagnose.message : diagnose.message.value;
        const rollen = (['bestuurlijk-opdrachtgever', 'ambtelijk-opdrachtgever', 'sturingsprofessional'] as const)
            .filter(
                (rol) =>
                    melding.includes(rol.replace('-', ' ')) || !opdracht.driehoek || !opdracht.driehoek.rollen.some((r) => r.rol === rol),
            )
            .filter((rol) => !opdracht.driehoek?.rollen.some((r) => r.rol === rol));
        const personen = this.check().resultaatVoor(uri).portfolio.personen;
        const kies = (rol: (typeof rollen)[number]): string[] => {
            const voorkeur = rol === 'sturingsprofessional' && werkwijze ? PASSENDE_STURINGSPROFESSIONAL[werkwijze] : undefined;
            const passend: readonly string[] = voorkeur ? [voorkeur] : PASSENDE_FUNCTIES[rol];
            return personen
                .filter((p) => p.functies.some((f) => passend.includes(f)))
                .map((p) => p.id)
                .slice(0, 3);
        };
        if (!opdracht.driehoek) {
            const binnen = ' '.repeat(8 + this.inspringing(document, opdracht.$cstNode?.offset ?? 0));
            const sluit = ' '.repeat(4 + this.inspringing(document, opdracht.$cstNode?.offset ?? 0));
            // Roles without a fitting person are left out: a name placeholder would not parse.
            const regels = rollen.flatMap((rol) => (kies(rol)[0] ? [`${rol} ${kies(rol)[0]}`] : []));
            if (regels.length === 0) {
                return [];
            }
            const edit = voegRegelToe(document, opdracht, `driehoek {\n${regels.map((r) => binnen + r).join('\n')}\n${sluit}}`);
            return edit ? [['Voeg een sturingsdriehoek toe', { [uri]: [edit] }]] : [];
        }
        const rol = rollen[0];
        if (!rol) {
            return [];
        }
        const kandidaten = kies(rol);
        return kandidaten
            .map((p): [string, TextEdit | undefined] => [`Voeg ${rol} ${p} toe`, voegRegelToe(document, opdracht.driehoek!, `${rol} ${p}`)])
            .filter((x): x is [string, TextEdit] => x[1] !== undefined)
            .map(([titel, edit]) => [titel, { [uri]: [edit] }]);
    }

    /** Adds a bestuursproces entry before the current werkwijze in the historie (or a new historie). */
    private bestuursproces(document: LangiumDocument, opdracht: ast.Opdracht): TextEdit | undefined {
        const basis = [
            opdracht.historie[0]?.datum,
            opdracht.vastgesteld,
            opdracht.periode?.start,
            this.check().instellingen.peildatum,
        ].find((d) => d && isGeldigeDatum(d)) as string;
        const eerder = plusMaanden(basis, -1);
        const eerste = opdracht.historie[0];
        if (eerste?.$cstNode) {
            const regel = eerste.$cstNode.range.start.line;
            const inspringing = ' '.repeat(this.inspringing(document, eerste.$cstNode.offset));
            return {
                range: { start: { line: regel, character: 0 }, end: { line: regel, character: 0 } },
                newText: `${inspringing}${eerder} bestuursproces "…"\n`,
            };
        }
        const binnen = ' '.repeat(8 + this.inspringing(document, opdracht.$cstNode?.offset ?? 0));
        const sluit = ' '.repeat(4 + this.inspringing(document, opdracht.$cstNode?.offset ?? 0));
        const opdrachtgever =
            opdracht.driehoek?.rollen.find((r) => r.rol !== 'sturingsprofessional')?.personen[0]?.$refText ?? opdracht.eigenaar?.$refText;
        const huidig = `${basis} ${opdracht.werkwijze ?? 'project'} "…"${opdrachtgever ? ` afgestemd-met ${opdrachtgever}` : ''}`;
        return voegRegelToe(document, opdracht, `historie {\n${binnen}${eerder} bestuursproces "…"\n${binnen}${huidig}\n${sluit}}`);
    }

    private inspringing(document: LangiumDocument, offset: number): number {
        const regel = document.textDocument.positionAt(offset).line;
        const tekst = document.textDocument.getText({ start: { line: regel, character: 0 }, end: { line: regel + 1, character: 0 } });
        return /^[ \t]*/.exec(tekst)?.[0].length ?? 0;
    }
}
