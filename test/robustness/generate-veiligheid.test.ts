/**
 * Output safety of `opgave generate` (issue 5, item 6): unsafe output folders are refused, files
 * are written atomically (a killed run leaves no half file), and only the tool's own files (by
 * their header) are ever removed.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.cjs');
const KOP = 'Gegenereerd door opgave';

function generate(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, [CLI, 'generate', ...args, '--no-color'], { cwd, encoding: 'utf8', timeout: 30_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
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
    before(function () {
        if (!fs.existsSync(CLI)) {
            this.skip();
        }
    });

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
        fs.writeFileSync(path.join(uit, 'opdrachten', 'verdwenen-opdracht.md'), `<!-- ${KOP} -->\n# Oud\n`);
        const r = generate(['.'], map);
        assert.equal(r.code, 0, r.stderr);
        assert.ok(fs.existsSync(path.join(uit, 'eigen-notities.md')));
        assert.ok(fs.existsSync(path.join(uit, 'opdrachten', 'handwerk.md')));
        assert.ok(!fs.existsSync(path.join(uit, 'opdrachten', 'verdwenen-opdracht.md')));
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
            // The next run completes the output and leaves nothing behind but the reports.
            assert.equal(generate(['.', '-o', path.basename(uit)], map).code, 0);
            const na = alleBestanden(uit).filter((b) => !(path.basename(b).startsWith('.') && b.endsWith('.tmp')));
            assert.deepEqual(na, [...verwacht.keys()].map((b) => b.split('/').join(path.sep)).sort());
        }
    });
});
