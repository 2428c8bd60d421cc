import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { reportRenderError } from '@/components/common/report-render-error';
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
    if (root) {
      createRoot(root, { onCaughtError: reportRenderError, onUncaughtError: reportRenderError }).render(
        <ErrorBoundary
          label="Trang in"
          section="page"
          actions={[{ label: 'Tải lại trang', run: () => location.reload() }]}
        >
          <PrintApp />
        </ErrorBoundary>,
      );
    }
  });
