import type { GrammarAST } from 'langium';
import { DefaultTokenBuilder, GrammarUtils } from 'langium';
import type { TokenType, TokenVocabulary } from 'chevrotain';

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
        this.terminalRegexes.set(token.name, GrammarUtils.terminalRegex(terminal));
        return token;
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
