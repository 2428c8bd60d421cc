import { useId } from 'react';
import { DateField } from '@/components/common/DateField';
import { vietnamToday } from '@/utils/deadline';
import type { Dossier } from '@/utils/dossier/types';
import { displayDate, isoDay } from '@/utils/format/display-date';
import { type RegistrationSource, registrationDay } from '@/utils/letters/registration';
import { useSidebar, useSidebarActions } from './store-context';

const SOURCE: Record<RegistrationSource, string> = {
  entered: 'anh/chị đã nhập',
  page: 'ngày có kết quả trên trang',
  today: 'hôm nay: hồ sơ đã có kết quả',
};

/**
 * The marriage letter names the registration day (a marriage exists from registration), never the reception day:
 * the officer sees which day it is and where it comes from, and enters the planned day while the dossier is processed.
 */
export function RegistrationDayField({ dossier }: { dossier: Dossier }) {
  const id = useId();
  const now = useSidebar((s) => s.now);
  const entry = useSidebar((s) => s.manualEntry);
  const { saveManualEntry } = useSidebarActions();
  const day = registrationDay(dossier, vietnamToday(now));
  const save = (value: string) => {
    const { registeredAt: _, ...rest } = entry ?? {};
    void saveManualEntry(value ? { ...rest, registeredAt: value } : Object.keys(rest).length > 0 ? rest : null);
  };
  return (
    <div
      className="mctt-input"
      data-testid="registration-day"
      data-date={day?.day ?? ''}
      data-source={day?.source ?? ''}
    >
      <p>
        {day ? (
          <>
            Ngày đăng ký kết hôn ghi trên thư: <strong>{displayDate(day.day)}</strong> ({SOURCE[day.source]}).
          </>
        ) : (
          'Hồ sơ còn đang xử lý: nhập ngày dự kiến đăng ký kết hôn (trao giấy chứng nhận) để in thư.'
        )}
      </p>
      {day?.pageDay && (
        <p className="mctt-notice" role="status" data-testid="registration-day-differs">
          Trang ghi ngày có kết quả {displayDate(day.pageDay)}, khác ngày anh/chị đã nhập: kiểm tra lại ngày đăng ký
          trước khi in thư.
        </p>
      )}
      <label htmlFor={`${id}-day`}>
        Ngày đăng ký kết hôn{day?.source === 'entered' || !day ? ' (dự kiến)' : ''} (ngày/tháng/năm)
      </label>
      <DateField
        id={`${id}-day`}
        testId="registration-day-input"
        value={isoDay(day?.day)}
        errorClassName="mctt-error-text"
        // Saved once it is a day, or emptied: a day half typed changes nothing yet.
        onChange={(value, error) => {
          if (error === undefined) save(value);
        }}
      />
    </div>
  );
}
