import type { ReactNode } from 'react';

/** One label/value line. Values are rendered as text by React: page content never becomes markup. */
export function FieldRow({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <div className="mctt-field">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children || <span className="mctt-empty">Chưa có</span>}</dd>
    </div>
  );
}
