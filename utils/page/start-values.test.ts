import { describe, expect, it } from 'vitest';
import { V3_DEFAULTS } from '../settings/frozen/v3';
import { SETTINGS_VERSION } from '../settings/migrations';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { startValuesFrom } from './start-values';

describe('startValuesFrom', () => {
  it('nothing stored: the defaults, open, the real clock, nothing to say', () => {
    expect(startValuesFrom({})).toEqual({
      settings: DEFAULT_SETTINGS,
      collapsed: false,
      collapsedBroken: false,
      today: undefined,
      problems: [],
    });
  });

  it('the office policy cached by the last page lies over the officer’s own settings', () => {
    const { settings } = startValuesFrom({
      settings: { ...DEFAULT_SETTINGS, deadline: { ...DEFAULT_SETTINGS.deadline, soonWorkingDays: 4 } },
      managedPolicyCache: { settings: { office: { communeName: 'xã Tân Phú' } }, locked: ['office'] },
    });
    expect(settings.deadline.soonWorkingDays).toBe(4);
    expect(settings.office.communeName).toBe('xã Tân Phú');
  });

  it('settings stored by an older version are migrated in memory: the scripts shipped then become today’s', () => {
    const { settings, problems } = startValuesFrom({
      settings: {
        deadline: { soonWorkingDays: 3, extraDaysOff: [], extraWorkingDays: [] },
        scripts: V3_DEFAULTS.scripts,
      },
      settings$: { v: 3 },
    });
    expect(settings.deadline.soonWorkingDays).toBe(3);
    expect(settings.scripts).toEqual(DEFAULT_SETTINGS.scripts);
    expect(settings.scripts).not.toEqual(V3_DEFAULTS.scripts);
    expect(problems).toEqual([]);
  });

  it.each<[string, unknown, boolean, boolean]>([
    ['folded', true, true, false],
    ['open', false, false, false],
    ['never set', null, false, false],
    ['a string', 'yes', false, true],
    ['an object', { collapsed: true }, false, true],
  ])('a stored folded state that is %s', (_, stored, collapsed, broken) => {
    const start = startValuesFrom({ 'ui.sidebarCollapsed': stored });
    expect(start.collapsed).toBe(collapsed);
    expect(start.collapsedBroken).toBe(broken);
    expect(start.problems).toEqual(broken ? [expect.stringContaining('thu gọn')] : []);
  });

  it('broken settings are repaired section by section, with words for the sidebar’s notice', () => {
    const { settings, problems } = startValuesFrom({
      settings: { scripts: [null], office: 'x' },
      settings$: { v: SETTINGS_VERSION },
    });
    expect(settings.scripts).toEqual(DEFAULT_SETTINGS.scripts);
    expect(settings.office).toEqual(DEFAULT_SETTINGS.office);
    expect(problems).toEqual([expect.stringMatching(/“lời nói”.*“thông tin cơ quan”/)]);
  });

  it('hands the stored "today" on as it is (the clock checks it)', () => {
    expect(startValuesFrom({ todayOverride: '2026-01-01' }).today).toBe('2026-01-01');
  });
});
