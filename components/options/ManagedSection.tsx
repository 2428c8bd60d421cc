import type { ReactNode } from 'react';
import type { ManagedPolicy } from '@/utils/settings/managed';
import { managedSections } from '@/utils/settings/managed';
import type { SettingsSection } from '@/utils/settings/validate';
import { LockNotice } from './LockNotice';

/**
 * Wraps a settings section: when the office policy manages it, a notice says so and a disabled fieldset turns off
 * every input and button inside, whatever form it holds.
 */
export function ManagedSection({
  section,
  policy,
  children,
}: {
  section: SettingsSection;
  policy: ManagedPolicy;
  children: ReactNode;
}) {
  const managed = managedSections(policy).includes(section);
  return (
    <div className="opt-managed" data-section={section} data-managed={managed || undefined}>
      {managed && <LockNotice hasValues={policy.settings[section] !== undefined} />}
      <fieldset className="opt-managed-fields" disabled={managed}>
        {children}
      </fieldset>
    </div>
  );
}
