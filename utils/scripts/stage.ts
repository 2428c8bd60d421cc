import type { DeadlineLevel } from '../deadline';
import type { DossierStatus } from '../dossier/types';
import type { Stage } from './types';

const BY_STATUS: Record<DossierStatus, Stage> = {
  new: 'receiving',
  received: 'receiving',
  supplement: 'supplement',
  processing: 'processing',
  paused: 'processing',
  unknown: 'processing',
  overdue: 'overdue',
  'result-ready': 'returning',
  returned: 'returning',
  rejected: 'returning',
  withdrawn: 'returning',
};

/** A late dossier is in the apology stage whatever the site calls it, until its result is ready. */
export function stageOf(status: DossierStatus, level: DeadlineLevel | null): Stage {
  const stage = BY_STATUS[status];
  return level === 'overdue' && stage !== 'returning' ? 'overdue' : stage;
}

export const STAGE_LABEL: Record<Stage, string> = {
  receiving: 'Tiếp nhận hồ sơ',
  supplement: 'Đề nghị bổ sung',
  processing: 'Đang xử lý',
  returning: 'Trả kết quả',
  overdue: 'Trễ hẹn',
};
