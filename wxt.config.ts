import { defineConfig } from 'wxt';

// Portal hosts the adapters know, plus the bundled demo portal on loopback.
export const PORTAL_MATCHES = ['*://*.gov.vn/*', 'http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: {
    name: 'Một Cửa Thân Thiện',
    description: 'Trợ lý cho cán bộ một cửa: đọc hồ sơ, nhắc hạn, lời chào và thư chúc mừng, chia buồn, xin lỗi.',
    default_locale: undefined,
    permissions: ['storage', 'alarms'],
    host_permissions: PORTAL_MATCHES,
    action: { default_title: 'Một Cửa Thân Thiện' },
  },
});
