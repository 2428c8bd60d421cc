import { useMemo } from 'react';
import type { Dossier } from '@/utils/dossier/types';
import { type DossierView, dossierView } from '@/utils/page/dossier-view';
import { useSidebar } from './store-context';
import { useIssuedApologies } from './use-issued-apologies';

/**
 * The open dossier's deadline, stage, new return date and letters, with the apology slip already entered for it:
 * computed once for the whole panel, whose parts take them as props.
 */
export function useDossierView(dossier: Dossier | null): DossierView | null {
  const now = useSidebar((s) => s.now);
  const settings = useSidebar((s) => s.settings);
  const issued = useIssuedApologies(dossier?.code ? [dossier.code] : [])[dossier?.code ?? ''];
  return useMemo(() => dossier && dossierView(dossier, now, settings, issued), [dossier, now, settings, issued]);
}
