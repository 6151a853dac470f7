// Ends a test run with the plain "N passed, N failed" line CI reads, after the slowest tests (where the suite's
// time goes: it has to fit CI's limit).
module.exports = class SummaryReporter {
  constructor() {
    this.tests = [];
  }
  onTestResult(test, result) {
    const file = test.path.replace(/^.*__tests__\//, '');
    for (const t of result.testResults) if (t.duration) this.tests.push({ ms: t.duration, name: `${file} › ${t.title}` });
  }
  onRunComplete(_contexts, r) {
    const slowest = this.tests.sort((a, b) => b.ms - a.ms).slice(0, 15);
    if (slowest.length > 0 && slowest[0].ms > 10_000)
      process.stdout.write(`\nslowest tests:\n${slowest.map((t) => `  ${(t.ms / 1000).toFixed(1).padStart(6)} s  ${t.name.slice(0, 150)}`).join('\n')}\n`);
    process.stdout.write(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped\n`);
  }
};
