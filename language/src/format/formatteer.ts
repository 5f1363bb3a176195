/**
 * Formatting: re-indents by block depth (4 spaces), trims trailing spaces, keeps at most one blank
 * line in a row and ends with one newline. It works on the text, line by line, so every comment
 * and every string stays exactly as written, and it is idempotent.
 */

/** Words that start a continuation of the line above rather than a new entry. */
const VERVOLG = /^(document|besluit|draagt-bij-aan|afgestemd-met|tot|,)(?![\p{L}\p{N}_-])/u;

/**
 * Formats .opgave text.
 * @param tekst the file text (LF or CRLF; the line ending is kept)
 * @param eenheid one indentation level (default four spaces)
 * @returns the formatted text; formatting it again gives the same text
 */
export function formatteer(tekst: string, eenheid = '    '): string {
    const eol = tekst.includes('\r\n') ? '\r\n' : '\n';
    const regels = tekst.split(/\r?\n/);
    const uit: string[] = [];
    let diepte = 0;
    let inBlokCommentaar = false;
    let leeg = 0;
    for (const ruw of regels) {
        const regel = ruw.replace(/[ \t]+$/, '');
        const inhoud = regel.trim();
        if (inBlokCommentaar) {
            // Inside /* … */: keep the line as written (only trailing spaces go).
            uit.push(regel);
            inBlokCommentaar = !regel.includes('*/') || blokOpenNa(regel.slice(regel.indexOf('*/') + 2));
            if (!inBlokCommentaar) {
                diepte = Math.max(0, diepte + telHaken(regel.slice(regel.indexOf('*/') + 2)).netto);
            }
            leeg = 0;
            continue;
        }
        if (inhoud === '') {
            leeg++;
            if (leeg <= 1 && uit.length > 0) {
                uit.push('');
            }
            continue;
        }
        leeg = 0;
        const { netto, begintMetSluiten, blokOpen } = telHaken(inhoud);
        // A line that continues the previous one (`document …` under a phase line, `draagt-bij-aan …`)
        // gets one extra level.
        const vervolg = diepte > 0 && !begintMetSluiten && VERVOLG.test(inhoud) ? 1 : 0;
        const niveau = Math.max(0, begintMetSluiten ? diepte - 1 : diepte) + vervolg;
        uit.push(eenheid.repeat(niveau) + inhoud);
        diepte = Math.max(0, diepte + netto);
        inBlokCommentaar = blokOpen;
    }
    while (uit.length > 0 && uit[uit.length - 1] === '') {
        uit.pop();
    }
    return uit.length === 0 ? '' : uit.join(eol) + eol;
}

function blokOpenNa(rest: string): boolean {
    return telHaken(rest).blokOpen;
}

/** Net braces of a line outside strings and comments, whether it starts with `}`, and whether a `/*` stays open. */
function telHaken(regel: string): { netto: number; begintMetSluiten: boolean; blokOpen: boolean } {
    let netto = 0;
    let i = 0;
    const begintMetSluiten = regel.trimStart().startsWith('}');
    while (i < regel.length) {
        const c = regel[i];
        if (c === '"') {
            i++;
            while (i < regel.length && regel[i] !== '"') {
                i += regel[i] === '\\' ? 2 : 1;
            }
            i++;
        } else if (c === '/' && regel[i + 1] === '/') {
            break;
        } else if (c === '/' && regel[i + 1] === '*') {
            const eind = regel.indexOf('*/', i + 2);
            if (eind < 0) {
                return { netto, begintMetSluiten, blokOpen: true };
            }
            i = eind + 2;
        } else {
            if (c === '{') netto++;
            if (c === '}') netto--;
            i++;
        }
    }
    return { netto, begintMetSluiten, blokOpen: false };
}
