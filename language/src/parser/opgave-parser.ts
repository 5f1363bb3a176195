import type {
    AstNode,
    AstReflection,
    CompositeCstNode,
    CstNode,
    LangiumCoreServices,
    LeafCstNodeImpl,
    LexerResult,
    ParseResult,
} from 'langium';
import { CompositeCstNodeImpl, CstNodeBuilder, GrammarAST as G, GrammarUtils, LangiumParser, isAstNode } from 'langium';
import type { IToken } from 'chevrotain';
import { OpgaveHiddenLeafCstNode, OpgaveLeafCstNode } from './leaf-cst-node.js';
import { GEEN_ARGUMENTEN, createOpgaveParserRules } from './parser-builder.js';

/**
 * Langium's CST node builder without its quadratic search (docs/upstream/langium-addhiddennodes.md).
 *
 * Before every token it consumes, Langium (4.2.1 and still 4.4.0) calls `addHiddenNodes` with the hidden tokens
 * (comments; whitespace is skipped by the lexer) that precede it, usually none. When the current
 * composite node is still empty (a rule call that has not consumed anything yet: the `Name` of
 * every reference in `spelers a, b, …`, every declaration at the top of a file), it looks up that
 * node's position in its parent with `indexOf`, scanning the parent's children from the front, and
 * does so even when there is nothing to insert. The node was pushed last, so the scan covers the
 * whole list: a list of n references or n declarations costs O(n²) (80,000 references: about a
 * minute for `opgave check`).
 *
 * This builder returns at once when there are no hidden tokens (Langium would insert nothing), and
 * otherwise searches from the back (`lastIndexOf`): a node occurs once in its parent's content, so
 * the index found is the same, and a node being built is the last child of its parent (hidden
 * nodes are only ever inserted before it), so the search stops at once. `removeNode` (empty nodes,
 * actions) gets the same treatment.
 *
 * Its leaves are {@link OpgaveLeafCstNode}s: 64 instead of 104 bytes per token, the line and
 * column computed when a range is read. The resulting CST is identical (test/core/cst-bouwer.test.ts
 * compares it with Langium's own builder: offsets, ranges, hidden flags, token types, grammar
 * elements, AST nodes).
 */
export class OpgaveCstNodeBuilder extends CstNodeBuilder {
    override createLeafNode(token: IToken, hidden: boolean): LeafCstNodeImpl {
        const leaf = hidden ? new OpgaveHiddenLeafCstNode(token) : new OpgaveLeafCstNode(token);
        // Langium declares its own class as the result; the builder and the parser only use the LeafCstNode interface.
        return leaf as unknown as LeafCstNodeImpl;
    }

    override addHiddenNodes(tokens: IToken[]): void {
        let current: CompositeCstNode = this.current;
        if (tokens.length === 0 || current.content.length > 0) {
            // No tokens: Langium would search for the insertion point and insert nothing there.
            // A non-empty node: Langium appends, which is already linear.
            if (tokens.length > 0) super.addHiddenNodes(tokens);
            return;
        }
        const nodes: CstNode[] = tokens.map((token) => this.createLeafNode(token, true));
        // A newly created node: insert the hidden nodes before the first ancestor-or-self that is
        // not the first child of its parent; at the beginning of the root if there is none.
        while (current.container) {
            const index = current.container.content.lastIndexOf(current);
            if (index > 0) {
                this.insertChildren(current.container, index, nodes);
                return;
            }
            current = current.container;
        }
        this.insertChildren(current, 0, nodes);
    }

    override removeNode(node: CstNode): void {
        const parent = node.container;
        if (parent instanceof CompositeCstNodeImpl) {
            const index = parent.content.lastIndexOf(node);
            if (index >= 0) {
                parent.content.splice(index, 1);
            }
        }
    }
}

/** The TypeScript-private members of Langium's parser that {@link OpgaveLangiumParser} uses. */
interface ParserIntern {
    nodeBuilder: CstNodeBuilder;
    lexerResult?: LexerResult;
    stack: object[];
    doParse(rule: unknown): AstNode;
    extractHiddenTokens: (this: ParserIntern, token: IToken) => IToken[];
}

/** The members of Langium's chevrotain wrapper (the parser's `wrapper`) that {@link OpgaveLangiumParser} uses. */
interface WrapperIntern {
    wrapSubrule(idx: number, rule: unknown, args: Record<string, boolean>): unknown;
    subrule(idx: number, rule: unknown, opties: { ARGS: unknown[] }): unknown;
}

/** The hidden tokens before a token when there are none (shared: nothing adds to it). */
const GEEN_TOKENS: IToken[] = Object.freeze([]) as unknown as IToken[];

/** Langium's signature of a rule implementation and of the rule it defines. */
type RegelImpl = Parameters<LangiumParser['rule']>[1];

