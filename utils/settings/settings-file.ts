import { vietnamToday } from '../deadline/vietnam-time';
import { describeChanges } from './describe-changes';
import { fileChecks, jsonDepthExceeds, MAX_JSON_DEPTH } from './json-guard';
import { migrateSettings, SETTINGS_VERSION } from './migrations';
import { DEFAULT_SETTINGS, type Settings } from './schema';
import { validateSettings } from './validate';

/** Marks our files, so that a stray JSON file is refused with a clear word instead of odd field errors. */
export const SETTINGS_FILE_APP = 'mot-cua-than-thien';
/** A settings file is a few tens of kB; anything far larger is not ours, and is refused before parsing. */
export const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;

export interface SettingsFile {
  app: typeof SETTINGS_FILE_APP;
  version: number;
  exportedAt: string;
  /** Everything but the desk: a file shared with every officer must not give them all one desk. */
  settings: Omit<Settings, 'desk'>;
}

export type ParsedSettingsFile = { ok: true; settings: Settings; changes: string[] } | { ok: false; errors: string[] };

const withoutDesk = ({ desk: _desk, ...shared }: Settings): Omit<Settings, 'desk'> => shared;

/** The file a team lead hands to officers. */
export function exportSettings(settings: Settings, now: Date = new Date()): string {
  const file: SettingsFile = {
    app: SETTINGS_FILE_APP,
    version: SETTINGS_VERSION,
    exportedAt: now.toISOString(),
    settings: withoutDesk(settings),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `mot-cua-than-thien-cai-dat-2026-11-25.json`, dated in Vietnam time. */
export const settingsFileName = (now: number = Date.now()): string =>
  `${SETTINGS_FILE_APP}-cai-dat-${vietnamToday(now)}.json`;

const FILE = fileChecks('cài đặt', MAX_SETTINGS_FILE_BYTES);

/** Checks a file size before reading it, so a huge file is never read into memory. */
export const fileSizeError = FILE.sizeError;

/**
 * Reads a settings file: size, JSON, app marker, version (older ones are migrated, newer ones refused) and every
 * field. On success also lists what applying it would change compared with `current`, whose desk it keeps.
 */
export function parseSettingsFile(text: string, current: Settings = DEFAULT_SETTINGS): ParsedSettingsFile {
  const tooLarge = FILE.textSizeError(text);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  // Before parsing: a file nested thousands of levels deep would overflow the stack of whatever walks it next.
  if (jsonDepthExceeds(text))
    return {
      ok: false,
      errors: [
        `Tệp lồng nhau quá sâu (hơn ${MAX_JSON_DEPTH} tầng); tệp cài đặt chỉ có vài tầng. Anh/chị kiểm tra lại đã chọn đúng tệp chưa.`,
      ],
    };
  try {
    return parseChecked(text, current);
  } catch {
    // Whatever slipped past the checks: the file is refused with words, never with a blank page.
    return { ok: false, errors: ['Không đọc được tệp cài đặt này; cài đặt hiện tại giữ nguyên.'] };
  }
}

function parseChecked(text: string, current: Settings): ParsedSettingsFile {
  const parsed = FILE.parseObject(text);
  if (!parsed.ok) return parsed;
  const record = parsed.value;
  const errors: string[] = [];
  if (record.app !== SETTINGS_FILE_APP)
    errors.push(`Tệp không phải tệp cài đặt Một Cửa Thân Thiện (“app” phải là “${SETTINGS_FILE_APP}”).`);
  const versionError = FILE.versionError(record.version, SETTINGS_VERSION);
  if (versionError) errors.push(versionError);
  if (typeof record.settings !== 'object' || record.settings === null || Array.isArray(record.settings))
    errors.push('Tệp thiếu phần “settings”.');
  if (errors.length > 0) return { ok: false, errors };

  // Same migrations as stored settings, so a file from an older extension keeps every choice it holds.
  const migrated = migrateSettings(
    structuredClone(record.settings) as Record<string, unknown>,
    record.version as number,
  );
  // The desk stays this browser's own, whatever the file holds.
  migrated.desk = structuredClone(current.desk);
  const checked = validateSettings(migrated);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  return { ok: true, settings: checked.value, changes: describeChanges(current, checked.value) };
}

/** The one write an import makes; an item's `setValue` in the extension, a fake one in tests. */
export interface SettingsWriter {
  setValue(value: Settings): Promise<void>;
}

/** Stores an accepted import; a refused one writes nothing, whatever the caller does. */
export async function applySettingsImport(parsed: ParsedSettingsFile, item: SettingsWriter): Promise<boolean> {
  if (!parsed.ok) return false;
  await item.setValue(parsed.settings);
  return true;
}
