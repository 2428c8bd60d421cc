import type { ReactNode } from 'react';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import type { ManagedPolicy } from '@/utils/settings/managed';
import { managedSections } from '@/utils/settings/managed';
import { SECTION_LABEL } from '@/utils/settings/section-labels';
import type { SettingsSection } from '@/utils/settings/validate';
import { LockNotice } from './LockNotice';

/**
 * Wraps a settings section: when the office policy manages it, a notice says so and a disabled fieldset turns off
 * every input and button inside, whatever form it holds. A section that fails to show is replaced by a notice with
 * a way back: its defaults (unless the policy manages it) or another try.
 */
export function ManagedSection({
  section,
  policy,
  onResetDefaults,
  children,
}: {
  section: SettingsSection;
  policy: ManagedPolicy;
  /**
   * Puts this section back to its defaults. Left out where that would lose what cannot be made again (the desk's
   * id, the recipes officers taught): trying again is the way back there.
   */
  onResetDefaults?: () => unknown;
  children: ReactNode;
}) {
  const managed = managedSections(policy).includes(section);
  const label = SECTION_LABEL[section];
  return (
    <div className="opt-managed" data-section={section} data-managed={managed || undefined}>
      {managed && <LockNotice hasValues={policy.settings[section] !== undefined} />}
      <ErrorBoundary
        label={label.charAt(0).toLocaleUpperCase('vi') + label.slice(1)}
        section={section}
        actions={managed || !onResetDefaults ? [] : [{ label: 'Đặt lại phần này về mặc định', run: onResetDefaults }]}
      >
        <fieldset className="opt-managed-fields" disabled={managed}>
          {children}
        </fieldset>
      </ErrorBoundary>
    </div>
  );
}
