import { valueDepthExceeds } from './json-guard';
import { DEFAULT_SETTINGS, type Settings, withDefaults } from './schema';
import { SECTION_LABEL } from './section-labels';
import { type PartialSettings, SETTINGS_SECTIONS, validatePartialSettings } from './validate';

/** A stored value read back in a shape every reader can use, and what had to be put right, in Vietnamese. */
export interface Repaired<T> {
  value: T;
  problems: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const brokenSections = (sections: readonly string[]) =>
  `Cài đặt đã lưu bị hỏng ở phần ${sections.map((s) => `“${s}”`).join(', ')}; trợ lý dùng giá trị mặc định cho phần đó. Tổ trưởng có thể đặt lại trong trang Cài đặt.`;

/**
 * Settings as stored, whatever their shape (another build, a hand edit, a bug): each section that does not check
 * out is replaced by its defaults and named in a notice; the sections that do check out are kept. Fields of a
 * template the extension cannot fill are kept as the team lead typed them: a letter then lists them as missing.
 */
export function repairSettings(stored: unknown): Repaired<Settings> {
  if (stored === undefined || stored === null) return { value: DEFAULT_SETTINGS, problems: [] };
  if (!isRecord(stored) || valueDepthExceeds(stored)) {
    return { value: DEFAULT_SETTINGS, problems: [brokenSections(SETTINGS_SECTIONS.map((s) => SECTION_LABEL[s]))] };
  }
  const kept: PartialSettings = {};
  const broken: string[] = [];
  for (const section of SETTINGS_SECTIONS) {
    if (stored[section] === undefined) continue;
    const checked = validatePartialSettings({ [section]: stored[section] }, 'stored');
    if (checked.ok) Object.assign(kept, checked.value);
    else broken.push(SECTION_LABEL[section]);
  }
  return {
    value: withDefaults(kept as Partial<Settings>),
    problems: broken.length > 0 ? [brokenSections(broken)] : [],
  };
}
