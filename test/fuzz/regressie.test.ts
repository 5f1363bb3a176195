/**
 * Regression tests from fuzzing: every document in test/fuzz/regressie/ (saved by the fuzzer as
 * `<soort>-<bron>-s<seed>-i<index>-<bestand>`) goes through the in-process check, alone and with
 * the rest of its source portfolio, plus hand-made reductions of earlier finds. A short seeded
 * fuzz run (in process and, when dist/server.cjs exists, through the language server) guards the
 * rest; `npm run fuzz` is the long run.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { controleerDocument } from './controleer.js';
import { fuzz } from './fuzz.js';
import { laadBronnen, type FuzzDocument } from './mutaties.js';
import { ROOT } from '../helpers/index.js';

const MAP = path.join(ROOT, 'test', 'fuzz', 'regressie');

function document(
    naam: string,
    tekst: string | Uint8Array,
    overige: ReadonlyMap<string, string> = new Map(),
    bron = 'regressie',
): FuzzDocument {
    return { index: 0, bron, naam, bytes: typeof tekst === 'string' ? Buffer.from(tekst, 'utf8') : tekst, overige, mutaties: [] };
}

async function zonderProblemen(doc: FuzzDocument, maxMs = 20_000): Promise<number> {
    const begin = Date.now();
    const { problemen, bevindingen } = await controleerDocument(doc);
    assert.deepEqual(problemen, []);
    assert.ok(Date.now() - begin < maxMs, `${doc.naam}: ${Date.now() - begin} ms`);
    return bevindingen;
}

describe('fuzz: regressietests', function () {
    this.timeout(60_000);
    const bronnen = laadBronnen();

    const bestanden = fs.existsSync(MAP)
        ? fs
              .readdirSync(MAP)
              .filter((f) => f.endsWith('.opgave'))
              .sort()
        : [];
    for (const f of bestanden) {
        it(`gevonden document ${f}`, async () => {
            const m = /^[a-z]+-(.+?)-s\d+-i\d+-(.+)$/.exec(f);
            const bytes = fs.readFileSync(path.join(MAP, f));
            await zonderProblemen(document(m?.[2] ?? f, bytes));
            const bron = m ? bronnen.get(m[1]!) : undefined;
            if (bron) {
                await zonderProblemen(document(m![2]!, bytes, new Map([...bron].filter(([n]) => n !== m![2])), m![1]));
            }
        });
    }

    it('datum ontbreekt na een syntaxfout: geen ‘undefined’ in ongeldige-datum', async () => {
        // Found by fuzzing (lsp #34, seed 1): `periode` without its date gave "‘undefined’ is geen bestaande datum".
        const tekst =
            'opgave o "O" {\n}\nopdracht x "X" voor o {\n    werkwijze routine\n    periode\n    historie {\n        routine "zonder datum"\n    }\n    lessen {\n        les "zonder datum"\n    }\n}\n';
        assert.ok((await zonderProblemen(document('datum.opgave', tekst))) > 0);
    });

    it('naam ontbreekt na een syntaxfout: suggesties voor onbekende verwijzingen crashen niet', async () => {
        // Found by fuzzing (lsp #219, seed 1): a doel without a name made suggereer() throw, which stopped the language server.
        const tekst =
            'opgave o "O" {\n}\nopdracht x "X" voor o {\n    werkwijze programma\n    doelen {\n        doel\n        doel "zonder naam"\n    }\n    inspanningen {\n        inspanning i "I" draagt-bij-aan onbekend-doel\n    }\n}\n';
        await zonderProblemen(document('doel.opgave', tekst));
    });

    it('een bestand van 5 MB met duizenden dubbele namen blijft snel (dubbele-naam niet kwadratisch)', async function () {
        // Found by fuzzing (cli #1222, seed 1): 5 MB of a repeated organisation file took > 30 s and a 500 MB report.
        const basis = bronnen.get('winterswijk')?.get('organisatie.opgave');
        if (!basis) {
            this.skip();
        }
        const tekst = basis.repeat(Math.ceil((5 * 1024 * 1024) / basis.length));
        await zonderProblemen(document('organisatie.opgave', tekst), 30_000);
    });

    it('korte geseede fuzzrun: geen uitzondering, geen hangen, bereiken binnen het document', async () => {
        const uitslag = await fuzz({ seed: 20261129, aantal: 200, lspAantal: 60, limietMs: 20_000 });
        const samenvatting = uitslag.fouten.map((f) => `[${f.pad} #${f.index} ${f.mutaties.join('+')}] ${f.bericht.slice(0, 500)}`);
        assert.deepEqual(samenvatting, []);
        assert.equal(uitslag.cliDocumenten, 200);
        // The language-server part needs dist/server.cjs; without it this must fail, not pass on half the run.
        assert.equal(
            uitslag.lspOvergeslagen,
            undefined,
            `taalserver-deel overgeslagen: ${uitslag.lspOvergeslagen ?? ''}; bouw eerst met \`npm run build\``,
        );
        assert.equal(uitslag.lspDocumenten, 60);
    });
});
