// The demo portal: a tiny loopback-only HTTP server for e2e tests, the demo and benchmarks. No dependencies.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOG } from './catalog.mjs';
import { renderPage, vietnamToday } from './render.mjs';

const PAGES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');

/** What the server sees of a catalog path: no #fragment (hash-routed apps such as OpenCPS keep theirs client-side). */
function served(pagePath) {
  const url = new URL(pagePath, 'http://127.0.0.1');
  return { pathname: url.pathname, search: url.search };
}

/**
 * Which catalog page serves a request; SPA deep links share one page. A page whose catalog path carries a query
 * (iGate's `?procedure=…&task=…`) is served for that exact query; a page without one for any query.
 */
function pageFor(pathname, search) {
  if (pathname.startsWith('/spa/')) return CATALOG.find((p) => p.file === 'spa.html');
  const samePath = CATALOG.filter((p) => served(p.path).pathname === pathname);
  return samePath.find((p) => served(p.path).search === search) ?? samePath.find((p) => served(p.path).search === '');
}

function catalogLinks() {
  return CATALOG.filter((p) => p.path !== '/')
    .map((p) => `<li><a href="${p.path.replaceAll('&', '&amp;')}">${p.title}</a></li>`)
    .join('\n');
}

/**
 * Starts the portal on 127.0.0.1 (or another loopback address: the bench serves the same pages on 127.0.0.2, a host
 * the extension does not match); `today` (YYYY-MM-DD) pins the dates, otherwise each request uses today.
 */
export function startPortal({ port = 0, today, host = '127.0.0.1' } = {}) {
  const server = createServer((req, res) => {
    const { pathname, search } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const page = req.method === 'GET' || req.method === 'HEAD' ? pageFor(pathname, search) : undefined;
    if (!page) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Không tìm thấy trang');
      return;
    }
    const html = readFileSync(path.join(PAGES_DIR, page.file), 'utf8').replace('{{catalog-links}}', catalogLinks());
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : renderPage(html, today ?? vietnamToday()));
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://${host}:${actual}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const portal = await startPortal({ port: Number(process.env.PORT ?? 4173) });
  console.log(`Cổng demo đang chạy: ${portal.url}`);
}
