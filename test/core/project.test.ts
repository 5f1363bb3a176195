/**
 * One project resolution (language/src/project.ts): the command line (`laadProject`) and the
 * language server (`bepaalInstellingen` of server/src/instellingen.ts) resolve a folder to the same
 * root, configuration, peildatum, output folder, checker options and files, and report the same
 * Dutch problems. The findings over a real connection are compared in test/lsp/diagnosen.test.ts.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { checkOptiesVan, ConfigFout } from '../../language/src/config.js';
import { vandaag } from '../../language/src/model/datum.js';
import { bepaalInstellingen, GebruikFout, laadProject, rootVan, vindProject } from '../../language/src/project.js';
import { bepaalInstellingen as serverInstellingen, checkOpties, hoortBijPortfolio } from '../../server/src/instellingen.js';
import { ROOT } from '../helpers/index.js';

/** Writes files (relative path → content) into a new temporary folder. */
function map(bestanden: Record<string, string>, mappen: string[]): string {
    const m = fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-project-'));
    mappen.push(m);
    for (const [rel, inhoud] of Object.entries(bestanden)) {
        fs.mkdirSync(path.dirname(path.join(m, rel)), { recursive: true });
        fs.writeFileSync(path.join(m, rel), inhoud);
    }
    return m;
}

/** The message of what `f` throws (and that it is one of the project errors). */
function fout(f: () => unknown): string {
    try {
        f();
    } catch (e) {
        assert.ok(e instanceof ConfigFout || e instanceof GebruikFout, String(e));
        return e.message;
    }
    assert.fail('geen fout');
}

async function foutAsync(f: () => Promise<unknown>): Promise<string> {
    try {
        await f();
    } catch (e) {
        assert.ok(e instanceof ConfigFout || e instanceof GebruikFout, String(e));
        return e.message;
    }
    assert.fail('geen fout');
}

/** The base portfolio of the rule fixtures (test/fixtures/basis) as one file. */
const BASIS = path.join(ROOT, 'test', 'fixtures', 'basis');
const PORTFOLIO = fs
    .readdirSync(BASIS)
    .sort()
    .map((f) => fs.readFileSync(path.join(BASIS, f), 'utf8'))
    .join('\n');
const CONFIG = JSON.stringify({
    peildatum: '2025-06-30',
    herijkingTermijnMaanden: 6,
    maxActieveOpdrachtenPerPersoon: 2,
    maxOpgavemanagers: 3,
    leerTermijnMaanden: 6,
    regels: { 'thema-zonder-opgavemanager': 'uit', 'persoon-overbelast': 'fout' },
    uitvoer: 'rapport',
    csv: { scheidingsteken: ';', bom: true },
});

