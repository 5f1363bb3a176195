import type { LangiumParser } from 'langium';
import { AstUtils, GrammarAST, GrammarUtils, createParser } from 'langium';
import type { IOrAlt, TokenType, TokenTypeDictionary } from 'chevrotain';
import { EOF } from 'chevrotain';

/**
 * Langium's `createParser` (parser-builder-base.ts, Langium 4.4.0) for grammars without rule
 * parameters, guard conditions, unordered groups and infix rules, such as ours; any other grammar
 * goes to Langium's own builder.
 *
 * Performance: Langium's builder allocates on every call of a grammar element, because its
 * closures pass rule arguments down: each alternatives call maps its alternatives to fresh
 * `{ ALT }` objects with fresh closures (`Name` alone has 27 alternatives and is called for every
 * name and every reference), each `*`, `+` and `?` a fresh options object, each group a closure,
 * each rule call a fresh argument object. At 10,000 opdrachten that was 1.2 GB of the 2.7 GB
 * allocated while loading the portfolio, and with it a large share of the garbage collector's
 * time. Without parameters the arguments are always empty, so every element here is built once,
 * with its options, alternatives and closures, and passes one shared empty argument object.
 *
 * The elements are built in Langium's order, so every element gets the same chevrotain occurrence
 * index and the parser behaves exactly as before: test/core/cst-bouwer.test.ts compares the CST,
 * the AST and the errors with those of Langium's own parser on every example, fixture and fuzz
 * document.
 */
export function createOpgaveParserRules(grammar: GrammarAST.Grammar, parser: LangiumParser, tokens: TokenTypeDictionary): LangiumParser {
    if (!zonderParameters(grammar)) {
        return createParser(grammar, parser, tokens);
    }
    const reachable = GrammarUtils.getAllReachableRules(grammar, false);
    for (const rule of grammar.rules) {
        if (GrammarAST.isParserRule(rule) && reachable.has(rule)) {
            const ctx: Context = { parser, tokens, consume: 1, optional: 1, subrule: 1, many: 1, or: 1 };
            const method = buildElement(ctx, rule.definition);
            parser.rule(rule, () => method());
        }
    }
    return parser;
}

/** The state of building one rule: the parser, the tokens and the next occurrence index per DSL method. */
interface Context {
    readonly parser: LangiumParser;
    readonly tokens: TokenTypeDictionary;
    consume: number;
    optional: number;
    subrule: number;
    many: number;
    or: number;
}

type Method = () => void;

/** The argument object of every rule call: without parameters it is always empty. */
export const GEEN_ARGUMENTEN: Record<string, boolean> = Object.freeze({});

/** Whether the grammar can be built here: no rule parameters or arguments, guards, unordered groups or infix rules. */
function zonderParameters(grammar: GrammarAST.Grammar): boolean {
    for (const rule of grammar.rules) {
        if (GrammarAST.isInfixRule(rule) || (GrammarAST.isParserRule(rule) && rule.parameters.length > 0)) {
            return false;
        }
        if (GrammarAST.isParserRule(rule)) {
            for (const element of AstUtils.streamAst(rule.definition)) {
                if (
                    GrammarAST.isUnorderedGroup(element) ||
                    (GrammarAST.isGroup(element) && element.guardCondition !== undefined) ||
                    (GrammarAST.isRuleCall(element) && element.arguments.length > 0)
                ) {
                    return false;
                }
            }
        }
    }
    return true;
}

function buildElement(ctx: Context, element: GrammarAST.AbstractElement): Method {
    let method: Method;
    if (GrammarAST.isKeyword(element)) {
        method = buildKeyword(ctx, element);
    } else if (GrammarAST.isAction(element)) {
        const actionType = GrammarUtils.getTypeName(element);
        method = () => ctx.parser.action(actionType, element);
    } else if (GrammarAST.isAssignment(element)) {
        method = buildElement(ctx, element.terminal);
    } else if (GrammarAST.isCrossReference(element)) {
        method = buildCrossReference(ctx, element);
    } else if (GrammarAST.isRuleCall(element)) {
        method = buildRuleCall(ctx, element);
    } else if (GrammarAST.isAlternatives(element)) {
        method = buildAlternatives(ctx, element);
    } else if (GrammarAST.isGroup(element)) {
        const methods = element.elements.map((e) => buildElement(ctx, e));
        method = () => {
            for (const m of methods) {
                m();
            }
        };
    } else if (GrammarAST.isEndOfFile(element)) {
        const idx = ctx.consume++;
        method = () => ctx.parser.consume(idx, EOF, element);
    } else {
        throw new Error(`Unexpected grammar element type: ${element.$type}`);
    }
    return wrap(ctx, method, element.cardinality);
}

