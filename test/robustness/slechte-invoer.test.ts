/**
 * Bad input, file by file (issue 5, item 5): every broken file gets a clear Dutch message and the
 * right exit code, and every other file of the portfolio is still checked. Runs the bundled CLI.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundel, CLI, PEILDATUM } from '../helpers/index.js';

/** A file with one known finding, to show that the other files are still checked. */
const ANDER = 'thema t-zonder "Thema zonder opgavemanager" {\n    soort overig\n}\n';

interface Bevinding {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly severity: string;
    readonly ruleId: string;
    readonly message: string;
}

interface Uitkomst {
    readonly code: number | null;
    readonly bevindingen: Bevinding[];
    readonly stderr: string;
}

function check(args: string[], cwd: string): Uitkomst {
    const r = spawnSync(process.execPath, [CLI, 'check', ...args, '--format', 'json', '--no-color', '--peildatum', PEILDATUM], {
        cwd,
        encoding: 'utf8',
        timeout: 30_000,
    });
    assert.equal(r.error, undefined, `CLI liep niet: ${r.error?.message}`);
    let bevindingen: Bevinding[] = [];
    if (r.stdout.trim()) {
        bevindingen = JSON.parse(r.stdout) as Bevinding[];
    }
    return { code: r.status, bevindingen, stderr: r.stderr };
}

/** A fresh portfolio folder with `ander.opgave` in it. */
function portfolio(): string {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-slecht-'));
    fs.writeFileSync(path.join(map, 'ander.opgave'), ANDER);
    return map;
}

/** Asserts the other file's known finding is present (the rest is still checked). */
function andereNogGecontroleerd(u: Uitkomst): void {
    assert.ok(
        u.bevindingen.some((b) => b.ruleId === 'thema-zonder-opgavemanager' && b.file.endsWith('ander.opgave')),
        `ander.opgave niet gecontroleerd: ${JSON.stringify(u.bevindingen)}`,
    );
}

/** The single syntaxis finding for `naam`, at 1:1. */
function leesFout(u: Uitkomst, naam: string): Bevinding {
    const b = u.bevindingen.filter((x) => x.file.endsWith(naam) && x.ruleId === 'syntaxis');
    assert.equal(b.length, 1, `verwacht één syntaxis-bevinding voor ${naam}: ${JSON.stringify(u.bevindingen)}`);
    assert.equal(b[0]!.line, 1);
    assert.equal(b[0]!.column, 1);
    assert.equal(b[0]!.severity, 'error');
    return b[0]!;
}

