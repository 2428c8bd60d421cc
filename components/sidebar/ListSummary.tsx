import { useMemo } from 'react';
import type { DossierKind } from '@/utils/dossier/types';
import { KIND_LABEL } from './labels';
import { useSidebar } from './store-context';

const KINDS: DossierKind[] = ['birth', 'marriage', 'death', 'other'];

export function ListSummary() {
  const list = useSidebar((s) => s.list);
  const byKind = useMemo(() => {
    const counts: Record<DossierKind, number> = { birth: 0, marriage: 0, death: 0, other: 0 };
    for (const row of list) counts[row.kind] += 1;
    return counts;
  }, [list]);
  return (
    <section aria-labelledby="mctt-list-heading" data-testid="list-summary" data-count={list.length}>
      <h2 id="mctt-list-heading" className="mctt-section-title">
        Danh sách hồ sơ
      </h2>
      <p>
        Đã đọc <strong data-testid="list-count">{list.length}</strong> hồ sơ trên trang này.
      </p>
      <ul className="mctt-counts">
        {KINDS.map((kind) => (
          <li key={kind} data-kind={kind}>
            {KIND_LABEL[kind]}: <strong>{byKind[kind]}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
