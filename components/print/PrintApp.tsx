import { useEffect, useState } from 'react';
import { shouldAutoPrint } from '@/utils/print/auto-print';
import { type LetterOrder, takePrintJob } from '@/utils/print/print-job';
import { type PrintRoute, printRoute } from '@/utils/print/print-route';
import { loadEffectiveSettings } from '@/utils/settings/managed';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { LetterPreview } from './LetterPreview';
import { ThankYouForm } from './ThankYouForm';

type Loaded = { settings: Settings; orders: LetterOrder[] | null; autoPrint?: boolean; error?: string };

/** The extension's print page: letters arrive from the sidebar as a job kept in the session, or from a form. */
export function PrintApp() {
  const [route] = useState<PrintRoute>(() => printRoute(location.hash));
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // A form-made letter has no job id: one id for the page's life, so a re-render never records it twice.
  const [formRecordId] = useState(() => crypto.randomUUID());

  useEffect(() => {
    const load = async (): Promise<Loaded> => {
      // With the office policy's sections (a managed office profile, say) over the officer's own.
      const settings = await loadEffectiveSettings().catch(() => DEFAULT_SETTINGS);
      if (route.page === 'thank-you') return { settings, orders: null };
      if (route.page === 'unknown') return { settings, orders: null, error: 'Trang in không có thư nào để in.' };
      const job = await takePrintJob(route.jobId).catch(() => null);
      return job
        ? { settings, orders: job.letters, autoPrint: shouldAutoPrint(job, navigator) }
        : {
            settings,
            orders: null,
            error:
              'Không tìm thấy thư cần in: có thể trình duyệt đã đóng phiên làm việc. Anh/chị bấm lại nút in trên trang hồ sơ.',
          };
    };
    void load().then(setLoaded);
  }, [route]);

  return (
    <main className="print-page">
      <h1>In thư — Một Cửa Thân Thiện</h1>
      {!loaded && <p>Đang chuẩn bị thư…</p>}
      {loaded?.error && (
        <p role="alert" className="print-error" data-testid="print-error">
          {loaded.error}
        </p>
      )}
      {loaded && route.page === 'thank-you' && !loaded.orders && (
        <ErrorBoundary label="Giấy cảm ơn" section="thank-you-form">
          <ThankYouForm onSubmit={(orders) => setLoaded({ ...loaded, orders })} />
        </ErrorBoundary>
      )}
      {loaded?.orders && (
        <ErrorBoundary label="Thư cần in" section="letter-preview">
          <LetterPreview
            orders={loaded.orders}
            settings={loaded.settings}
            recordId={route.page === 'job' ? route.jobId : formRecordId}
            autoPrint={loaded.autoPrint === true}
          />
        </ErrorBoundary>
      )}
    </main>
  );
}
