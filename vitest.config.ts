import { defineConfig } from 'vitest/config';

// Unit tests cover `src/lib` only, which is pure TypeScript (no `astro:*` import), so plain
// Vitest runs them without Astro's Vite plugins. The rendered site is tested end to end.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
