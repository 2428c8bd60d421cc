import { defineConfig } from 'wxt';
import { COMMANDS } from './utils/messaging/shortcuts';
import { OPTIONAL_HOST_PATTERNS } from './utils/permissions/portal-origin';
import { PORTAL_MATCHES } from './utils/portal-hosts';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Một Cửa Thân Thiện',
    description: 'Trợ lý cho cán bộ một cửa: đọc hồ sơ, nhắc hạn, lời chào và thư chúc mừng, chia buồn, xin lỗi.',
    // Least privilege: storage, and scripting only to run on portals a team lead adds (each host asked for at run
    // time, with the browser's prompt); shipped hosts are the gov.vn portals and the demo portal on loopback.
    permissions: ['storage', 'scripting'],
    host_permissions: PORTAL_MATCHES,
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
