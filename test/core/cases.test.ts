/**
 * The shared acceptance cases (../shared/cases) and the rule fixtures (test/fixtures/regels):
 * each folder, checked through the CLI, must give exactly the set of rule ids in verwacht.json.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REGEL_IDS } from '../../language/src/rules/index.js';
import { laadProject } from '../../language/src/project.js';
import { cli, ROOT, SHARED_CASES } from '../helpers.js';

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

// The folder fixtures (test/fixtures/regels/<id>/{valt,valt-niet}) that have no marker fixture
// yet; regelfixtures.test.ts checks that every rule has one or the other.
describe('regelfixtures in mappen (nog niet omgezet naar markers)', () => {
    const basis = path.join(ROOT, 'test', 'fixtures', 'regels');
    for (const id of REGEL_IDS) {
        for (const soort of ['valt', 'valt-niet']) {
            const map = path.join(basis, id, soort);
            if (!fs.existsSync(map)) {
                continue;
            }
            it(`${id}/${soort}`, async () => {
                const verwachtIds = verwacht(map);
                assert.equal(verwachtIds.includes(id), soort === 'valt', `verwacht.json van ${id}/${soort} klopt niet met de soort`);
                // In process (same loader as the CLI) to keep the suite fast.
                const project = await laadProject([map], {});
                const ids = [...new Set(project.resultaat.bevindingen.map((b) => b.ruleId))].sort();
                assert.deepEqual(ids, verwachtIds, project.resultaat.bevindingen.map((b) => `${b.ruleId}: ${b.message}`).join('\n'));
            });
        }
    }
});
