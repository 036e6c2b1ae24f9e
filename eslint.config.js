import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'web/dist/', 'node_modules/', 'coverage/', 'data/', 'scratch/'] },
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
      // Descriptive names: one letter only for loop indices and ignored parameters.
      'id-length': ['error', { min: 2, exceptions: ['i', 'j', 'k', '_'], properties: 'never' }],
    },
  },
  {
    // Short functions read at a glance; a longer one is split by what it does (STYLE.md 18).
    files: ['src/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', 'web/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    // A migration is one linear script of DDL, written once and never changed: split, a schema
    // version would be scattered over helpers.
    files: ['src/store/migrations/*.ts'],
    rules: { 'max-lines-per-function': 'off' },
  },
  // The layering of docs/architecture.md: arrows point down only, and nothing imports main/.
  ...layers({
    core: { may: [], libraries: ['node:*', 'kysely', 'grammy', 'fastify', 'openai', 'pg', 'better-sqlite3', 'zod'] },
    config: { may: ['core'] },
    i18n: { may: ['core'] },
    content: { may: ['core'] },
    services: { may: ['core'], libraries: ['grammy', 'fastify', 'kysely', 'openai', 'pg', 'better-sqlite3'] },
    coach: { may: ['core', 'content', 'config'], libraries: ['grammy', 'fastify', 'kysely', 'pg', 'better-sqlite3'] },
    store: { may: ['core'], libraries: ['grammy', 'fastify', 'openai'] },
    // Device-file parsers (Apple Health, Oura, Fitbit, FIT): I/O libraries, but no database or transport.
    imports: { may: ['core'], libraries: ['grammy', 'fastify', 'kysely', 'openai', 'pg', 'better-sqlite3'] },
    jobs: { may: ['core', 'services'] },
    interfaces: { may: ['core', 'services', 'i18n', 'content', 'config'], libraries: ['kysely', 'openai', 'pg'] },
  }),
);

/**
 * One ESLint block per layer: a layer may import itself and the layers it names, never another
 * (and never main/, the composition roots). Tests are exempt: they build whole apps.
 */
function layers(table) {
  const all = [
    'core',
    'config',
    'i18n',
    'content',
    'services',
    'coach',
    'imports',
    'store',
    'jobs',
    'interfaces',
    'main',
  ];
  return Object.entries(table).map(([layer, rule]) => {
    const banned = all.filter((other) => other !== layer && !rule.may.includes(other));
    const group = banned.flatMap((other) => [
      `../${other}/*`,
      `**/../${other}/*`,
      `../${other}/**`,
      `**/../${other}/**`,
    ]);
    return {
      files: [`src/${layer}/**/*.ts`],
      ignores: ['**/*.test.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group,
                message: `${layer}/ may import only ${['itself', ...rule.may].join(', ')} (docs/architecture.md)`,
              },
              ...(rule.libraries?.length ? [{ group: rule.libraries, message: `not in ${layer}/` }] : []),
            ],
          },
        ],
      },
    };
  });
}
