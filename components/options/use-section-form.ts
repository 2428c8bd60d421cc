import { useId } from 'react';
import type { Settings } from '@/utils/settings/schema';
import { type FieldSection, type SaveSettings, sectionUpdate } from './use-options-settings';

/**
 * What a form of one settings section works with: the id its boxes' ids start with, the section's values, a save of
 * some of its fields, and `bind(name)`: what the box of one field takes (its id and name, the stored value, the save
 * of that field alone), spread on a NumberField, a TextSettingField or a CheckboxField.
 */
export function useSectionForm<K extends FieldSection>(settings: Settings, onSave: SaveSettings, section: K) {
  const id = useId();
  const values = settings[section];
  const update = sectionUpdate(onSave, section);
  const bind = <N extends keyof Settings[K] & string>(name: N) => ({
    id: `${id}-${name}`,
    name,
    stored: values[name],
    onSave: (value: Settings[K][N]) => {
      const fields: Partial<Settings[K]> = {};
      fields[name] = value;
      update(fields);
    },
  });
  return { id, values, update, bind };
}
