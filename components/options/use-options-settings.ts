import { useCallback, useEffect, useRef, useState } from 'react';
import {
  effectiveSettings,
  loadSettingsState,
  localAfterEdit,
  NO_POLICY,
  type SettingsState,
  watchSettingsState,
} from '@/utils/settings/managed';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';
import { settingsItem } from '@/utils/settings/settings';
import { createDraftGroup } from './drafts';

const FALLBACK: SettingsState = {
  local: DEFAULT_SETTINGS,
  policy: NO_POLICY,
  effective: DEFAULT_SETTINGS,
  problems: [],
};

export const SAVED = 'Đã lưu cài đặt.';
const NOT_SAVED = 'Chưa lưu được cài đặt, anh/chị vui lòng thử lại.';
const EDITING = 'Đang sửa: cài đặt tự lưu khi anh/chị ngừng gõ hoặc rời ô.';

/**
 * A change of the settings: whole settings, or a change of the settings as they are when it is saved. Fields that
 * save on their own use the second, so that two of them saved together (the page closing) both count.
 */
export type SettingsChange = Settings | ((current: Settings) => Settings);
export type SaveSettings = (change: SettingsChange) => void;

/** The sections made of named fields (not lists). */
export type FieldSection = {
  [K in keyof Settings]: Settings[K] extends readonly unknown[] ? never : K;
}[keyof Settings];

/** Saves some fields of one section; its other fields stay as they are when the save happens. */
export const sectionUpdate =
  <K extends FieldSection>(onSave: SaveSettings, section: K) =>
  (fields: Partial<Settings[K]>) =>
    onSave((s) => ({ ...s, [section]: { ...s[section], ...fields } }));

/** What a panel that edits settings and exports what they say takes from the page. */
export interface SettingsPanelProps {
  state: SettingsState;
  onSave: SaveSettings;
  /** Saves what the fields still hold, and gives the settings as they then are. */
  settle(): SettingsState;
}

/**
 * The options page's settings: forms see the effective values (policy included) and save whole settings; only the
 * sections the officer may change reach storage. Changes from elsewhere (another tab, a new policy) show at once.
 * Text fields keep drafts (use-draft.ts); `settle` saves what they hold and gives the settings as they then are.
 */
export function useOptionsSettings(repairedAtStart: readonly string[] = []) {
  const [state, setState] = useState<SettingsState | null>(null);
  const [message, setMessage] = useState('');
  const current = useRef<SettingsState>(FALLBACK);
  current.current = state ?? FALLBACK;
  // This page's writes still under way. A reading of storage that arrives meanwhile was asked before the last of them
  // (a checkbox ticked right after a text was saved) and would undo it on screen: it waits, and the settings are read
  // again once the writes are done.
  const writing = useRef(0);
  const missed = useRef(false);
  const [drafts] = useState(() =>
    createDraftGroup({
      // Cleared when nothing waits any more: the save that follows says how it went.
      onPendingChange: (pending) => setMessage((shown) => (pending ? EDITING : shown === EDITING ? '' : shown)),
    }),
  );
  // Repairs written back before the page showed (with the desk's new id) are said until the next save.
  const earlier = useRef(repairedAtStart);

  useEffect(() => {
    let live = true;
    const show = (next: SettingsState) =>
      setState({ ...next, problems: [...new Set([...earlier.current, ...next.problems])] });
    loadSettingsState()
      .then((loaded) => live && show(loaded))
      .catch(() => live && setState(FALLBACK));
    const unwatch = watchSettingsState((next) => {
      if (writing.current > 0) missed.current = true;
      else show(next);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const save = useCallback<SaveSettings>((change) => {
    const { local, policy, effective } = current.current;
    const next = typeof change === 'function' ? change(effective) : change;
    const stored = localAfterEdit(next, local, policy);
    // Known at once to the next change, before React renders this one.
    earlier.current = [];
    // The whole value is written, repaired sections included: what a notice said was put right now is.
    current.current = { local: stored, policy, effective: effectiveSettings(stored, policy), problems: [] };
    setState(current.current);
    writing.current++;
    settingsItem
      .setValue(stored)
      .then(
        () => setMessage(SAVED),
        () => setMessage(NOT_SAVED),
      )
      .finally(() => {
        writing.current--;
        if (writing.current > 0 || !missed.current) return;
        missed.current = false;
        loadSettingsState().then(setState, () => {});
      });
  }, []);

  const settle = useCallback(() => {
    drafts.flushAll();
    return current.current;
  }, [drafts]);

  return { state, save, settle, drafts, message, setMessage };
}
