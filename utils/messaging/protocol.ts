/** Messages between the background and the content script. No citizen data travels in them. */
export type ContentMessage = { type: 'mctt:toggle-sidebar' };

export const isContentMessage = (value: unknown): value is ContentMessage =>
  typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'mctt:toggle-sidebar';
