import { defineConfig } from 'wxt';
import { PORTAL_MATCHES } from './utils/portal-hosts';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: {
    name: 'Một Cửa Thân Thiện',
    description: 'Trợ lý cho cán bộ một cửa: đọc hồ sơ, nhắc hạn, lời chào và thư chúc mừng, chia buồn, xin lỗi.',
    permissions: ['storage', 'alarms'],
    host_permissions: PORTAL_MATCHES,
    action: { default_title: 'Một Cửa Thân Thiện' },
  },
});
