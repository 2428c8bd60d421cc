import type { ReactNode } from 'react';
import type { RecipeField } from '@/utils/dossier/recipes/types';
import { TeachButton } from './TeachButton';

/**
 * One label/value line. Values are rendered as text by React: page content never becomes markup. A field the page may
 * show in a way the sidebar misreads can be taught (`teach`): its button sits with the label, apart from the value.
 */
export function FieldRow({
  label,
  testId,
  teach,
  children,
}: {
  label: string;
  testId?: string;
  teach?: RecipeField;
  children: ReactNode;
}) {
  return (
    <div className="mctt-field">
      <dt>
        {label}
        {teach && <TeachButton scope="dossier" field={teach} />}
      </dt>
      <dd data-testid={testId}>{children || <span className="mctt-empty">Chưa có</span>}</dd>
    </div>
  );
}
