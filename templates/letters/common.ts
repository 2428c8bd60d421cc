import type { TemplateBlock } from '../../utils/letters/types';

/** Fields every administrative letter prints in its header and signature. */
export const OFFICE_FIELDS = [
  'office.issuingBody',
  'office.placeName',
  'office.signingAuthority',
  'office.leaderTitle',
  'office.leaderName',
];

export const HEADING: TemplateBlock = {
  type: 'heading',
  issuingBody: '{{office.issuingBody}}',
  placeDate: '{{letter.placeDate}}',
};

export const SIGNATURE: TemplateBlock = {
  type: 'signature',
  authority: '{{office.signingAuthority}}',
  title: '{{office.leaderTitle}}',
  name: '{{office.leaderName}}',
};

/** Offered when the profile has a phone number; a letter reads well without it. */
export const OFFICE_PHONE: TemplateBlock = {
  type: 'paragraph',
  text: 'Mọi điều cần hỗ trợ, xin gia đình liên hệ Bộ phận Một cửa {{office.communeName}} qua số điện thoại {{office.phone}}.',
  indent: true,
  when: 'office.phone',
};
