import { browser, storage } from '#imports';
import { DEFAULT_SETTINGS, type Settings, withDefaults } from './schema';
import { settingsItem } from './settings';
import { type PartialSettings, SETTINGS_SECTIONS, type SettingsSection, validatePartialSettings } from './validate';

/**
 * An office's policy, from chrome.storage.managed (an enterprise policy, see public/managed-schema.json): `settings`
 * holds any sections to push, `locked` names sections officers may not change. A section in either is managed:
 * every officer gets the policy's fields over the defaults (never their own values), and the options page shows it
 * read-only. A section listed only in `locked` stays at the defaults.
 */
export interface ManagedPolicy {
  settings: PartialSettings;
  locked: SettingsSection[];
  /** Problems in the policy, for the options page; a section with a problem is left out of `settings`. */
  errors: string[];
}

export const NO_POLICY: ManagedPolicy = { settings: {}, locked: [], errors: [] };

const isSection = (value: unknown): value is SettingsSection =>
  typeof value === 'string' && (SETTINGS_SECTIONS as readonly string[]).includes(value);

/** Checks a raw managed-storage value section by section, so one wrong section does not void the others. */
export function readPolicy(raw: Record<string, unknown>): ManagedPolicy {
  const errors: string[] = [];
  const settings: Record<string, unknown> = {};
  if (raw.settings !== undefined) {
    if (typeof raw.settings !== 'object' || raw.settings === null || Array.isArray(raw.settings)) {
      errors.push('Chính sách: “settings” phải là một nhóm cài đặt.');
    } else {
      for (const [section, value] of Object.entries(raw.settings)) {
        if (!isSection(section)) {
          errors.push(`Chính sách: không có nhóm cài đặt “${section}”.`);
          continue;
        }
        const checked = validatePartialSettings({ [section]: value });
        if (checked.ok) settings[section] = checked.value[section];
        else errors.push(...checked.errors.map((e) => `Chính sách: ${e}`));
      }
    }
  }
  const locked: SettingsSection[] = [];
  if (raw.locked !== undefined) {
    for (const name of Array.isArray(raw.locked) ? raw.locked : [raw.locked]) {
      if (isSection(name)) locked.push(name);
      else errors.push(`Chính sách: “locked” có nhóm không biết (${JSON.stringify(name)}).`);
    }
  }
  return { settings: settings as PartialSettings, locked, errors };
}

/** The sections an officer cannot change: locked ones and those the policy sets. */
export function managedSections(policy: ManagedPolicy): SettingsSection[] {
  return SETTINGS_SECTIONS.filter((s) => policy.locked.includes(s) || policy.settings[s] !== undefined);
}

function managedSection<S extends SettingsSection>(section: S, policy: ManagedPolicy): Settings[S] {
  const value = policy.settings[section];
  const defaults = DEFAULT_SETTINGS[section];
  if (value === undefined) return defaults;
  if (Array.isArray(value)) return value as Settings[S];
  return { ...defaults, ...value } as Settings[S];
}

/** What every feature uses: the officer's settings with the managed sections replaced by the policy's. */
export function effectiveSettings(local: Settings, policy: ManagedPolicy): Settings {
  const effective = { ...local } as Record<SettingsSection, unknown>;
  for (const section of managedSections(policy)) effective[section] = managedSection(section, policy);
  // The desk's id is this browser's own, whatever the policy names the desk.
  if (managedSections(policy).includes('desk'))
    effective.desk = { ...(effective.desk as Settings['desk']), id: local.desk.id };
  return effective as unknown as Settings;
}

/** What the options page stores after an edit: the officer's own values for managed sections stay as they were. */
export function localAfterEdit(edited: Settings, local: Settings, policy: ManagedPolicy): Settings {
  const next = { ...edited } as Record<SettingsSection, unknown>;
  for (const section of managedSections(policy)) next[section] = local[section];
  return next as unknown as Settings;
}

/**
 * The last policy seen. Chromium answers the first storage.managed read after start-up only once policies are loaded
 * (about 3 s); pages use this copy meanwhile instead of waiting. Holds settings only, never citizen data.
 */
export const policyCache = storage.defineItem<Record<string, unknown>>('local:managedPolicyCache', {
  fallback: {},
  version: 1,
});

async function readManaged(): Promise<Record<string, unknown>> {
  try {
    const raw = await browser.storage.managed.get();
    return raw && typeof raw === 'object' ? raw : {};
  } catch {
    // Firefox without a policy manifest, and browsers without storage.managed, throw or reject: no policy.
    return {};
  }
}

/** The policy as the browser has it now (slow right after start-up); keeps the cached copy up to date. */
export async function loadManagedPolicy(): Promise<ManagedPolicy> {
  const raw = await readManaged();
  const cached = await policyCache.getValue().catch(() => ({}));
  if (JSON.stringify(cached) !== JSON.stringify(raw)) await policyCache.setValue(raw).catch(() => {});
  return readPolicy(raw);
}

/** The policy last seen, at once. */
export async function loadCachedPolicy(): Promise<ManagedPolicy> {
  return readPolicy(await policyCache.getValue().catch(() => ({})));
}

export async function loadLocalSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue().catch(() => null));
}

/** Quick first settings for a page: the cached policy; `watchEffectiveSettings` then brings the current one. */
export async function loadEffectiveSettings(): Promise<Settings> {
  const [local, policy] = await Promise.all([loadLocalSettings(), loadCachedPolicy()]);
  return effectiveSettings(local, policy);
}

export interface SettingsState {
  local: Settings;
  policy: ManagedPolicy;
  effective: Settings;
}

export async function loadSettingsState(): Promise<SettingsState> {
  const [local, policy] = await Promise.all([loadLocalSettings(), loadManagedPolicy()]);
  return { local, policy, effective: effectiveSettings(local, policy) };
}

/**
 * Calls back with fresh settings whenever the officer's settings or the office policy change (and at once when
 * `immediate`); returns the unwatch.
 */
export function watchSettingsState(onChange: (state: SettingsState) => void, immediate = false): () => void {
  let latest = 0;
  let live = true;
  const reload = () => {
    const call = ++latest;
    void loadSettingsState().then((state) => {
      // A slower earlier read must not overwrite a newer one, nor anything reach a page that has gone.
      if (live && call === latest) onChange(state);
    });
  };
  const unwatchLocal = settingsItem.watch(reload);
  const onStorage = (_changes: unknown, area: string) => {
    if (area === 'managed') reload();
  };
  browser.storage.onChanged.addListener(onStorage);
  if (immediate) reload();
  return () => {
    live = false;
    unwatchLocal();
    browser.storage.onChanged.removeListener(onStorage);
  };
}

/**
 * For the content script: the effective settings on every change, and once more when the browser's current policy
 * is known (it may differ from the cached one `loadEffectiveSettings` used).
 */
export const watchEffectiveSettings = (onChange: (settings: Settings) => void): (() => void) =>
  watchSettingsState(({ effective }) => onChange(effective), true);
