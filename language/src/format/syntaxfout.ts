/**
 * The formatter works on text and trusts the braces; after a syntax error it would re-indent the
 * rest of the file by a wrong depth. Both `opgave format` and the editor therefore leave a file
 * with a syntax error as it is and say why, with the message from here.
 */
import type { ParseResult } from 'langium';

/**
 * The 1-based line of the first lexer or parser error, undefined when the text parsed.
 * @param resultaat Langium's parse result of the text
 * @param tekst the parsed text (for an error at the end of the file)
 */
export function eersteSyntaxfoutRegel(resultaat: ParseResult, tekst: string): number | undefined {
    const regels: number[] = [];
    for (const f of resultaat.lexerErrors) {
        if (typeof f.line === 'number' && !Number.isNaN(f.line)) {
            regels.push(f.line);
        }
    }
    for (const f of resultaat.parserErrors) {
        const regel = f.token.startLine;
        // An error at the end of the file has no token position: the last line.
        regels.push(typeof regel === 'number' && !Number.isNaN(regel) ? regel : tekst.split(/\r?\n/).length);
    }
    if (regels.length === 0) {
        return resultaat.lexerErrors.length + resultaat.parserErrors.length > 0 ? 1 : undefined;
    }
    return Math.min(...regels);
}

/** Dutch explanation why a file with a syntax error is not formatted. */
export function nietOpgemaaktBericht(regel: number): string {
    return `Niet opgemaakt: syntaxfout op regel ${regel}. Herstel die eerst; het bestand blijft zoals het is.`;
}
