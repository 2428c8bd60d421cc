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

test('the manifest asks for portal hosts, storage, scripting and the toolbar menu only; other hosts one by one at run time', () => {
  // contextMenus: the toolbar button's "Mở màn hình quầy" item (no data access, no install warning).
  expect(manifest.permissions).toEqual(['storage', 'scripting', 'contextMenus']);
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
