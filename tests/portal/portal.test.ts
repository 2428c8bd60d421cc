import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDossier } from '../../utils/dossier';
import { CATALOG } from './catalog.mjs';
import { FIXED_TODAY, pageHtml } from './load-page';
import { listRows, renderPage, shiftDay, vietnamToday } from './render.mjs';
import { type Portal, startPortal } from './server.mjs';

describe('renderPage: dates relative to today', () => {
  it.each([
    ['{{d:0}}', '25/11/2026'],
    ['{{d:-3}}', '22/11/2026'],
    ['{{d:+10}}', '05/12/2026'],
    ['{{dt:-3 08:30}}', '08:30 22/11/2026'],
    ['{{dlong:+2}}', 'ngày 27 tháng 11 năm 2026'],
    ['{{dlong:+40}}', 'ngày 4 tháng 1 năm 2027'],
    ['{{ymd:-25}}', '2026-10-31'],
    ['H56-{{yymmdd:-1}}-0012', 'H56-261124-0012'],
    ['{{nfd:Diệp}}', 'Diệp'.normalize('NFD')],
    ['{{dts:+1 16:30:00}}', '26/11/2026 16:30:00'],
    ['{{dts:0 08:05}}', '25/11/2026 08:05'],
    ['{{dash:+5}}', '30-11-2026'],
    ['{{dn:-20}}', '5/11/2026'],
    ['{{dn:+40}}', '4/1/2027'],
    ['{{iso:+2 16:30}}', '2026-11-27T16:30:00.000+0700'],
    ['{{halfday:+5 13:30-16:00}}', '30-11-2026 Từ 13:30 đến 16:00'],
    ['{{dlong0:+40}}', 'ngày 04 tháng 01 năm 2027'],
    ['{{dlong0:0}}', 'ngày 25 tháng 11 năm 2026'],
  ])('%s → %s', (template, html) => expect(renderPage(template, FIXED_TODAY)).toBe(html));

  it('shifts across months, years and leap days', () => {
    expect(shiftDay('2028-02-28', 1)).toBe('2028-02-29');
    expect(shiftDay('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('knows today in Vietnam whatever the machine’s zone', () => {
    expect(vietnamToday(Date.UTC(2026, 10, 24, 16, 59))).toBe('2026-11-24');
    expect(vietnamToday(Date.UTC(2026, 10, 24, 17, 0))).toBe('2026-11-25');
  });
});

describe('the generated list', () => {
  const rows = listRows(FIXED_TODAY, 320);

  it('has due dates from 5 days ago to 10 days ahead, and mixed procedures and statuses', () => {
    expect(Math.min(...rows.map((r) => r.dueOffset))).toBe(-5);
    expect(Math.max(...rows.map((r) => r.dueOffset))).toBe(10);
    expect(new Set(rows.map((r) => r.procedureName)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(rows.map((r) => r.status)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(rows.map((r) => r.code)).size).toBe(320);
  });
});

describe.each(CATALOG)('page $file', (page) => {
  const html = pageHtml(page.file);

  it('is rendered completely, in one utf-8 encoding', () => {
    expect(html).not.toMatch(/\{\{/);
    expect(html.match(/<meta charset="utf-8">/g)).toHaveLength(1);
    expect(html).toMatch(/<html lang="vi">/);
  });
});

describe('fixture pages', () => {
  it('one page carries decomposed (NFD) text', () => {
    const html = pageHtml('civil-status-birth.html');
    expect(html).not.toBe(html.normalize('NFC'));
  });

  it('the hostile page carries a megabyte of text', () => {
    expect(pageHtml('hostile.html').length).toBeGreaterThan(1024 * 1024);
  });

  it.each(CATALOG.filter((p) => p.scripts))('$file fills inputs from its own script, never in the HTML', (page) => {
    // Modelled on Vue's v-model / Angular's form controls: a DOM property, no value="…" attribute to read.
    expect(pageHtml(page.file)).not.toMatch(
      /<input[^>]*\svalue="[^"]+"[^>]*type="text"|<input[^>]*type="text"[^>]*\svalue="[^"]+"/,
    );
    const dom = new JSDOM(pageHtml(page.file), { runScripts: 'dangerously' });
    try {
      const filled = Array.from(dom.window.document.querySelectorAll('input')).filter((i) => i.value);
      expect(filled.length).toBeGreaterThan(0);
    } finally {
      dom.window.close();
    }
  });

  it.each(CATALOG.filter((p) => p.list?.items))('$file catalogues every row it lists', (page) => {
    expect(page.list?.items).toHaveLength(page.list?.rows ?? -1);
    const html = pageHtml(page.file);
    for (const item of page.list?.items ?? []) expect(html).toContain(renderPage(item.code, FIXED_TODAY));
  });
});

describe('the SPA page renders late and moves between dossiers with pushState', () => {
  const until = async (check: () => boolean, ms = 3000) => {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 25));
    }
  };

  it('is read once rendered, and again after navigation', async () => {
    // The fixture's own inline script renders the page: run it in jsdom, as a browser would.
    const dom = new JSDOM(pageHtml('spa.html'), {
      url: 'http://127.0.0.1:4173/spa/ho-so/3001',
      runScripts: 'dangerously',
    });
    const { document } = dom.window;
    const started = Date.now();
    try {
      expect(readDossier(document, dom.window.location.href).dossier).toBeNull();
      await until(() => document.querySelector('#next-dossier') !== null);
      expect(Date.now() - started).toBeGreaterThanOrEqual(700);
      const first = readDossier(document, dom.window.location.href);
      expect(first.adapter).toBe('generic');
      expect(first.dossier).toMatchObject({
        code: '000.17.22.H56-261124-0041',
        kind: 'birth',
        child: { name: 'Lý Gia Huy', birthDate: '2026-11-15' },
      });

      (document.querySelector('#next-dossier') as HTMLElement).click();
      expect(dom.window.location.pathname).toBe('/spa/ho-so/3002');
      await until(() => document.querySelector('#next-dossier') !== null);
      const second = readDossier(document, dom.window.location.href).dossier;
      expect(second).toMatchObject({
        code: '000.17.22.H56-261121-0042',
        kind: 'death',
        status: 'overdue',
        deceased: { name: 'Trịnh Văn Thái', deathDate: '2026-11-19' },
      });
    } finally {
      dom.window.close();
    }
  });
});

describe('the portal server', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal({ today: FIXED_TODAY });
  });
  afterAll(() => portal.close());

  it('listens on loopback only', () => expect(portal.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/));

  it.each(CATALOG)('serves $path', async (page) => {
    const response = await fetch(portal.url + page.path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).not.toMatch(/\{\{/);
    if (page.expected) expect(html).toContain(renderPage(page.expected.code, FIXED_TODAY).slice(-4));
  });

  it('lists every page on the home page', async () => {
    const html = await (await fetch(`${portal.url}/`)).text();
    for (const page of CATALOG.filter((p) => p.path !== '/')) {
      expect(html).toContain(`href="${page.path.replaceAll('&', '&amp;')}"`);
    }
  });

  it.each([
    ['/spa/ho-so/3002', 200],
    ['/vi/dossier/processing/1012?tab=2', 200],
    ['/khong-co', 404],
    ['/../package.json', 404],
    ['/pages/home.html', 404],
    ['/web/ubnd-xa-tan-phu/mot-cua-dien-tu', 200],
  ])('%s → %i', async (path, status) => {
    expect((await fetch(portal.url + path)).status).toBe(status);
  });

  it('uses today in Vietnam when no day is pinned', async () => {
    const live = await startPortal();
    try {
      const before = vietnamToday();
      const html = await (await fetch(`${live.url}/hotich/khai-sinh/chi-tiet/2021`)).text();
      // Either side of midnight in Vietnam, should the request straddle it.
      const codes = [before, vietnamToday()].map((day) => renderPage('000.17.22.H56-{{yymmdd:0}}-0021', day));
      expect(codes.some((code) => html.includes(code))).toBe(true);
    } finally {
      await live.close();
    }
  });
});
