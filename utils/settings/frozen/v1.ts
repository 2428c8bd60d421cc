/**
 * FROZEN: settings as version 1 stored them. Never edit: the migrations read values of this shape for as long as a
 * browser or a file may still hold one, whatever today's settings look like.
 */

export interface DeadlineV1 {
  soonWorkingDays: number;
  extraDaysOff: string[];
  extraWorkingDays: string[];
  apologyExtraWorkingDays: number;
}

export interface ScriptV1 {
  id: string;
  stage: 'receiving' | 'supplement' | 'processing' | 'returning' | 'overdue' | 'any';
  title: string;
  text: string;
  disabled?: boolean;
}

// Types, not interfaces: a value of these shapes passes where any stored record does.
export type SettingsV1 = {
  deadline: DeadlineV1;
  scripts: ScriptV1[];
};
