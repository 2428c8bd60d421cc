import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { now, setTodayOverride } from '../clock/clock';
import { readRegister, registerItem } from '../register/register-store';
import { DOSSIER_RECORD_MAX_AGE_MS } from '../session/session-store';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { settingsItem } from '../settings/settings';
import { upkeep } from './upkeep';

describe('upkeep (retention at each start of the service worker)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    setTodayOverride('2026-11-25');
    await registerItem.setValue({
      letters: [{ id: 'old', printedAt: '2026-03-10T02:00:00.000Z', kind: 'condolence' }],
      seen: [
        { month: '2026-03', code: 'OLD', kind: 'death', outcome: 'on-time' },
        { month: '2026-11', code: 'NEW', kind: 'birth', outcome: 'open' },
      ],
      courtesy: { '2026-03': { greeted: 4 }, '2026-11': { greeted: 1 } },
    });
  });

  it('drops what is older than the retention the settings give, and keeps the rest', async () => {
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      register: { ...DEFAULT_SETTINGS.register, retentionMonths: 6 },
    });
    await upkeep();
    const register = await readRegister();
    expect(register.letters).toEqual([]);
    expect(register.seen.map((r) => r.code)).toEqual(['NEW']);
    expect(Object.keys(register.courtesy)).toEqual(['2026-11']);
  });

  it('keeps months still within a longer retention', async () => {
    await upkeep();
    expect((await readRegister()).seen.map((r) => r.code)).toEqual(['OLD', 'NEW']);
  });

  it('forgets session records nobody has looked at for half a day', async () => {
    const long = now() - DOSSIER_RECORD_MAX_AGE_MS - 60_000;
    await fakeBrowser.storage.session.set({
      'manual:H-OLD': { dueAt: '2026-11-30' },
      'manual:H-NEW': { dueAt: '2026-12-01' },
      'mctt:session-index': { 'manual:H-OLD': long, 'manual:H-NEW': now() },
    });
    await upkeep();
    const { 'mctt:session-index': _, ...left } = await fakeBrowser.storage.session.get(null);
    expect(left).toEqual({ 'manual:H-NEW': { dueAt: '2026-12-01' } });
  });

  it('removes the day of the last prune that earlier builds kept, and leaves the register', async () => {
    await fakeBrowser.storage.local.set({ 'register.prunedOn': '2026-11-24' });
    await upkeep();
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored).not.toHaveProperty(['register.prunedOn']);
    expect(stored).toHaveProperty(['register']);
  });
});
