/**
 * Output safety of `opgave generate` (issue 5, item 6, and issue "Trust" items 1–5): unsafe output
 * folders are refused, also through symbolic links; only the tool's own files (by their exact
 * header) are ever overwritten or removed; every opdracht id gets a page whose name fits the file
 * system and cannot collide by letter case; a killed run leaves no half file and its temporary
 * files are removed by the next run (and reported by `--check`); a failing write changes nothing.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { genereerRapporten, isEigenBegin } from '../../reports/src/index.js';
import { laadProject } from '../../language/src/project.js';
import { genereer } from '../../cli/src/commands/generate.js';
import { bundel, CLI, metProcesUitvoer, PEILDATUM, ROOT } from '../helpers/index.js';

const KOP = 'Gegenereerd door opgave';

function generate(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, [CLI, 'generate', ...args, '--no-color'], { cwd, encoding: 'utf8', timeout: 30_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A run refused: exit 2, exactly one Dutch line on stderr, no stack trace. */
function weigering(r: { code: number | null; stderr: string }, patroon: RegExp): void {
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /^opgave: [^\n]+\n$/, `niet één regel: ${r.stderr}`);
    assert.match(r.stderr, patroon);
    assert.doesNotMatch(r.stderr, /\bat .+:\d+:\d+/);
}

/** Every file under `map` with its content (links are not followed). */
function inhoudVan(map: string): Map<string, string> {
    return new Map(alleBestanden(map).map((b) => [b, fs.readFileSync(path.join(map, b), 'utf8')]));
}

/**
 * The clean base portfolio of the rule fixtures (test/fixtures/basis) at the fixtures' peildatum,
 * with extra opdrachten (copies of its routine) by id.
 */
function portfolioMet(ids: string[]): string {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-namen-'));
    fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'basis'), map, { recursive: true });
    fs.writeFileSync(path.join(map, 'opgave.config.json'), JSON.stringify({ peildatum: PEILDATUM }));
    const bron = fs.readFileSync(path.join(map, 'opdrachten.opgave'), 'utf8');
    const blok = /^opdracht vergunningverlening [^]*?^\}\n/m.exec(bron)![0];
    const extra = ids.map((id) => blok.replace('opdracht vergunningverlening', `opdracht ${id}`)).join('\n');
    fs.writeFileSync(path.join(map, 'extra.opgave'), extra);
    return map;
}

/** All files under `map`, relative, sorted. */
function alleBestanden(map: string): string[] {
    if (!fs.existsSync(map)) {
        return [];
    }
    return fs
        .readdirSync(map, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => path.relative(map, path.join(d.parentPath, d.name)))
        .sort();
}

/** A copy of the Winterswijk example without its generated reports. */
function voorbeeld(): string {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-gen-'));
    fs.cpSync(path.join(ROOT, 'examples', 'winterswijk'), map, { recursive: true });
    fs.rmSync(path.join(map, 'docs'), { recursive: true, force: true });
    return map;
}

