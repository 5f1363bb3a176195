/**
 * Colours of `opgave check` (stylish): on a terminal, with FORCE_COLOR or in CI; never with
 * NO_COLOR or --no-color, never in a pipe, never in files or other formats.
 */
/* eslint-disable no-control-regex -- these tests match ANSI escape sequences (ESC is a control character) */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundel, ROOT, SHARED_CASES } from '../helpers/index.js';
import { tijdelijkeMap } from '../helpers/tijdelijk.js';

const ESC = '\x1b[';

/** Runs the CLI in a pipe with only the given colour variables (NO_COLOR, FORCE_COLOR, CI). */
function cliMet(kleurEnv: Record<string, string>, args: string[]): { code: number; stdout: string; stderr: string } {
    const env = { ...process.env };
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    delete env.CI;
    const r = spawnSync(process.execPath, [bundel('cli.cjs'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...env, ...kleurEnv } });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('kleuren (CLI)', () => {
    const fouten = path.join(ROOT, 'examples', 'fouten');

    it('FORCE_COLOR: stylish in kleur, met dezelfde ANSI-codes als altijd', () => {
        const schoon = cliMet({ FORCE_COLOR: '1' }, ['check', path.join(SHARED_CASES, 'schoon')]);
        assert.equal(schoon.stdout, `${ESC}32m✔${ESC}39m Geen bevindingen.\n`);
        const r = cliMet({ FORCE_COLOR: '1' }, ['check', fouten]);
        assert.equal(r.code, 1);
        const regels = r.stdout.trimEnd().split('\n');
        assert.match(regels[0] ?? '', /^\x1b\[4m.+\.opgave\x1b\[24m$/);
        assert.match(r.stdout, /\n {2}\x1b\[2m\d+:\d+ *\x1b\[22m {2}\x1b\[31mfout {8}\x1b\[39m {2}.+ {2}\x1b\[2m[a-z-]+\x1b\[22m\n/);
        assert.match(regels.at(-1) ?? '', /^\x1b\[31m\x1b\[1m✖ \d+ bevindingen \(.+\)\x1b\[22m\x1b\[39m$/);
    });

    it('CI zonder terminal: in kleur (zoals altijd)', () => {
        assert.ok(cliMet({ CI: 'true' }, ['check', fouten]).stdout.includes(ESC));
    });

    for (const [naam, env, extra] of [
        ['in een pipe zonder variabelen', {}, []],
        ['--no-color, ook met FORCE_COLOR', { FORCE_COLOR: '1' }, ['--no-color']],
        ['NO_COLOR, ook met FORCE_COLOR of CI', { NO_COLOR: '1', FORCE_COLOR: '1', CI: 'true' }, []],
    ] as [string, Record<string, string>, string[]][]) {
        it(`geen kleur ${naam}`, () => {
            const r = cliMet(env, ['check', fouten, ...extra]);
            assert.equal(r.code, 1);
            assert.ok(r.stdout.includes('bevindingen'));
            assert.ok(!r.stdout.includes(ESC) && !r.stderr.includes(ESC), JSON.stringify(r.stdout.slice(0, 200)));
        });
    }

    it('geen kleur in json en in de bestanden van --output-*', () => {
        const map = tijdelijkeMap('kleur');
        const bestand = path.join(map, 'b.json');
        const r = cliMet({ FORCE_COLOR: '1' }, [
            'check',
            fouten,
            '--format',
            'json',
            '--output-sarif',
            path.join(map, 'b.sarif'),
            '--output-json',
            bestand,
        ]);
        assert.ok(!r.stdout.includes(ESC));
        assert.ok(!fs.readFileSync(bestand, 'utf8').includes(ESC));
        assert.ok(!fs.readFileSync(path.join(map, 'b.sarif'), 'utf8').includes(ESC));
    });
});
