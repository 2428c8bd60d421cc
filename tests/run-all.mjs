// Runs every check `npm test` promises, in order, and ends with one line: "N passed, N failed".
// Lint, type check and build count as one check each; unit and e2e suites count their tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = '.reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

let passed = 0;
let failed = 0;

function run(title, command, env = {}) {
  console.log(`\n=== ${title}: ${command}`);
  const result = spawnSync(command, { shell: true, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(title, command) {
  const ok = run(title, command);
  if (ok) passed += 1;
  else failed += 1;
  return ok;
}

function vitestSuite(title, args, env) {
  const file = `${REPORTS}/vitest-${passed + failed}.json`;
  const ok = run(title, `npx vitest run ${args} --reporter=default --reporter=json --outputFile=${file}`, env);
  if (!existsSync(file)) {
    failed += 1;
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
}

function playwrightSuite() {
  const file = `${REPORTS}/playwright.json`;
  const ok = run('e2e (Playwright, Chromium with the built extension)', 'npx playwright test');
  if (!existsSync(file)) {
    failed += 1;
    return;
  }
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected + (ok || stats.unexpected > 0 ? 0 : 1);
}

check('lint (Biome)', 'npm run --silent lint');
check('type check (tsc)', 'npm run --silent typecheck');
vitestSuite('unit tests', '');
// No test may depend on the day it runs: the whole suite again, standing late on the eve of Tết (tests/unit/stand-on-day.ts).
vitestSuite('unit tests on another day (TODAY)', '', { TODAY: '2027-02-05T23:55:00+07:00' });
// The calendar must give the same answers whatever the computer's time zone.
if (existsSync('utils/deadline')) {
  for (const tz of ['UTC', 'America/New_York']) vitestSuite(`deadline tests in TZ=${tz}`, 'utils/deadline', { TZ: tz });
}
if (check('build (WXT, Chrome MV3)', 'npx wxt build')) playwrightSuite();
else failed += 1;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
