// typescript-eslint flat config, type-aware over every source: `recommendedTypeChecked` for
// TypeScript, ESLint's recommended rules and the type-aware ones that make sense without type
// annotations for .mjs/.cjs/.js; for every source the rule that each imported package is declared
// in package.json, the import zones of the layers (language → reports → cli/server; client alone)
// and no file cycles. Type information comes from tsconfig.json (client/tsconfig.json under
// client/src) for TypeScript and from jsconfig.json for JavaScript, found by the project service.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts', '**/*.mts', '**/*.cts'];
const JS = ['**/*.js', '**/*.mjs', '**/*.cjs'];

// Test, bench and script code, and the config files at the top: these may also import
// devDependencies. Everything else (language/, reports/, cli/, server/, client/) is product code.
const ONTWIKKELCODE = ['test/**', 'bench/**', 'scripts/**', 'client/scripts/**', '*.{ts,mts,cts,js,mjs,cjs}'];

/** An import zone of `import-x/no-restricted-paths`: files under `target` may not import from `from`. */
function zone(target, from, waarom) {
    return { target, from, message: `${waarom} (issue 10: language → reports → cli/server; client alone).` };
}

// The type-aware rules of `recommendedTypeChecked` for JavaScript, less `no-unsafe-*`: without
// type annotations (checkJs is off) every parameter is `any`, so those would flag every use.
const TYPE_REGELS_JS = Object.fromEntries(
    tseslint.configs.recommendedTypeCheckedOnly
        .filter((config) => config.name === 'typescript-eslint/recommended-type-checked-only')
        .flatMap((config) => Object.entries(config.rules ?? {}))
        .filter(([naam]) => !naam.startsWith('@typescript-eslint/no-unsafe-')),
);

