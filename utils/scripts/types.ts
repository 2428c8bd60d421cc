/** The moment of a dossier the officer is in; it decides which courtesy script fits. */
export type Stage = 'receiving' | 'supplement' | 'processing' | 'returning' | 'overdue';

export interface CourtesyScript {
  id: string;
  /** `any` scripts fit every stage (thanks, for example). */
  stage: Stage | 'any';
  title: string;
  /** With placeholders such as {{honorific}} and {{applicantName}}. */
  text: string;
  disabled?: boolean;
}

/** What the officer ticks as done for a dossier ("4 xin"). */
export type CourtesyAct = 'greeted' | 'askedPermission' | 'thanked' | 'apologised';
