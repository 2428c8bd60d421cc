import { readdirSync, readFileSync, statSync } from 'node:fs';
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

/** Every file of the built package, by its path inside it. */
const packageFiles = (): string[] =>
  readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' }).filter((file) =>
    statSync(path.join(EXTENSION_DIR, file)).isFile(),
  );

test('the package weighs at most 1.5 MB: subset fonts, none of jsPDF’s unused dependencies', () => {
  const files = packageFiles();
  const size = files.reduce((sum, file) => sum + statSync(path.join(EXTENSION_DIR, file)).size, 0);
  expect(size).toBeLessThanOrEqual(1_500_000);
  const fonts = files.filter((file) => file.endsWith('.ttf'));
  expect(fonts.sort()).toEqual([
    'fonts/tinos-bold-italic.ttf',
    'fonts/tinos-bold.ttf',
    'fonts/tinos-italic.ttf',
    'fonts/tinos-regular.ttf',
  ]);
  for (const font of fonts) expect(statSync(path.join(EXTENSION_DIR, font)).size).toBeLessThan(40 * 1024);
  const scripts = files
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(path.join(EXTENSION_DIR, file), 'utf8'));
  // A string each of html2canvas, DOMPurify, canvg, fast-png and pako (which only fast-png uses) would bring.
  const marks = [
    'Unable to find element in cloned iframe',
    'ALLOWED_TAGS',
    'textPath',
    'while decoding chunk',
    'invalid literal/length code',
  ];
  expect(marks.filter((mark) => scripts.some((script) => script.includes(mark)))).toEqual([]);
  expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
});

test('the content script has no React: the sidebar UI is injected when a page needs it', () => {
  const REACT_ELEMENT = 'react.transitional.element';
  expect(contentScript('content')).not.toContain(REACT_ELEMENT);
  expect(contentScript('sidebar-ui')).toContain(REACT_ELEMENT);
});

test('all a portal page runs while it loads is a start script of a few hundred bytes, with no browser-API wrapper', () => {
  expect(manifest.content_scripts.flatMap((c: { js: string[] }) => c.js)).toEqual(['portal-start.js']);
  const start = readFileSync(path.join(EXTENSION_DIR, 'portal-start.js'), 'utf8');
  expect(start.length).toBeLessThan(2048);
  expect(start).not.toContain('This script should only be loaded in a browser extension');
  expect(start).toContain('startPortalPage');
});

test('code is carried once: the sidebar’s UI takes what it shares from content.js, the background shares pages’ chunks', () => {
  // The browser API wrapper and a letter template's text: in content.js, and no copy in sidebar-ui.js, which reads
  // the modules content.js hands over (utils/page/ui-shared-modules.ts).
  for (const mark of ['This script should only be loaded in a browser extension', 'vô cùng xúc động được tin']) {
    expect(contentScript('content')).toContain(mark);
    expect(contentScript('sidebar-ui')).not.toContain(mark);
  }
  expect(contentScript('sidebar-ui')).toContain('mctt.ui-shared');
  // An ES module service worker: settings, register and session code come from the chunks the pages use too.
  expect(manifest.background).toEqual({ service_worker: 'background.js', type: 'module' });
});

test('the manifest asks for portal hosts, storage, scripting and the toolbar menu only; other hosts one by one at run time', () => {
  // No "alarms": the register is pruned whenever the background's worker starts (upkeep.ts).
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

test('the session area stays closed to content scripts: they ask the background for their records', () => {
  const background = readFileSync(path.join(EXTENSION_DIR, 'background.js'), 'utf8');
  expect(background).not.toContain('TRUSTED_AND_UNTRUSTED_CONTEXTS');
  expect(background).not.toMatch(/setAccessLevel/);
  expect(contentScript('content')).not.toMatch(/storage\.session/);
});

test('the portal’s load event never waits for our scripts: the start script runs at document_start and asks after load', () => {
  expect(manifest.content_scripts.map((c: { run_at: string }) => c.run_at)).toEqual(['document_start']);
});