/**
 * Langium's parser with two changes that keep the AST lean and its last step cheap; what it parses
 * and builds is the same (test/core/cst-bouwer.test.ts compares CST, AST and errors with
 * Langium's own parser).
 *
 * 1. AST nodes get a constructor per type ({@link knoopMaker}). Langium starts every node as the
 *    object literal `{ $type }` and adds each property with a keyed store (`node[feature] = …`).
 *    V8 keeps such an object fast only up to about 16 properties; an Opdracht has up to 28, so
 *    every Opdracht ended up in dictionary mode: ~1.6 KB instead of ~270 bytes, and every
 *    property read and every walk over its properties slow. The node made by the constructor is
 *    still a plain object (prototype `Object.prototype`) whose only own property is `$type`.
 * 2. After parsing, Langium's `parse` links every AST node to its container with
 *    `linkContentToContainer`, which takes `Object.entries` of every node (at 10,000 opdrachten:
 *    130 ms and 225 MB of short-lived arrays). {@link koppelAanContainer} sets the same
 *    `$container`, `$containerProperty` and `$containerIndex` without them. Everything else is
 *    Langium's `parse` (Langium 4.4.0), step for step.
 * 3. No garbage per token and per rule call: Langium's `extractHiddenTokens` returns a new empty
 *    array for every token without comments before it (nearly all), and its chevrotain wrapper
 *    wraps the arguments of every rule call in a new `{ ARGS: [args] }`; here the empty case is one
 *    shared array, and the (always empty, see parser-builder.ts) arguments one shared options
 *    object. At 10,000 opdrachten about 60 MB less garbage while parsing.
 */
export class OpgaveLangiumParser extends LangiumParser {
    private readonly reflectie: AstReflection;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.reflectie = services.shared.AstReflection;
        const intern = this as unknown as ParserIntern;
        const langiumsExtract = intern.extractHiddenTokens;
        intern.extractHiddenTokens = function (this: ParserIntern, token: IToken): IToken[] {
            return this.lexerResult?.hidden.length === 0 ? GEEN_TOKENS : langiumsExtract.call(this, token);
        };
        const wrapper = this.wrapper as unknown as WrapperIntern;
        const vasteOpties = { ARGS: [GEEN_ARGUMENTEN] };
        wrapper.wrapSubrule = (idx, rule, args) => wrapper.subrule(idx, rule, args === GEEN_ARGUMENTEN ? vasteOpties : { ARGS: [args] });
    }

    override rule(rule: Parameters<LangiumParser['rule']>[0], impl: RegelImpl): ReturnType<LangiumParser['rule']> {
        const type =
            G.isParserRule(rule) && !rule.fragment && !GrammarUtils.isDataTypeRule(rule) ? GrammarUtils.getTypeName(rule) : undefined;
        if (type === undefined) {
            return super.rule(rule, impl);
        }
        const maak = knoopMaker(type, this.reflectie);
        const stack = (): object[] => (this as unknown as ParserIntern).stack;
        return super.rule(rule, (args) => {
            if (!this.isRecording()) {
                // Langium has just pushed `{ $type }` for this rule (startImplementation); nothing else refers to it yet.
                const s = stack();
                s[s.length - 1] = maak();
            }
            impl(args);
        });
    }

    override parse<T extends AstNode = AstNode>(input: string, options: { rule?: string } = {}): ParseResult<T> {
        const intern = this as unknown as ParserIntern;
        intern.nodeBuilder.buildRootNode(input);
        const lexerResult = (intern.lexerResult = this.lexer.tokenize(input));
        this.wrapper.input = lexerResult.tokens;
        const ruleMethod = options.rule ? this.allRules.get(options.rule) : this.mainRule;
        if (!ruleMethod) {
            throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
        }
        const result = intern.doParse(ruleMethod);
        intern.nodeBuilder.addHiddenNodes(lexerResult.hidden);
        this.unorderedGroups.clear();
        intern.lexerResult = undefined;
        koppelAanContainer(result);
        return {
            value: result as T,
            lexerErrors: lexerResult.errors,
            lexerReport: lexerResult.report,
            parserErrors: this.wrapper.errors,
        };
    }
}

/**
 * A function making an empty AST node `{ $type: type }` through a constructor of its own, so V8
 * sizes the objects of each type for that type's properties (see {@link OpgaveLangiumParser}).
 *
 * V8 reserves room in an object for the `this.…` assignments in its constructor, executed or not,
 * and after the first few objects shrinks that room to what the objects of that constructor then
 * hold. So the constructor names 40 properties in a branch that never runs, and a few objects with
 * every property of the type (from the AST reflection, plus Langium's `$cstNode`, `$container`,
 * `$containerProperty` and `$containerIndex`) are made and dropped before the first real node.
 * Only speed and memory depend on this; the nodes are plain objects either way.
 */
