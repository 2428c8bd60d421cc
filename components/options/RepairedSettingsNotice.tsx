/** Stored settings that had to be put right: what the officer sees now are the defaults for those parts. */
export function RepairedSettingsNotice({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="opt-import-errors" role="status" data-testid="settings-repaired">
      {problems.map((problem) => (
        <p key={problem}>{problem}</p>
      ))}
      <p>Khi anh/chị lưu bất kỳ thay đổi nào, cài đặt đã sửa sẽ được ghi lại.</p>
    </div>
  );
}
