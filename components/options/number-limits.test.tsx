// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { GenericSchema } from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { standOn } from '@/tests/unit/days';
import { NO_POLICY } from '@/utils/settings/managed';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import {
  DEADLINE_FIELDS,
  DESK_SCREEN_FIELDS,
  LETTER_FIELDS,
  REGISTER_FIELDS,
  rangeOf,
} from '@/utils/settings/settings-schema';
import { OPTIONS_SECTIONS } from './options-sections';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The schema's whole-number fields, by the name their box carries. */
const NUMBER_FIELDS: Record<string, GenericSchema> = {
  soonWorkingDays: DEADLINE_FIELDS.soonWorkingDays,
  apologyExtraWorkingDays: DEADLINE_FIELDS.apologyExtraWorkingDays,
  condolenceMaxDays: LETTER_FIELDS.condolenceMaxDays,
  retentionMonths: REGISTER_FIELDS.retentionMonths,
  slideSeconds: DESK_SCREEN_FIELDS.slideSeconds,
};

describe('the options page’s number boxes', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // A day with a year to check, so that every section shows.
    standOn('2026-11-25');
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('each name a field of the settings schema and take its range', async () => {
    const state = { local: DEFAULT_SETTINGS, policy: NO_POLICY, effective: DEFAULT_SETTINGS, problems: [] };
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () =>
      root.render(
        OPTIONS_SECTIONS.map((section) => (
          <section key={section.id}>
            {section.render({
              state,
              settings: DEFAULT_SETTINGS,
              save: () => {},
              settle: () => state,
              setMessage: () => {},
            })}
          </section>
        )),
      ),
    );
    const boxes = [...container.querySelectorAll<HTMLInputElement>('input[type="number"]')].map((input) => ({
      name: input.name,
      min: input.min,
      max: input.max,
    }));
    const expected = Object.entries(NUMBER_FIELDS).map(([name, schema]) => {
      const { min, max } = rangeOf(schema);
      return { name, min: String(min), max: String(max) };
    });
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(boxes.sort(byName)).toEqual(expected.sort(byName));
    await act(async () => root.unmount());
  });
});
