import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR } from './fixtures';

// Checks on the built extension itself (npm test builds it before the e2e suites).
test('the content script carries no PDF library or fonts', () => {
  const content = readFileSync(path.join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
  expect(content).not.toMatch(/jsPDF|jspdf/i);
  expect(content).not.toMatch(/Tinos|\.ttf/);
});

test('the manifest asks for portal hosts only', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const hosts: string[] = [
    ...manifest.host_permissions,
    ...manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches),
  ];
  expect(hosts).not.toContain('<all_urls>');
  for (const host of hosts) expect(host).toMatch(/^(\*|https?):\/\/(\*\.gov\.vn|localhost|127\.0\.0\.1)\/\*$/);
});
