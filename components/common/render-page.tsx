import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from './ErrorBoundary';
import { reportRenderError } from './report-render-error';

/**
 * Shows an extension page in its `#root`. If the whole page fails, a notice with a reload takes its place; React's
 * reports of failed parts say only the kind of error (reportRenderError).
 */
export function renderPage(label: string, page: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root, { onCaughtError: reportRenderError, onUncaughtError: reportRenderError }).render(
    <ErrorBoundary label={label} section="page" actions={[{ label: 'Tải lại trang', run: () => location.reload() }]}>
      {page}
    </ErrorBoundary>,
  );
}
