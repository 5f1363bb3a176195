import type { CstNode, GrammarAST, ValueType } from 'langium';
import { DefaultValueConverter } from 'langium';

/**
 * Converts terminal text to values.
 * - NUMBER: `4_200_000` → 4200000, `3.5` → 3.5 (amounts in euro, capacity in FTE).
 * - STRING: strips the quotes and resolves the two escapes of taal.md, `\"` and `\\`
 *   (any other backslash sequence is kept as written).
 */
export class OpgaveValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'NUMBER') {
            return Number(input.replace(/_/g, ''));
        }
        if (rule.name === 'STRING') {
            return input.slice(1, -1).replace(/\\(["\\])/g, '$1');
        }
        return super.runConverter(rule, input, cstNode);
    }
}
