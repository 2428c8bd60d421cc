import type { LetterTemplate } from '../../utils/letters/types';
import { OFFICE_FIELDS } from './common';

/** A certificate the leadership hands to people and organisations who helped the commune; entered by hand. */
export const THANK_YOU: LetterTemplate = {
  kind: 'thank-you',
  name: 'Giấy cảm ơn',
  layout: 'certificate',
  requires: [...OFFICE_FIELDS, 'office.communeName', 'recipient.name', 'recipient.reason'],
  blocks: [
    { type: 'heading', issuingBody: '{{office.issuingBody}}' },
    { type: 'title', text: 'GIẤY CẢM ƠN' },
    { type: 'paragraph', text: 'Trân trọng cảm ơn', align: 'center', style: 'italic' },
    { type: 'paragraph', text: '{{recipient.title}}', align: 'center', style: 'bold', size: 'large' },
    { type: 'paragraph', text: '{{recipient.reason|capitalise}}.', align: 'center' },
    {
      type: 'paragraph',
      text: 'Sự chung tay, góp sức của {{recipient.you}} là nguồn động viên quý báu đối với chính quyền và Nhân dân {{office.communeName}}. Kính chúc {{recipient.you}} {{recipient.wish}}.',
      align: 'center',
      style: 'italic',
    },
    {
      type: 'signature',
      placeDate: '{{letter.placeDate}}',
      authority: '{{office.signingAuthority}}',
      deputy: '{{office.signingDeputy}}',
      title: '{{office.leaderTitle}}',
      name: '{{office.leaderName}}',
    },
  ],
};
