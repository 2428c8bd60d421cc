import { TaughtNotice } from './TaughtNotice';
import { TeachStart } from './TeachStart';

export function NoDossier() {
  return (
    <>
      <section className="mctt-notice" role="status" data-testid="no-dossier">
        <h2 className="mctt-section-title">Chưa thấy hồ sơ trên trang này</h2>
        <p>
          Trợ lý chưa nhận ra mã hồ sơ hay danh sách hồ sơ ở trang đang mở. Anh/chị hãy mở trang chi tiết hồ sơ trên
          cổng một cửa, dạy trợ lý đọc trang này, hoặc nhập thông tin hồ sơ bằng tay bên dưới.
        </p>
      </section>
      <TaughtNotice />
      <TaughtNotice columns />
      <TeachStart />
    </>
  );
}
