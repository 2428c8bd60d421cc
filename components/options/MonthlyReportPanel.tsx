import { useEffect, useId, useMemo, useState } from 'react';
import { LETTER_LABEL } from '@/components/common/letter-labels';
import { OptionList } from '@/components/common/OptionList';
import { now } from '@/utils/clock/clock';
import { LETTER_KINDS } from '@/utils/letters/kinds';
import { sendMessage } from '@/utils/messaging/protocol';
import { monthlyReport, reportMonths } from '@/utils/register/monthly-report';
import { monthOf } from '@/utils/register/months';
import { EMPTY_REGISTER } from '@/utils/register/register-repair';
import { readCheckedRegister, registerItem, registerRepairs } from '@/utils/register/register-store';
import type { Register } from '@/utils/register/register-types';
import { reportCsv, reportRows } from '@/utils/register/report-table';
import { xlsxFile } from '@/utils/register/xlsx';
import { ConfirmAction } from './ConfirmAction';
import { downloadFile } from './download-file';
import { ReportChart } from './ReportChart';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The month's totals for the commune's report: letters by kind, dossiers seen, on-time share, "4 xin" ticks. */
export function MonthlyReportPanel() {
  const id = useId();
  const [register, setRegister] = useState<Register | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [month, setMonth] = useState(() => monthOf(now()));
  const [clearStatus, setClearStatus] = useState('');

  useEffect(() => {
    const load = () =>
      readCheckedRegister().then(
        ({ value, problems }) => {
          setRegister(value);
          setProblems(problems);
        },
        () => setRegister(EMPTY_REGISTER),
      );
    void load();
    // Letters printed in another tab appear without a reload.
    return registerItem.watch(() => void load());
  }, []);

  const clear = async () => {
    const ok = await sendMessage('changeRegister', { op: 'clear' }).catch(() => false);
    setClearStatus(ok ? 'Đã xóa sổ theo dõi.' : 'Chưa xóa được sổ theo dõi, anh/chị thử lại.');
  };

  const report = useMemo(() => register && monthlyReport(register, month), [register, month]);
  const months = useMemo(() => (register ? reportMonths(register, monthOf(now())) : [month]), [register, month]);

  return (
    <section aria-labelledby={`${id}-title`} data-testid="monthly-report">
      <h2 id={`${id}-title`}>Báo cáo tháng</h2>
      <div className="opt-field">
        <label htmlFor={`${id}-month`}>Tháng</label>
        <select id={`${id}-month`} value={month} onChange={(e) => setMonth(e.target.value)}>
          <OptionList values={months} label={(m) => `${m.slice(5)}/${m.slice(0, 4)}`} />
        </select>
      </div>
      {problems.length > 0 && (
        <div className="opt-import-errors" role="status" data-testid="register-repaired">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
          <button
            type="button"
            onClick={() => {
              setProblems([]);
              void registerRepairs.setValue([]).catch(() => {});
            }}
          >
            Đã hiểu
          </button>
        </div>
      )}
      {!report ? (
        <p>Đang đọc sổ theo dõi…</p>
      ) : (
        <>
          <table className="opt-table" data-testid="report-table">
            <tbody>
              {reportRows(report)
                .slice(1)
                .map(([label, value]) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    <td>{value === '' ? '—' : value}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          <ReportChart
            title="Thư và phiếu đã in trong tháng"
            bars={LETTER_KINDS.map((kind) => ({ label: LETTER_LABEL[kind], value: report.lettersByKind[kind] }))}
          />
          <p>
            <button
              type="button"
              data-testid="report-csv"
              onClick={() => downloadFile(`bao-cao-${month}.csv`, reportCsv(report), 'text/csv;charset=utf-8')}
            >
              Tải CSV
            </button>{' '}
            <button
              type="button"
              data-testid="report-xlsx"
              onClick={() =>
                downloadFile(
                  `bao-cao-${month}.xlsx`,
                  xlsxFile(`Tháng ${month.slice(5)}-${month.slice(0, 4)}`, [
                    ['Chỉ tiêu', 'Số liệu'],
                    ...reportRows(report),
                  ]).buffer as ArrayBuffer,
                  XLSX_TYPE,
                )
              }
            >
              Tải Excel (XLSX)
            </button>
          </p>
        </>
      )}
      <div className="opt-actions" data-testid="register-clear">
        <ConfirmAction
          label="Xóa sổ theo dõi"
          question="Xóa toàn bộ sổ theo dõi (thư đã in, hồ sơ đã xem, số lần “4 xin”)? Không lấy lại được."
          confirm="Xóa hẳn"
          cancel="Thôi"
          onAsk={() => setClearStatus('')}
          onConfirm={() => void clear()}
        />
        <span role="status">{clearStatus}</span>
      </div>
    </section>
  );
}
