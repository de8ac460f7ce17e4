import { defineConfig } from 'vitest/config';

// Unit tests cover `src/lib` (pure TypeScript, no `astro:*` import), the command-line tools and
// `tools/`, so plain Vitest runs them without Astro's Vite plugins. The rendered site is tested
// end to end (`tests/e2e`).
// Two tiers: `rapides` (the everyday loop, `npm run test:unit`) and `lents`, the tests that
// start the command-line tools as subprocesses or draw many random cases with fast-check
// (`npm run test:lent`). `npm test` runs both.
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        test: {
          name: 'rapides',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/lent/**'],
          // Files share their worker's module cache: `src/lib` is pure, and each file importing
          // opening_hours, the communes and the outlines again cost most of the run (39 s → 12 s
          // here, also passing in shuffled order). The subprocess tier keeps its isolation.
          isolate: false,
          environment: 'node',
        },
      },
      {
        test: { name: 'lents', include: ['tests/unit/lent/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
