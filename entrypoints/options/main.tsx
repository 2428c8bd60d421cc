import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import { startClock } from '@/utils/clock/today-override';
import { ensureDeskId } from '@/utils/settings/desk-identity';
import '@/components/options/options.css';

const root = document.getElementById('root');
// Dates on this page follow the product's clock (a demo or test may set "today"). The desk's id is made before the
// page shows, so that no form can save settings read without it.
void Promise.all([startClock().catch(() => {}), ensureDeskId().catch(() => {})]).finally(() => {
  if (root) createRoot(root).render(<OptionsApp />);
});
