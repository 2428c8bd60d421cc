import { createRoot } from 'react-dom/client';
import { PrintApp } from '@/components/print/PrintApp';
import { startClock } from '@/utils/clock/today-override';
import { bundledFontSource } from '@/utils/letters/bundled-fonts';
import { setFontSource } from '@/utils/letters/fonts';
import '@/components/print/print.css';

// Fonts come from the extension's own files: the print page never reaches the network.
setFontSource(bundledFontSource);

const root = document.getElementById('root');
// Dates on this page follow the product's clock (a demo or test may set "today").
void startClock()
  .catch(() => {})
  .finally(() => {
    if (root) createRoot(root).render(<PrintApp />);
  });
