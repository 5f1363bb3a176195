/**
 * The report writer (reports/src/schrijven.ts) returns what it did as data and prints nothing:
 * written, unchanged and removed files, the differences with the disk, a refusal. The refusals
 * and messages through the command line are tested in test/robustness/generate-veiligheid.test.ts.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { kop } from '../../reports/src/kop.js';
import { samenvatting, schrijfRapporten, type SchrijfOpdracht, type SchrijfUitkomst } from '../../reports/src/schrijven.js';
import { metProcesUitvoer } from '../helpers/index.js';

const KOP = kop({ peildatum: '2024-03-31' });
const RAPPORTEN = new Map([
    ['README.md', `${KOP}\n\n# Portfolio\n`],
    ['opdrachten/a.md', `${KOP}\n\n# A\n`],
    ['opdrachten/b.md', `${KOP}\n\n# B\n`],
]);

/** Runs the writer and fails when it writes anything to stdout or stderr. */
async function stil(opdracht: SchrijfOpdracht): Promise<SchrijfUitkomst> {
    const { waarde, geschreven } = await metProcesUitvoer(() => schrijfRapporten(opdracht));
    assert.deepEqual(geschreven, []);
    return waarde;
}

/** Every file under `map` with its content. */
function inhoud(map: string): Record<string, string> {
    const uit: Record<string, string> = {};
    for (const d of fs.readdirSync(map, { recursive: true, withFileTypes: true })) {
        if (d.isFile()) {
            uit[path.relative(map, path.join(d.parentPath, d.name)).split(path.sep).join('/')] = fs.readFileSync(
                path.join(d.parentPath, d.name),
                'utf8',
            );
        }
    }
    return uit;
}

