/**
 * The manifest's keyboard shortcuts (`commands`), by command name. Kept apart from the handler: wxt.config.ts reads
 * it at build time, where no extension API exists.
 */
export const COMMANDS = {
  'open-sidebar': { suggested_key: { default: 'Alt+Shift+M' }, description: 'Mở thanh bên và đặt con trỏ vào đó' },
} as const;

export type CommandName = keyof typeof COMMANDS;
