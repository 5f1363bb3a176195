import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { genereerRapporten } from '../../reports/src/index.js';
import { portfolioSchema } from '../../reports/src/portfolio-json.js';
import { controleerTekst, PEILDATUM, ROOT } from '../helpers/index.js';
import { LASTIG_PORTFOLIO } from '../helpers/lastig.js';

/**
 * Golden files: the reports of a small portfolio full of awkward titles, committed under
 * test/golden/lastig so a reviewer sees every change in escaping or layout, and of a portfolio
 * with suppressions with and without an end date, one of them lapsed (test/fixtures/negeer),
 * under test/golden/negeer. Refresh with
 * `OPGAVE_GOLDEN=bijwerken npx mocha out/test/reports/golden.test.js`.
 */
describe('golden-bestanden', () => {
    // Per case: folder, description, portfolio text, and which reports it keeps (all when absent).
    const gevallen: [map: string, omschrijving: string, tekst: () => string, bestanden?: readonly string[]][] = [
        ['lastig', 'het lastige portfolio', () => LASTIG_PORTFOLIO],
        [
            'negeer',
            'een portfolio met een geldige, een verlopen en een @negeer zonder einddatum',
            () => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'negeer', 'portfolio.opgave'), 'utf8'),
            ['bevindingen.md', 'portfolio.json'],
        ],
    ];
    for (const [naam, omschrijving, tekst, bestanden] of gevallen) {
        it(`rapporten van ${omschrijving} zijn gelijk aan test/golden/${naam}`, async () => {
            const resultaat = await controleerTekst(tekst());
            const alle = genereerRapporten(resultaat, {
                peildatum: PEILDATUM,
                root: '/voorbeeld',
                uitvoer: '/voorbeeld/docs/portfolio',
            });
            const rapporten = bestanden ? new Map([...alle].filter(([rel]) => bestanden.includes(rel))) : alle;
            assert.equal(rapporten.size, bestanden?.length ?? alle.size, 'een gevraagd rapport ontbreekt');
            const map = path.join(ROOT, 'test', 'golden', naam);
            if (process.env.OPGAVE_GOLDEN === 'bijwerken') {
                fs.rmSync(map, { recursive: true, force: true });
                for (const [rel, inhoud] of rapporten) {
                    fs.mkdirSync(path.dirname(path.join(map, rel)), { recursive: true });
                    fs.writeFileSync(path.join(map, rel), inhoud);
                }
            }
            const opSchijf = fs
                .readdirSync(map, { recursive: true, withFileTypes: true })
                .filter((f) => f.isFile())
                .map((f) => path.relative(map, path.join(f.parentPath, f.name)).split(path.sep).join('/'))
                .sort();
            assert.deepEqual(opSchijf, [...rapporten.keys()]);
            for (const [rel, inhoud] of rapporten) {
                assert.equal(inhoud, fs.readFileSync(path.join(map, rel), 'utf8'), `${rel} wijkt af van de golden file`);
            }
            portfolioSchema.parse(JSON.parse(rapporten.get('portfolio.json') ?? 'null'));
        });
    }
});
