/**
 * Turns Langium's lexer and parser errors into Dutch `syntaxis` findings with precise ranges.
 */
import type { LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver';
import { distance } from 'fastest-levenshtein';
import { AstUtils, GrammarAST } from 'langium';
import { OpgaveTaalGrammar } from '../../generated/grammar.js';
import type { LocatieMetBericht } from '../model/locatie.js';

interface Teken {
    image: string;
    startOffset: number;
    endOffset?: number;
    tokenType?: { name: string };
}

/** Dutch description of a token as the user sees it. */
function beschrijf(token: Teken): string {
    if (token.tokenType?.name === 'EOF' || Number.isNaN(token.startOffset)) {
        return 'het einde van het bestand';
    }
    const image = token.image.length > 30 ? `${token.image.slice(0, 30)}…` : token.image;
    return `‘${image}’`;
}

/** The token types chevrotain expected, from its English message (terminal names in capitals). */
function verwachteTokens(message: string): string[] {
    const enkel = /Expecting token of type '([^']+)'/.exec(message);
    if (enkel) {
        return [enkel[1] ?? ''];
    }
    const reeks = /possible Token sequences:+\s*([\s\S]*?)\s*(?:but found|$)/.exec(message);
    if (reeks) {
        const opties = [...(reeks[1] ?? '').matchAll(/\[([^\]]*)\]/g)].map((m) => (m[1] ?? '').split(',')[0]!.trim().replace(/^'|'$/g, ''));
        return [...new Set(opties)].filter((o) => o.length > 0);
    }
    return [];
}

/** Keywords that are also allowed as a name (`Name` in waarden.langium) are not listed separately. */
function beschrijfVerwacht(tokens: readonly string[]): string | undefined {
    if (tokens.length === 0) {
        return undefined;
    }
    const opties = tokens.includes('ID') ? tokens.filter((t) => !/^[a-z]/.test(t) || t === 'ID') : tokens;
    const getoond = opties.slice(0, 8).map((o) => (/^[A-Z]+$/.test(o) ? terminalNaam(o) : `‘${o}’`));
    return opties.length > 8 ? `${getoond.join(', ')} …` : getoond.join(', ');
}

function terminalNaam(naam: string): string {
    return (
        (
            {
                ID: 'een naam',
                STRING: 'een tekst tussen aanhalingstekens',
                NUMBER: 'een getal',
                DATE: 'een datum (JJJJ-MM-DD)',
                EOF: 'het einde van het bestand',
            } as Record<string, string>
        )[naam] ?? naam
    );
}

/**
 * All syntax errors of a document, in Dutch, with ranges inside the document.
 * Tokens at the end of the file (EOF) point at the last character.
 */
export function syntaxFouten(document: LangiumDocument): LocatieMetBericht[] {
    const tekst = document.textDocument;
    const uri = document.uri.toString();
    const lengte = tekst.getText().length;
    const bereik = (start: number, eind: number): Range => {
        const s = Number.isFinite(start) ? Math.min(Math.max(start, 0), lengte) : lengte;
        const e = Number.isFinite(eind) ? Math.min(Math.max(eind, s), lengte) : s;
        return { start: tekst.positionAt(s), end: tekst.positionAt(e) };
    };
    const fouten: LocatieMetBericht[] = [];
    const volledig = tekst.getText();
    for (const fout of document.parseResult.lexerErrors) {
        const teken = volledig.substr(fout.offset, Math.min(fout.length, 20));
        const ervoor = volledig.slice(Math.max(0, fout.offset - 12), fout.offset);
        let bericht = `Onbekend teken ‘${teken}’. Controleer aanhalingstekens en leestekens.`;
        if (teken.startsWith('.') && /\d$/.test(ervoor)) {
            bericht =
                'Schrijf een bedrag zonder punten tussen de duizendtallen: 2000000 of 2_000_000 (een punt staat alleen voor decimalen).';
        } else if (teken.startsWith('"')) {
            bericht = 'Deze tekst heeft geen afsluitend aanhalingsteken ("); een tekst staat op één regel tussen twee aanhalingstekens.';
        }
        fouten.push({ uri, range: bereik(fout.offset, fout.offset + fout.length), bericht });
    }
    // A parser error right after a lexer error on the same line is its echo, not a new mistake.
    const lexerRegels = new Set(document.parseResult.lexerErrors.map((f) => f.line));
    for (const fout of document.parseResult.parserErrors) {
        const token = fout.token as Teken & { startLine?: number };
        const eof = token.tokenType?.name === 'EOF' || Number.isNaN(token.startOffset);
        if (!eof && token.startLine !== undefined && lexerRegels.has(token.startLine)) {
            continue;
        }
        const start = eof ? lengte : token.startOffset;
        const eind = eof ? lengte : (token.endOffset ?? token.startOffset) + 1;
        const tokens = verwachteTokens(fout.message);
        const wat = beschrijfVerwacht(tokens);
        // A mistyped value (`wethoudr`): suggest the closest expected keyword.
        const woorden = tokens.filter((t) => /^[a-z]/.test(t));
        const suggestie = !eof && /^[\p{L}_]/u.test(token.image) && woorden.length > 0 ? suggereerWoord(token.image, woorden) : undefined;
        let bericht = wat ? `Hier verwachtte ik ${wat}, maar ik vond ${beschrijf(token)}.` : `${beschrijf(token)} hoort hier niet.`;
        const sleutelwoord = !eof && token.tokenType?.name === 'ID' ? bijnaSleutelwoord(token.image) : undefined;
        if (suggestie) {
            bericht = `${beschrijf(token)} is hier geen geldige waarde. Bedoel je ‘${suggestie}’?`;
        } else if (sleutelwoord) {
            bericht =
                sleutelwoord.toLowerCase() === token.image.toLowerCase()
                    ? `Sleutelwoorden schrijf je met kleine letters: ‘${sleutelwoord}’.`
                    : `${beschrijf(token)} is geen sleutelwoord. Bedoel je ‘${sleutelwoord}’?`;
        } else if (token.image === ',' && /\d$/.test(volledig.slice(0, start)) && /^,\d/.test(volledig.slice(start, start + 2))) {
            bericht = 'Gebruik een punt voor decimalen: 1.5 in plaats van 1,5.';
        }
        fouten.push({ uri, range: bereik(start, eind), bericht });
    }
    return fouten;
}

/** The expected keyword closest to a mistyped word, when it is close enough (a third of its length). */
function suggereerWoord(woord: string, opties: readonly string[], grens = Math.max(2, Math.floor(woord.length / 3))): string | undefined {
    const beste = [...opties].map((o) => ({ o, d: distance(woord, o) })).sort((a, b) => a.d - b.d || (a.o < b.o ? -1 : 1))[0];
    return beste && beste.d <= grens ? beste.o : undefined;
}

let sleutelwoorden: string[] | undefined;

/** A keyword of the language close to a word that is not one (`werkwijz`, `Budget`), if any. */
function bijnaSleutelwoord(woord: string): string | undefined {
    sleutelwoorden ??= AstUtils.streamAllContents(OpgaveTaalGrammar())
        .filter(GrammarAST.isKeyword)
        .map((k) => k.value)
        .filter((w) => /^[a-z]/.test(w) && w.length > 2)
        .distinct()
        .toArray();
    if (sleutelwoorden.includes(woord)) {
        return undefined;
    }
    return suggereerWoord(woord.toLowerCase(), sleutelwoorden, Math.max(1, Math.floor(woord.length / 4)));
}
