/**
 * The rule fixtures (test/fixtures/regels): for every rule a fixture that fires
 * (`<id>.opgave`) and one that does not (`<id>.valt-niet.opgave`), each checked on top of the
 * shared base portfolio (test/fixtures/basis) against its `$VERWACHT$`/`$GEEN$` markers; see
 * test/core/regelfixtures.ts for the marker syntax. Also: the base portfolio is clean, and the
 * runner itself fails on wrong markers.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REGEL_IDS } from '../../language/src/rules/index.js';
import { ROOT } from '../helpers/index.js';
import {
    controleerInGeheugen,
    controleerFixture,
    FixtureFout,
    fixtureOpties,
    leesFixture,
    leesMap,
    soortVan,
} from '../helpers/regelfixtures.js';

const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const REGELS_MAP = path.join(FIXTURES, 'regels');
const basis = leesMap(path.join(FIXTURES, 'basis'), FIXTURES);
const fixtures = fs
    .readdirSync(REGELS_MAP)
    .filter((f) => f.endsWith('.opgave'))
    .sort();

describe('basisportfolio van de regelfixtures (test/fixtures/basis)', () => {
    it('bestaat uit meer dan één bestand', () => assert.ok(basis.length > 1, basis.map((b) => b.pad).join(', ')));
    for (const [wat, extra, config] of [
        ['met de standaardopties', '', {}],
        ['onder model-1', 'gemeente noorderveld { besturingsmodel model-1 }', {}],
        ['onder model-2', 'gemeente noorderveld { besturingsmodel model-2 }', {}],
        ['onder model-3', 'gemeente noorderveld { besturingsmodel model-3 }', {}],
        ['met maxActieveOpdrachtenPerPersoon 1', '', { maxActieveOpdrachtenPerPersoon: 1 }],
        ['onder model-1 met maxOpgavemanagers 1', 'gemeente noorderveld { besturingsmodel model-1 }', { maxOpgavemanagers: 1 }],
    ] as const) {
        it(`heeft geen bevindingen ${wat}`, async () => {
            const bestanden = [...basis, { pad: 'gemeente.opgave', bytes: new TextEncoder().encode(extra) }];
            const r = await controleerInGeheugen(bestanden, fixtureOpties(config));
            assert.deepEqual(
                r.bevindingen.map((b) => `${b.uri} ${b.range.start.line + 1}: ${b.ruleId}: ${b.message}`),
                [],
            );
            assert.deepEqual(r.onderdrukt, []);
        });
    }
});

describe('regelfixtures: elke regel valt en valt niet (test/fixtures/regels)', () => {
    it('elke regel heeft een fixture die valt en een die niet valt', () => {
        const ontbrekend = REGEL_IDS.flatMap((id) => [`${id}.opgave`, `${id}.valt-niet.opgave`].filter((naam) => !fixtures.includes(naam)));
        assert.deepEqual(ontbrekend, []);
    });
    it('elke fixture hoort bij een regel', () => {
        const ids: readonly string[] = REGEL_IDS;
        assert.deepEqual(
            fixtures.filter((f) => !ids.includes(soortVan(f).regel)),
            [],
        );
    });
    for (const naam of fixtures) {
        it(naam, async () => {
            const fixture = leesFixture(naam, fs.readFileSync(path.join(REGELS_MAP, naam), 'utf8'));
            const { problemen } = await controleerFixture(fixture, basis);
            assert.deepEqual(problemen, []);
        });
    }
});

/** A fixture of `kaders-ontbreken` in memory, with `markering` before the opdracht. */
function kadersFixture(markering: string, opdrachtNaam = '»noodopvang«', kaders = ''): string {
    return [
        markering,
        `opdracht ${opdrachtNaam} "Tijdelijke woonruimte" voor woningtekort {`,
        '    werkwijze improvisatie',
        kaders,
        '    budget 80_000',
        '    capaciteit 0.5',
        '    periode 2026-10-01 tot 2027-03-31',
        '    vastgesteld 2026-09-28',
        '    status lopend',
        '}',
        '',
    ].join('\n');
}

async function problemenVan(naam: string, tekst: string): Promise<string[]> {
    return (await controleerFixture(leesFixture(naam, tekst), basis)).problemen;
}

