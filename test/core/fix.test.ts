/**
 * `opgave check --fix` and `--fix-dry-run` (issue "Adopting the tool", item 1), as a user runs
 * them: every fixable rule's firing fixture (test/fixtures/regels/<id>.opgave, on top of the base
 * portfolio) is written to a folder, fixed by the CLI, and checked again.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REGELS } from '../../language/src/rules/index.js';
import { heeftHerstel } from '../../language/src/rules/regel.js';
import { cli } from '../helpers/cli.js';
import { PEILDATUM, ROOT } from '../helpers/index.js';
import { leesFixture, leesMap, type FixtureBestand } from '../helpers/regelfixtures.js';
import { tijdelijkeMap } from '../helpers/tijdelijk.js';

const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const basis = leesMap(path.join(FIXTURES, 'basis'), FIXTURES);

/** Writes a fixture with the base portfolio and its configuration into a new folder. */
function schrijfFixture(naam: string): string {
    const fixture = leesFixture(naam, fs.readFileSync(path.join(FIXTURES, 'regels', naam), 'utf8'));
    const map = tijdelijkeMap(`fix-${naam}`);
    const eigen = new Set(fixture.bestanden.map((b) => b.pad));
    const bestanden: FixtureBestand[] = [...basis.filter((b) => !eigen.has(b.pad)), ...fixture.bestanden];
    for (const b of bestanden) {
        fs.mkdirSync(path.dirname(path.join(map, b.pad)), { recursive: true });
        fs.writeFileSync(path.join(map, b.pad), b.bytes);
    }
    fs.writeFileSync(path.join(map, 'opgave.config.json'), JSON.stringify({ peildatum: PEILDATUM, ...fixture.config }));
    return map;
}

/** The rule ids of `opgave check --format json` in `map`. */
function regelsIn(map: string, ...extra: string[]): string[] {
    const r = cli(['check', map, '--format', 'json', ...extra]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    return (JSON.parse(r.stdout) as { ruleId: string }[]).map((b) => b.ruleId);
}

/** Every file under `map` with its bytes. */
function inhoud(map: string): Map<string, Buffer> {
    return new Map(
        fs
            .readdirSync(map, { recursive: true, encoding: 'utf8' })
            .filter((f) => fs.statSync(path.join(map, f)).isFile())
            .map((f) => [f, fs.readFileSync(path.join(map, f))]),
    );
}

describe('opgave check --fix', function () {
    this.timeout(120_000);

    for (const r of REGELS.filter(heeftHerstel)) {
        it(`${r.id}: de fixture die valt, valt na --fix niet meer, zonder nieuwe fouten`, () => {
            const map = schrijfFixture(`${r.id}.opgave`);
            const voor = regelsIn(map);
            assert.ok(voor.includes(r.id), `de fixture geeft geen ${r.id}: ${voor.join(', ')}`);
            const na = regelsIn(map, '--fix');
            assert.ok(!na.includes(r.id), `na --fix nog ${r.id}`);
            assert.ok(!na.includes('syntaxis'), `na --fix een syntaxfout: ${na.join(', ')}`);
        });
    }

    it('--fix-dry-run toont een diff en schrijft niets; --fix schrijft precies die wijziging', () => {
        const map = schrijfFixture('kaders-ontbreken.opgave');
        const voor = inhoud(map);
        const droog = cli(['check', map, '--fix-dry-run', '--no-color']);
        assert.equal(droog.code, 0, droog.stderr);
        assert.match(droog.stdout, /^--- a\/kaders-ontbreken\.opgave\n\+\+\+ b\/kaders-ontbreken\.opgave\n@@ /m);
        assert.match(droog.stderr, /herstelling(en)? in 1 bestand \(kaders-ontbreken \d+\); er is niets geschreven\./);
        assert.deepEqual(inhoud(map), voor);
        const echt = cli(['check', map, '--fix', '--no-color']);
        assert.match(echt.stderr, /herstelling(en)? in 1 bestand \(kaders-ontbreken \d+\)\./);
        const na = inhoud(map);
        const gewijzigd = [...na].filter(([f, b]) => !voor.get(f)?.equals(b)).map(([f]) => f);
        assert.deepEqual(gewijzigd, ['kaders-ontbreken.opgave']);
        const toegevoegd = droog.stdout.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++'));
        for (const regel of toegevoegd) assert.ok(na.get('kaders-ontbreken.opgave')!.toString('utf8').includes(regel.slice(1)), regel);
        assert.equal(cli(['check', map, '--fix-dry-run']).stderr, 'Niets te herstellen.\n');
    });

    it('houdt de BOM en de CRLF-regeleinden van een bestand, en laat een bestand met een syntaxfout staan', () => {
        const map = schrijfFixture('kaders-ontbreken.opgave');
        const bestand = path.join(map, 'kaders-ontbreken.opgave');
        fs.writeFileSync(bestand, `\uFEFF${fs.readFileSync(bestand, 'utf8').replace(/\r?\n/g, '\r\n')}`);
        const kapot = path.join(map, 'kapot.opgave');
        const kapotTekst = 'opdracht kapot "Half" voor onbekend {\n    werkwijze project\n';
        fs.writeFileSync(kapot, kapotTekst);
        cli(['check', map, '--fix']);
        const bytes = fs.readFileSync(bestand);
        assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'de BOM is weg');
        const tekst = bytes.toString('utf8');
        assert.ok(!/[^\r]\n/.test(tekst), 'een regel eindigt niet meer op CRLF');
        assert.ok(!regelsIn(map).includes('kaders-ontbreken'));
        assert.equal(fs.readFileSync(kapot, 'utf8'), kapotTekst);
    });

    it('--fix met --fix-dry-run samen: exitcode 2 met een Nederlandse melding', () => {
        const r = cli(['check', path.join(ROOT, 'examples', 'fouten'), '--fix', '--fix-dry-run']);
        assert.equal(r.code, 2);
        assert.match(r.stderr, /kies --fix of --fix-dry-run, niet allebei/);
    });
});
