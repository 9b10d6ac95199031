// Lint rules that enforce the dependency rule of ARCHITECTURE.md, plus strict TypeScript hygiene.
import tseslint from 'typescript-eslint';

const rule = (message, group) => ({ group, message });
const nodeSide = ['**/storage/**', '**/library/**', '**/runner/**', '**/server/**', '**/cli/**', '**/compose*'];

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
          rule('core is pure: it may not import other layers (ARCHITECTURE.md, dependency rule)', ['**/contract/**', '**/services/**', ...nodeSide, '**/web/**']),
          rule('core is pure: no Node built-ins (no I/O, no clock)', ['node:*']),
          rule('core is pure: no React', ['react', 'react-dom']),
        ],
      }],
    },
  },
  {
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [rule('contract may import only core (dependency rule)', ['**/services/**', ...nodeSide, '**/web/**', 'node:*'])] }],
    },
  },
  {
    files: ['src/services/**/*.ts'],
    ignores: ['src/services/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [rule('services use ports, never adapters or front ends (dependency rule)', [...nodeSide, '**/web/**'])] }],
    },
  },
  {
    files: ['src/storage/**/*.ts', 'src/library/**/*.ts', 'src/runner/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [rule('adapters may not import front ends (dependency rule)', ['**/server/**', '**/cli/**', '**/web/**'])] }],
    },
  },
  {
    files: ['src/server/**/*.ts', 'src/cli/**/*.ts'],
    ignores: ['src/cli/main.ts', 'src/server/main.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [rule('front ends reach adapters only through compose in main.ts (dependency rule)', ['**/storage/**', '**/library/**', '**/runner/**', '**/compose*', '**/web/**'])] }],
    },
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [rule('the web app may import only contract and core (dependency rule)', ['**/services/**', ...nodeSide, 'node:*'])] }],
    },
  },
);
