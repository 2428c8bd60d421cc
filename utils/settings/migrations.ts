import { DEFAULT_SETTINGS } from './schema';

/** The version a settings value is stored and exported at. Raise it with every new shape. */
export const SETTINGS_VERSION = 7;

type Stored = Record<string, unknown>;

const isRecord = (value: unknown): value is Stored =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One function per version step, `n` turning a version n-1 value into version n. Each keeps every field it does
 * not know about, so nothing a team lead set is lost on update.
 */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, (value: Stored) => Stored>> = {
  // v2: office profile, letter templates and the register's retention.
  // A section already there (written by a newer build, then rolled back) is kept as it is.
  2: (value) => ({
    office: { ...DEFAULT_SETTINGS.office },
    letters: { ...DEFAULT_SETTINGS.letters, templates: {} },
    register: { ...DEFAULT_SETTINGS.register },
    ...value,
  }),
  // v3: recipes taught for portals the built-in readers cannot read; none yet.
  3: (value) => ({ recipes: [], ...value }),
  // Versions 4–5 belong to other changes; each step only adds what it knows, so the gap is harmless.
  // v6: the desk (name and id) for the commune report, and whether its register file may carry dossier codes.
  // The id is made later, once, on this browser (desk-identity.ts): a migration may also run on an imported file.
  6: (value) => ({
    desk: { ...DEFAULT_SETTINGS.desk },
    ...value,
    // A register that is not an object is left for the validator to refuse, not papered over.
    register: isRecord(value.register) ? { shareDossierCodes: false, ...value.register } : value.register,
  }),
  // v7: the desk screen and posters (slogans, hotlines, QR links, posted procedures), with the plan's words.
  7: (value) => ({ deskScreen: structuredClone(DEFAULT_SETTINGS.deskScreen), ...value }),
};

/** Brings a value stored at `from` up to the current version; `from` above the current one is an error. */
export function migrateSettings(value: Stored, from: number): Stored {
  if (!Number.isInteger(from) || from < 1) throw new RangeError(`Không rõ phiên bản cài đặt: ${from}`);
  if (from > SETTINGS_VERSION) throw new RangeError(`Cài đặt phiên bản ${from} mới hơn bản tiện ích này`);
  let current = value;
  for (let version = from + 1; version <= SETTINGS_VERSION; version++) {
    const step = SETTINGS_MIGRATIONS[version];
    if (step) current = step(current);
  }
  return current;
}
