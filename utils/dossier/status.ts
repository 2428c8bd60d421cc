import { memoise } from './memo';
import { normaliseLabel, phrasePattern } from './text';
import type { DossierStatus } from './types';

/**
 * Site wordings of each canonical status, as whole words. Checked in order, so the more specific wins:
 * "Đã trả kết quả quá hạn" is returned, "Đang xử lý - quá hạn" is overdue, "Chưa hoàn thành" is not done.
 */
const STATUS_WORDS: ReadonlyArray<readonly [DossierStatus, readonly string[]]> = [
  ['processing', ['Chưa hoàn thành', 'Chưa có kết quả', 'Chưa trả kết quả']],
  ['rejected', ['Từ chối', 'Không đủ điều kiện', 'Không giải quyết', 'Không tiếp nhận', 'Trả lại hồ sơ', 'Đã trả lại']],
  ['returned', ['Đã trả kết quả', 'Hoàn thành', 'Đã hoàn thành', 'Đã trả', 'Đã giải quyết', 'Kết thúc']],
  [
    'result-ready',
    ['Đã có kết quả', 'Có kết quả', 'Chờ trả kết quả', 'Chờ trả', 'Chờ nhận kết quả', 'Đã xử lý xong', 'Xử lý xong'],
  ],
  ['overdue', ['Quá hạn', 'Trễ hạn']],
  ['supplement', ['Chờ bổ sung', 'Yêu cầu bổ sung', 'Bổ sung hồ sơ', 'Đang bổ sung', 'Cần bổ sung']],
  ['paused', ['Tạm dừng', 'Tạm ngưng', 'Tạm dừng xử lý']],
  ['withdrawn', ['Rút hồ sơ', 'Đã rút', 'Đã hủy', 'Đã huỷ', 'Hủy hồ sơ', 'Dừng xử lý']],
  [
    'processing',
    [
      'Đang xử lý',
      'Đang giải quyết',
      'Đang thẩm định',
      'Chờ xử lý',
      'Chờ phê duyệt',
      'Chờ ký',
      'Trình ký',
      'Chờ duyệt',
    ],
  ],
  ['new', ['Mới đăng ký', 'Chờ tiếp nhận', 'Mới nộp', 'Đã nộp', 'Đăng ký mới', 'Chờ xác nhận']],
  ['received', ['Mới tiếp nhận', 'Đã tiếp nhận', 'Tiếp nhận']],
];

const PATTERNS = STATUS_WORDS.map(([status, phrases]) => [status, phrasePattern(phrases)] as const);

/** The canonical status of a site's wording; `unknown` when nothing fits. */
export const mapStatus = memoise(map, 200);

function map(text: string): DossierStatus {
  const plain = normaliseLabel(text);
  return PATTERNS.find(([, pattern]) => pattern.test(plain))?.[0] ?? 'unknown';
}
