import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { genereerRapporten } from '../../reports/src/index.js';
import { controleerTekst, PEILDATUM, ROOT } from '../helpers/index.js';
import { LASTIG_PORTFOLIO } from '../helpers/lastig.js';

/**
 * Golden files: the reports of a small portfolio full of awkward titles, committed under
 * test/golden/lastig so a reviewer sees every change in escaping or layout. Refresh with
 * `OPGAVE_GOLDEN=bijwerken npx mocha out/test/reports/golden.test.js`.
 */
describe('golden-bestanden', () => {
    it('rapporten van het lastige portfolio zijn gelijk aan test/golden/lastig', async () => {
        const resultaat = await controleerTekst(LASTIG_PORTFOLIO);
        const rapporten = genereerRapporten(resultaat, {
            peildatum: PEILDATUM,
            root: '/voorbeeld',
            uitvoer: '/voorbeeld/docs/portfolio',
        });
        const map = path.join(ROOT, 'test', 'golden', 'lastig');
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
    });
});
