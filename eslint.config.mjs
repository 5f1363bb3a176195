// typescript-eslint flat config: recommended rules for all TypeScript sources, and for every
// source (.ts, .mjs, .cjs, .js) the rule that each imported package is declared in package.json,
// the import zones of the layers (language → reports → cli/server; client alone) and no file cycles.
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
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

export default tseslint.config(
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
            'bench/tmp/',
            '.vscode-test/',
        ],
    },
    ...tseslint.configs.recommended.map((config) => ({ ...config, files: config.files ?? TS })),
    {
        // No internal value in a message (issue "Trust", item 13): a template literal in the
        // product's code may only interpolate strings and numbers, so `undefined`, `null` or an
        // object can never reach a text a user reads. Type-aware, so only for the product's code.
        files: ['language/src/**/*.ts', 'reports/src/**/*.ts', 'cli/src/**/*.ts', 'server/src/**/*.ts', 'client/src/**/*.ts'],
        languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
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
            // No file cycles among values (an `import type` is erased, so the rule skips it).
            'import-x/no-cycle': 'error',
        },
    },
    {
        // The extension and its end-to-end suite run inside VS Code, which provides `vscode`.
        files: ['client/src/**', 'test/e2e/suite/**'],
        settings: { 'import-x/core-modules': ['vscode'] },
    },
);
