import { TextList } from '@/components/common/TextList';
import type { ManagedPolicy } from '@/utils/settings/managed';

/** Tells whoever wrote the office policy which parts the extension ignored, and why. */
export function PolicyProblems({ policy }: { policy: ManagedPolicy }) {
  if (policy.errors.length === 0) return null;
  return (
    <div className="opt-import-errors" data-testid="policy-errors">
      <p>Chính sách quản lý có phần không hợp lệ; các phần này không được áp dụng:</p>
      <TextList items={policy.errors} />
    </div>
  );
}
