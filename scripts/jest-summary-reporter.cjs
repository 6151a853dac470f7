// Ends a test run with the plain "N passed, N failed" line CI reads.
module.exports = class SummaryReporter {
  onRunComplete(_contexts, r) {
    process.stdout.write(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped\n`);
  }
};
