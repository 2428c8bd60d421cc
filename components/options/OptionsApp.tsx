import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings, withDefaults } from '@/utils/settings/schema';
import { settingsItem } from '@/utils/settings/settings';
import { AddedPortalsForm } from './AddedPortalsForm';
import { DeadlineSettingsForm } from './DeadlineSettingsForm';
import { LetterTemplateEditor } from './LetterTemplateEditor';
import { MonthlyReportPanel } from './MonthlyReportPanel';
import { OfficeProfileForm } from './OfficeProfileForm';

/** The team lead's page: every change is saved at once and reaches open portal tabs without a reload. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    settingsItem
      .getValue()
      .then((value) => setSettings(withDefaults(value)))
      .catch(() => setSettings(DEFAULT_SETTINGS));
  }, []);

  const save = async (next: Settings) => {
    setSettings(next);
    try {
      await settingsItem.setValue(next);
      setMessage('Đã lưu cài đặt.');
    } catch {
      setMessage('Chưa lưu được cài đặt, anh/chị vui lòng thử lại.');
    }
  };

  return (
    <main className="opt-page">
      <h1>Cài đặt Một Cửa Thân Thiện</h1>
      {settings ? (
        <>
          <OfficeProfileForm settings={settings} onSave={save} />
          <DeadlineSettingsForm settings={settings} onSave={save} />
          <LetterTemplateEditor settings={settings} onSave={save} />
          <MonthlyReportPanel settings={settings} onSave={save} />
          <AddedPortalsForm />
        </>
      ) : (
        <p>Đang tải cài đặt…</p>
      )}
      <p role="status" className="opt-message" data-testid="options-status">
        {message}
      </p>
    </main>
  );
}
