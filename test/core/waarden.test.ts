/**
 * The value lists of `language/src/model/waarden.ts` against the grammar: the compiler already
 * checks that each list has exactly the members of its generated union; this checks the order,
 * which the reports' tables and the published `portfolio.schema.json` follow, against the order
 * of the alternatives in `language/grammar/waarden.langium`.
 */
import { strict as assert } from 'node:assert';
import { AstUtils, GrammarAST } from 'langium';
import { OpgaveTaalGrammar } from '../../language/generated/grammar.js';
import { BESLUITEN, BESTURINGSMODELLEN, FUNCTIES, PRIORITEITEN, STATUSSEN, WERKWIJZEN } from '../../language/src/model/waarden.js';

/** The keywords of a data type rule such as `Werkwijze returns string: 'routine' | …`, in order. */
function trefwoorden(regel: string): string[] {
    const r = OpgaveTaalGrammar().rules.find((x) => x.name === regel);
    assert.ok(r && GrammarAST.isParserRule(r), `geen regel ${regel} in de grammatica`);
    return AstUtils.streamAst(r.definition)
        .filter(GrammarAST.isKeyword)
        .map((k) => k.value)
        .toArray();
}

describe('waardelijsten', () => {
    const lijsten: [string, readonly string[]][] = [
        ['Werkwijze', WERKWIJZEN],
        ['Status', STATUSSEN],
        ['Besturingsmodel', BESTURINGSMODELLEN],
        ['Besluit', BESLUITEN],
        ['Functie', FUNCTIES],
        ['Prioriteit', PRIORITEITEN],
    ];
    for (const [regel, lijst] of lijsten) {
        it(`${regel}: dezelfde waarden in dezelfde volgorde als de grammatica`, () => {
            assert.deepEqual([...lijst], trefwoorden(regel));
        });
    }
});
