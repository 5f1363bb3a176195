/**
 * Turns Langium's lexer and parser errors into Dutch `syntaxis` findings with precise ranges.
 */
import type { LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Locatie } from '../rules/context.js';

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

/** Extracts what chevrotain expected from its English message, as a short Dutch list. */
function verwacht(message: string): string | undefined {
    const enkel = /Expecting token of type '([^']+)'/.exec(message);
    if (enkel) {
        return `‘${enkel[1]}’`;
    }
    const reeks = /one of these possible Token sequences:\s*([\s\S]*?)\s*but found/.exec(message);
    if (reeks) {
        const opties = [...reeks[1].matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].split(',')[0].trim().replace(/^'|'$/g, ''));
        const uniek = [...new Set(opties)].filter((o) => o.length > 0).slice(0, 6);
        if (uniek.length > 0) {
            return uniek.map((o) => (/^[A-Z]+$/.test(o) ? terminalNaam(o) : `‘${o}’`)).join(', ');
        }
    }
    const kenmerk = /Expecting: (?:expecting at least one iteration which starts with one of these possible Token sequences::)?\s*<\[([^\]]+)\]>/.exec(message);
    return kenmerk ? `‘${kenmerk[1]}’` : undefined;
}

function terminalNaam(naam: string): string {
    return ({ ID: 'een naam', STRING: 'een tekst tussen aanhalingstekens', NUMBER: 'een getal', DATE: 'een datum (JJJJ-MM-DD)' } as Record<string, string>)[naam] ?? naam;
}

/**
 * All syntax errors of a document, in Dutch, with ranges inside the document.
 * Tokens at the end of the file (EOF) point at the last character.
 */
export function syntaxFouten(document: LangiumDocument): (Locatie & { bericht: string })[] {
    const tekst = document.textDocument;
    const uri = document.uri.toString();
    const lengte = tekst.getText().length;
    const bereik = (start: number, eind: number): Range => {
        const s = Number.isFinite(start) ? Math.min(Math.max(start, 0), lengte) : lengte;
        const e = Number.isFinite(eind) ? Math.min(Math.max(eind, s), lengte) : s;
        return { start: tekst.positionAt(s), end: tekst.positionAt(e) };
    };
    const fouten: (Locatie & { bericht: string })[] = [];
    for (const fout of document.parseResult.lexerErrors) {
        const teken = tekst.getText().substr(fout.offset, Math.min(fout.length, 20));
        fouten.push({ uri, range: bereik(fout.offset, fout.offset + fout.length), bericht: `Onbekend teken ‘${teken}’. Controleer aanhalingstekens en leestekens.` });
    }
    for (const fout of document.parseResult.parserErrors) {
        const token = fout.token as Teken;
        const eof = token.tokenType?.name === 'EOF' || Number.isNaN(token.startOffset);
        const start = eof ? lengte : token.startOffset;
        const eind = eof ? lengte : (token.endOffset ?? token.startOffset) + 1;
        const wat = verwacht(fout.message);
        const bericht = wat ? `Hier verwachtte ik ${wat}, maar ik vond ${beschrijf(token)}.` : `${beschrijf(token)} hoort hier niet.`;
        fouten.push({ uri, range: bereik(start, eind), bericht });
    }
    return fouten;
}
