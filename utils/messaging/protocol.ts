/** Messages between the background and the content script. No citizen data travels in them. */
export type ContentMessage = { type: 'mctt:toggle-sidebar' };

/** From a content script: how many dossiers on its page need attention (soon, due today or overdue). */
export type BackgroundMessage = { type: 'mctt:urgent-count'; count: number };

const hasType = (value: unknown, type: string): boolean =>
  typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;

export const isContentMessage = (value: unknown): value is ContentMessage => hasType(value, 'mctt:toggle-sidebar');

export const isBackgroundMessage = (value: unknown): value is BackgroundMessage =>
  hasType(value, 'mctt:urgent-count') && Number.isInteger((value as { count?: unknown }).count);
