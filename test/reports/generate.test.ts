import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers/index.js';
import { draai } from '../helpers/cli.js';

describe('opgave generate', () => {
    let map: string;
    let uitvoer: string;

    beforeEach(() => {
        map = fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-gen-'));
        fs.cpSync(path.join(ROOT, 'examples', 'gooise-meren'), map, { recursive: true, filter: (b) => !b.includes(`${path.sep}docs`) });
        uitvoer = path.join(map, 'docs', 'portfolio');
    });
    afterEach(() => fs.rmSync(map, { recursive: true, force: true }));

    it('--check slaagt direct na generate en faalt na elke bewerking, zonder te schrijven', async () => {
        assert.equal((await draai(['generate', map])).code, 0);
        assert.equal((await draai(['generate', map, '--check'])).code, 0);
        const readme = path.join(uitvoer, 'README.md');
        fs.appendFileSync(readme, 'met de hand\n');
        const csv = path.join(uitvoer, 'opdrachten.csv');
        fs.rmSync(csv);
        const voor = fs.readFileSync(readme, 'utf8');
        const uitkomst = await draai(['generate', map, '--check']);
        assert.equal(uitkomst.code, 1);
        assert.match(uitkomst.stderr, /gewijzigd: README\.md/);
        assert.match(uitkomst.stderr, /nieuw: opdrachten\.csv/);
        assert.equal(fs.readFileSync(readme, 'utf8'), voor, '--check schreef toch');
        assert.ok(!fs.existsSync(csv), '--check schreef toch');
        assert.equal((await draai(['generate', map])).code, 0);
        assert.equal((await draai(['generate', map, '--check'])).code, 0);
    });

    it('verwijdert rapporten van verdwenen opdrachten en laat vreemde bestanden staan', async () => {
        await draai(['generate', map]);
        const eigen = path.join(uitvoer, 'notities.md');
        fs.writeFileSync(eigen, '# Mijn eigen aantekeningen\n');
        const pagina = path.join(uitvoer, 'opdrachten', 'project-eikenlaan.md');
        assert.ok(fs.existsSync(pagina));
        fs.rmSync(path.join(map, 'eikenlaan-muiderberg.opgave'));
        const check = await draai(['generate', map, '--check']);
        assert.equal(check.code, 1);
        assert.match(check.stderr, /verouderd: opdrachten\/project-eikenlaan\.md/);
        await draai(['generate', map]);
        assert.ok(!fs.existsSync(pagina));
        assert.equal(fs.readFileSync(eigen, 'utf8'), '# Mijn eigen aantekeningen\n');
    });

    it('schrijft opdrachten.csv met ; en BOM als de configuratie dat vraagt', async () => {
        const configBestand = path.join(map, 'opgave.config.json');
        const config = JSON.parse(fs.readFileSync(configBestand, 'utf8')) as Record<string, unknown>;
        fs.writeFileSync(configBestand, JSON.stringify({ ...config, csv: { scheidingsteken: ';', bom: true } }));
        assert.equal((await draai(['generate', map])).code, 0);
        const csv = fs.readFileSync(path.join(uitvoer, 'opdrachten.csv'), 'utf8');
        assert.ok(csv.startsWith('\uFEFF'));
        assert.match(csv, /\nid;titel;/);
        assert.equal((await draai(['generate', map, '--check'])).code, 0);
    });
});
