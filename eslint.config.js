// Lint rules that enforce the dependency rule of ARCHITECTURE.md, plus strict TypeScript hygiene.
import tseslint from 'typescript-eslint';

const rule = (message, group) => ({ group, message });
// Layers are matched by a relative import that climbs out of the current layer into the named folder, so that
// features/library in the web app is not mistaken for src/library.
const layer = (...names) => ({ regex: `^(\\.\\./)+(${names.join('|')})(/|\\.js$)` });
const layers = (message, ...names) => ({ ...layer(...names), message });
const nodeSide = ['storage', 'library', 'runner', 'llm', 'server', 'cli', 'compose'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-output/**', 'exercises/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          rule('core is pure: it may not import other layers (ARCHITECTURE.md, dependency rule)', ['../../*', '!../../core/*']),
          layers('core is pure: it may not import other layers (ARCHITECTURE.md, dependency rule)', 'contract', 'services', ...nodeSide, 'web'),
          rule('core is pure: no Node built-ins (no I/O, no clock)', ['node:*']),
          rule('core is pure: no React', ['react', 'react-dom']),
        ],
      }],
    },
  },
  {
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [layers('contract may import only core (dependency rule)', 'services', ...nodeSide, 'web'), rule('contract is pure: no Node built-ins', ['node:*'])] }],
    },
  },
  {
    files: ['src/services/**/*.ts'],
    ignores: ['src/services/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [layers('services use ports, never adapters or front ends (dependency rule)', ...nodeSide, 'web')] }],
    },
  },
  {
    files: ['src/storage/**/*.ts', 'src/library/**/*.ts', 'src/runner/**/*.ts', 'src/llm/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [layers('adapters may not import front ends (dependency rule)', 'server', 'cli', 'web')] }],
    },
  },
  {
    files: ['src/server/**/*.ts', 'src/cli/**/*.ts'],
    ignores: ['src/cli/main.ts', 'src/server/main.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [layers('front ends reach adapters only through compose in main.ts (dependency rule)', 'storage', 'library', 'runner', 'llm', 'compose', 'web')] }],
    },
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [layers('the web app may import only contract and core (dependency rule)', 'services', ...nodeSide), rule('the web app runs in the browser: no Node built-ins', ['node:*'])] }],
    },
  },
);
