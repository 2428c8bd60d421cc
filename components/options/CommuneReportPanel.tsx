import { useEffect, useId, useMemo, useState } from 'react';
import { now } from '@/utils/clock/clock';
import { vietnamToday } from '@/utils/deadline/vietnam-time';
import { type CommuneData, communeMonths, EMPTY_COMMUNE, withoutDesk } from '@/utils/register/commune-data';
import { communeReportDocument, defaultRecipients, missingReportFields } from '@/utils/register/commune-document';
import { communeReport } from '@/utils/register/commune-report';
import { clearCommune, communeItem, readCommune, saveCommune } from '@/utils/register/commune-store';
import { summarySentences, vnCount } from '@/utils/register/commune-summary';
import { communeCsv, communeSheets, communeTableRows } from '@/utils/register/commune-table';
import {
  PERIOD_KINDS,
  type PeriodKind,
  parsePeriodKey,
  periodKey,
  periodLabel,
  periodsOf,
} from '@/utils/register/periods';
import type { ReportCell } from '@/utils/register/report-table';
import { xlsxWorkbook } from '@/utils/register/xlsx';
import type { SettingsState } from '@/utils/settings/managed';
import type { Settings } from '@/utils/settings/schema';
import { CommuneImportBox } from './CommuneImportBox';
import { ConfirmAction } from './ConfirmAction';
import { DeskChart } from './DeskChart';
import { downloadFile } from './download-file';
import { reportPdf } from './report-pdf';
import './commune-report.css';
import { OptionList } from '@/components/common/OptionList';
import { TextList } from '@/components/common/TextList';

/** Numbers as Vietnamese read them on screen: 1.234 and 96,7; a share with nothing returned is a dash. */
const shown = (cell: ReportCell) =>
  cell === ''
    ? '—'
    : typeof cell === 'number' && !Number.isInteger(cell)
      ? String(cell).replace('.', ',')
      : typeof cell === 'number'
        ? vnCount(cell)
        : cell;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const KIND_LABEL: Record<PeriodKind, string> = { month: 'Tháng', quarter: 'Quý', year: 'Năm' };

/**
 * The team lead's side: desk files combined into one report for the commune, by month, quarter or year; per desk
 * and in total, with a chart per desk; downloaded as CSV, XLSX (a sheet per desk) or a PDF ready to sign. The
 * combination stays in this browser until the team lead clears it.
 */
