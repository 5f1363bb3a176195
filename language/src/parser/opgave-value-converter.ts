import type { CstNode, GrammarAST, ValueType } from 'langium';
import { DefaultValueConverter, GrammarUtils, ValueConverter } from 'langium';

/** What {@link OpgaveValueConverter} does with the text of a rule, decided once per rule. */
type Omzetting = 'ongewijzigd' | 'id' | 'langium';

/**
 * Converts terminal text to values.
 * - NUMBER: `4_200_000` → 4200000, `3.5` → 3.5 (amounts in euro, capacity in FTE).
 * - STRING: strips the quotes and resolves the two escapes of taal.md, `\"` and `\\`
 *   (any other backslash sequence is kept as written).
 * - Everything else as Langium's `DefaultValueConverter` does.
 *
 * Performance: Langium's converter decides per token, from the rule's name in upper case and its
 * return type, what to do (a new string per token, at 10,000 opdrachten ~1 million times). The
 * decision depends on the rule only, so it is made once per rule: text returned unchanged (data
 * type rules and terminals returning `string`), Langium's `convertID`, or Langium's converter.
 */
export class OpgaveValueConverter extends DefaultValueConverter {
    private readonly omzetting = new Map<GrammarAST.AbstractRule, Omzetting>();

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'NUMBER') {
            return Number(input.includes('_') ? input.replace(/_/g, '') : input);
        }
        if (rule.name === 'STRING') {
            const tekst = input.slice(1, -1);
            return tekst.includes('\\') ? tekst.replace(/\\(["\\])/g, '$1') : tekst;
        }
        let omzetting = this.omzetting.get(rule);
        if (omzetting === undefined) {
            omzetting = omzettingVan(rule);
            this.omzetting.set(rule, omzetting);
        }
        if (omzetting === 'ongewijzigd') {
            return input;
        }
        return omzetting === 'id' ? ValueConverter.convertID(input) : super.runConverter(rule, input, cstNode);
    }
}

/** The choice `DefaultValueConverter.runConverter` (Langium 4.4.0) makes for `rule`, whatever the input. */
function omzettingVan(rule: GrammarAST.AbstractRule): Omzetting {
    const naam = rule.name.toUpperCase();
    if (naam === 'ID') {
        return 'id';
    }
    if (naam === 'INT' || naam === 'STRING') {
        return 'langium';
    }
    const type = GrammarUtils.getRuleType(rule)?.toLowerCase();
    return type === 'number' || type === 'boolean' || type === 'bigint' || type === 'date' ? 'langium' : 'ongewijzigd';
}
