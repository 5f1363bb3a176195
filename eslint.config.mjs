// typescript-eslint flat config: recommended rules for all TypeScript sources, and for every
// source (.ts, .mjs, .cjs, .js) the rule that each imported package is declared in package.json.
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts', '**/*.mts', '**/*.cts'];
const JS = ['**/*.js', '**/*.mjs', '**/*.cjs'];

// Test, bench and script code, and the config files at the top: these may also import
// devDependencies. Everything else (language/, reports/, cli/, server/, client/) is product code.
const ONTWIKKELCODE = ['test/**', 'bench/**', 'scripts/**', 'client/scripts/**', '*.{ts,mts,cts,js,mjs,cjs}'];

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
        // The extension and its end-to-end suite run inside VS Code, which provides `vscode`.
        files: ['client/src/**', 'test/e2e/suite/**'],
        settings: { 'import-x/core-modules': ['vscode'] },
    },
);