function buildRuleCall(ctx: Context, ruleCall: GrammarAST.RuleCall): Method {
    const rule = ruleCall.rule.ref;
    if (GrammarAST.isParserRule(rule)) {
        const idx = ctx.subrule++;
        const fragment = rule.fragment;
        let subrule: ReturnType<LangiumParser['rule']> | undefined;
        return () => {
            subrule ??= getRule(ctx, rule);
            ctx.parser.subrule(idx, subrule, fragment, ruleCall, GEEN_ARGUMENTEN);
        };
    }
    if (GrammarAST.isTerminalRule(rule)) {
        const idx = ctx.consume++;
        const token = getToken(ctx, rule.name);
        return () => ctx.parser.consume(idx, token, ruleCall);
    }
    throw new Error(`Undefined or unsupported rule: ${ruleCall.rule.$refText}`);
}

function buildAlternatives(ctx: Context, alternatives: GrammarAST.Alternatives): Method {
    if (alternatives.elements.length === 1) {
        return buildElement(ctx, alternatives.elements[0]!);
    }
    const alts: IOrAlt<unknown>[] = alternatives.elements.map((element) => ({ ALT: buildElement(ctx, element) }));
    const idx = ctx.or++;
    return () => ctx.parser.alternatives(idx, alts);
}

function buildCrossReference(ctx: Context, crossRef: GrammarAST.CrossReference, terminal = crossRef.terminal): Method {
    if (!terminal) {
        const type = crossRef.type.ref;
        if (!type) {
            throw new Error(`Could not resolve reference to type: ${crossRef.type.$refText}`);
        }
        const assignTerminal = GrammarUtils.findNameAssignment(type)?.terminal;
        if (!assignTerminal) {
            throw new Error(`Could not find name assignment for type: ${GrammarUtils.getTypeName(type)}`);
        }
        return buildCrossReference(ctx, crossRef, assignTerminal);
    }
    if (GrammarAST.isRuleCall(terminal) && GrammarAST.isParserRule(terminal.rule.ref)) {
        // A data type rule.
        const rule = terminal.rule.ref;
        const idx = ctx.subrule++;
        let subrule: ReturnType<LangiumParser['rule']> | undefined;
        return () => {
            subrule ??= getRule(ctx, rule);
            ctx.parser.subrule(idx, subrule, false, crossRef, GEEN_ARGUMENTEN);
        };
    }
    if (GrammarAST.isRuleCall(terminal) && GrammarAST.isTerminalRule(terminal.rule.ref)) {
        const idx = ctx.consume++;
        const token = getToken(ctx, terminal.rule.ref.name);
        return () => ctx.parser.consume(idx, token, crossRef);
    }
    if (GrammarAST.isKeyword(terminal)) {
        const idx = ctx.consume++;
        const token = getToken(ctx, terminal.value);
        return () => ctx.parser.consume(idx, token, crossRef);
    }
    throw new Error('Could not build cross reference parser');
}

function buildKeyword(ctx: Context, keyword: GrammarAST.Keyword): Method {
    const idx = ctx.consume++;
    const token = getToken(ctx, keyword.value);
    return () => ctx.parser.consume(idx, token, keyword);
}

/** Applies a cardinality; the options object is made once. */
function wrap(ctx: Context, method: Method, cardinality: GrammarAST.AbstractElement['cardinality']): Method {
    if (!cardinality) {
        return method;
    }
    const opties = { DEF: method };
    if (cardinality === '*') {
        const idx = ctx.many++;
        return () => ctx.parser.many(idx, opties);
    }
    if (cardinality === '+') {
        const idx = ctx.many++;
        return () => ctx.parser.atLeastOne(idx, opties);
    }
    const idx = ctx.optional++;
    return () => ctx.parser.optional(idx, opties);
}

function getRule(ctx: Context, rule: GrammarAST.ParserRule): ReturnType<LangiumParser['rule']> {
    const method = ctx.parser.getRule(rule.name);
    if (!method) {
        throw new Error(`Rule "${rule.name}" not found.`);
    }
    return method;
}

function getToken(ctx: Context, name: string): TokenType {
    const token = ctx.tokens[name];
    if (!token) {
        throw new Error(`Token "${name}" not found.`);
    }
    return token;
}
