// The .github/workflows/perf-gate.yml `perf-gate init` writes beside the budget: the pull-request check and the push
// to the default branch that stores the baseline, with the permissions each part needs, set up for the app's runtime.
export interface WorkflowInput {
  kind: 'node' | 'django' | 'other';
  /** The budget, relative to the repository root. */
  budget: string;
  /** The app's build before perf-gate starts it (npm run build). */
  build?: string;
  /** Python requirements to install, when the repository has them. */
  requirements?: string;
  /** A PostgreSQL service with pg_stat_statements, for `database.postgres`. */
  postgres: boolean;
  defaultBranch: string;
}

const postgresService = `    services:
      postgres:
        image: postgres:16
        env: { POSTGRES_USER: app, POSTGRES_PASSWORD: app, POSTGRES_DB: app }
        ports: ['5432:5432']
        options: >-
          --health-cmd "pg_isready -U app" --health-interval 2s --health-timeout 5s --health-retries 20
    env:
      DATABASE_URL: postgres://app:app@127.0.0.1:5432/app
`;

// A services: container takes no server flags: set the preload, restart it, create the extension.
const postgresSteps = `      - name: Load pg_stat_statements
        run: |
          psql "$DATABASE_URL" -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"
          docker restart \${{ job.services.postgres.id }}
          until pg_isready -h 127.0.0.1 -U app; do sleep 1; done
          psql "$DATABASE_URL" -c 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements'
`;

function runtimeSteps(input: WorkflowInput): string {
  if (input.kind === 'node')
    return `      - uses: actions/setup-node@v5
        with:
          node-version: 24
      - run: ${input.build ?? 'npm ci'}
`;
  if (input.kind === 'django')
    return `      - uses: actions/setup-python@v5
        with:
          python-version: '3.12'
      - run: pip install ${input.requirements ? `-r ${input.requirements} ` : 'django '}gunicorn${input.postgres ? ' psycopg2-binary' : ''}
`;
  return '      # Install what your app needs to start here.\n';
}

export function draftWorkflow(input: WorkflowInput): string {
  return `# Written by perf-gate init. A pull request is measured and compared with the ${input.defaultBranch} branch's stored run; a push to
# ${input.defaultBranch} stores its run as the baseline. Add the label perf-gate:accept to a pull request to accept its
# regressions, with a line "perf-gate-accept: why" in its description.
name: perf-gate

on:
  pull_request:
    types: [opened, synchronize, reopened, labeled]
  push:
    branches: [${input.defaultBranch}]

permissions:
  contents: read
  actions: read # to list and download the stored run of the base branch
  pull-requests: write # for the one comment perf-gate keeps on the pull request
  checks: write # for the check run named for the budget file
  issues: write # who added the accept label (issue events), and the issue a regression on ${input.defaultBranch} opens

jobs:
  perf:
    runs-on: ubuntu-latest
    timeout-minutes: 20
${input.postgres ? postgresService : ''}    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0 # the base's history: perf-gate confirms a suspicious verdict beside it

${runtimeSteps(input)}${input.postgres ? postgresSteps : ''}
      - id: perf
        uses: perf-gate/perf-gate@v1
        with:
          config: ${input.budget}

      # Keep the report (report.json, report.md, the app's log) even when the gate fails.
      - if: always()
        uses: actions/upload-artifact@v4
        with:
          name: perf-gate-report
          path: \${{ steps.perf.outputs.report-dir || 'perf-gate-report' }}
`;
}
