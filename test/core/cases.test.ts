/**
 * The shared acceptance cases (../shared/cases): each folder, checked through the CLI, must give
 * exactly the set of rule ids in verwacht.json. (The rule fixtures are regelfixtures.test.ts's.)
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SHARED_CASES } from '../helpers/index.js';
import { cli } from '../helpers/cli.js';

function verwacht(map: string): string[] {
    const data = JSON.parse(fs.readFileSync(path.join(map, 'verwacht.json'), 'utf8')) as { regels: string[] };
    return [...new Set(data.regels)].sort();
}

function gevonden(map: string): string[] {
    const r = cli(['check', map, '--format', 'json']);
    assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
    const bevindingen = JSON.parse(r.stdout) as { ruleId: string }[];
    assert.equal(
        r.code,
        bevindingen.some((b) => (b as { severity?: string }).severity === 'error') ? 1 : 0,
        'exit code must follow the error findings',
    );
    return [...new Set(bevindingen.map((b) => b.ruleId))].sort();
}

describe('gedeelde acceptatiecases (../shared/cases)', () => {
    const cases = fs.existsSync(SHARED_CASES)
        ? fs.readdirSync(SHARED_CASES).filter((d) => fs.existsSync(path.join(SHARED_CASES, d, 'verwacht.json')))
        : [];
    it('zijn aanwezig', () => assert.ok(cases.length > 0, `geen cases gevonden in ${SHARED_CASES}`));
    for (const naam of cases) {
        it(`${naam} geeft precies ${verwacht(path.join(SHARED_CASES, naam)).join(', ') || 'geen bevindingen'}`, () => {
            assert.deepEqual(gevonden(path.join(SHARED_CASES, naam)), verwacht(path.join(SHARED_CASES, naam)));
        });
    }
});
