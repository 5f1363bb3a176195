/**
 * Matching for workspace symbols: a query matches when it is part of the name, or when its letters
 * start words of the name in order (words split at `-`, `_` and camel case).
 */
import { DefaultFuzzyMatcher } from 'langium/lsp';

/** Fuzzy matcher that knows `-` separated identifiers. */
export class OpgaveFuzzyMatcher extends DefaultFuzzyMatcher {
    override match(query: string, text: string): boolean {
        return text.toLowerCase().includes(query.toLowerCase()) || super.match(query, text);
    }
}
