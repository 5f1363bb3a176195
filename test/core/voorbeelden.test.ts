/**
 * The bundled examples: the clean portfolios give no finding at all, the mistakes portfolio gives
 * exactly the rule ids its verwacht.json lists, and the committed reports are current.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/index.js';
import { cli } from '../helpers/cli.js';

const VOORBEELDEN = path.join(ROOT, 'examples');

describe('voorbeelden', () => {
    for (const naam of ['winterswijk', 'gooise-meren']) {
        it(`${naam} is schoon (geen enkele bevinding)`, () => {
            const r = cli(['check', path.join(VOORBEELDEN, naam), '--format', 'json']);
            assert.equal(r.code, 0, r.stderr);
            assert.deepEqual(JSON.parse(r.stdout), []);
        });
        it(`${naam}: de vastgelegde rapporten zijn actueel (opgave generate --check)`, () => {
            const r = cli(['generate', path.join(VOORBEELDEN, naam), '--check']);
            assert.equal(r.code, 0, r.stderr);
        });
    }
    it('fouten geeft precies de regels uit verwacht.json', () => {
        const map = path.join(VOORBEELDEN, 'fouten');
        const verwacht = (JSON.parse(fs.readFileSync(path.join(map, 'verwacht.json'), 'utf8')) as { regels: string[] }).regels;
        const r = cli(['check', map, '--format', 'json']);
        assert.equal(r.code, 1);
        const ids = [...new Set((JSON.parse(r.stdout) as { ruleId: string }[]).map((b) => b.ruleId))].sort();
        assert.deepEqual(ids, [...new Set(verwacht)].sort());
    });
});
