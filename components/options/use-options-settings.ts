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

const FALLBACK: SettingsState = {
  local: DEFAULT_SETTINGS,
  policy: NO_POLICY,
  effective: DEFAULT_SETTINGS,
  problems: [],
};

/**
 * The options page's settings: forms see the effective values (policy included) and save whole settings; only the
 * sections the officer may change reach storage. Changes from elsewhere (another tab, a new policy) show at once.
 */
export function useOptionsSettings(repairedAtStart: readonly string[] = []) {
  const [state, setState] = useState<SettingsState | null>(null);
  const [message, setMessage] = useState('');
  const current = useRef<SettingsState>(FALLBACK);
  current.current = state ?? FALLBACK;
  // Repairs written back before the page showed (with the desk's new id) are said until the next save.
  const earlier = useRef(repairedAtStart);

  useEffect(() => {
    let live = true;
    const show = (next: SettingsState) =>
      setState({ ...next, problems: [...new Set([...earlier.current, ...next.problems])] });
    loadSettingsState()
      .then((loaded) => live && show(loaded))
      .catch(() => live && setState(FALLBACK));
    const unwatch = watchSettingsState(show);
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const save = useCallback(async (next: Settings) => {
    const { local, policy } = current.current;
    const stored = localAfterEdit(next, local, policy);
    earlier.current = [];
    // The whole value is written, repaired sections included: what a notice said was put right now is.
    setState({ local: stored, policy, effective: effectiveSettings(stored, policy), problems: [] });
    try {
      await settingsItem.setValue(stored);
      setMessage('Đã lưu cài đặt.');
    } catch {
      setMessage('Chưa lưu được cài đặt, anh/chị vui lòng thử lại.');
    }
  }, []);

  return { state, save, message, setMessage };
}
