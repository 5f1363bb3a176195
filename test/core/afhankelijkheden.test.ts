/**
 * Dependencies declared where they are used: the lint rule `import-x/no-extraneous-dependencies`
 * (eslint.config.mjs) fails on an import of a package that package.json does not declare in the
 * right section. Product code (language/, reports/, cli/, server/, client/) may import
 * `dependencies` only; test, bench and script code also `devDependencies`. These tests lint
 * snippets through ESLint's Node API at paths in each folder (the files need not exist), so the
 * rule's configuration cannot silently stop covering a folder or a kind of file.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { ROOT } from '../helpers/index.js';

const REGEL = 'import-x/no-extraneous-dependencies';

/** The product folders and a kind of file in each (the extension's code is TypeScript only). */
const PRODUCT = ['language/src', 'reports/src', 'cli/src', 'server/src', 'client/src'];
/** The folders whose code may also use devDependencies. */
const ONTWIKKEL = ['test/core', 'bench', 'scripts', 'client/scripts'];

let eslint: ESLint;

/** The messages of the rule for `tekst` linted as the file at `bestand` (relative to ROOT). */
async function meldingen(bestand: string, tekst: string): Promise<string[]> {
    const [resultaat] = await eslint.lintText(tekst, { filePath: path.join(ROOT, bestand) });
    assert.ok(resultaat, `${bestand}: geen lintresultaat`);
    // A parse error or an ignored file reports no rule at all: that must fail the test too.
    const anders = resultaat.messages.filter((m) => m.fatal || (m.ruleId === null && m.severity > 0));
    assert.deepEqual(anders, [], `${bestand}: ${anders.map((m) => m.message).join('; ')}`);
    return resultaat.messages.filter((m) => m.ruleId === REGEL).map((m) => m.message);
}

describe('afhankelijkheden: een import moet in package.json staan, in de juiste sectie', () => {
    before(() => {
        // The project's own eslint.config.mjs, running only the import rule: it needs no types,
        // and the project service only reads files from disk (these need not exist).
        eslint = new ESLint({
            cwd: ROOT,
            overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
            ruleFilter: ({ ruleId }) => ruleId === REGEL,
        });
    });

    for (const map of PRODUCT) {
        it(`${map}: een niet-gedeclareerd pakket (.ts, ook import type) faalt, een dependency niet`, async () => {
            const m = await meldingen(
                `${map}/__afhankelijkheden__.ts`,
                [
                    "import 'vscode-jsonrpc';",
                    "import type { Position } from 'vscode-languageserver-protocol';",
                    "import { describe } from 'mocha';",
                    "import { URI } from 'langium';",
                    "import * as fs from 'node:fs';",
                    'export type P = Position;',
                    'export { describe, URI, fs };',
                    '',
                ].join('\n'),
            );
            assert.equal(m.length, 3, m.join('\n'));
            assert.match(m[0] ?? '', /'vscode-jsonrpc' should be listed in the project's dependencies/);
            assert.match(m[1] ?? '', /'vscode-languageserver-protocol' should be listed/);
            assert.match(m[2] ?? '', /'mocha' should be listed in the project's dependencies, not devDependencies/);
        });
    }

    for (const map of ['reports/src', 'server/src']) {
        it(`${map}: ook in .mjs en .cjs, met require() en import()`, async () => {
            const mjs = await meldingen(
                `${map}/__afhankelijkheden__.mjs`,
                "import { JSDOM } from 'jsdom';\nimport { z } from 'zod';\nexport const u = await import('vscode-uri');\nexport { JSDOM, z };\n",
            );
            assert.equal(mjs.length, 2, mjs.join('\n'));
            assert.match(mjs[0] ?? '', /'jsdom' should be listed in the project's dependencies, not devDependencies/);
            assert.match(mjs[1] ?? '', /'vscode-uri' should be listed in the project's dependencies, not devDependencies/);
            const cjs = await meldingen(
                `${map}/__afhankelijkheden__.cjs`,
                "const m = require('mermaid');\nconst c = require('commander');\nmodule.exports = { m, c };\n",
            );
            assert.equal(cjs.length, 1, cjs.join('\n'));
            assert.match(cjs[0] ?? '', /'mermaid' should be listed in the project's dependencies, not devDependencies/);
        });
    }

    it('cli/src: typen uit @types/sarif (een dependency) mogen, picocolors/types.js ook', async () => {
        const m = await meldingen(
            'cli/src/__afhankelijkheden__.ts',
            "import type { Log } from 'sarif';\nimport type { Colors } from 'picocolors/types.js';\nexport type L = [Log, Colors];\n",
        );
        assert.deepEqual(m, []);
    });

    it('client/src: vscode (geleverd door VS Code) en vscode-languageclient mogen; server/src: vscode niet', async () => {
        const tekst =
            "import * as vscode from 'vscode';\nimport { LanguageClient } from 'vscode-languageclient/node';\nexport { vscode, LanguageClient };\n";
        assert.deepEqual(await meldingen('client/src/__afhankelijkheden__.ts', tekst), []);
        const m = await meldingen('server/src/__afhankelijkheden__.ts', tekst);
        assert.equal(m.length, 1, m.join('\n'));
        assert.match(m[0] ?? '', /'vscode' should be listed in the project's dependencies/);
    });

    for (const map of ONTWIKKEL) {
        it(`${map}: devDependencies mogen, een niet-gedeclareerd pakket niet (.ts, .mjs, .cjs)`, async () => {
            const ts = await meldingen(
                `${map}/__afhankelijkheden__.ts`,
                "import { describe } from 'mocha';\nimport { JSDOM } from 'jsdom';\nimport type { Message } from 'vscode-jsonrpc';\nexport type M = Message;\nexport { describe, JSDOM };\n",
            );
            assert.equal(ts.length, 1, ts.join('\n'));
            assert.match(ts[0] ?? '', /'vscode-jsonrpc' should be listed in the project's dependencies/);
            const mjs = await meldingen(
                `${map}/__afhankelijkheden__.mjs`,
                "import * as esbuild from 'esbuild';\nimport { URI } from 'vscode-uri';\nimport 'vscode-languageserver-protocol';\nexport { esbuild, URI };\n",
            );
            assert.equal(mjs.length, 1, mjs.join('\n'));
            assert.match(mjs[0] ?? '', /'vscode-languageserver-protocol' should be listed/);
            const cjs = await meldingen(
                `${map}/__afhankelijkheden__.cjs`,
                "module.exports = [require('playwright-core'), require('vscode-jsonrpc')];\n",
            );
            assert.equal(cjs.length, 1, cjs.join('\n'));
            assert.match(cjs[0] ?? '', /'vscode-jsonrpc' should be listed/);
        });
    }

    it('config-bestanden bovenin (eslint.config.mjs) mogen devDependencies gebruiken', async () => {
        const m = await meldingen(
            '__afhankelijkheden__.config.mjs',
            "import tseslint from 'typescript-eslint';\nimport 'vscode-jsonrpc';\nexport default tseslint;\n",
        );
        assert.equal(m.length, 1, m.join('\n'));
        assert.match(m[0] ?? '', /'vscode-jsonrpc' should be listed/);
    });
});
