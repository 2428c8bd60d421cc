// Renders mock-portal pages: date tokens relative to "today" (a Vietnam date), the generated list rows,
// and NFD text. Shared by the server (today = now) and unit tests (a fixed today), so both see the same pages.

/** Today's date in Vietnam (UTC+7, no daylight saving) as YYYY-MM-DD. */
export function vietnamToday(now = Date.now()) {
  return new Date(now + 7 * 3600_000).toISOString().slice(0, 10);
}

/** YYYY-MM-DD shifted by whole days. */
export function shiftDay(ymd, days) {
  const date = new Date(`${ymd}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const dmy = (ymd) => `${ymd.slice(8, 10)}/${ymd.slice(5, 7)}/${ymd.slice(0, 4)}`;
const long = (ymd) => `ngày ${Number(ymd.slice(8, 10))} tháng ${Number(ymd.slice(5, 7))} năm ${ymd.slice(0, 4)}`;
// The shapes real one-stop pages print (tests/portal/SOURCES.md says which system prints which).
const dashed = (ymd) => `${ymd.slice(8, 10)}-${ymd.slice(5, 7)}-${ymd.slice(0, 4)}`;
const unpadded = (ymd) => `${Number(ymd.slice(8, 10))}/${Number(ymd.slice(5, 7))}/${ymd.slice(0, 4)}`;
const longPadded = (ymd) => `ngày ${ymd.slice(8, 10)} tháng ${ymd.slice(5, 7)} năm ${ymd.slice(0, 4)}`;

const LIST_PROCEDURES = [
  'Liên thông các thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
  'Đăng ký kết hôn',
  'Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất',
  'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  'Cấp bản sao trích lục hộ tịch',
  'Đăng ký khai sinh',
  'Xác nhận tình trạng hôn nhân',
  'Cấp giấy phép xây dựng nhà ở riêng lẻ',
];
const LIST_STATUSES = ['Mới tiếp nhận', 'Đang xử lý', 'Chờ bổ sung', 'Đã có kết quả', 'Đang xử lý'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const GIVEN = ['Văn An', 'Thị Bình', 'Minh Châu', 'Quốc Dũng', 'Thị Hà', 'Hữu Khang', 'Thị Lan', 'Đức Mạnh'];

/** The rows of the list page: deterministic, due dates from 5 days ago to 10 days ahead. */
export function listRows(today, count) {
  return Array.from({ length: count }, (_, i) => {
    const serial = String(i + 1).padStart(4, '0');
    const receivedOffset = -((i % 7) + 1);
    const dueOffset = (i % 16) - 5;
    const received = shiftDay(today, receivedOffset);
    return {
      code: `000.17.22.H56-${received.slice(2, 4)}${received.slice(5, 7)}${received.slice(8, 10)}-${serial}`,
      procedureName: LIST_PROCEDURES[i % LIST_PROCEDURES.length],
      applicantName: `${FAMILY[i % FAMILY.length]} ${GIVEN[(i * 3) % GIVEN.length]}`,
      status: LIST_STATUSES[i % LIST_STATUSES.length],
      receivedOffset,
      dueOffset,
    };
  });
}

/** The same rows in Material's flex table (`mat-row` / `mat-cell`, no `<table>`), as iGate's search page has. */
function matRowsHtml(today, count) {
  return listRows(today, count)
    .map(
      (r, i) => `<mat-row role="row" class="mat-row">
  <mat-cell class="mat-cell cdk-column-stt">${i + 1}</mat-cell>
  <mat-cell class="mat-cell cdk-column-code"><a href="/vi/dossier/search/${2000 + i}">${r.code}</a></mat-cell>
  <mat-cell class="mat-cell cdk-column-procedure">${r.procedureName}</mat-cell>
  <mat-cell class="mat-cell cdk-column-applicant">${r.applicantName}</mat-cell>
  <mat-cell class="mat-cell cdk-column-received">${dmy(shiftDay(today, r.receivedOffset))}</mat-cell>
  <mat-cell class="mat-cell cdk-column-due">${dmy(shiftDay(today, r.dueOffset))} 17:00</mat-cell>
  <mat-cell class="mat-cell cdk-column-status"><span class="status-chip">${r.status}</span></mat-cell>
</mat-row>`,
    )
    .join('\n');
}

function listRowsHtml(today, count) {
  return listRows(today, count)
    .map(
      (r, i) => `<tr class="mat-row" role="row">
  <td class="mat-cell">${i + 1}</td><td class="mat-cell"><a href="/vi/dossier/processing/${1000 + i}">${r.code}</a></td>
  <td class="mat-cell">${r.procedureName}</td><td class="mat-cell">${r.applicantName}</td>
  <td class="mat-cell">${dmy(shiftDay(today, r.receivedOffset))} 08:${String(i % 60).padStart(2, '0')}</td>
  <td class="mat-cell">${dmy(shiftDay(today, r.dueOffset))}</td><td class="mat-cell">${r.status}</td>
</tr>`,
    )
    .join('\n');
}

/**
 * Replaces the tokens of a page template: `{{d:-3}}` dd/mm/yyyy of today−3, `{{dt:-3 08:30}}` with a time before it,
 * `{{dts:-3 08:30:15}}` with a time (HH:mm or HH:mm:ss) after it, `{{dash:-3}}` dd-mm-yyyy, `{{dn:-3}}` d/m/yyyy,
 * `{{iso:-3 08:30}}` "2026-11-22T08:30:00.000+0700" (iGate's API), `{{halfday:+5 13:30-16:00}}`
 * "30-11-2026 Từ 13:30 đến 16:00", `{{dlong:+2}}` "ngày 27 tháng 11 năm 2026", `{{dlong0:+2}}` the same with zero-padded
 * day and month, `{{ymd:-3}}`, `{{yymmdd:-1}}` (inside codes), `{{nfd:text}}` decomposed Unicode,
 * `{{list-rows:N}}` / `{{mat-rows:N}}` generated list rows, `{{filler:KB}}` plain paragraphs.
 */
export function renderPage(html, today) {
  const day = (n) => shiftDay(today, Number(n));
  return html
    .replace(/\{\{d:([+-]?\d+)\}\}/g, (_, n) => dmy(day(n)))
    .replace(/\{\{dts:([+-]?\d+) (\d\d:\d\d(?::\d\d)?)\}\}/g, (_, n, time) => `${dmy(day(n))} ${time}`)
    .replace(/\{\{dash:([+-]?\d+)\}\}/g, (_, n) => dashed(day(n)))
    .replace(/\{\{dn:([+-]?\d+)\}\}/g, (_, n) => unpadded(day(n)))
    .replace(/\{\{iso:([+-]?\d+) (\d\d:\d\d)\}\}/g, (_, n, time) => `${day(n)}T${time}:00.000+0700`)
    .replace(
      /\{\{halfday:([+-]?\d+) (\d\d:\d\d)-(\d\d:\d\d)\}\}/g,
      (_, n, from, to) => `${dashed(day(n))} Từ ${from} đến ${to}`,
    )
    .replace(/\{\{dlong0:([+-]?\d+)\}\}/g, (_, n) => longPadded(day(n)))
    .replace(/\{\{dt:([+-]?\d+) (\d\d:\d\d)\}\}/g, (_, n, time) => `${time} ${dmy(shiftDay(today, Number(n)))}`)
    .replace(/\{\{dlong:([+-]?\d+)\}\}/g, (_, n) => long(shiftDay(today, Number(n))))
    .replace(/\{\{ymd:([+-]?\d+)\}\}/g, (_, n) => shiftDay(today, Number(n)))
    .replace(/\{\{yymmdd:([+-]?\d+)\}\}/g, (_, n) => shiftDay(today, Number(n)).slice(2).replaceAll('-', ''))
    .replace(/\{\{nfd:([^}]+)\}\}/g, (_, text) => text.normalize('NFD'))
    .replace(/\{\{list-rows:(\d+)\}\}/g, (_, n) => listRowsHtml(today, Number(n)))
    .replace(/\{\{mat-rows:(\d+)\}\}/g, (_, n) => matRowsHtml(today, Number(n)))
    .replace(/\{\{filler:(\d+)\}\}/g, (_, kb) => fillerHtml(Number(kb)));
}

/** Long paragraphs of plain text, about `kb` kilobytes, as a careless page might carry. */
function fillerHtml(kb) {
  const sentence = 'Nội dung hướng dẫn thủ tục hành chính được cập nhật thường xuyên trên cổng. ';
  const paragraph = `<p>${sentence.repeat(50)}</p>\n`;
  return paragraph.repeat(Math.ceil((kb * 1024) / paragraph.length));
}
