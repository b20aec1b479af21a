// Unit test configuration: main and preload code runs in Node, renderer code on fake-indexeddb.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20000,
    // Worker threads start faster than forked processes: the unit run took 190 s in threads, 246 s in forks.
    pool: 'threads',
    // Many tests wait on files, watchers and child processes: on 2 cores, 2 workers left the CPU idle half the
    // time (190 s), 4 kept it busy (120 s).
    maxWorkers: Math.max(availableParallelism(), 4),
    // The JSON report feeds the one-line total that `npm test` prints last (scripts/test-summary.ts).
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
