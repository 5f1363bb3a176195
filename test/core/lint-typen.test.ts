/**
 * Type-aware lint over every source (issue 10, item 8): eslint.config.mjs gives each file type
 * information through the project service (tsconfig.json, client/tsconfig.json, jsconfig.json), so
 * a type-aware rule such as `@typescript-eslint/no-floating-promises` reports in TypeScript and in
 * JavaScript alike, and the JavaScript files get ESLint's recommended rules (`no-undef`). These
 * tests lint snippets as existing files of each kind: the project service needs the file on disk,
 * and lints the snippet in its place.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { ROOT } from '../helpers/index.js';

/** One existing file of each kind, and the project that gives it types. */
const BESTANDEN = [
    'language/src/node-versie.ts', // tsconfig.json
    'test/core/lagen.test.ts', // tsconfig.json
    'bench/floor.ts', // tsconfig.json (bench/ was in no project before)
    'client/src/render.ts', // client/tsconfig.json
    'eslint.config.mjs', // jsconfig.json, like every .mjs/.cjs/.js below
    'scripts/bundle.mjs',
    'client/scripts/media.mjs',
    'bench/rss.cjs',
    'test/e2e/run.mjs',
    'test/e2e/suite/index.cjs',
    'test/neovim/run.mjs',
];

/** The rule ids reported for `tekst` linted as the file `bestand` (relative to ROOT), in order. */
async function regels(eslint: ESLint, bestand: string, tekst: string): Promise<string[]> {
    const resultaten = await eslint.lintText(tekst, { filePath: path.join(ROOT, bestand) });
    assert.equal(resultaten.length, 1);
    const fataal = resultaten[0]!.messages.filter((m) => m.fatal || m.ruleId === null);
    assert.deepEqual(fataal, [], `${bestand}: ${fataal.map((m) => m.message).join('; ')}`);
    return resultaten[0]!.messages.map((m) => m.ruleId ?? '');
}

describe('lint met typen: elk soort bronbestand krijgt typeinformatie', function () {
    // The first snippet of each project builds its TypeScript program.
    this.timeout(180_000);
    let eslint: ESLint;

    before(() => {
        eslint = new ESLint({ cwd: ROOT });
    });

    for (const bestand of BESTANDEN) {
        it(`${bestand}: een vergeten await faalt (no-floating-promises)`, async () => {
            assert.ok(fs.existsSync(path.join(ROOT, bestand)), `${bestand} bestaat niet meer: kies een ander bestand van deze soort`);
            const ts = bestand.endsWith('.ts');
            const tekst = ts
                ? 'async function f(): Promise<void> {}\nf();\nexport {};\n'
                : `async function f() {}\nf();\n${bestand.endsWith('.cjs') ? 'module.exports = {};' : 'export {};'}\n`;
            assert.deepEqual(await regels(eslint, bestand, tekst), ['@typescript-eslint/no-floating-promises']);
        });
    }

    it('JavaScript: een onbekende naam faalt (no-undef); Node, CommonJS en mocha in test/e2e/suite niet', async () => {
        assert.deepEqual(await regels(eslint, 'scripts/bundle.mjs', 'onbekend();\nprocess.stdout.write(String(Buffer.alloc(1)));\n'), [
            'no-undef',
        ]);
        assert.deepEqual(
            await regels(
                eslint,
                'test/e2e/suite/index.cjs',
                "describe('x', () => it('y', () => undefined));\nmodule.exports = require(__dirname);\n",
            ),
            [],
        );
        assert.deepEqual(await regels(eslint, 'bench/rss.cjs', "describe('x', () => undefined);\n"), ['no-undef']);
    });
});
