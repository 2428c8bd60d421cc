import { useMemo } from 'react';
import { applyManualEntry } from '@/utils/manual-entry/manual-entry';
import { useSidebar } from './store-context';

/** What the page showed, corrected by what the officer entered by hand. Derived, never stored. */
export function useEffectiveReading() {
  const reading = useSidebar((s) => s.reading);
  const entry = useSidebar((s) => s.manualEntry);
  return useMemo(() => applyManualEntry(reading, entry), [reading, entry]);
}
