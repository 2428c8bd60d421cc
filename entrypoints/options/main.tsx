import { renderPage } from '@/components/common/render-page';
import { OptionsApp } from '@/components/options/OptionsApp';
import { startClock } from '@/utils/clock/today-override';
import { ensureDesk } from '@/utils/settings/desk-identity';
import '@/components/options/options.css';

// Dates on this page follow the product's clock (a demo or test may set "today"). The desk's id is made before the
// page shows, so that no form can save settings read without it.
// Settings put right on the way are written back with the id, and still named in the page's notice.
void Promise.all([startClock().catch(() => {}), ensureDesk().catch(() => null)]).then(([, desk]) =>
  renderPage('Trang cài đặt', <OptionsApp repairedAtStart={desk?.repaired ?? []} />),
);
