/**
 * The build type-checks every TypeScript project (issue 10, item 8): `npm run build` (and so
 * `npm test`) runs `tsc -b` over each tsconfig in the repository, client/tsconfig.json included,
 * and every project has the same strictness flags, `noImplicitOverride` among them.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import ts from 'typescript';
import { ROOT } from '../helpers/index.js';

/** Every tsconfig*.json of the repository (relative to ROOT, with `/`), outside installed and built folders. */
function tsconfigs(): string[] {
    return globSync('**/tsconfig*.json', {
        cwd: ROOT,
        ignore: ['**/node_modules/**', 'out/**', 'dist/**', 'test/fixtures/**', 'test/e2e/.tools/**', 'test/.tools/**', '.vscode-test/**'],
    }).sort();
}

/** The compiler options of a tsconfig (relative to ROOT), `extends` resolved. */
function opties(tsconfig: string): ts.CompilerOptions {
    const bestand = path.join(ROOT, tsconfig);
    const gelezen = ts.readConfigFile(bestand, (p) => ts.sys.readFile(p));
    assert.equal(gelezen.error, undefined, tsconfig);
    return ts.parseJsonConfigFileContent(gelezen.config, ts.sys, path.dirname(bestand), undefined, bestand).options;
}

describe('bouw: npm test controleert de typen van elk TypeScript-project', () => {
    it('npm run build draait tsc -b over elke tsconfig, ook client/tsconfig.json', () => {
        const pakket = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
        assert.match(pakket.scripts['test'] ?? '', /^npm run build && /);
        const tsc = (pakket.scripts['build'] ?? '')
            .split('&&')
            .map((stap) => stap.trim().split(/\s+/))
            .find((woorden) => woorden[0] === 'tsc' && woorden[1] === '-b');
        assert.ok(tsc, `geen tsc -b in build: ${pakket.scripts['build']}`);
        assert.deepEqual(tsc.slice(2).sort(), tsconfigs());
        assert.ok(tsconfigs().includes('client/tsconfig.json'));
    });

    for (const tsconfig of tsconfigs()) {
        it(`${tsconfig}: strict, noImplicitOverride en de andere strengheidsvlaggen`, () => {
            const o = opties(tsconfig);
            for (const vlag of ['strict', 'noImplicitOverride', 'noImplicitReturns', 'noUnusedLocals', 'noUnusedParameters'] as const) {
                assert.equal(o[vlag], true, `${tsconfig}: ${vlag}`);
            }
        });
    }
});
