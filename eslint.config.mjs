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
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
            '@typescript-eslint/no-non-null-assertion': 'off',
        },
    },
);
