import { renderPage } from '@/components/common/render-page';
import { PrintApp } from '@/components/print/PrintApp';
import { startClock } from '@/utils/clock/today-override';
import '@/components/print/print.css';

// Dates on this page follow the product's clock (a demo or test may set "today").
void startClock()
  .catch(() => {})
  .finally(() => renderPage('Trang in', <PrintApp />));
