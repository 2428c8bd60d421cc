import { useEffect, useState } from 'react';
import type { IssuedApology } from '@/utils/letters/types';
import { issuedApologies, watchApologyBook } from '@/utils/register/apology-store';

/**
 * The apology slips already entered for these dossiers, kept current: a slip printed in the print page shows here
 * at once, so a second one is never offered.
 */
export function useIssuedApologies(codes: readonly string[]): Readonly<Record<string, IssuedApology>> {
  const key = codes.filter(Boolean).join('\n');
  const [issued, setIssued] = useState<Readonly<Record<string, IssuedApology>>>({});
  useEffect(() => {
    let live = true;
    const load = () => {
      issuedApologies(key ? key.split('\n') : []).then(
        (found) => {
          if (live) setIssued(found);
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
  }, [key]);
  return issued;
}
