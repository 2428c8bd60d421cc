/**
 * FROZEN: settings as version 2 stored them (version 1 with the office profile, letter templates and the register's
 * retention), and the defaults version 2 shipped. Never edit, the data file included.
 */
import type { SettingsV1 } from './v1';
// `with { type: 'json' }` on every JSON import here: e2e specs load settings code through Node, which needs it.
import data from './v2-defaults.json' with { type: 'json' };

export type LetterKindV2 = 'birth-congratulation' | 'marriage-congratulation' | 'condolence' | 'thank-you' | 'apology';

export interface OfficeV2 {
  communeName: string;
  unitType: 'xã' | 'phường' | 'đặc khu';
  province: string;
  placeName: string;
  address: string;
  leaderName: string;
  leaderTitle: string;
  signingAuthority: string;
  issuingBody: string;
  phone: string;
  email: string;
}

export type TextStyleV2 = 'normal' | 'bold' | 'italic' | 'bold-italic';

export type LetterBlockV2 =
  | { type: 'heading'; issuingBody: string; placeDate?: string }
  | { type: 'title'; text: string; subtitle?: string }
  | {
      type: 'paragraph';
      text: string;
      align?: 'justify' | 'left' | 'center' | 'right';
      style?: TextStyleV2;
      size?: 'small' | 'body' | 'large';
      indent?: boolean;
    }
  | { type: 'list'; items: string[]; marker?: 'dash' | 'number' }
  | { type: 'signature'; authority: string; title: string; name: string; placeDate?: string }
  | { type: 'recipients'; items: string[] }
  | { type: 'page-break' }
  | { type: 'excerpt'; title: string; note?: string; items: string[]; source?: string };

/** A block shown only when the field named by `when` has a value. */
export type TemplateBlockV2 = LetterBlockV2 & { when?: string };

export interface LetterTemplateV2<Block = TemplateBlockV2> {
  kind: LetterKindV2;
  name: string;
  layout: 'letter' | 'certificate';
  requires: string[];
  defaults?: Record<string, string>;
  blocks: Block[];
}

export interface LettersV2 {
  templates: Partial<Record<LetterKindV2, LetterTemplateV2>>;
  addressStyle: 'formal' | 'familiar';
}

export interface RegisterV2 {
  retentionMonths: number;
}

export type SettingsV2 = SettingsV1 & {
  office: OfficeV2;
  letters: LettersV2;
  register: RegisterV2;
};

/** The sections version 2 added, as it shipped them. */
export const V2_DEFAULTS = data as Pick<SettingsV2, 'office' | 'letters' | 'register'>;
