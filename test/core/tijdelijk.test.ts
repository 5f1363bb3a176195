/**
 * The temporary-folder hooks (test/helpers/tijdelijk.ts): a folder of tijdelijkeMap() is gone
 * after its test, and a run that leaves something in the temporary folder fails.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/index.js';
import { tijdelijkeMap } from '../helpers/tijdelijk.js';

/** Runs mocha with the root hooks on one spec file (text); returns exit code and output. */
function mochaMet(spec: string): { code: number | null; uit: string } {
    const map = tijdelijkeMap('meta');
    fs.writeFileSync(path.join(map, 'spec.test.mjs'), spec);
    const r = spawnSync(
        process.execPath,
        [
            path.join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js'),
            '--no-config',
            '--require',
            path.join(ROOT, 'out', 'test', 'helpers', 'tijdelijk.js'),
            path.join(map, 'spec.test.mjs'),
        ],
        { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    return { code: r.status, uit: r.stdout + r.stderr };
}

const KOP = "import * as fs from 'node:fs';\nimport * as os from 'node:os';\nimport * as path from 'node:path';\n";

describe('tijdelijke mappen van de tests', () => {
    let vorige: string | undefined;
    it('een map van tijdelijkeMap() bestaat tijdens de test', () => {
        vorige = tijdelijkeMap('proef');
        fs.writeFileSync(path.join(vorige, 'a.txt'), 'a');
        assert.ok(fs.existsSync(path.join(vorige, 'a.txt')));
    });
    it('… en is weg na die test', () => {
        assert.ok(vorige);
        assert.equal(fs.existsSync(vorige), false, vorige);
    });
    it('een run die een tijdelijke map achterlaat, faalt en noemt haar', function () {
        this.timeout(60_000);
        const r = mochaMet(`${KOP}it('lekt', () => { fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-lek-')); });\n`);
        assert.notEqual(r.code, 0, r.uit);
        assert.match(r.uit, /De tests lieten tijdelijke mappen of bestanden achter: opgave-lek-\w+/);
    });
    it('een run die opruimt, slaagt (tegenproef)', function () {
        this.timeout(60_000);
        const r = mochaMet(
            `${KOP}it('ruimt op', () => { const m = fs.mkdtempSync(path.join(os.tmpdir(), 'opgave-net-')); fs.rmSync(m, { recursive: true }); });\n`,
        );
        assert.equal(r.code, 0, r.uit);
        assert.match(r.uit, /1 passing/);
    });
});