export default defineConfig(
    {
        ignores: [
            'node_modules/',
            'out/',
            'dist/',
            'language/generated/',
            'language/textmate/',
            'test/e2e/.tools/',
            'test/.tools/',
            'test/tmp/',
            'test/e2e/tmp/',
            'bench/tmp/',
            '.vscode-test/',
            // The examples' sites that npm start builds (git-ignored): generated, with copied libraries.
            'examples/*/docs/site/',
        ],
    },
    {
        // A disable comment that no longer suppresses anything is an error, so it cannot outlive
        // the code it was for.
        linterOptions: { reportUnusedDisableDirectives: 'error' },
    },
    {
        // Type information for every source, from the nearest tsconfig.json or jsconfig.json.
        files: [...TS, ...JS],
        extends: [tseslint.configs.base],
        languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
        rules: js.configs.recommended.rules,
    },
    {
        files: TS,
        extends: [tseslint.configs.recommendedTypeChecked],
    },
    {
        files: JS,
        // Node's globals without CommonJS's (require, module, __dirname): those only in .cjs below.
        languageOptions: { globals: globals.nodeBuiltin },
        rules: TYPE_REGELS_JS,
    },
    {
        // typescript-eslint's base config makes every file a module; .cjs files are CommonJS.
        files: ['**/*.cjs'],
        languageOptions: { sourceType: 'commonjs', globals: globals.node },
    },
    {
        // The extension-host suite runs under mocha's BDD interface inside VS Code.
        files: ['test/e2e/suite/**'],
        languageOptions: {
            globals: globals.mocha,
        },
    },
    {
        // The preview's script runs in the webview (a browser page), with VS Code's webview API and
        // the bundled mermaid as globals.
        files: ['client/media/**/*.js'],
        languageOptions: {
            sourceType: 'script',
            globals: { ...globals.browser, acquireVsCodeApi: 'readonly', mermaid: 'readonly' },
        },
    },
    {
        // The static site's script runs in the browser, with the copied mermaid and MiniSearch and
        // the site's search index as globals (reports/src/site/).
        files: ['reports/media/**/*.js'],
        languageOptions: {
            sourceType: 'script',
            globals: { ...globals.browser, mermaid: 'readonly', MiniSearch: 'readonly', OPGAVE_ZOEKINDEX: 'readonly' },
        },
    },
    {
        // No internal value in a message (issue "Trust", item 13): a template literal in the
        // product's code may only interpolate strings and numbers, so `undefined`, `null` or an
        // object can never reach a text a user reads.
        files: ['language/src/**/*.ts', 'reports/src/**/*.ts', 'cli/src/**/*.ts', 'server/src/**/*.ts', 'client/src/**/*.ts'],
        rules: {
            '@typescript-eslint/restrict-template-expressions': [
                'error',
                { allowNumber: true, allowBoolean: false, allowNullish: false, allowAny: false, allowRegExp: false, allowNever: false },
            ],
        },
    },
    {
        files: TS,
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
            '@typescript-eslint/no-non-null-assertion': 'off',
        },
    },
    {
        // Dependencies declared where they are used: an import (also `import type`, `export … from`,
        // `import()` and `require()`) of a package must name one in package.json. Product code may
        // use `dependencies` only; Node's built-ins are always allowed. The TypeScript resolver finds
        // type-only packages too (`sarif` is `@types/sarif`), so those are checked like the others.
        files: [...TS, ...JS],
        plugins: { 'import-x': importX },
        settings: {
            // Which files import-x reads to follow imports (no-cycle); the default is `.js` only.
            'import-x/extensions': ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'],
            'import-x/resolver-next': [
                createTypeScriptImportResolver({
                    project: ['tsconfig.json', 'client/tsconfig.json'].map((p) => `${import.meta.dirname}/${p}`),
                    noWarnOnMultipleProjects: true,
                }),
            ],
        },
        rules: {
            'import-x/no-extraneous-dependencies': [
                'error',
                {
                    packageDir: import.meta.dirname,
                    devDependencies: false,
                    optionalDependencies: false,
                    peerDependencies: false,
                    includeTypes: true,
                },
            ],
        },
    },
    {
        files: ONTWIKKELCODE,
        rules: {
            'import-x/no-extraneous-dependencies': [
                'error',
                {
                    packageDir: import.meta.dirname,
                    devDependencies: true,
                    optionalDependencies: false,
                    peerDependencies: false,
                    includeTypes: true,
                },
            ],
        },
    },
    {
        // One direction (issue 10, ARCHITECTURE.md): language/ → reports/ → cli/ and server/, and
        // client/ talks to the server only over LSP. A zone names the folder it protects (`target`)
        // and the folders it may not import (`from`); `import type` counts too.
        files: [...TS, ...JS],
        rules: {
            'import-x/no-restricted-paths': [
                'error',
                {
                    basePath: import.meta.dirname,
                    zones: [
                        zone('language', ['reports', 'cli', 'server', 'client'], 'language/ is the core: it imports no shell'),
                        zone('reports', ['cli', 'server', 'client'], 'reports/ may import language/ only'),
                        zone('cli', ['server', 'client'], 'cli/ may import language/ and reports/ only'),
                        zone('server', ['cli', 'client'], 'server/ may import language/ and reports/ only'),
                        zone(
                            'client',
                            ['language', 'reports', 'cli', 'server'],
                            'client/ talks to the server over LSP and imports none of it',
                        ),
                    ],
                },
            ],
        },
    },
    {
        // No file cycles among values in the product's code (an `import type` is erased, so the
        // rule skips it; test/core/lagen.test.ts also walks type imports, and test/ and bench/).
        // Packages are not followed: they cannot import our files.
        files: ['language/**', 'reports/**', 'cli/**', 'server/**', 'client/**'],
        rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
    },
    {
        // The extension and its end-to-end suite run inside VS Code, which provides `vscode`.
        files: ['client/src/**', 'test/e2e/suite/**'],
        settings: { 'import-x/core-modules': ['vscode'] },
    },
);
