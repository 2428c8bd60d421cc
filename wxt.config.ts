import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { shareWithSidebarUi } from './utils/build/share-with-sidebar-ui';
import { writeLetterFonts } from './utils/letters/font-subset';
import { COMMANDS } from './utils/messaging/shortcuts';
import { OPTIONAL_HOST_PATTERNS } from './utils/permissions/portal-origin';
import { PORTAL_MATCHES } from './utils/portal-hosts';
import { managedJsonSchema } from './utils/settings/managed-json-schema';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    // sidebar-ui.js takes the modules it shares with content.js from content.js (utils/page/ui-shared-modules.ts).
    plugins: [shareWithSidebarUi()],
    resolve: {
      // What jsPDF needs only for doc.html(), SVG and PNG images, which letters never use: a stub that throws stands
      // in for it (utils/letters/jspdf-unbundled.ts).
      alias: Object.fromEntries(
        ['html2canvas', 'dompurify', 'canvg', 'fast-png'].map((name) => [
          name,
          fileURLToPath(new URL('./utils/letters/jspdf-unbundled.ts', import.meta.url)),
        ]),
      ),
    },
  }),
  hooks: {
    // The letter fonts, subset at build time to the characters letters print (utils/letters/font-subset.ts).
    'build:publicAssets': async (wxt, files) => {
      files.push(...(await writeLetterFonts(`${wxt.config.wxtDir}/letter-fonts`)));
      // The policy schema, generated from the settings schema (utils/settings/managed-json-schema.ts).
      files.push({ relativeDest: 'managed-schema.json', contents: JSON.stringify(managedJsonSchema()) });
    },
  },
  manifest: ({ browser }) => ({
    name: 'Một Cửa Thân Thiện',
    description: 'Trợ lý cho cán bộ một cửa: đọc hồ sơ, nhắc hạn, lời chào và thư chúc mừng, chia buồn, xin lỗi.',
    // Least privilege: storage, and scripting only to run on portals a team lead adds (each host asked for at run
    // time, with the browser's prompt); shipped hosts are the gov.vn portals and the demo portal on loopback.
    // contextMenus puts "Mở màn hình quầy" on the toolbar button's right-click menu (the left click toggles the
    // sidebar): it reads no page and no data, and browsers show no install warning for it.
    permissions: ['storage', 'scripting', 'contextMenus'],
    host_permissions: PORTAL_MATCHES,
    // The only script portal pages run while they load: it asks for the content script once the page has loaded
    // (entrypoints/portal-start.ts; the content script is registered at run time).
    content_scripts: [{ matches: PORTAL_MATCHES, js: ['portal-start.js'], run_at: 'document_start' }],
    optional_host_permissions: OPTIONAL_HOST_PATTERNS,
    action: { default_title: 'Một Cửa Thân Thiện' },
    // Alt+Shift+M opens the sidebar and puts the focus in it (changeable at chrome://extensions/shortcuts).
    commands: COMMANDS,
    // An office's policy (chrome.storage.managed) may push and lock settings; see README and utils/settings/managed.ts.
    // Firefox reads policies without a schema key and would warn about it.
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed-schema.json' } }),
    // No remote code, no eval, no inline scripts in extension pages.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'; base-uri 'self'" },
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: 'mot-cua-than-thien@ubnd.local', strict_min_version: '115.0' } },
    }),
  }),
});