describe('slechte invoer, bestand voor bestand (CLI)', function () {
    this.timeout(60_000);
    const mappen: string[] = [];
    const nieuw = (): string => {
        const m = portfolio();
        mappen.push(m);
        return m;
    };
    after(() => mappen.forEach((m) => fs.rmSync(m, { recursive: true, force: true })));

    before(() => bundel('cli.cjs'));

    it('leeg bestand: melding op stderr, exitcode 0, rest gecontroleerd', () => {
        const map = nieuw();
        fs.writeFileSync(path.join(map, 'leeg.opgave'), '');
        fs.writeFileSync(path.join(map, 'wit.opgave'), '\n  \r\n\t\n');
        const u = check(['.'], map);
        assert.equal(u.code, 0);
        assert.match(u.stderr, /leeg\.opgave: bestand is leeg/);
        assert.match(u.stderr, /wit\.opgave: bestand is leeg/);
        andereNogGecontroleerd(u);
    });

    it('binair bestand (NUL-tekens): syntaxis op 1:1, exitcode 1, rest gecontroleerd', () => {
        const map = nieuw();
        fs.writeFileSync(
            path.join(map, 'plaatje.opgave'),
            Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
        );
        const u = check(['.'], map);
        assert.equal(u.code, 1);
        assert.match(leesFout(u, 'plaatje.opgave').message, /binaire gegevens/);
        andereNogGecontroleerd(u);
    });

    it('NUL-teken midden in tekst: syntaxis op 1:1, exitcode 1', () => {
        const map = nieuw();
        fs.writeFileSync(path.join(map, 'nul.opgave'), `thema a "A" {\n    soort overig\u0000\n}\n`);
        const u = check(['.'], map);
        assert.equal(u.code, 1);
        assert.match(leesFout(u, 'nul.opgave').message, /NUL/);
        andereNogGecontroleerd(u);
    });

    it('ongeldige UTF-8 (Latin-1): syntaxis op 1:1 met advies, exitcode 1', () => {
        const map = nieuw();
        fs.writeFileSync(
            path.join(map, 'latin1.opgave'),
            Buffer.from('thema coördinatie "Coördinatie" {\n    soort overig\n}\n', 'latin1'),
        );
        const u = check(['.'], map);
        assert.equal(u.code, 1);
        assert.match(leesFout(u, 'latin1.opgave').message, /geen geldige UTF-8.*UTF-8/);
        andereNogGecontroleerd(u);
    });

    it('BOM en CRLF: gewoon gelezen', () => {
        const map = nieuw();
        fs.writeFileSync(path.join(map, 'bom.opgave'), '\ufeffthema bom "B" {\r\n    soort overig\r\n}\r\n');
        const u = check(['.'], map);
        assert.equal(u.code, 0);
        assert.ok(!u.bevindingen.some((b) => b.ruleId === 'syntaxis'), JSON.stringify(u.bevindingen));
        assert.ok(
            u.bevindingen.some(
                (b) => b.file.endsWith('bom.opgave') && b.ruleId === 'thema-zonder-opgavemanager' && b.line === 1 && b.column === 7,
            ),
        );
    });

    it('onleesbaar bestand: syntaxis op 1:1, exitcode 1, rest gecontroleerd', function () {
        if (process.getuid?.() === 0) {
            // root reads every file whatever its mode; there is no portable way to make one unreadable
            this.skip();
        }
        const map = nieuw();
        const bestand = path.join(map, 'geheim.opgave');
        fs.writeFileSync(bestand, ANDER.replace('t-zonder', 't-geheim'));
        fs.chmodSync(bestand, 0o000);
        try {
            const u = check(['.'], map);
            assert.equal(u.code, 1);
            assert.match(leesFout(u, 'geheim.opgave').message, /niet te lezen/);
            andereNogGecontroleerd(u);
        } finally {
            fs.chmodSync(bestand, 0o644);
        }
    });

    it('onleesbaar bestand (ook als root): laadPortfolio maakt er een leesfout van en laadt de rest', async () => {
        // As root chmod 000 does not stop reading; a file that vanishes between finding and
        // reading takes the same path (readFileSync throws).
        const { NodeFileSystem } = await import('langium/node');
        const { createOpgaveServices } = await import('../../language/src/opgave-module.js');
        const { laadPortfolio } = await import('../../language/src/workspace/laden.js');
        const map = nieuw();
        const weg = path.join(map, 'verdwenen.opgave');
        const geladen = await laadPortfolio(createOpgaveServices(NodeFileSystem).Opgave, [weg, path.join(map, 'ander.opgave')]);
        assert.equal(geladen.documenten.length, 1);
        assert.equal(geladen.leesFouten.length, 1);
        assert.match(geladen.leesFouten[0]!.bericht, /^Dit bestand is niet te lezen \(ENOENT\); het is overgeslagen\.$/);
        assert.deepEqual(geladen.leesFouten[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    });

    it('symbolische koppelingen (lus, naar zichzelf, dood): niet gevolgd, geen hangen, rest gecontroleerd', function () {
        const map = nieuw();
        try {
            fs.mkdirSync(path.join(map, 'sub'));
            fs.symlinkSync('..', path.join(map, 'sub', 'terug'));
            fs.symlinkSync('zelf.opgave', path.join(map, 'zelf.opgave'));
            fs.symlinkSync('nergens.opgave', path.join(map, 'dood.opgave'));
        } catch {
            this.skip(); // no symlinks on this file system
        }
        const u = check(['.'], map);
        assert.equal(u.code, 0);
        assert.equal(u.bevindingen.length, 1);
        andereNogGecontroleerd(u);
    });

    it('een symbolische lus als pad gegeven: Nederlandse melding, exitcode 2', function () {
        const map = nieuw();
        try {
            fs.symlinkSync('lus.opgave', path.join(map, 'lus.opgave'));
        } catch {
            this.skip();
        }
        const u = check(['lus.opgave'], map);
        assert.equal(u.code, 2);
        assert.match(u.stderr, /^opgave: lus\.opgave: /m);
        assert.match(u.stderr, /niet te lezen|bestaat niet/);
    });

    it('een map met de naam x.opgave: geen bestand, de inhoud wordt wel gecontroleerd', () => {
        const map = nieuw();
        fs.mkdirSync(path.join(map, 'x.opgave'));
        fs.writeFileSync(path.join(map, 'x.opgave', 'binnen.opgave'), ANDER.replace('t-zonder', 't-binnen'));
        const u = check(['.'], map);
        assert.equal(u.code, 0);
        assert.ok(
            u.bevindingen.some((b) => b.file === 'x.opgave/binnen.opgave'),
            JSON.stringify(u.bevindingen),
        );
        andereNogGecontroleerd(u);
    });

    it('een named pipe met de naam p.opgave: overgeslagen, geen hangen', function () {
        const map = nieuw();
        const r = spawnSync('mkfifo', [path.join(map, 'p.opgave')]);
        if (r.status !== 0) {
            this.skip();
        }
        const u = check(['.'], map);
        assert.equal(u.code, 0);
        andereNogGecontroleerd(u);
    });

    it('een pad met spaties, #, &, aanhalingstekens: gevonden en goed gemeld', () => {
        const map = nieuw();
        const vreemd = `map met spatie #1 & 'enkel' "dubbel"`;
        fs.mkdirSync(path.join(map, vreemd));
        fs.writeFileSync(path.join(map, vreemd, 'bestand #2 & "x".opgave'), ANDER.replace('t-zonder', 't-vreemd'));
        const u = check(['.'], map);
        assert.equal(u.code, 0);
        assert.ok(
            u.bevindingen.some((b) => b.file === `${vreemd}/bestand #2 & "x".opgave` && b.line === 1),
            JSON.stringify(u.bevindingen.map((b) => b.file)),
        );
        andereNogGecontroleerd(u);
        // …and given directly as a path
        const direct = check([path.join(vreemd, 'bestand #2 & "x".opgave')], map);
        assert.equal(direct.code, 0);
        assert.equal(direct.bevindingen.length, 1);
    });

    it('een bestand van 50 MB: te groot, syntaxis op 1:1, exitcode 1, rest gecontroleerd, snel', () => {
        const map = nieuw();
        const groot = path.join(map, 'groot.opgave');
        const blok = Buffer.from(`// ${'x'.repeat(1021)}\n`);
        const fd = fs.openSync(groot, 'w');
        for (let i = 0; i < 50 * 1024; i++) {
            fs.writeSync(fd, blok);
        }
        fs.closeSync(fd);
        const begin = Date.now();
        const u = check(['.'], map);
        assert.ok(Date.now() - begin < 20_000, 'te traag');
        assert.equal(u.code, 1);
        assert.match(leesFout(u, 'groot.opgave').message, /te groot \(50\.0 MB/);
        andereNogGecontroleerd(u);
    });

    it('een pad dat niet bestaat: Nederlandse melding, exitcode 2', () => {
        const map = nieuw();
        const u = check(['bestaat-niet'], map);
        assert.equal(u.code, 2);
        assert.match(u.stderr, /bestaat-niet: bestand of map bestaat niet/);
    });

    it('een map zonder .opgave-bestanden: melding, exitcode 0', () => {
        const map = nieuw();
        fs.rmSync(path.join(map, 'ander.opgave'));
        const u = check(['.'], map);
        assert.equal(u.code, 0);
        assert.match(u.stderr, /geen \.opgave-bestanden gevonden/);
    });
});
