import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { condolenceTemplate } from '../letters/test-fixtures';
import {
  effectiveSettings,
  loadEffectiveSettings,
  loadManagedPolicy,
  loadSettingsState,
  localAfterEdit,
  managedSections,
  NO_POLICY,
  readPolicy,
  watchEffectiveSettings,
} from './managed';
import { DEFAULT_SETTINGS, type Settings } from './schema';
import { settingsItem } from './settings';

const local: Settings = {
  ...structuredClone(DEFAULT_SETTINGS),
  deadline: { ...DEFAULT_SETTINGS.deadline, soonWorkingDays: 4 },
  office: { ...DEFAULT_SETTINGS.office, communeName: 'xã Cũ', leaderName: 'Lê Văn A' },
  register: { retentionMonths: 6, shareDossierCodes: false },
  desk: { name: 'Bàn 2', id: '5c1b7a0e-2f4d-4e8a-9b3c-1d2e3f405162' },
};

describe('readPolicy', () => {
  it('keeps the valid sections and lists the problems of the others', () => {
    const policy = readPolicy({
      settings: { office: { communeName: 'xã Tân Phú' }, register: { retentionMonths: 0 }, extra: {} },
      locked: ['scripts', 'tabs'],
    });
    expect(policy.settings).toEqual({ office: { communeName: 'xã Tân Phú' } });
    expect(policy.locked).toEqual(['scripts']);
    expect(policy.errors).toEqual([
      'Chính sách: “settings.register.retentionMonths”: phải là số nguyên từ 1 đến 60 (đang là 0).',
      'Chính sách: không có nhóm cài đặt “extra”.',
      'Chính sách: “locked” có nhóm không biết ("tabs").',
    ]);
  });

  it('no policy is no policy', () => expect(readPolicy({})).toEqual(NO_POLICY));

  it('a template placeholder named after an object built-in voids that section only, with a word', () => {
    const template = condolenceTemplate('Kính gửi {{constructor}}.');
    const policy = readPolicy({
      settings: { letters: { templates: { condolence: template } }, office: { communeName: 'xã Tân Phú' } },
    });
    expect(policy.settings).toEqual({ office: { communeName: 'xã Tân Phú' } });
    expect(policy.errors).toEqual([expect.stringContaining('“constructor” không phải trường mà thư điền được')]);
  });

  it('a policy nested 200,000 levels deep is refused without overflowing the stack', () => {
    let deep: unknown = {};
    for (let i = 0; i < 200_000; i += 1) deep = { a: deep };
    expect(readPolicy({ settings: { office: deep } }).errors).toEqual([
      'Chính sách: lồng nhau quá sâu, không đọc được.',
    ]);
  });
});

describe('effectiveSettings', () => {
  const policy = readPolicy({ settings: { office: { communeName: 'xã Tân Phú' } }, locked: ['register'] });

  it('managed sections come from the policy over the defaults; the others stay the officer’s', () => {
    expect(managedSections(policy)).toEqual(['office', 'register']);
    const effective = effectiveSettings(local, policy);
    expect(effective.deadline.soonWorkingDays).toBe(4);
    expect(effective.office).toEqual({ ...DEFAULT_SETTINGS.office, communeName: 'xã Tân Phú' });
    expect(effective.register).toEqual(DEFAULT_SETTINGS.register);
    expect(effectiveSettings(local, NO_POLICY)).toEqual(local);
  });

  it('a policy may name the desk, never give it an id: the id stays this browser’s own', () => {
    const named = readPolicy({ settings: { desk: { name: 'Bàn Hộ tịch' } } });
    expect(named.errors).toEqual([]);
    expect(effectiveSettings(local, named).desk).toEqual({ name: 'Bàn Hộ tịch', id: local.desk.id });
    const locked = readPolicy({ locked: ['desk'] });
    expect(effectiveSettings(local, locked).desk).toEqual({ name: '', id: local.desk.id });
    const withId = readPolicy({ settings: { desk: { name: 'Bàn 1', id: 'aaaaaaaa-bbbb' } } });
    expect(withId.settings.desk).toBeUndefined();
    expect(withId.errors).toEqual([
      'Chính sách: “settings.desk.id”: do tiện ích tự tạo trên từng máy, chính sách không đặt được.',
    ]);
  });

  it('an edit stores only the sections the officer may change', () => {
    const edited = { ...effectiveSettings(local, policy), deadline: { ...local.deadline, soonWorkingDays: 1 } };
    const stored = localAfterEdit(edited, local, policy);
    expect(stored.deadline.soonWorkingDays).toBe(1);
    expect(stored.office).toEqual(local.office);
    expect(stored.register).toEqual(local.register);
  });
});

describe('recipes in a policy', () => {
  const recipe = { host: 'motcua.tanphu.gov.vn', fields: { code: { label: 'Số tiếp nhận' } }, columns: {} };

  it('a policy sets the recipe list whole and locks it; the officer’s own are kept aside', () => {
    const own = { ...local, recipes: [{ ...recipe, host: 'khac.gov.vn' }] };
    const policy = readPolicy({ settings: { recipes: [recipe] } });
    expect(managedSections(policy)).toEqual(['recipes']);
    expect(effectiveSettings(own, policy).recipes).toEqual([recipe]);
    expect(localAfterEdit(effectiveSettings(own, policy), own, policy).recipes).toEqual(own.recipes);
  });

  it('a locked section without recipes means none; a tampered recipe is refused with its reason', () => {
    expect(effectiveSettings({ ...local, recipes: [recipe] }, readPolicy({ locked: ['recipes'] })).recipes).toEqual([]);
    const tampered = readPolicy({
      settings: { recipes: [{ ...recipe, fields: { code: { selector: 'tr:nth-child(2)' } } }] },
    });
    expect(tampered.settings.recipes).toBeUndefined();
    expect(tampered.errors).toEqual([
      expect.stringMatching(/^Chính sách: “settings.recipes\[0\].fields.code.selector”: là đường dẫn theo vị trí/),
    ]);
  });
});

describe('loading and watching', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the managed area and keeps a copy for the next quick start', async () => {
    await settingsItem.setValue(local);
    await fakeBrowser.storage.managed.set({ settings: { deadline: { soonWorkingDays: 7 } } });
    // Before the browser's policy was ever read, pages start from the officer's own settings.
    expect(await loadEffectiveSettings()).toEqual(local);
    const { effective } = await loadSettingsState();
    expect(effective.deadline).toEqual({ ...DEFAULT_SETTINGS.deadline, soonWorkingDays: 7 });
    expect(effective.register).toEqual(local.register);
    expect(await loadEffectiveSettings()).toEqual(effective);
  });

  it('treats a browser without managed storage as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    expect(await loadManagedPolicy()).toEqual(NO_POLICY);
  });

  it('calls back on local and on policy changes', async () => {
    const seen: number[] = [];
    const unwatch = watchEffectiveSettings((s) => seen.push(s.deadline.soonWorkingDays));
    // At once, with the browser's current policy.
    await vi.waitFor(() => expect(seen).toEqual([2]));
    await settingsItem.setValue(local);
    await vi.waitFor(() => expect(seen).toEqual([2, 4]));
    await fakeBrowser.storage.managed.set({ settings: { deadline: { soonWorkingDays: 9 } } });
    await vi.waitFor(() => expect(seen).toEqual([2, 4, 9]));
    unwatch();
    await settingsItem.setValue(DEFAULT_SETTINGS);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([2, 4, 9]);
  });
});