describe('projectresolutie: CLI en server lossen een map hetzelfde op', () => {
    const mappen: string[] = [];
    after(() => mappen.forEach((m) => fs.rmSync(m, { recursive: true, force: true })));

    it('een map met configuratie: dezelfde root, configuratie, peildatum, uitvoermap en checkopties', async () => {
        const m = map({ 'opgave.config.json': CONFIG, 'portfolio.opgave': PORTFOLIO }, mappen);
        const cli = await laadProject([m]);
        const server = serverInstellingen(m, {});
        assert.deepEqual(server.problemen, []);
        assert.equal(server.probleem, undefined);
        for (const veld of ['root', 'config', 'configBestand', 'peildatum', 'uitvoer'] as const) {
            assert.deepEqual(server[veld], cli[veld], veld);
        }
        assert.equal(cli.peildatum, '2025-06-30');
        assert.equal(cli.uitvoer, path.join(m, 'rapport'));
        assert.equal(cli.configBestand, path.join(m, 'opgave.config.json'));
        assert.deepEqual(checkOpties(server), checkOptiesVan(cli.config, cli.peildatum));
        assert.deepEqual(checkOptiesVan(cli.config, cli.peildatum), {
            peildatum: '2025-06-30',
            herijkingTermijnMaanden: 6,
            maxActieveOpdrachtenPerPersoon: 2,
            maxOpgavemanagers: 3,
            leerTermijnMaanden: 6,
            regels: { 'thema-zonder-opgavemanager': 'uit', 'persoon-overbelast': 'error' },
        });
    });

    it('gekozen configuratie en peildatum: -c en --peildatum geven wat opgave.config en opgave.peildatum geven', async () => {
        const m = map(
            { 'opgave.config.json': CONFIG, 'instellingen/andere.json': '{"peildatum":"2024-01-31"}', 'p.opgave': PORTFOLIO },
            mappen,
        );
        const cli = await laadProject([m], { config: path.join(m, 'instellingen', 'andere.json'), peildatum: '2024-12-31' });
        const server = serverInstellingen(m, { config: 'instellingen/andere.json', peildatum: ' 2024-12-31 ' });
        for (const veld of ['root', 'config', 'configBestand', 'peildatum', 'uitvoer'] as const) {
            assert.deepEqual(server[veld], cli[veld], veld);
        }
        assert.equal(cli.peildatum, '2024-12-31');
        assert.equal(cli.uitvoer, path.join(m, 'docs', 'portfolio'));
        // Empty settings count as not set: the root's configuration.
        assert.equal(serverInstellingen(m, { config: '  ', peildatum: '' }).peildatum, '2025-06-30');
    });

    it('zelfde bestanden: de server rekent precies de bestanden van de CLI tot het portfolio', async () => {
        const m = map(
            {
                'opgave.config.json': '{"uitvoer":"rapport"}',
                'a.opgave': PORTFOLIO,
                'sub/b.opgave': '',
                'rapport/oud.opgave': '',
                '.verborgen/c.opgave': '',
                'node_modules/d.opgave': '',
                'sub/.git/e.opgave': '',
            },
            mappen,
        );
        const cli = await vindProject([m]);
        const server = serverInstellingen(m, {});
        assert.deepEqual(
            cli.bestanden.map((b) => path.relative(m, b)),
            ['a.opgave', path.join('sub', 'b.opgave')],
        );
        const alle = fs
            .readdirSync(m, { recursive: true, withFileTypes: true })
            .filter((d) => d.isFile() && d.name.endsWith('.opgave'))
            .map((d) => path.join(d.parentPath, d.name));
        assert.equal(alle.length, 6);
        for (const b of alle) {
            assert.equal(hoortBijPortfolio(URI.file(b), server), cli.bestanden.includes(b), b);
        }
    });

    it('zelfde problemen: kapotte JSON met bestand:regel, een onbekende sleutel, een ontbrekend gekozen bestand', async () => {
        const kapot = map({ 'opgave.config.json': '{\n  "peildatum": "2025-01-01",\n  "regels": {\n}', 'p.opgave': PORTFOLIO }, mappen);
        const bericht = await foutAsync(() => laadProject([kapot]));
        assert.equal(
            bericht,
            `${path.join(kapot, 'opgave.config.json')}:4: geen geldige JSON. Controleer aanhalingstekens, dubbele punten en komma's (geen komma na het laatste onderdeel).`,
        );
        const server = serverInstellingen(kapot, {});
        assert.equal(server.probleem, bericht);
        assert.deepEqual(server.config, {});
        assert.equal(server.peildatum, vandaag());

        const sleutel = map({ 'opgave.config.json': '{"peildatum":"2025-01-01","uitvoor":"x"}' }, mappen);
        const s = await foutAsync(() => laadProject([sleutel]));
        assert.equal(s, `${path.join(sleutel, 'opgave.config.json')}: onbekende sleutel ‘uitvoor’. Bedoel je ‘uitvoer’?`);
        assert.equal(serverInstellingen(sleutel, {}).probleem, s);

        const weg = path.join(sleutel, 'bestaat-niet.json');
        const w = await foutAsync(() => laadProject([sleutel], { config: weg }));
        assert.equal(w, `${weg}: configuratiebestand bestaat niet.`);
        assert.equal(serverInstellingen(sleutel, { config: 'bestaat-niet.json' }).probleem, w);
    });

    it('maxOpgavemanagers en leerTermijnMaanden: standaard 5 en 12; een verkeerde waarde of tikfout geeft een Nederlandse melding, bij CLI en server dezelfde', async () => {
        assert.deepEqual(
            [checkOptiesVan({}, '2026-11-29').maxOpgavemanagers, checkOptiesVan({}, '2026-11-29').leerTermijnMaanden],
            [5, 12],
        );
        for (const [config, melding] of [
            ['{"maxOpgavemanagers":"vijf"}', 'maxOpgavemanagers: verwacht een getal.'],
            ['{"maxOpgavemanagers":0}', 'maxOpgavemanagers: moet minstens 1 zijn.'],
            ['{"maxOpgavemanagers":2.5}', 'maxOpgavemanagers: verwacht een geheel getal.'],
            ['{"leerTermijnMaanden":0}', 'leerTermijnMaanden: moet minstens 1 zijn.'],
            ['{"leerTermijnMaanden":121}', 'leerTermijnMaanden: mag hoogstens 120 zijn.'],
            ['{"leerTermijnMaanden":true}', 'leerTermijnMaanden: verwacht een getal.'],
            ['{"maxOpgaveManager":3}', 'onbekende sleutel ‘maxOpgaveManager’. Bedoel je ‘maxOpgavemanagers’?'],
            ['{"leertermijnmaand":6}', 'onbekende sleutel ‘leertermijnmaand’. Bedoel je ‘leerTermijnMaanden’?'],
            // Every key of the schema counts, also the nested ones (they come from the schema itself).
            ['{"sitee":{}}', 'onbekende sleutel ‘sitee’. Bedoel je ‘site’?'],
            ['{"site":{"bronUrll":"https://x/{pad}"}}', 'onbekende sleutel ‘bronUrll’ in site. Bedoel je ‘bronUrl’?'],
            ['{"site":{"kleur":"rood"}}', 'onbekende sleutel ‘kleur’ in site. Toegestaan: uitvoer, bronUrl, chromium.'],
        ] as const) {
            const m = map({ 'opgave.config.json': config, 'p.opgave': PORTFOLIO }, mappen);
            const bericht = await foutAsync(() => laadProject([m]));
            assert.equal(bericht, `${path.join(m, 'opgave.config.json')}: ${melding}`, config);
            assert.equal(serverInstellingen(m, {}).probleem, bericht, config);
        }
    });

    it('een slechte peildatum: de CLI stopt, de server meldt het en houdt de peildatum uit de configuratie', async () => {
        const m = map({ 'opgave.config.json': '{"peildatum":"2025-01-01"}', 'p.opgave': PORTFOLIO }, mappen);
        assert.equal(
            await foutAsync(() => laadProject([m], { peildatum: '2026-02-30' })),
            '--peildatum 2026-02-30: geen bestaande datum; gebruik JJJJ-MM-DD.',
        );
        const server = serverInstellingen(m, { peildatum: '2026-02-30 ' });
        assert.equal(server.probleem, 'Instelling opgave.peildatum 2026-02-30 : geen bestaande datum; gebruik JJJJ-MM-DD.');
        assert.equal(server.peildatum, '2025-01-01');
        // Configuration first, then the peildatum: the CLI stops on the first, the server shows the last.
        const beide = bepaalInstellingen({ root: m, config: 'weg.json', configBasis: m, peildatum: 'morgen' });
        assert.deepEqual(
            beide.problemen.map((p) => p.constructor.name),
            ['ConfigFout', 'GebruikFout'],
        );
    });

    it('zonder werkruimtemap: geen root, geen uitvoermap, standaardconfiguratie', () => {
        const server = serverInstellingen(undefined, {});
        assert.equal(server.root, undefined);
        assert.equal(server.uitvoer, undefined);
        assert.deepEqual(server.config, {});
        assert.equal(server.configBestand, undefined);
        assert.equal(server.peildatum, vandaag());
    });

    it('rootVan: de eerste map, de map van het eerste bestand, anders de huidige map; een pad dat niet bestaat is een gebruiksfout', () => {
        const m = map({ 'sub/p.opgave': '' }, mappen);
        assert.equal(rootVan([m, '/elders']), m);
        assert.equal(rootVan([path.join(m, 'sub', 'p.opgave')]), path.join(m, 'sub'));
        assert.equal(rootVan([]), process.cwd());
        assert.equal(
            fout(() => rootVan([path.join(m, 'weg')])),
            `${path.join(m, 'weg')}: bestand of map bestaat niet.`,
        );
    });

    it('een lege map: de melding dat er geen bestanden zijn', async () => {
        const m = map({}, mappen);
        const project = await laadProject([m]);
        assert.deepEqual(project.bestanden, []);
        assert.deepEqual(project.meldingen, [`${m}: geen .opgave-bestanden gevonden.`]);
    });
});
