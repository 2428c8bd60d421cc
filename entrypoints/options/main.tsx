import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import { startClock } from '@/utils/clock/today-override';
import '@/components/options/options.css';

const root = document.getElementById('root');
// Dates on this page follow the product's clock (a demo or test may set "today").
void startClock()
  .catch(() => {})
  .finally(() => {
    if (root) createRoot(root).render(<OptionsApp />);
  });
