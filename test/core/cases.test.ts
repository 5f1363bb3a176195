/**
 * The shared acceptance cases (../shared/cases, and ../shared/cases-v2 for rule catalogue
 * version 2): each folder, checked through the CLI, must give exactly the set of rule ids in
 * verwacht.json. (The rule fixtures are regelfixtures.test.ts's.)
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SHARED_CASES, SHARED_CASES_V2 } from '../helpers/index.js';
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

for (const [map, label] of [
    [SHARED_CASES, '../shared/cases'],
    [SHARED_CASES_V2, '../shared/cases-v2'],
] as const) {
    describe(`gedeelde acceptatiecases (${label})`, () => {
        const cases = fs.existsSync(map) ? fs.readdirSync(map).filter((d) => fs.existsSync(path.join(map, d, 'verwacht.json'))) : [];
        it('zijn aanwezig', () => assert.ok(cases.length > 0, `geen cases gevonden in ${map}`));
        for (const naam of cases) {
            it(`${naam} geeft precies ${verwacht(path.join(map, naam)).join(', ') || 'geen bevindingen'}`, () => {
                assert.deepEqual(gevonden(path.join(map, naam)), verwacht(path.join(map, naam)));
            });
        }
    });
}
