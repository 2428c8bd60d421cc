/** Portal hosts the content script runs on: gov.vn one-stop portals, plus the bundled demo portal on loopback. */
export const PORTAL_MATCHES = ['*://*.gov.vn/*', 'http://localhost/*', 'http://127.0.0.1/*'];
