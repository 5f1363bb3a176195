/**
 * The formatter works on text and trusts the braces; after a syntax error it would re-indent the
 * rest of the file by a wrong depth. Both `opgave format` and the editor therefore leave a file
 * with a syntax error as it is and say why, with the message from here.
 */
import type { LangiumDocument } from 'langium';
import { syntaxFouten } from '../check/syntax.js';

/**
 * The 1-based line of the first syntax error of a parsed document (the line the `syntaxis`
 * finding names), undefined when it parsed without errors.
 */
export function eersteSyntaxfoutRegel(document: LangiumDocument): number | undefined {
    const fouten = syntaxFouten(document);
    return fouten.length === 0 ? undefined : Math.min(...fouten.map((f) => f.range.start.line)) + 1;
}

/** Dutch explanation why a file with a syntax error is not formatted. */
export function nietOpgemaaktBericht(regel: number): string {
    return `Niet opgemaakt: syntaxfout op regel ${regel}. Herstel die eerst; het bestand blijft zoals het is.`;
}
