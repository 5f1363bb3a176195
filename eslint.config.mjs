// typescript-eslint flat config: recommended rules for all TypeScript sources.
import tseslint from 'typescript-eslint';

export default tseslint.config(
    {
        ignores: [
            'node_modules/',
            'out/',
            'dist/',
            'language/generated/',
            'test/e2e/.tools/',
            'test/.tools/',
            'bench/tmp/',
            '**/*.js',
            '**/*.cjs',
            '**/*.mjs',
        ],
    },
    ...tseslint.configs.recommended,
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
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
            '@typescript-eslint/no-non-null-assertion': 'off',
        },
    },
);
