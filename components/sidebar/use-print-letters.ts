import { useState } from 'react';
import type { PrintJob } from '@/utils/print/print-job';
import { useSidebarActions } from './store-context';

/** Sends letters to the print page and says, for a screen reader too, whether the page opened. */
export function usePrintLetters() {
  const { printLetters } = useSidebarActions();
  const [status, setStatus] = useState('');
  const print = async (job: PrintJob) => {
    setStatus('Đang mở trang in…');
    const opened = await printLetters(job);
    const what = job.letters.length > 1 ? `trang in ${job.letters.length} thư` : 'trang in';
    setStatus(opened ? `Đã mở ${what} ở thẻ mới.` : 'Chưa mở được trang in, anh/chị thử lại.');
  };
  return { status, print };
}
