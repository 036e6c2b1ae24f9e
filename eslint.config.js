import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'data/', 'scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', crypto: 'readonly', fetch: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    // The domain stays pure: no I/O libraries in core (see STYLE.md).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'kysely',
            'grammy',
            'fastify',
            'openai',
            'pg',
            'better-sqlite3',
            '../store/*',
            '../services/*',
            '../interfaces/*',
          ],
        },
      ],
    },
  },
  {
    // Interfaces reach the data only through services.
    files: ['src/interfaces/**/*.ts'],
    ignores: ['src/interfaces/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/store/*', 'kysely', 'openai'] }] },
  },
);