describe('de fixture-runner kan falen', () => {
    it('een juiste fixture geeft geen problemen (tegenproef)', async () => {
        const tekst = kadersFixture('// $VERWACHT$ kaders-ontbreken "geen kaders"');
        assert.deepEqual(await problemenVan('kaders-ontbreken.opgave', tekst), []);
    });
    it('faalt op een verkeerd bereik', async () => {
        const tekst = kadersFixture('// $VERWACHT$ kaders-ontbreken "geen kaders"', 'noodo»pvang«');
        const problemen = await problemenVan('kaders-ontbreken.opgave', tekst);
        assert.ok(
            problemen.some((p) =>
                p.includes(
                    'verwacht kaders-ontbreken op kaders-ontbreken.opgave:2:15-2:20 met "geen kaders"; wel gevonden: kaders-ontbreken.opgave:2:10-2:20',
                ),
            ),
            problemen.join('\n'),
        );
        assert.ok(
            problemen.some((p) => p.includes('onverwachte bevinding kaders-ontbreken.opgave:2:10-2:20 kaders-ontbreken')),
            problemen.join('\n'),
        );
    });
    it('faalt op een verkeerd woord', async () => {
        const tekst = kadersFixture('// $VERWACHT$ kaders-ontbreken "geen budget"');
        const problemen = await problemenVan('kaders-ontbreken.opgave', tekst);
        assert.ok(
            problemen.some((p) => p.includes('met "geen budget"; wel gevonden: kaders-ontbreken.opgave:2:10-2:20 kaders-ontbreken')),
            problemen.join('\n'),
        );
    });
    it('faalt op een verkeerde regel-id op de goede plaats', async () => {
        const tekst = kadersFixture('// $VERWACHT$ middelen-ontbreken "geen kaders"');
        const problemen = await problemenVan('kaders-ontbreken.opgave', tekst);
        assert.ok(
            problemen.some((p) => p.includes('minstens één // $VERWACHT$ kaders-ontbreken')),
            problemen.join('\n'),
        );
        assert.ok(
            problemen.some((p) => p.includes('onverwachte bevinding')),
            problemen.join('\n'),
        );
    });
    it('faalt als een fixture die niet valt toch valt', async () => {
        const tekst = kadersFixture('// $GEEN$ kaders-ontbreken');
        const problemen = await problemenVan('kaders-ontbreken.valt-niet.opgave', tekst);
        assert.ok(
            problemen.some((p) => p.includes('kaders-ontbreken hoort hier niet te vallen')),
            problemen.join('\n'),
        );
        assert.ok(
            problemen.some((p) => p.includes('onverwachte bevinding')),
            problemen.join('\n'),
        );
    });
    it('faalt als een fixture die niet valt de regel elders laat vallen (ook buiten het bereik)', async () => {
        const tekst = kadersFixture('// $GEEN$ kaders-ontbreken', 'noodopvang', '    kaders »"Noodverordening"«');
        const zonderKaders = `${tekst}\nopdracht tweede voor woningtekort { werkwijze improvisatie budget 1 capaciteit 1 periode 2026-10-01 tot 2027-03-31 vastgesteld 2026-09-28 status lopend }\n`;
        const problemen = await problemenVan('kaders-ontbreken.valt-niet.opgave', zonderKaders);
        assert.ok(
            problemen.some((p) => p.includes('onverwachte bevinding') && p.includes('‘tweede’')),
            problemen.join('\n'),
        );
    });
    it('faalt als een fixture die niet valt geen $GEEN$ van haar regel heeft, of de regel verwacht', async () => {
        const tekst = kadersFixture('// $VERWACHT$ kaders-ontbreken "geen kaders"');
        const problemen = await problemenVan('kaders-ontbreken.valt-niet.opgave', tekst);
        assert.ok(
            problemen.some((p) => p.includes('minstens één // $GEEN$ kaders-ontbreken')),
            problemen.join('\n'),
        );
        assert.ok(
            problemen.some((p) => p.includes('verwacht geen bevinding van kaders-ontbreken')),
            problemen.join('\n'),
        );
    });
    it('faalt op een verwachte bevinding die niet komt', async () => {
        const tekst = kadersFixture('// $VERWACHT$ kaders-ontbreken "geen kaders"', '»noodopvang«', '    kaders "Noodverordening"');
        const problemen = await problemenVan('kaders-ontbreken.opgave', tekst);
        assert.ok(
            problemen.some((p) => p.includes('geen bevinding van kaders-ontbreken in kaders-ontbreken.opgave')),
            problemen.join('\n'),
        );
    });
    it('faalt op een onderdrukte bevinding zonder $ONDERDRUKT$, en op een $ONDERDRUKT$ die niet komt', async () => {
        const negeer = '// @negeer kaders-ontbreken Noodsituatie';
        const zonder = kadersFixture(`${negeer}\n// $VERWACHT$ kaders-ontbreken "geen kaders"`);
        assert.ok((await problemenVan('kaders-ontbreken.opgave', zonder)).some((p) => p.includes('onverwacht onderdrukt')));
        const met = kadersFixture('// $ONDERDRUKT$ kaders-ontbreken "geen kaders"');
        assert.ok((await problemenVan('kaders-ontbreken.opgave', met)).some((p) => p.includes('verwacht onderdrukt kaders-ontbreken')));
    });
    it('weigert kapotte markers', () => {
        const fout = (tekst: string, bericht: RegExp): void =>
            assert.throws(
                () => leesFixture('x.opgave', tekst),
                (e: unknown) => e instanceof FixtureFout && bericht.test(e.message),
            );
        fout('persoon »a« { }', /x\.opgave:1: een »…« zonder marker/);
        fout('// $VERWACHT$ syntaxis "x"\npersoon a { }', /x\.opgave:1: een marker zonder »…«/);
        fout('// $VERWACHT$ syntaxis\n»«', /\$VERWACHT\$ <regel-id> "<woord/);
        fout('// $VERWAHCT$ syntaxis "x"\n»«', /onbekende marker \$VERWAHCT\$/);
        fout('// $GEEN$ syntaxis\n»a', /een » zonder «/);
        fout('// $GEEN$ syntaxis\n»a««', /een « zonder »/);
        fout('// $OPTIES$ {"herijkingsTermijnMaanden": 6}', /x\.opgave:1: .*herijkingTermijnMaanden/);
        fout('// $BESTAND$ b.txt', /\$BESTAND\$ <pad>\.opgave/);
    });
    it('leest bestanden, opties, CRLF en BOM en berekent bereiken zonder »«', () => {
        const f = leesFixture(
            'x.opgave',
            '// $OPTIES$ {"peildatum": "2026-01-01", "regels": {"kaders-ontbreken": "error"}}\n// $GEEN$ syntaxis\npersoon »a« { }\n// $BESTAND$ sub/y.opgave crlf bom\n// $GEEN$ syntaxis\n  »b\nc«\n',
        );
        assert.deepEqual(
            f.bestanden.map((b) => b.pad),
            ['x.opgave', 'sub/y.opgave'],
        );
        assert.equal(
            new TextDecoder().decode(f.bestanden[0]!.bytes),
            '// $OPTIES$ {"peildatum": "2026-01-01", "regels": {"kaders-ontbreken": "error"}}\n// $GEEN$ syntaxis\npersoon a { }',
        );
        assert.deepEqual([...f.bestanden[1]!.bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
        assert.equal(new TextDecoder().decode(f.bestanden[1]!.bytes), '// $GEEN$ syntaxis\r\n  b\r\nc\r\n');
        assert.deepEqual(
            f.markers.map((m) => [m.pad, m.bereik.start.line, m.bereik.start.character, m.bereik.end.line, m.bereik.end.character]),
            [
                ['x.opgave', 2, 8, 2, 9],
                ['sub/y.opgave', 1, 2, 2, 1],
            ],
        );
        assert.deepEqual(fixtureOpties(f.config), {
            peildatum: '2026-01-01',
            herijkingTermijnMaanden: 12,
            maxActieveOpdrachtenPerPersoon: 4,
            maxOpgavemanagers: 5,
            leerTermijnMaanden: 12,
            regels: { 'kaders-ontbreken': 'error' },
        });
    });
});
