/**
 * FROZEN: settings as version 4 stored them: the plan's own words; letters and scripts that follow the law and the
 * plan; the apology's number, the unconfirmed holiday years, the one-stop unit and the head's name. With the defaults
 * version 4 brought (other than the letter templates, scripts and plan words: see pinned-v4.json). Never edit, the
 * data file included. Version 5 belongs to another change and has no step: a version 5 value is read as version 4.
 */
import type { DeadlineV1 } from './v1';
import type { LetterBlockV2, LetterKindV2, LettersV2, LetterTemplateV2, OfficeV2 } from './v2';
import type { SettingsV3 } from './v3';
import data from './v4-defaults.json' with { type: 'json' };

/** Version 4's letters brought the document number, the deputy's line and attachments' own pages. */
type LetterBlockV4 =
  | Exclude<LetterBlockV2, { type: 'heading' | 'signature' | 'page-break' }>
  | { type: 'heading'; issuingBody: string; placeDate?: string; number?: string }
  | { type: 'signature'; authority: string; deputy?: string; title: string; name: string; placeDate?: string }
  | { type: 'page-break'; attachment?: boolean };

export type TemplateBlockV4 = LetterBlockV4 & { when?: string };

export type LetterTemplateV4 = LetterTemplateV2<TemplateBlockV4>;

export interface LettersV4 extends Omit<LettersV2, 'templates'> {
  templates: Partial<Record<LetterKindV2, LetterTemplateV4>>;
  apologyNumberFormat: string;
  condolenceMaxDays: number;
  marriageGift: boolean;
  familyCriteriaTitle: string;
  familyCriteriaText: string;
}

export interface PlanV4 {
  fourAsks: string;
  fourAlways: string;
  fiveNevers: string;
}

export type SettingsV4 = Omit<SettingsV3, 'deadline' | 'office' | 'letters'> & {
  deadline: DeadlineV1 & { confirmedYears: number[] };
  office: OfficeV2 & { oneStopUnit: string; headName: string };
  letters: LettersV4;
  plan: PlanV4;
};

/** What version 4 added to sections already there, as it shipped it. */
export const V4_DEFAULTS = data as {
  deadline: Pick<SettingsV4['deadline'], 'confirmedYears'>;
  office: Pick<SettingsV4['office'], 'oneStopUnit' | 'headName'>;
  letters: Omit<LettersV4, 'templates'>;
};