export function CommuneReportPanel({ settings, settle }: { settings: Settings; settle(): SettingsState }) {
  const id = useId();
  const [data, setData] = useState<CommuneData | null>(null);
  const [kind, setKind] = useState<PeriodKind>('month');
  const [chosen, setChosen] = useState('');
  const [number, setNumber] = useState('');
  const [recipients, setRecipients] = useState(() => defaultRecipients(settings.office).join('\n'));
  const [proposals, setProposals] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    void readCommune().then(setData, () => setData(EMPTY_COMMUNE));
    return communeItem.watch(() => void readCommune().then(setData));
  }, []);

  const periods = useMemo(() => periodsOf(communeMonths(data ?? EMPTY_COMMUNE), kind), [data, kind]);
  const period = parsePeriodKey(chosen);
  const current = period && period.kind === kind && periods.some((p) => periodKey(p) === chosen) ? period : periods[0];
  const report = useMemo(() => (data && current ? communeReport(data, current) : null), [data, current]);
  const missing = missingReportFields(settings.office);
  const tableId = `${id}-table`;

  const fileBase = current ? `bao-cao-tong-hop-${periodKey(current)}` : 'bao-cao-tong-hop';

  const downloadPdf = async () => {
    if (!report) return;
    setMessage('Đang tạo báo cáo PDF…');
    // The office as just typed, saved first.
    const { office } = settle().effective;
    try {
      const document = communeReportDocument(report, office, {
        date: vietnamToday(now()),
        number,
        recipients: recipients
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
        proposals,
      });
      const pdf = await reportPdf(document, `Ủy ban nhân dân ${office.communeName}`);
      downloadFile(`${fileBase}.pdf`, pdf.buffer as ArrayBuffer, 'application/pdf');
      setMessage(`Đã tạo báo cáo ${report.label} (PDF), sẵn sàng trình ký.`);
    } catch (error) {
      setMessage(`Chưa tạo được báo cáo PDF: ${error instanceof Error ? error.message : 'lỗi không rõ'}.`);
    }
  };

  const clearAll = async () => {
    await clearCommune();
    setMessage('Đã xóa toàn bộ dữ liệu tổng hợp.');
  };

  return (
    <section aria-labelledby={`${id}-title`} data-testid="commune-report" className="crp">
      <h2 id={`${id}-title`}>Tổng hợp báo cáo của xã</h2>
      <p className="opt-hint">
        Tổ trưởng nhận tệp “sổ theo dõi” của từng bàn rồi nhập vào đây. Nhập lại tệp của cùng một bàn thì số liệu tháng
        đó được thay, không bị cộng hai lần. Dữ liệu tổng hợp được giữ trên máy này cho đến khi tổ trưởng xóa.
      </p>
      <CommuneImportBox />

      {!data ? (
        <p>Đang đọc dữ liệu tổng hợp…</p>
      ) : periods.length === 0 || !report || !current ? (
        <p data-testid="commune-empty">Chưa có tệp sổ theo dõi nào được nhập.</p>
      ) : (
        <>
          <div className="opt-actions">
            <label className="opt-inline">
              Báo cáo theo
              <select
                value={kind}
                onChange={(e) => {
                  setKind(e.target.value as PeriodKind);
                  setChosen('');
                }}
              >
                <OptionList values={PERIOD_KINDS} label={(k) => KIND_LABEL[k]} />
              </select>
            </label>
            <label className="opt-inline">
              Kỳ báo cáo
              <select value={periodKey(current)} onChange={(e) => setChosen(e.target.value)}>
                {periods.map((p) => (
                  <option key={periodKey(p)} value={periodKey(p)}>
                    {periodLabel(p)}
                  </option>
                ))}
              </select>
            </label>
          </div>

          <h3>Số liệu {report.label}</h3>
          {report.desks.length === 0 ? (
            <p>Chưa có bàn nào gửi số liệu {report.label}.</p>
          ) : (
            <>
              {/* A wide table scrolls sideways: focusable so that keyboard users can scroll it (WCAG 2.1.1). */}
              {/* biome-ignore lint/a11y/useSemanticElements: a section would get the page's section rule. */}
              {/* biome-ignore lint/a11y/noNoninteractiveTabindex: see above. */}
              <div className="crp-scroll" role="region" aria-labelledby={`${tableId}-caption`} tabIndex={0}>
                <table className="opt-table crp-table" id={tableId} data-testid="commune-table">
                  <caption id={`${tableId}-caption`}>Số liệu theo bàn, {report.label}</caption>
                  <thead>
                    {communeTableRows(report)
                      .slice(0, 1)
                      .map((row) => (
                        <tr key="head">
                          {row.map((cell, i) => (
                            <th key={String(i)} scope="col">
                              {cell}
                            </th>
                          ))}
                        </tr>
                      ))}
                  </thead>
                  <tbody>
                    {communeTableRows(report)
                      .slice(1)
                      .map(([label, ...cells]) => (
                        <tr key={String(label)}>
                          <th scope="row">{label}</th>
                          {cells.map((cell, i) => (
                            <td key={String(i)} data-total={i === cells.length - 1 || undefined}>
                              {shown(cell)}
                            </td>
                          ))}
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
              <div className="crp-charts">
                {report.desks.map((desk) => (
                  <DeskChart key={desk.id} desk={desk.label} figures={desk.figures} tableId={tableId} />
                ))}
              </div>
              <h3>Nhận xét</h3>
              <TextList items={summarySentences(report)} data-testid="commune-summary" />
            </>
          )}

          <h3>Tải báo cáo</h3>
          <div className="opt-field">
            <label htmlFor={`${id}-number`}>Số báo cáo (để trống nếu văn thư ghi sau)</label>
            <input id={`${id}-number`} value={number} onChange={(e) => setNumber(e.target.value)} />
          </div>
          <div className="opt-field opt-wide">
            <label htmlFor={`${id}-recipients`}>Nơi nhận (mỗi dòng một nơi)</label>
            <textarea
              id={`${id}-recipients`}
              rows={3}
              value={recipients}
              onChange={(e) => setRecipients(e.target.value)}
            />
          </div>
          <div className="opt-field opt-wide">
            <label htmlFor={`${id}-proposals`}>Đề xuất, kiến nghị (không bắt buộc; mỗi dòng một đoạn)</label>
            <textarea
              id={`${id}-proposals`}
              rows={3}
              value={proposals}
              placeholder="Ví dụ: Đề nghị biểu dương Bàn 1 – Hộ tịch vì trả 100% hồ sơ đúng hẹn."
              onChange={(e) => setProposals(e.target.value)}
            />
          </div>
          {missing.length > 0 && (
            <p className="opt-warning" data-testid="commune-missing">
              Để tạo báo cáo PDF, anh/chị điền ở phần “Thông tin cơ quan trên thư”:{' '}
              {missing.map((m) => m.label).join('; ')}.
            </p>
          )}
          <div className="opt-actions">
            <button
              type="button"
              data-testid="commune-csv"
              disabled={report.desks.length === 0}
              onClick={() => downloadFile(`${fileBase}.csv`, communeCsv(report), 'text/csv;charset=utf-8')}
            >
              Tải CSV
            </button>
            <button
              type="button"
              data-testid="commune-xlsx"
              disabled={report.desks.length === 0}
              onClick={() =>
                downloadFile(`${fileBase}.xlsx`, xlsxWorkbook(communeSheets(report)).buffer as ArrayBuffer, XLSX_TYPE)
              }
            >
              Tải Excel (XLSX)
            </button>
            <button
              type="button"
              className="opt-primary"
              data-testid="commune-pdf"
              disabled={report.desks.length === 0 || missing.length > 0}
              onClick={() => void downloadPdf()}
            >
              Tải báo cáo PDF để trình ký
            </button>
          </div>

          <h3>Các bàn đã nhập</h3>
          <ul className="crp-desks" data-testid="commune-desks">
            {Object.values(data.desks).map((desk) => (
              <li key={desk.id}>
                {desk.name} (mã {desk.id.slice(0, 8)}): {Object.keys(desk.months).length} tháng, tệp xuất lúc{' '}
                {new Date(desk.exportedAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}.{' '}
                <button
                  type="button"
                  onClick={() => {
                    void saveCommune(withoutDesk(data, desk.id));
                    setMessage(`Đã bỏ số liệu của “${desk.name}”.`);
                  }}
                >
                  Bỏ bàn này
                </button>
              </li>
            ))}
          </ul>
          <div className="opt-actions">
            <ConfirmAction
              label="Xóa dữ liệu tổng hợp…"
              question="Xóa toàn bộ dữ liệu tổng hợp trên máy này?"
              confirm="Xóa"
              cancel="Hủy"
              onConfirm={() => void clearAll()}
            />
          </div>
        </>
      )}
      <p role="status" data-testid="commune-status">
        {message}
      </p>
    </section>
  );
}
