/**
 * The command line as a user runs it: a spawned `opgave` process, its output and exit codes
 * (uitvoer.md "Command line").
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REGELS } from '../../language/src/rules/index.js';
import { SHARED_CASES } from '../helpers/index.js';
import { cli } from '../helpers/cli.js';
import { tijdelijkeMap } from '../helpers/tijdelijk.js';

const SCHOON = path.join(SHARED_CASES, 'schoon');
const tmp = (): string => tijdelijkeMap('cli');

function portfolio(bestanden: Record<string, string>): string {
    const map = tmp();
    for (const [naam, tekst] of Object.entries(bestanden)) {
        fs.mkdirSync(path.dirname(path.join(map, naam)), { recursive: true });
        fs.writeFileSync(path.join(map, naam), tekst);
    }
    return map;
}

const schoonTekst = (): string => fs.readFileSync(path.join(SCHOON, 'portfolio.opgave'), 'utf8');

describe('opgave check (CLI)', () => {
    it('exit 0 en geen bevindingen voor een schoon portfolio', () => {
        const r = cli(['check', SCHOON]);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, /Geen bevindingen/);
    });

    it('exit 1 bij een fout; stylish toont regel:kolom, ernst, bericht en regel-id', () => {
        const map = portfolio({
            'opgave.config.json': '{"peildatum":"2026-11-29"}',
            'p.opgave': schoonTekst().replace('werkwijze project\n', ''),
        });
        const r = cli(['check', map, '--no-color']);
        assert.equal(r.code, 1);
        assert.match(r.stdout, /p\.opgave\n\s+\d+:\d+\s+fout\s+.*werkwijze-ontbreekt/);
        assert.match(r.stdout, /1 bevinding \(1 fout, 0 waarschuwingen, 0 info\)/);
    });

    it('json: array met de vorm van uitvoer.md, relatieve paden met /, 1-gebaseerd, stabiele volgorde', () => {
        const map = portfolio({
            'opgave.config.json': '{"peildatum":"2026-11-29"}',
            'sub map/p.opgave': schoonTekst().replace('    kaders "Omgevingswet"\n', '').replace('opgavemanager dir-ruimte', ''),
        });
        const r = cli(['check', '.', '--format', 'json'], map);
        assert.equal(r.code, 0, r.stderr);
        const data = JSON.parse(r.stdout) as Record<string, unknown>[];
        assert.equal(data.length, 2);
        for (const b of data) {
            assert.deepEqual(Object.keys(b).sort(), ['column', 'endColumn', 'endLine', 'file', 'line', 'message', 'ruleId', 'severity']);
            assert.equal(b.file, 'sub map/p.opgave');
            assert.ok((b.line as number) >= 1 && (b.column as number) >= 1);
        }
        assert.deepEqual(
            data.map((b) => b.ruleId),
            ['thema-zonder-opgavemanager', 'kaders-ontbreken'],
        );
        assert.deepEqual(
            data.map((b) => b.severity),
            ['warning', 'warning'],
        );
    });

    it('--max-warnings: exit 1 bij te veel waarschuwingen, 0 binnen de grens', () => {
        const map = portfolio({
            'opgave.config.json': '{"peildatum":"2026-11-29"}',
            'p.opgave': schoonTekst().replace('opgavemanager dir-ruimte', ''),
        });
        assert.equal(cli(['check', map, '--max-warnings', '0']).code, 1);
        assert.equal(cli(['check', map, '--max-warnings', '1']).code, 0);
    });

    it('--quiet toont alleen fouten', () => {
        const map = portfolio({
            'opgave.config.json': '{"peildatum":"2026-11-29"}',
            'p.opgave': schoonTekst().replace('opgavemanager dir-ruimte', ''),
        });
        const r = cli(['check', map, '--quiet', '--format', 'json']);
        assert.deepEqual(JSON.parse(r.stdout), []);
    });

    it('--peildatum overschrijft de configuratie (herijking-verlopen)', () => {
        assert.equal(cli(['check', SCHOON, '--format', 'json']).stdout.includes('herijking-verlopen'), false);
        const r = cli(['check', SCHOON, '--format', 'json', '--peildatum', '2028-01-01']);
        assert.ok(r.stdout.includes('herijking-verlopen'));
    });

    it('regels in de configuratie: uit en andere ernst', () => {
        const tekst = schoonTekst().replace('opgavemanager dir-ruimte', '');
        const uit = portfolio({
            'opgave.config.json': '{"peildatum":"2026-11-29","regels":{"thema-zonder-opgavemanager":"uit"}}',
            'p.opgave': tekst,
        });
        assert.deepEqual(JSON.parse(cli(['check', uit, '--format', 'json']).stdout), []);
        const fout = portfolio({
            'opgave.config.json': '{"peildatum":"2026-11-29","regels":{"thema-zonder-opgavemanager":"error"}}',
            'p.opgave': tekst,
        });
        const r = cli(['check', fout, '--format', 'json']);
        assert.equal(r.code, 1);
        assert.equal((JSON.parse(r.stdout) as { severity: string }[])[0]!.severity, 'error');
    });

    it('exit 2 met één Nederlandse regel bij een onbekende sleutel in de configuratie', () => {
        const map = portfolio({ 'opgave.config.json': '{"peildatum":"2026-11-29","peil":"x"}', 'p.opgave': schoonTekst() });
        const r = cli(['check', map]);
        assert.equal(r.code, 2);
        assert.match(r.stderr, /opgave\.config\.json: onbekende sleutel ‘peil’/);
        assert.equal(r.stderr.trim().split('\n').length, 1);
        assert.equal(r.stdout, '');
    });

    it('exit 2 bij een verkeerd type, een onbekende regel of kapotte JSON in de configuratie', () => {
        const typeFout = portfolio({ 'opgave.config.json': '{"herijkingTermijnMaanden":"twaalf"}', 'p.opgave': '' });
        const r1 = cli(['check', typeFout]);
        assert.equal(r1.code, 2);
        assert.match(r1.stderr, /herijkingTermijnMaanden/);
        const v2 = portfolio({ 'opgave.config.json': '{"leerTermijnMaanden":"twaalf"}', 'p.opgave': '' });
        const r4 = cli(['check', v2]);
        assert.equal(r4.code, 2);
        assert.match(r4.stderr, /leerTermijnMaanden: verwacht een getal/);
        const regelFout = portfolio({ 'opgave.config.json': '{"regels":{"bestaat-niet":"uit"}}', 'p.opgave': '' });
        const r2 = cli(['check', regelFout]);
        assert.equal(r2.code, 2);
        assert.match(r2.stderr, /regel/);
        const json = portfolio({ 'opgave.config.json': '{"peildatum":', 'p.opgave': '' });
        const r3 = cli(['check', json]);
        assert.equal(r3.code, 2);
        assert.match(r3.stderr, /geen geldige JSON/);
    });

    it('exit 2 bij een pad dat niet bestaat, een slechte peildatum of een onbekende optie', () => {
        const r = cli(['check', '/bestaat/niet']);
        assert.equal(r.code, 2);
        assert.match(r.stderr, /bestaat niet/);
        assert.doesNotMatch(r.stderr, /\n\s+at /, 'geen stacktrace');
        assert.equal(cli(['check', SCHOON, '--peildatum', '2026-02-30']).code, 2);
        assert.equal(cli(['check', SCHOON, '--onzin']).code, 2);
        assert.equal(cli(['check', SCHOON, '--max-warnings', 'veel']).code, 2);
        assert.equal(cli(['check', SCHOON, '--config', '/bestaat/niet.json']).code, 2);
    });

    it('niet-UTF-8 of binaire bestanden geven een Nederlandse melding; de andere bestanden worden gecontroleerd', () => {
        const map = portfolio({
            'opgave.config.json': '{"peildatum":"2026-11-29"}',
            'p.opgave': schoonTekst().replace('opgavemanager dir-ruimte', ''),
        });
        fs.writeFileSync(path.join(map, 'latin1.opgave'), Buffer.from([0x2f, 0x2f, 0x20, 0xe9, 0x0a]));
        fs.writeFileSync(path.join(map, 'binair.opgave'), Buffer.from([0, 1, 2, 3]));
        const r = cli(['check', map, '--format', 'json']);
        assert.equal(r.code, 1);
        const data = JSON.parse(r.stdout) as { file: string; ruleId: string; message: string }[];
        assert.deepEqual(
            data.map((b) => [b.file.split('/').pop(), b.ruleId]),
            [
                ['binair.opgave', 'syntaxis'],
                ['latin1.opgave', 'syntaxis'],
                ['p.opgave', 'thema-zonder-opgavemanager'],
            ],
        );
        assert.match(data[1]?.message ?? '', /UTF-8/);
    });

    it('een bestand met BOM en CRLF geeft dezelfde bevindingen en posities als met LF', () => {
        const tekst = schoonTekst().replace('opgavemanager dir-ruimte', '').replace('    kaders "Omgevingswet"\n', '');
        const lf = portfolio({ 'opgave.config.json': '{"peildatum":"2026-11-29"}', 'p.opgave': tekst });
        const bom = portfolio({ 'opgave.config.json': '{"peildatum":"2026-11-29"}', 'p.opgave': `\uFEFF${tekst.replace(/\n/g, '\r\n')}` });
        const a = JSON.parse(cli(['check', '.', '--format', 'json'], lf).stdout) as unknown[];
        const b = JSON.parse(cli(['check', '.', '--format', 'json'], bom).stdout) as unknown[];
        assert.equal(a.length, 2);
        assert.deepEqual(b, a);
    });

    it('slaat node_modules, .git, verborgen mappen en de uitvoermap over', () => {
        const kapot = 'dit is geen opgave {';
        const map = portfolio({
            'opgave.config.json': '{"peildatum":"2026-11-29","uitvoer":"rapport"}',
            'p.opgave': schoonTekst(),
            'node_modules/x/a.opgave': kapot,
            '.git/b.opgave': kapot,
            '.verborgen/c.opgave': kapot,
            'rapport/d.opgave': kapot,
        });
        const r = cli(['check', map, '--format', 'json']);
        assert.equal(r.code, 0, r.stdout);
    });

    it('--help en --version', () => {
        const h = cli(['--help']);
        assert.equal(h.code, 0);
        assert.match(h.stdout, /check/);
        assert.match(cli(['check', '--help']).stdout, /--max-warnings/);
        assert.match(cli(['--version']).stdout, /^\d+\.\d+\.\d+/);
    });
});

describe('opgave rules (CLI)', () => {
    it('toont elke regel, ook als JSON', () => {
        const tekst = cli(['rules']);
        assert.equal(tekst.code, 0);
        for (const r of REGELS) {
            assert.ok(tekst.stdout.includes(r.id), r.id);
        }
        const json = JSON.parse(cli(['rules', '--format', 'json']).stdout) as { id: string; severity: string }[];
        assert.deepEqual(
            json.map((r) => [r.id, r.severity]),
            REGELS.map((r) => [r.id, r.ernst]),
        );
    });
});

describe('opgave format (CLI)', () => {
    it('de voorbeelden zijn opgemaakt (--check, exit 0)', () => {
        const r = cli(['format', 'examples', '--check']);
        assert.equal(r.code, 0, r.stderr);
    });

    it('maakt een rommelig bestand op, houdt commentaar en BOM, en is idempotent', () => {
        const map = portfolio({ 'p.opgave': '\uFEFF// kop\nthema t {   \n  soort overig\n\n\n      /* blok */\n}\n' });
        assert.equal(cli(['format', map, '--check']).code, 1);
        assert.equal(cli(['format', map]).code, 0);
        const na = fs.readFileSync(path.join(map, 'p.opgave'), 'utf8');
        assert.equal(na, '\uFEFF// kop\nthema t {\n    soort overig\n\n    /* blok */\n}\n');
        assert.equal(cli(['format', map, '--check']).code, 0);
    });

    it('laat een bestand met een syntaxfout ongemoeid en zegt waarom (exit 1)', () => {
        const kapot = 'thema t {\n  soort overig\n}\npersoon p "P" {\n  functie\n}\nthema u {\n      soort overig\n}\n';
        const rommel = 'thema v {\n  soort overig\n}\n';
        const map = portfolio({ 'kapot.opgave': kapot, 'rommel.opgave': rommel });
        const check = cli(['format', map, '--check']);
        assert.equal(check.code, 1);
        assert.match(check.stderr, /kapot\.opgave: Niet opgemaakt: syntaxfout op regel 6\./);
        const r = cli(['format', map]);
        assert.equal(r.code, 1, r.stderr);
        assert.match(
            r.stderr,
            /kapot\.opgave: Niet opgemaakt: syntaxfout op regel 6\. Herstel die eerst; het bestand blijft zoals het is\./,
        );
        assert.equal(fs.readFileSync(path.join(map, 'kapot.opgave'), 'utf8'), kapot);
        assert.equal(fs.readFileSync(path.join(map, 'rommel.opgave'), 'utf8'), 'thema v {\n    soort overig\n}\n');
    });
});
