/**
 * The baseline `opgave.baseline.json` (issue "Adopting the tool", item 2) as a programme office
 * uses it: accept the findings of a converted portfolio, keep new work clean, lower the counts as
 * findings are solved. Runs the CLI on a copy of examples/fouten.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli } from '../helpers/cli.js';
import { kopieerVoorbeeld } from '../helpers/git.js';
import { tijdelijkeMap } from '../helpers/tijdelijk.js';

/** The findings of `check --format json` in `map`, as `file rule`. */
function bevindingen(map: string, ...extra: string[]): { code: number; lijst: string[]; stderr: string } {
    const r = cli(['check', map, '--format', 'json', ...extra]);
    const lijst =
        r.code === 2 ? [] : (JSON.parse(r.stdout) as { file: string; ruleId: string }[]).map((b) => `${path.basename(b.file)} ${b.ruleId}`);
    return { code: r.code, lijst, stderr: r.stderr };
}

describe('opgave.baseline.json', function () {
    this.timeout(120_000);

    it('vastleggen, controleren, een nieuwe bevinding die faalt, opschonen', () => {
        const map = tijdelijkeMap('baseline');
        kopieerVoorbeeld('fouten', map);
        const begin = bevindingen(map);
        assert.equal(begin.code, 1);
        const n = begin.lijst.length;

        const vast = cli(['check', map, '--baseline-vastleggen', '--no-color']);
        assert.equal(vast.code, 0, vast.stderr);
        assert.match(vast.stderr, new RegExp(`opgave\\.baseline\\.json: ${n} bevindingen in \\d+ bestanden vastgelegd\\.`));
        const bestand = path.join(map, 'opgave.baseline.json');
        const tekst = fs.readFileSync(bestand, 'utf8');
        const json = JSON.parse(tekst) as { versie: number; bestanden: Record<string, Record<string, number>> };
        assert.equal(json.versie, 1);
        assert.deepEqual(Object.keys(json.bestanden), Object.keys(json.bestanden).sort());
        assert.equal(cli(['check', map, '--baseline-vastleggen']).code, 0);
        assert.equal(fs.readFileSync(bestand, 'utf8'), tekst, 'twee keer vastleggen geeft dezelfde bytes');

        const daarna = bevindingen(map);
        assert.equal(daarna.code, 0);
        assert.deepEqual(daarna.lijst, []);
        assert.match(
            daarna.stderr,
            new RegExp(`let op: ${n} bevindingen vallen onder de baseline \\(.*opgave\\.baseline\\.json\\); --geen-baseline toont ze\\.`),
        );
        assert.equal(bevindingen(map, '--geen-baseline').lijst.length, n);

        // New work: a second opdracht without kaders in the same file — now kaders-ontbreken is over its count.
        const leef = path.join(map, 'leefomgeving.opgave');
        const vorm = fs.readFileSync(leef, 'utf8');
        const kaders = json.bestanden['leefomgeving.opgave']?.['kaders-ontbreken'] ?? 0;
        assert.ok(kaders > 0);
        fs.writeFileSync(leef, `${vorm}\nopdracht nieuw-werk "Nieuw werk" voor fietsroute {\n    werkwijze improvisatie\n}\n`);
        const nieuw = bevindingen(map);
        assert.equal(nieuw.code, 1, nieuw.stderr);
        assert.ok(nieuw.lijst.filter((b) => b === 'leefomgeving.opgave kaders-ontbreken').length > kaders, nieuw.lijst.join('\n'));
        fs.writeFileSync(leef, vorm);

        // Solved: dienstverlening.opgave goes; pruning drops its counts and never raises others.
        fs.rmSync(path.join(map, 'dienstverlening.opgave'));
        const schoon = cli(['check', map, '--baseline-opschonen', '--no-color']);
        assert.match(schoon.stderr, /opgave\.baseline\.json: \d+ bevindingen minder, nog \d+\./);
        const na = JSON.parse(fs.readFileSync(bestand, 'utf8')) as typeof json;
        assert.ok(!('dienstverlening.opgave' in na.bestanden));
        for (const [f, regels] of Object.entries(na.bestanden)) {
            for (const [r, a] of Object.entries(regels)) assert.ok(a <= (json.bestanden[f]?.[r] ?? 0), `${f} ${r} steeg`);
        }
    });

    it('neemt een syntaxfout nooit op', () => {
        const map = tijdelijkeMap('baseline-syntaxis');
        kopieerVoorbeeld('winterswijk', map);
        fs.writeFileSync(path.join(map, 'kapot.opgave'), 'opdracht kapot "Half" {\n');
        cli(['check', map, '--baseline-vastleggen']);
        const json = JSON.parse(fs.readFileSync(path.join(map, 'opgave.baseline.json'), 'utf8')) as {
            bestanden: Record<string, Record<string, number>>;
        };
        assert.ok(!Object.values(json.bestanden).some((r) => 'syntaxis' in r));
        const r = bevindingen(map);
        assert.equal(r.code, 1);
        assert.ok(r.lijst.includes('kapot.opgave syntaxis'), r.lijst.join(', '));
    });

    it('een kapotte of met de hand verkeerd bewerkte baseline: exitcode 2 met bestand en sleutel', () => {
        const map = tijdelijkeMap('baseline-kapot');
        kopieerVoorbeeld('winterswijk', map);
        const bestand = path.join(map, 'opgave.baseline.json');
        for (const [inhoud, melding] of [
            [
                '{"versie": 1, "bestanden": {"a.opgave": {"kaders-ontbreken": "twee"}}}',
                /opgave\.baseline\.json: bestanden\.a\.opgave\.kaders-ontbreken: verwacht een getal/,
            ],
            ['{"versie": 2, "bestanden": {}}', /opgave\.baseline\.json: versie: /],
            ['{"versie": 1, "bestanden": {}', /opgave\.baseline\.json: geen geldige JSON/],
        ] as const) {
            fs.writeFileSync(bestand, inhoud);
            const r = cli(['check', map]);
            assert.equal(r.code, 2, `${inhoud}: ${r.stderr}`);
            assert.match(r.stderr, melding);
            assert.equal(cli(['generate', map]).code, 2);
        }
        assert.equal(cli(['check', map, '--geen-baseline']).code, 0, 'zonder baseline blijft de controle bruikbaar');
        // The message's advice works: a new baseline replaces the broken file.
        const opnieuw = cli(['check', map, '--baseline-vastleggen']);
        assert.equal(opnieuw.code, 0, opnieuw.stderr);
        assert.equal((JSON.parse(fs.readFileSync(bestand, 'utf8')) as { versie: number }).versie, 1);
        assert.equal(cli(['check', map]).code, 0);
    });

    it('bevindingen.md telt de bevindingen in de baseline per regel', () => {
        const map = tijdelijkeMap('baseline-rapport');
        kopieerVoorbeeld('fouten', map);
        cli(['check', map, '--baseline-vastleggen']);
        const r = cli(['generate', map]);
        assert.equal(r.code, 0, r.stderr);
        const pagina = fs.readFileSync(path.join(map, 'docs', 'portfolio', 'bevindingen.md'), 'utf8');
        assert.match(pagina, /^## In de baseline$/m);
        assert.match(pagina, /^\| `kaders-ontbreken` \| \d+ \| \d+ \|$/m);
        assert.match(pagina, /^0 bevindingen /m);
    });
});