export function knoopMaker(type: string, reflectie: AstReflection): () => object {
    function Knoop(this: Record<string, unknown>, t: string | undefined): void {
        this.$type = t;
        if (t === undefined) {
            // Never runs: reserves room (see above).
            this.a0 = this.a1 = this.a2 = this.a3 = this.a4 = this.a5 = this.a6 = this.a7 = this.a8 = this.a9 = 0;
            this.b0 = this.b1 = this.b2 = this.b3 = this.b4 = this.b5 = this.b6 = this.b7 = this.b8 = this.b9 = 0;
            this.c0 = this.c1 = this.c2 = this.c3 = this.c4 = this.c5 = this.c6 = this.c7 = this.c8 = this.c9 = 0;
            this.d0 = this.d1 = this.d2 = this.d3 = this.d4 = this.d5 = this.d6 = this.d7 = this.d8 = this.d9 = 0;
        }
    }
    Knoop.prototype = Object.prototype;
    const Klasse = Knoop as unknown as new (t: string) => Record<string, unknown>;
    const velden = [
        ...Object.keys(reflectie.getTypeMetaData(type).properties),
        '$cstNode',
        '$container',
        '$containerProperty',
        '$containerIndex',
    ];
    for (let i = 0; i < 8; i++) {
        const proef = new Klasse(type);
        for (const veld of velden) {
            proef[veld] = undefined;
        }
    }
    return () => new Klasse(type);
}

/**
 * Sets `$container`, `$containerProperty` and (in a list) `$containerIndex` of every AST node below
 * `node`, as Langium's `linkContentToContainer(node, { deep: true })` does, in the same order,
 * but without allocating per node (`for…in` instead of `Object.entries`; an AST node is a plain
 * object, so both see the same own properties).
 *
 * It also gives every non-empty list of the AST an exact-size copy (as Langium 4.4 does for CST
 * child lists): Langium fills them with `push`, and V8 gives an array's first `push` room for 17
 * elements, 152 bytes, for lists that mostly hold one to three (at 10,000 opdrachten ~10 MB).
 * Nothing refers to these arrays but their node (a reference knows its node and property name).
 */
export function koppelAanContainer(node: AstNode): void {
    const velden = node as unknown as Record<string, unknown>;
    for (const naam in velden) {
        if (naam.startsWith('$')) {
            continue;
        }
        const waarde = velden[naam];
        if (Array.isArray(waarde)) {
            const lijst: unknown[] = waarde.length > 0 ? (velden[naam] = waarde.slice()) : waarde;
            for (let index = 0; index < lijst.length; index++) {
                const item: unknown = lijst[index];
                if (isAstNode(item)) {
                    const kind = item as { $container: AstNode; $containerProperty: string; $containerIndex: number };
                    kind.$container = node;
                    kind.$containerProperty = naam;
                    kind.$containerIndex = index;
                    koppelAanContainer(item);
                }
            }
        } else if (isAstNode(waarde)) {
            const kind = waarde as { $container: AstNode; $containerProperty: string };
            kind.$container = node;
            kind.$containerProperty = naam;
            koppelAanContainer(waarde);
        }
    }
}

/**
 * Creates and finalizes the parser ({@link OpgaveLangiumParser}) as Langium's `createLangiumParser`
 * does, with {@link OpgaveCstNodeBuilder} as its CST node builder and the rules built by
 * {@link createOpgaveParserRules} (no allocation per grammar element call). Langium creates the builder in the
 * parser's constructor and offers no service for it, so the (TypeScript-private) field is
 * replaced; if a Langium update renames it, this throws instead of silently keeping the slow one.
 */
export function createOpgaveParser(services: LangiumCoreServices): LangiumParser {
    const parser = new OpgaveLangiumParser(services);
    const intern = parser as unknown as Partial<ParserIntern>;
    const wrapper = (parser as unknown as { wrapper: Partial<WrapperIntern> }).wrapper;
    const langiums = LangiumParser.prototype as unknown as Partial<ParserIntern>;
    if (
        !(intern.nodeBuilder instanceof CstNodeBuilder) ||
        typeof intern.doParse !== 'function' ||
        !Array.isArray(intern.stack) ||
        typeof langiums.extractHiddenTokens !== 'function' ||
        typeof wrapper.subrule !== 'function'
    ) {
        throw new Error(
            'LangiumParser has changed (nodeBuilder, stack, doParse, extractHiddenTokens, wrapper.subrule); see language/src/parser/opgave-parser.ts',
        );
    }
    intern.nodeBuilder = new OpgaveCstNodeBuilder();
    createOpgaveParserRules(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
