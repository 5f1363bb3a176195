import type { GrammarAST } from 'langium';
import { DefaultTokenBuilder, GrammarUtils } from 'langium';
import type { CustomPatternMatcherFunc, TokenType, TokenVocabulary } from 'chevrotain';

/**
 * Token builder that keeps Unicode identifiers and hyphenated keywords apart correctly.
 *
 * The ID terminal uses the `u` regex flag (Unicode letters, taal.md "Files, names, references"),
 * which makes Langium turn it into a matcher function. Langium then cannot see that a keyword such
 * as `deel-van` is also a prefix of the identifier `deel-vanaf`, so it would lex keyword + rest.
 * Here every keyword that the ID terminal matches as a whole gets ID as its LONGER_ALT, so the
 * lexer prefers the longest identifier and falls back to the keyword only on an exact match.
 */
export class OpgaveTokenBuilder extends DefaultTokenBuilder {
    /** Terminal token name → the regular expression it was built from. */
    private readonly terminalRegexes = new Map<string, RegExp>();

    override buildTokens(grammar: GrammarAST.Grammar, options?: { caseInsensitive?: boolean }): TokenVocabulary {
        this.terminalRegexes.clear();
        return super.buildTokens(grammar, options);
    }

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        const regex = GrammarUtils.terminalRegex(terminal);
        this.terminalRegexes.set(token.name, regex);
        if (typeof token.PATTERN === 'function') {
            // Performance: a matcher function without a start-character hint switches off
            // chevrotain's first-character optimisation for the whole lexer, so every token
            // would try every keyword (most of the lexing time on large portfolios).
            const hint = startTekens(regex);
            if (hint) {
                token.START_CHARS_HINT = hint;
                // An identifier never spans lines; skip the per-token line-break scan.
                token.LINE_BREAKS = kanRegeleindeBevatten(regex);
            }
        }
        return token;
    }

    /**
     * Langium's matcher for a terminal whose regex needs one (the `u` flag of ID), returning one
     * reused result instead of a new `RegExpExecArray` per token (chevrotain reads `[0]` and
     * `payload` at once and keeps neither). At 10,000 opdrachten: 60 MB less garbage while lexing.
     */
    protected override regexPatternFunction(regex: RegExp): CustomPatternMatcherFunc {
        const sticky = new RegExp(regex, `${regex.flags}y`);
        const resultaat = [''] as unknown as RegExpExecArray;
        return (text, offset) => {
            sticky.lastIndex = offset;
            if (!sticky.test(text)) {
                return null;
            }
            resultaat[0] = text.substring(offset, sticky.lastIndex);
            return resultaat;
        };
    }

    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter((token) => {
            const regex = this.terminalRegexes.get(token.name);
            if (!regex || token.GROUP !== undefined) {
                return false;
            }
            const whole = new RegExp(`^(?:${regex.source})$`, regex.flags.replace('g', ''));
            return whole.test(keyword.value);
        });
    }
}

const KLASSE = String.raw`\[(?:\\.|[^\]\\])*\]`;

/**
 * The UTF-16 code units a match of `regex` can start with, when its source begins with a character
 * class that is not optional; otherwise undefined (no hint: chevrotain then tries the pattern at
 * every position). With the `u` flag every high surrogate is included, so letters outside the BMP
 * are never excluded; a superset is always safe.
 */
function startTekens(regex: RegExp): number[] | undefined {
    const klasse = new RegExp(`^${KLASSE}(?![?*{])`).exec(regex.source);
    if (!klasse) {
        return undefined;
    }
    const eerste = new RegExp(`^${klasse[0]}$`, regex.flags.replace(/[gy]/g, ''));
    const codes: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
        const surrogaat = c >= 0xd800 && c <= 0xdfff;
        if (regex.unicode && surrogaat ? c <= 0xdbff : eerste.test(String.fromCharCode(c))) {
            codes.push(c);
        }
    }
    return codes.length > 0 ? codes : undefined;
}

/**
 * Whether a match of `regex` could contain a line break. Only a pattern made of one or two
 * character classes (`[a][b]*`) is analysed; anything else is assumed to possibly contain one.
 */
function kanRegeleindeBevatten(regex: RegExp): boolean {
    const delen = new RegExp(`^(${KLASSE})(?:(${KLASSE})[*+]?)?$`).exec(regex.source);
    if (!delen) {
        return true;
    }
    const flags = regex.flags.replace(/[gy]/g, '');
    return [delen[1], delen[2]].some(
        (k) => k !== undefined && ['\n', '\r', '\u2028', '\u2029'].some((t) => new RegExp(`^${k}$`, flags).test(t)),
    );
}
