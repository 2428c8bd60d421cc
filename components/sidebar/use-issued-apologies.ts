import { useEffect, useState } from 'react';
import type { IssuedApology } from '@/utils/letters/types';
import { issuedApologies, watchApologyBook } from '@/utils/register/apology-store';
import { useSidebar } from './store-context';

/**
 * The apology slips already entered for these dossiers, kept current: a slip printed in the print page shows here
 * at once, so a second one is never offered.
 */
export function useIssuedApologies(codes: readonly string[]): Readonly<Record<string, IssuedApology>> {
  const key = codes.filter(Boolean).join('\n');
  const [issued, setIssued] = useState<Readonly<Record<string, IssuedApology>>>({});
  const addNotices = useSidebar((s) => s.addNotices);
  useEffect(() => {
    let live = true;
    const load = () => {
      issuedApologies(key ? key.split('\n') : []).then(
        (found) => {
          if (!live) return;
          setIssued(found.issued);
          // A broken book is put right when the next slip is entered (by the background); said once until then.
          addNotices(found.problems);
        },
        () => {},
      );
    };
    load();
    const unwatch = watchApologyBook(load);
    return () => {
      live = false;
      unwatch();
    };
  }, [key, addNotices]);
  return issued;
}