describe('generate: veilige uitvoer', function () {
    this.timeout(60_000);
    const mappen: string[] = [];
    const nieuw = (): string => {
        const m = voorbeeld();
        mappen.push(m);
        return m;
    };
    after(() => mappen.forEach((m) => fs.rmSync(m, { recursive: true, force: true })));
    before(() => bundel('cli.cjs'));

    it('weigert een uitvoermap buiten de portfoliomap (exitcode 2, niets geschreven)', () => {
        const map = nieuw();
        const buiten = fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-buiten-'));
        mappen.push(buiten);
        const r = generate(['.', '-o', buiten], map);
        assert.equal(r.code, 2);
        assert.match(r.stderr, /moet binnen de portfoliomap/);
        assert.deepEqual(alleBestanden(buiten), []);
        const r2 = generate(['.', '-o', '../elders'], map);
        assert.equal(r2.code, 2);
        assert.ok(!fs.existsSync(path.join(map, '..', 'elders')));
    });

    it('weigert de portfoliomap zelf (exitcode 2, bronnen onaangeroerd)', () => {
        const map = nieuw();
        const voor = alleBestanden(map);
        for (const uit of ['.', map, `${map}${path.sep}`, 'sub/..']) {
            const r = generate(['.', '-o', uit], map);
            assert.equal(r.code, 2, uit);
            assert.match(r.stderr, /niet de portfoliomap zelf/);
        }
        assert.deepEqual(alleBestanden(map), voor);
    });

    it('weigert een bestaand bestand als uitvoermap (exitcode 2, bestand onaangeroerd)', () => {
        const map = nieuw();
        fs.writeFileSync(path.join(map, 'notities.txt'), 'eigen tekst\n');
        const r = generate(['.', '-o', 'notities.txt'], map);
        assert.equal(r.code, 2);
        assert.match(r.stderr, /bestaat al en is geen map/);
        assert.equal(fs.readFileSync(path.join(map, 'notities.txt'), 'utf8'), 'eigen tekst\n');
    });

    it('schrijft alleen bestanden met de kop, zonder tijdelijke bestanden achter te laten', () => {
        const map = nieuw();
        const r = generate(['.'], map);
        assert.equal(r.code, 0, r.stderr);
        const uit = path.join(map, 'docs', 'portfolio');
        const bestanden = alleBestanden(uit);
        assert.ok(bestanden.length > 0);
        for (const b of bestanden) {
            assert.ok(!b.endsWith('.tmp'), `tijdelijk bestand achtergelaten: ${b}`);
            assert.ok(fs.readFileSync(path.join(uit, b), 'utf8').slice(0, 400).includes(KOP), `${b} heeft geen kop`);
        }
        assert.equal(generate(['.', '--check'], map).code, 0);
    });

    it('verwijdert alleen eigen bestanden: vreemde bestanden blijven, verouderde eigen bestanden gaan weg', () => {
        const map = nieuw();
        assert.equal(generate(['.'], map).code, 0);
        const uit = path.join(map, 'docs', 'portfolio');
        fs.writeFileSync(path.join(uit, 'eigen-notities.md'), '# Mijn aantekeningen\n');
        fs.writeFileSync(path.join(uit, 'opdrachten', 'handwerk.md'), 'Niet weggooien.\n');
        // A page of an opdracht that is gone: it starts with the exact header line the tool writes.
        const kopregel = fs.readFileSync(path.join(uit, 'README.md'), 'utf8').split('\n')[0];
        fs.writeFileSync(path.join(uit, 'opdrachten', 'verdwenen-opdracht.md'), `${kopregel}\n\n# Oud\n`);
        const r = generate(['.'], map);
        assert.equal(r.code, 0, r.stderr);
        assert.ok(fs.existsSync(path.join(uit, 'eigen-notities.md')));
        assert.ok(fs.existsSync(path.join(uit, 'opdrachten', 'handwerk.md')));
        assert.ok(!fs.existsSync(path.join(uit, 'opdrachten', 'verdwenen-opdracht.md')));
    });

    // Issue "Trust", item 1. On the old code each of these wrote through the link (exit 0).
    it('weigert een uitvoermap die via een koppeling naar de portfoliomap wijst: de eigen README.md blijft', () => {
        const map = nieuw();
        fs.writeFileSync(path.join(map, 'README.md'), '# Ons portfolio\n\nEigen tekst.\n');
        fs.mkdirSync(path.join(map, 'docs'));
        fs.symlinkSync('..', path.join(map, 'docs', 'portfolio'));
        const voor = inhoudVan(map);
        weigering(generate(['.'], map), /koppeling naar de portfoliomap zelf/);
        assert.deepEqual(inhoudVan(map), voor);
    });

    it('weigert een uitvoermap die via een koppeling buiten het portfolio wijst: daar wordt niets geschreven of verwijderd', () => {
        const map = nieuw();
        const elders = fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-elders-'));
        mappen.push(elders);
        fs.writeFileSync(path.join(elders, 'oud.md'), `<!-- ${KOP} -->\n# Oud\n`);
        fs.mkdirSync(path.join(map, 'docs'));
        fs.symlinkSync(elders, path.join(map, 'docs', 'portfolio'));
        weigering(generate(['.'], map), /buiten de portfoliomap/);
        assert.deepEqual([...inhoudVan(elders).keys()], ['oud.md']);
    });

    it('weigert een uitvoermap die via een koppeling naar de map met bronnen wijst', () => {
        const map = nieuw();
        fs.mkdirSync(path.join(map, 'bronnen'));
        for (const b of fs.readdirSync(map).filter((b) => b.endsWith('.opgave'))) {
            fs.renameSync(path.join(map, b), path.join(map, 'bronnen', b));
        }
        fs.mkdirSync(path.join(map, 'docs'));
        fs.symlinkSync(path.join('..', 'bronnen'), path.join(map, 'docs', 'portfolio'));
        const voor = inhoudVan(map);
        weigering(generate(['.'], map), /bronbestanden/);
        assert.deepEqual(inhoudVan(map), voor);
    });

    it('weigert een koppeling als submap van de uitvoermap (opdrachten/ naar elders), zonder iets te schrijven', () => {
        const map = nieuw();
        const elders = fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-elders-'));
        mappen.push(elders);
        const uit = path.join(map, 'docs', 'portfolio');
        fs.mkdirSync(uit, { recursive: true });
        fs.symlinkSync(elders, path.join(uit, 'opdrachten'));
        weigering(generate(['.'], map), /opdrachten: is een koppeling/);
        assert.deepEqual(alleBestanden(elders), []);
        assert.deepEqual(alleBestanden(uit), []);
    });

    it('vervangt een rapport dat een koppeling is door een gewoon bestand, zonder het doel te volgen', () => {
        const map = nieuw();
        const doel = path.join(map, 'eigen.txt');
        fs.writeFileSync(doel, 'blijft\n');
        const uit = path.join(map, 'docs', 'portfolio');
        fs.mkdirSync(uit, { recursive: true });
        fs.symlinkSync(doel, path.join(uit, 'personen.md'));
        assert.equal(generate(['.'], map).code, 0);
        assert.equal(fs.readFileSync(doel, 'utf8'), 'blijft\n');
        assert.ok(!fs.lstatSync(path.join(uit, 'personen.md')).isSymbolicLink());
    });

    // Item 2. On the old code the marker anywhere in the first 512 bytes counted as "own".
    it('een eigen bestand dat de kop alleen noemt, wordt niet verwijderd en niet overschreven', () => {
        const map = nieuw();
        const uit = path.join(map, 'docs', 'portfolio');
        fs.mkdirSync(uit, { recursive: true });
        const notitie = `# Notities\n\nDe rapporten hier zijn ${KOP}; deze notitie niet.\n`;
        fs.writeFileSync(path.join(uit, 'notities.md'), notitie);
        assert.equal(generate(['.'], map).code, 0);
        assert.equal(fs.readFileSync(path.join(uit, 'notities.md'), 'utf8'), notitie);
        // The same text where a report goes: the whole run is refused, nothing is written.
        const leeg = nieuw();
        const uit2 = path.join(leeg, 'docs', 'portfolio');
        fs.mkdirSync(uit2, { recursive: true });
        fs.writeFileSync(path.join(uit2, 'personen.md'), notitie);
        fs.writeFileSync(path.join(uit2, 'portfolio.json'), `{\n  "$comment": "${KOP}, of toch niet",\n  "a": 1\n}\n`);
        weigering(generate(['.'], leeg), /personen\.md: is niet door opgave gemaakt.*Er is niets geschreven \(nog 1 ander probleem/);
        assert.deepEqual([...inhoudVan(uit2).keys()].sort(), ['personen.md', 'portfolio.json']);
        assert.equal(fs.readFileSync(path.join(uit2, 'personen.md'), 'utf8'), notitie);
    });

    it('herkent elk rapport dat het schrijft als eigen bestand (ook CSV met ; en BOM), en niets anders', async () => {
        const project = await laadProject([path.join(ROOT, 'examples', 'winterswijk')], {});
        for (const csv of [{}, { scheidingsteken: ';' as const, bom: true }, { scheidingsteken: ',' as const, bom: true }]) {
            const opties = { peildatum: '2024-03-31', root: project.root, uitvoer: project.uitvoer, csv };
            for (const [rel, inhoud] of genereerRapporten(project.resultaat, opties)) {
                assert.ok(isEigenBegin(rel, inhoud.slice(0, 4096)), `${rel} wordt niet herkend`);
                assert.ok(!isEigenBegin(rel, `\n${inhoud}`), `${rel} met een regel ervoor wordt herkend`);
            }
        }
        assert.ok(!isEigenBegin('a.md', `<!-- ${KOP} -->\n`));
        assert.ok(
            !isEigenBegin('a.txt', fs.readFileSync(path.join(ROOT, 'examples', 'winterswijk', 'docs', 'portfolio', 'README.md'), 'utf8')),
        );
    });

    // Item 3. On the old code the 245-character id crashed with ENAMETOOLONG (its temporary name).
    it('geeft een opdracht met een heel lange naam (245 tekens, 300 meerbyte-letters) een eigen pagina', () => {
        const lang = `a${'b'.repeat(244)}`;
        const meerbyte = 'ë'.repeat(300);
        const map = portfolioMet([lang, meerbyte]);
        mappen.push(map);
        const check = spawnSync(process.execPath, [CLI, 'check', '.', '--no-color'], { cwd: map, encoding: 'utf8' });
        assert.equal(check.status, 0, check.stdout + check.stderr);
        const r = generate(['.'], map);
        assert.equal(r.code, 0, r.stderr);
        const uit = path.join(map, 'docs', 'portfolio');
        const paginas = fs.readdirSync(path.join(uit, 'opdrachten'));
        assert.equal(paginas.length, 5);
        assert.ok(paginas.every((p) => Buffer.byteLength(p) <= 255));
        const readme = fs.readFileSync(path.join(uit, 'README.md'), 'utf8');
        for (const id of [lang, meerbyte]) {
            const pagina = paginas.find((p) => fs.readFileSync(path.join(uit, 'opdrachten', p), 'utf8').includes(`\`${id}\``));
            assert.ok(pagina, `geen pagina voor ${id.slice(0, 10)}…`);
            assert.ok(readme.includes(`](opdrachten/${pagina})`), `README.md linkt niet naar ${pagina}`);
        }
        assert.deepEqual(
            alleBestanden(uit).filter((b) => b.endsWith('.tmp')),
            [],
        );
        assert.equal(generate(['.', '--check'], map).code, 0);
    });

    // Item 3, case. On the old code check found nothing (and the pages collide on Windows and macOS).
    it('namen die alleen in hoofdletters verschillen: check meldt dubbele-naam, de pagina’s botsen niet', () => {
        const map = portfolioMet(['Snel-Bouwen', 'snel-bouwen']);
        mappen.push(map);
        const check = spawnSync(process.execPath, [CLI, 'check', '.', '--format', 'json'], { cwd: map, encoding: 'utf8' });
        assert.equal(check.status, 1);
        const bevindingen = (JSON.parse(check.stdout) as { ruleId: string; message: string }[]).filter((b) => b.ruleId === 'dubbele-naam');
        assert.equal(bevindingen.length, 2);
        assert.match(bevindingen[0]?.message ?? '', /alleen in hoofdletters.*extra\.opgave:\d+/);
        assert.equal(generate(['.'], map).code, 0);
        const paginas = fs.readdirSync(path.join(map, 'docs', 'portfolio', 'opdrachten')).map((p) => p.toLowerCase());
        assert.equal(new Set(paginas).size, 5, paginas.join(', '));
    });

    // Item 4. On the old code --check said "actueel" and the leftovers stayed.
    it('achtergebleven tijdelijke bestanden: --check meldt ze, de volgende run ruimt ze op', () => {
        const map = nieuw();
        assert.equal(generate(['.'], map).code, 0);
        const uit = path.join(map, 'docs', 'portfolio');
        const readme = fs.readFileSync(path.join(uit, 'README.md'), 'utf8');
        fs.writeFileSync(path.join(uit, 'opdrachten', '.opgave-0123456789abcdef.tmp'), readme.slice(0, 100));
        fs.writeFileSync(path.join(uit, '.README.md.4242.tmp'), readme); // an older version's name
        fs.writeFileSync(path.join(uit, '.mijn.tmp'), 'van de gebruiker\n');
        const check = generate(['.', '--check'], map);
        assert.equal(check.code, 1);
        assert.match(check.stderr, /tijdelijk: opdrachten\/\.opgave-0123456789abcdef\.tmp/);
        assert.match(check.stderr, /tijdelijk: \.README\.md\.4242\.tmp/);
        assert.equal(generate(['.'], map).code, 0);
        assert.deepEqual(
            alleBestanden(uit).filter((b) => b.endsWith('.tmp')),
            ['.mijn.tmp'],
        );
        assert.equal(generate(['.', '--check'], map).code, 0);
    });

    // Item 5. As root chmod does not stop a write, but a file size limit (ulimit -f) does: EFBIG.
    it('een mislukte schrijfactie laat alle bestaande rapporten zoals ze waren (exitcode 2, met bestandsnaam)', () => {
        const map = nieuw();
        assert.equal(generate(['.', '--peildatum', '2024-01-01'], map).code, 0);
        const uit = path.join(map, 'docs', 'portfolio');
        const voor = inhoudVan(uit);
        const groot = [...voor].filter(([, v]) => v.length > 16 * 1024).map(([b]) => b);
        assert.ok(groot.length > 0 && groot.length < voor.size, 'nodig: grote en kleine rapporten');
        const r = spawnSync(
            'sh',
            ['-c', 'ulimit -f 16 && exec "$0" "$@"', process.execPath, CLI, 'generate', '.', '--peildatum', '2024-06-30'],
            {
                cwd: map,
                encoding: 'utf8',
            },
        );
        weigering({ code: r.status, stderr: r.stderr }, /niet te schrijven \(bestand te groot, EFBIG\)/);
        assert.ok(
            groot.some((b) => r.stderr.includes(b)),
            r.stderr,
        );
        assert.deepEqual(inhoudVan(uit), voor);
        assert.deepEqual(
            alleBestanden(uit).filter((b) => b.endsWith('.tmp')),
            [],
        );
        // format writes the same way: no file changes when one cannot be written.
        const bronnen = fs.readdirSync(map).filter((b) => b.endsWith('.opgave'));
        for (const b of bronnen) {
            fs.writeFileSync(path.join(map, b), fs.readFileSync(path.join(map, b), 'utf8').replace(/\n {4}/g, '\n  '));
        }
        const bronVoor = inhoudVan(map);
        const f = spawnSync('sh', ['-c', 'ulimit -f 4 && exec "$0" "$@"', process.execPath, CLI, 'format', '.'], {
            cwd: map,
            encoding: 'utf8',
        });
        weigering({ code: f.status, stderr: f.stderr }, /niet te schrijven \(bestand te groot, EFBIG\)/);
        assert.deepEqual(inhoudVan(map), bronVoor);
    });

    it('genereer schrijft zelf niets naar stdout of stderr (de taalserver gebruikt stdout voor het protocol)', async () => {
        const map = nieuw();
        const { waarde: r, geschreven } = await metProcesUitvoer(async () => {
            const eerste = await genereer([map], { peildatum: '2024-03-31' });
            return { eerste, check: await genereer([map], { peildatum: '2024-03-31', check: true }) };
        });
        assert.equal(r.eerste.code, 0);
        assert.match(r.eerste.samenvatting, /rapporten in/);
        assert.equal(r.check.code, 0);
        assert.deepEqual(geschreven, []);
    });

    it('een afgebroken run (SIGKILL) laat geen half bestand achter', async () => {
        // A bigger portfolio so that the run takes long enough to be interrupted while writing.
        const map = fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-kill-'));
        mappen.push(map);
        const { schrijfPortfolio } = (await import(path.join(ROOT, 'bench', 'genereer.mjs'))) as {
            schrijfPortfolio: (m: string, o: object) => number;
        };
        schrijfPortfolio(map, { opdrachten: 200, seed: 3, fouten: 0.02 });
        // The complete output, for comparison.
        const referentie = path.join(map, 'referentie');
        assert.equal(generate(['.', '-o', 'referentie'], map).code, 0);
        const verwacht = new Map(alleBestanden(referentie).map((b) => [b, fs.readFileSync(path.join(referentie, b), 'utf8')]));
        const begin = Date.now();
        const vol = spawnSync(process.execPath, [CLI, 'generate', '.', '-o', 'meting'], { cwd: map });
        const duur = Date.now() - begin;
        assert.equal(vol.status, 0);
        fs.rmSync(path.join(map, 'meting'), { recursive: true });
        for (const fractie of [0.6, 0.85, 0.95]) {
            const uit = path.join(map, `kill-${fractie}`);
            const kind = spawn(process.execPath, [CLI, 'generate', '.', '-o', path.basename(uit)], { cwd: map, stdio: 'ignore' });
            const einde = new Promise((r) => kind.on('exit', r));
            await new Promise((r) => setTimeout(r, duur * fractie));
            kind.kill('SIGKILL'); // a no-op when the run has already finished
            await einde;
            for (const b of alleBestanden(uit)) {
                if (path.basename(b).startsWith('.') && b.endsWith('.tmp')) {
                    continue; // the temporary file of the interrupted write: hidden, never a report
                }
                assert.equal(
                    fs.readFileSync(path.join(uit, b), 'utf8'),
                    verwacht.get(b.split(path.sep).join('/')),
                    `half of vreemd bestand na SIGKILL: ${b}`,
                );
            }
            // Leftover temporary files make --check fail (issue "Trust", item 4) …
            const achtergebleven = alleBestanden(uit).filter((b) => b.endsWith('.tmp'));
            if (achtergebleven.length > 0) {
                const check = generate(['.', '-o', path.basename(uit), '--check'], map);
                assert.equal(check.code, 1);
                assert.match(check.stderr, /tijdelijk: /);
            }
            // … and the next run completes the output and leaves nothing behind but the reports.
            assert.equal(generate(['.', '-o', path.basename(uit)], map).code, 0);
            assert.deepEqual(alleBestanden(uit), [...verwacht.keys()].map((b) => b.split('/').join(path.sep)).sort());
            assert.equal(generate(['.', '-o', path.basename(uit), '--check'], map).code, 0);
        }
    });
});
