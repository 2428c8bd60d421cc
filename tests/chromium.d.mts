export const EXTENSION_DIR: string;
export const CHROMIUM_PATH: string;
export function chromiumArgs(extensionDir?: string): string[];
