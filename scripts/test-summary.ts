// Prints one line totalling the unit, end-to-end and Electron runs of `npm test`, from their JSON reports.
import { existsSync, readFileSync } from 'node:fs';

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

function vitestTotals(file: string): Totals {
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwrightTotals(file: string): Totals {
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped };
}

const parts: [string, (file: string) => Totals][] = [
  ['test-results/unit.json', vitestTotals],
  ['test-results/e2e.json', playwrightTotals],
  ['test-results/electron.json', playwrightTotals],
];
const total: Totals = { passed: 0, failed: 0, skipped: 0 };
for (const [file, read] of parts) {
  if (!existsSync(file)) {
    process.stderr.write(`missing test report ${file}\n`);
    process.exit(1);
  }
  const t = read(file);
  total.passed += t.passed;
  total.failed += t.failed;
  total.skipped += t.skipped;
}
process.stdout.write(`Tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
