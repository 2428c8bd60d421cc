/** Says why a section cannot be edited; focusable so that keyboard users meet it before the disabled fields. */
export function LockNotice({ hasValues }: { hasValues: boolean }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the notice explains the disabled fields that cannot take focus.
    <p className="opt-lock" role="note" tabIndex={0} data-testid="lock-notice">
      <strong>Đã khóa.</strong>{' '}
      {hasValues
        ? 'Phần này do cơ quan quản lý đặt cho cả đơn vị (chính sách quản lý), anh/chị không sửa được ở đây.'
        : 'Phần này bị cơ quan quản lý khóa (chính sách quản lý): dùng cài đặt mặc định, anh/chị không sửa được ở đây.'}{' '}
      Muốn thay đổi, anh/chị liên hệ bộ phận tin học của đơn vị.
    </p>
  );
}