describe('rapportschrijver: geeft terug wat hij deed en drukt niets af', () => {
    let root: string;
    let uitvoer: string;
    let opdracht: SchrijfOpdracht;
    beforeEach(() => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-schrijven-'));
        fs.writeFileSync(path.join(root, 'p.opgave'), '');
        uitvoer = path.join(root, 'docs', 'portfolio');
        opdracht = { root, uitvoer, bronnen: [path.join(root, 'p.opgave')], rapporten: RAPPORTEN };
    });
    afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

    it('schrijft alles in een lege map, daarna is alles ongewijzigd', async () => {
        const eerste = await stil(opdracht);
        assert.deepEqual(eerste, {
            uitvoer,
            check: false,
            rapporten: 3,
            geschreven: ['README.md', 'opdrachten/a.md', 'opdrachten/b.md'],
            ongewijzigd: [],
            verwijderd: [],
            verschillen: ['nieuw: README.md', 'nieuw: opdrachten/a.md', 'nieuw: opdrachten/b.md'],
        });
        assert.deepEqual(inhoud(uitvoer), Object.fromEntries(RAPPORTEN));
        assert.match(samenvatting(eerste), /^3 rapporten in .*docs\/portfolio \(3 nieuw, gewijzigd of opgeruimd\)\.$/);
        const tweede = await stil(opdracht);
        assert.deepEqual(tweede.geschreven, []);
        assert.deepEqual(tweede.ongewijzigd, ['README.md', 'opdrachten/a.md', 'opdrachten/b.md']);
        assert.deepEqual(tweede.verschillen, []);
    });

    it('check vergelijkt alleen; daarna schrijft hij het gewijzigde en ruimt verouderde en tijdelijke bestanden op', async () => {
        await stil(opdracht);
        fs.appendFileSync(path.join(uitvoer, 'README.md'), 'met de hand\n');
        fs.writeFileSync(path.join(uitvoer, 'opdrachten', 'weg.md'), `${KOP}\n\n# Weg\n`);
        fs.writeFileSync(path.join(uitvoer, 'opdrachten', '.opgave-0123456789abcdef.tmp'), 'half');
        fs.writeFileSync(path.join(uitvoer, 'eigen.md'), '# Van de gebruiker\n');
        const voor = inhoud(uitvoer);
        const check = await stil({ ...opdracht, check: true });
        assert.deepEqual(check.verschillen, [
            'gewijzigd: README.md',
            'tijdelijk: opdrachten/.opgave-0123456789abcdef.tmp (achtergebleven van een afgebroken run)',
            'verouderd: opdrachten/weg.md',
        ]);
        assert.deepEqual([check.geschreven, check.verwijderd], [[], []]);
        assert.deepEqual(check.ongewijzigd, ['opdrachten/a.md', 'opdrachten/b.md']);
        assert.match(samenvatting(check), /zijn niet actueel \(draai opgave generate\):$/);
        assert.deepEqual(inhoud(uitvoer), voor);
        const r = await stil(opdracht);
        assert.deepEqual(r.geschreven, ['README.md']);
        assert.deepEqual(r.verwijderd, ['opdrachten/.opgave-0123456789abcdef.tmp', 'opdrachten/weg.md']);
        assert.deepEqual(Object.keys(inhoud(uitvoer)).sort(), ['README.md', 'eigen.md', 'opdrachten/a.md', 'opdrachten/b.md']);
        assert.match(samenvatting(await stil({ ...opdracht, check: true })), /zijn actueel\.$/);
    });

    it('een weigering is data: alle problemen, één regel voor de gebruiker, niets geschreven', async () => {
        fs.mkdirSync(path.join(uitvoer, 'opdrachten'), { recursive: true });
        fs.writeFileSync(path.join(uitvoer, 'README.md'), '# Eigen README\n');
        fs.writeFileSync(path.join(uitvoer, 'opdrachten', 'b.md'), '# Eigen B\n');
        const voor = inhoud(uitvoer);
        const r = await stil(opdracht);
        assert.equal(r.weigering?.problemen.length, 2);
        assert.match(r.weigering?.problemen[0] ?? '', /README\.md: is niet door opgave gemaakt/);
        assert.match(r.weigering?.problemen[1] ?? '', /opdrachten\/b\.md: is niet door opgave gemaakt/);
        assert.equal(r.weigering?.bericht, `${r.weigering?.problemen[0]} Er is niets geschreven (nog 1 ander probleem gevonden).`);
        assert.deepEqual([r.geschreven, r.verwijderd, r.verschillen], [[], [], []]);
        assert.equal(r.fout, undefined);
        assert.deepEqual(inhoud(uitvoer), voor);
        const zelf = await stil({ ...opdracht, uitvoer: root });
        assert.deepEqual(zelf.weigering, {
            bericht: `${root}: de uitvoermap mag niet de portfoliomap zelf zijn; kies een submap zoals docs/portfolio.`,
            problemen: [`${root}: de uitvoermap mag niet de portfoliomap zelf zijn; kies een submap zoals docs/portfolio.`],
        });
    });

    it('rapporten als functie: elk één keer gemaakt, hetzelfde geschreven en vergeleken', async () => {
        const gemaakt = new Map<string, number>();
        const lui = new Map(
            [...RAPPORTEN].map(([rel, tekst]) => [
                rel,
                () => {
                    gemaakt.set(rel, (gemaakt.get(rel) ?? 0) + 1);
                    return tekst;
                },
            ]),
        );
        const eerste = await stil({ ...opdracht, rapporten: lui });
        assert.deepEqual(eerste.geschreven, ['README.md', 'opdrachten/a.md', 'opdrachten/b.md']);
        assert.deepEqual(inhoud(uitvoer), Object.fromEntries(RAPPORTEN));
        assert.deepEqual([...gemaakt.values()], [1, 1, 1]);
        fs.appendFileSync(path.join(uitvoer, 'README.md'), 'met de hand\n');
        const check = await stil({ ...opdracht, rapporten: lui, check: true });
        assert.deepEqual(check.verschillen, ['gewijzigd: README.md']);
        assert.deepEqual([...gemaakt.values()], [2, 2, 2]);
        const tweede = await stil({ ...opdracht, rapporten: lui });
        assert.deepEqual(tweede.geschreven, ['README.md']);
        assert.deepEqual(inhoud(uitvoer), Object.fromEntries(RAPPORTEN));
    });

    it('een rapport dat niet te maken is: de fout zelf, geen tijdelijke bestanden, niets veranderd', async () => {
        const stuk = new Map<string, string | (() => string)>([
            ...RAPPORTEN,
            [
                'opdrachten/c.md',
                () => {
                    throw new Error('kapot');
                },
            ],
        ]);
        await assert.rejects(
            metProcesUitvoer(() => schrijfRapporten({ ...opdracht, rapporten: stuk })),
            /kapot/,
        );
        assert.equal(fs.existsSync(uitvoer), false, 'the folders made by the run are removed again');
    });

    it('check ziet ook een verschil van één byte bij gelijke lengte, en niet-ASCII-tekst die gelijk is', async () => {
        const rapporten = new Map([...RAPPORTEN, ['opdrachten/c.md', `${KOP}\n\n# Cé — “ë” 😀\n`]]);
        await stil({ ...opdracht, rapporten });
        assert.deepEqual((await stil({ ...opdracht, rapporten, check: true })).verschillen, []);
        const a = path.join(uitvoer, 'opdrachten', 'a.md');
        fs.writeFileSync(a, fs.readFileSync(a, 'utf8').replace('# A', '# Z'));
        assert.deepEqual((await stil({ ...opdracht, rapporten, check: true })).verschillen, ['gewijzigd: opdrachten/a.md']);
    });
});
