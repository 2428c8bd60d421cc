import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR } from '../chromium.mjs';

// Checks on the built extension itself (npm test builds it before the e2e suites).
const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

const contentScript = (name: string) => readFileSync(path.join(EXTENSION_DIR, `content-scripts/${name}.js`), 'utf8');

test('content scripts carry no PDF library or fonts', () => {
  for (const name of ['content', 'sidebar-ui']) {
    expect(contentScript(name)).not.toMatch(/jsPDF|jspdf/i);
    expect(contentScript(name)).not.toMatch(/Tinos|\.ttf/);
  }
});

test('the script every portal page runs has no React: the sidebar UI is injected when a page needs it', () => {
  const REACT_ELEMENT = 'react.transitional.element';
  expect(contentScript('content')).not.toContain(REACT_ELEMENT);
  expect(contentScript('sidebar-ui')).toContain(REACT_ELEMENT);
  expect(manifest.content_scripts.flatMap((c: { js: string[] }) => c.js)).toEqual(['content-scripts/content.js']);
});

test('the manifest asks for portal hosts, storage and scripting only; other hosts only one by one at run time', () => {
  // No "alarms": the register is pruned when the background starts and once a day on its writes (upkeep.ts).
  expect(manifest.permissions).toEqual(['storage', 'scripting']);
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  const hosts: string[] = [
    ...manifest.host_permissions,
    ...manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches),
  ];
  expect(hosts).not.toContain('<all_urls>');
  // Nothing a page could load to find out the extension is there: the sidebar's CSS is inside its script.
  expect(manifest.web_accessible_resources).toBeUndefined();
  for (const host of hosts) expect(host).toMatch(/^(\*|https?):\/\/(\*\.gov\.vn|localhost|127\.0\.0\.1)\/\*$/);
});

test('extension pages run only their own code', () => {
  const csp: string = manifest.content_security_policy.extension_pages;
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|wasm-unsafe-eval/);
  expect(manifest.externally_connectable).toBeUndefined();
});

test('the session area stays closed to content scripts: they ask the background for their records', () => {
  const background = readFileSync(path.join(EXTENSION_DIR, 'background.js'), 'utf8');
  expect(background).not.toContain('TRUSTED_AND_UNTRUSTED_CONTEXTS');
  expect(background).not.toMatch(/setAccessLevel/);
  expect(contentScript('content')).not.toMatch(/storage\.session/);
});

test('the portal’s load event never waits for the content script: it starts at document_start and waits for load', () => {
  expect(manifest.content_scripts.map((c: { run_at: string }) => c.run_at)).toEqual(['document_start']);
});
