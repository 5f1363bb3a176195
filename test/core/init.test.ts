/**
 * `opgave init [MAP]` (issue 16, item 5) as a user runs it: the starter portfolio checks clean and
 * generates, the CI example of the user's choice is copied from the package, existing files are
 * never overwritten, `.gitignore` only gets its missing lines, and bad options end with a Dutch
 * line and exit code 2.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/index.js';
import { cli, draai } from '../helpers/cli.js';
import { tijdelijkeMap } from '../helpers/tijdelijk.js';

const tmp = (): string => tijdelijkeMap('init');

/** Every file under `map` (relative, `/`) with its content. */
function inhoud(map: string): Record<string, string> {
    const uit: Record<string, string> = {};
    for (const item of fs.readdirSync(map, { recursive: true, withFileTypes: true })) {
        if (item.isFile()) {
            const vol = path.join(item.parentPath, item.name);
            uit[path.relative(map, vol).split(path.sep).join('/')] = fs.readFileSync(vol, 'utf8');
        }
    }
    return uit;
}

describe('opgave init', () => {
    it('schrijft in een lege map een portfolio zonder enige bevinding, en generate werkt', () => {
        const map = tmp();
        const r = cli(['init', map, '--peildatum', '2026-05-01']);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, /opgave check/);
        assert.deepEqual(Object.keys(inhoud(map)).sort(), ['.gitignore', 'opgave.config.json', 'organisatie.opgave', 'wonen.opgave']);
        const config = JSON.parse(fs.readFileSync(path.join(map, 'opgave.config.json'), 'utf8')) as Record<string, unknown>;
        assert.deepEqual(config, { $schema: './node_modules/opgave/docs/schema/opgave.config.schema.json', peildatum: '2026-05-01' });
        assert.ok(fs.existsSync(path.join(ROOT, 'docs', 'schema', 'opgave.config.schema.json')), 'het schema staat in het pakket');

        const check = cli(['check', map, '--format', 'json']);
        assert.equal(check.code, 0, check.stderr);
        assert.deepEqual(JSON.parse(check.stdout), [], 'geen fouten, waarschuwingen of info');
        const generate = cli(['generate', map]);
        assert.equal(generate.code, 0, generate.stderr);
        assert.ok(fs.existsSync(path.join(map, 'docs', 'portfolio', 'README.md')));
        assert.equal(cli(['format', '--check', map]).code, 0, 'de bestanden zijn opgemaakt');
    });

    it('is schoon op elke peildatum (ook een schrikkeldag en de laatste dag van een maand), standaard vandaag', async () => {
        for (const peildatum of ['2024-02-29', '2025-12-31', '2027-01-15', undefined]) {
            const map = tmp();
            const r = await draai(['init', map, ...(peildatum ? ['--peildatum', peildatum] : [])]);
            assert.equal(r.code, 0, r.stderr);
            const check = await draai(['check', map, '--format', 'json']);
            assert.equal(check.code, 0, check.stderr);
            assert.deepEqual(JSON.parse(check.stdout), [], `peildatum ${peildatum ?? 'vandaag'}`);
        }
        const map = tmp();
        await draai(['init', map]);
        const config = JSON.parse(fs.readFileSync(path.join(map, 'opgave.config.json'), 'utf8')) as { peildatum: string };
        assert.match(config.peildatum, /^\d{4}-\d{2}-\d{2}$/);
    });

    it('schrijft in de huidige map zonder MAP', () => {
        const map = tmp();
        const r = cli(['init', '--peildatum', '2026-05-01'], map);
        assert.equal(r.code, 0, r.stderr);
        assert.ok(fs.existsSync(path.join(map, 'organisatie.opgave')));
        assert.equal(cli(['check', '.'], map).code, 0);
    });

    it('--ci github kopieert de voorbeeldworkflow naar .github/workflows/opgave.yml, met de portfoliomap .', async () => {
        const map = tmp();
        const r = await draai(['init', map, '--ci', 'github']);
        assert.equal(r.code, 0, r.stderr);
        const workflow = fs.readFileSync(path.join(map, '.github', 'workflows', 'opgave.yml'), 'utf8');
        const voorbeeld = fs.readFileSync(path.join(ROOT, 'examples', 'ci', 'opgave.yml'), 'utf8');
        assert.equal(workflow, voorbeeld.replace(/^([ \t]*PORTFOLIO:[ \t]*)portfolio$/m, '$1.'));
        assert.match(workflow, /^\s+PORTFOLIO: \.$/m);
        assert.ok(!fs.existsSync(path.join(map, '.gitlab-ci.yml')));
    });

    it('--ci gitlab schrijft .gitlab-ci.yml die check en generate draait (of het voorbeeld uit het pakket)', () => {
        const map = tmp();
        const r = cli(['init', map, '--ci', 'gitlab']);
        assert.equal(r.code, 0, r.stderr);
        const job = fs.readFileSync(path.join(map, '.gitlab-ci.yml'), 'utf8');
        const voorbeeld = path.join(ROOT, 'examples', 'ci', 'gitlab-ci.yml');
        if (fs.existsSync(voorbeeld)) {
            assert.equal(job, fs.readFileSync(voorbeeld, 'utf8').replace(/^([ \t]*PORTFOLIO:[ \t]*)portfolio$/m, '$1.'));
        } else {
            assert.match(job, /npx opgave check/);
            assert.match(job, /npx opgave generate . --check/);
        }
        assert.ok(!fs.existsSync(path.join(map, '.github')));
    });

    it('twee keer init: exitcode 2, de melding noemt alle bestaande bestanden en er verandert niets', () => {
        const map = tmp();
        assert.equal(cli(['init', map, '--peildatum', '2026-05-01']).code, 0);
        fs.writeFileSync(path.join(map, 'wonen.opgave'), '// eigen werk\n');
        const voor = inhoud(map);
        const r = cli(['init', map, '--ci', 'github', '--peildatum', '2027-01-01']);
        assert.equal(r.code, 2);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, /^opgave: opgave init schrijft niets/);
        for (const bestand of ['opgave.config.json', 'organisatie.opgave', 'wonen.opgave']) {
            assert.ok(r.stderr.includes(bestand), `${bestand} staat in de melding: ${r.stderr}`);
        }
        assert.ok(!r.stderr.includes('opgave.yml'), 'de workflow bestond nog niet');
        assert.deepEqual(inhoud(map), voor, 'niets geschreven, ook geen workflow of .gitignore');
    });

    it('een niet-lege map zonder botsende bestanden is goed; één botsend bestand houdt alles tegen', () => {
        const map = tmp();
        fs.writeFileSync(path.join(map, 'LEESMIJ.md'), '# Ons portfolio\n');
        assert.equal(cli(['init', map]).code, 0);
        assert.equal(fs.readFileSync(path.join(map, 'LEESMIJ.md'), 'utf8'), '# Ons portfolio\n');

        const ander = tmp();
        fs.mkdirSync(path.join(ander, '.github', 'workflows'), { recursive: true });
        fs.writeFileSync(path.join(ander, '.github', 'workflows', 'opgave.yml'), 'name: eigen\n');
        const r = cli(['init', ander, '--ci', 'github']);
        assert.equal(r.code, 2);
        assert.match(r.stderr, /\.github\/workflows\/opgave\.yml/);
        assert.deepEqual(Object.keys(inhoud(ander)), ['.github/workflows/opgave.yml']);
    });

    it('een bestaande .gitignore krijgt alleen de regels die ontbreken', () => {
        const map = tmp();
        fs.writeFileSync(path.join(map, '.gitignore'), 'node_modules/\n*.log\nopgave.sarif');
        assert.equal(cli(['init', map]).code, 0);
        const regels = fs.readFileSync(path.join(map, '.gitignore'), 'utf8').split('\n');
        assert.deepEqual(regels.slice(0, 3), ['node_modules/', '*.log', 'opgave.sarif'], 'de bestaande regels blijven staan');
        assert.equal(regels.filter((r) => r === 'node_modules/').length, 1);
        assert.equal(regels.filter((r) => r === 'opgave.sarif').length, 1);
        assert.ok(regels.includes('docs/site/') && regels.includes('opgave-junit.xml'));

        // Nothing missing: the file stays byte for byte as it was.
        const vol = tmp();
        const eerst = cli(['init', vol]);
        assert.equal(eerst.code, 0);
        const tekst = fs.readFileSync(path.join(vol, '.gitignore'), 'utf8');
        for (const f of ['opgave.config.json', 'organisatie.opgave', 'wonen.opgave']) {
            fs.rmSync(path.join(vol, f));
        }
        const tweede = cli(['init', vol]);
        assert.equal(tweede.code, 0, tweede.stderr);
        assert.equal(fs.readFileSync(path.join(vol, '.gitignore'), 'utf8'), tekst);
        assert.ok(!tweede.stdout.includes('.gitignore'));
    });

    it('een verkeerde --ci of --peildatum: exitcode 2 met een Nederlandse melding, niets geschreven', () => {
        for (const [args, melding] of [
            [['--ci', 'jenkins'], /ongeldige waarde ‘jenkins’ voor --ci; kies uit ‘github’ of ‘gitlab’/],
            [['--peildatum', '2026-02-30'], /ongeldige waarde ‘2026-02-30’ voor --peildatum; gebruik een bestaande datum/],
            [['--peildatum', 'morgen'], /ongeldige waarde ‘morgen’ voor --peildatum/],
            [['--gemeente', '???'], /--gemeente ‘\?\?\?’: daar is geen naam van te maken/],
        ] as const) {
            const map = tmp();
            const r = cli(['init', map, ...args]);
            assert.equal(r.code, 2, args.join(' '));
            assert.match(r.stderr, /^opgave: /);
            assert.match(r.stderr, melding);
            assert.deepEqual(fs.readdirSync(map), [], 'niets geschreven');
        }
    });

    it('--gemeente "Gooise Meren" geeft de titel Gooise Meren en de id gooise-meren', async () => {
        const map = tmp();
        const r = await draai(['init', map, '--gemeente', 'Gooise Meren']);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, /Startportfolio voor Gooise Meren/);
        const organisatie = fs.readFileSync(path.join(map, 'organisatie.opgave'), 'utf8');
        assert.match(organisatie, /^gemeente gooise-meren "Gooise Meren" \{$/m);
        assert.match(organisatie, /^\/\/ Startportfolio van Gooise Meren/);
        assert.match(organisatie, /verzonnen/);
        const check = await draai(['check', map, '--format', 'json']);
        assert.deepEqual(JSON.parse(check.stdout), []);
        const generate = await draai(['generate', map]);
        assert.equal(generate.code, 0, generate.stderr);
        assert.match(fs.readFileSync(path.join(map, 'docs', 'portfolio', 'README.md'), 'utf8'), /Gooise Meren/);
    });

    it('--help toont de opties in het Nederlands', () => {
        const r = cli(['init', '--help']);
        assert.equal(r.code, 0);
        for (const optie of ['--gemeente', '--ci', '--peildatum', '--no-color', 'Gebruik: opgave init [opties] [map]']) {
            assert.ok(r.stdout.includes(optie), optie);
        }
    });
});
