import { PORTAL_MATCHES } from '../portal-hosts';

/** Hosts a team lead may add at run time: any web host, asked for one by one (see optional_host_permissions). */
export const OPTIONAL_HOST_PATTERNS = ['https://*/*', 'http://*/*'];

const HOST = /^(\*\.)?([a-z0-9-]+\.)+[a-z0-9-]{2,}$/;

/**
 * The match pattern for a portal address typed by a team lead ("dvc.tinh.vn", "https://motcua.x.vn/hs?id=1",
 * "*.igate.vn"), or an error in Vietnamese. Only one host per pattern: never every site.
 */
export function portalPattern(input: string): { pattern: string } | { error: string } {
  const text = input.trim().toLowerCase();
  if (text === '') return { error: 'Anh/chị nhập địa chỉ của cổng, ví dụ dichvucong.tinh.vn.' };
  const withScheme = /^[a-z]+:\/\//.test(text) ? text : `https://${text}`;
  const scheme = withScheme.slice(0, withScheme.indexOf(':'));
  if (scheme !== 'https' && scheme !== 'http') return { error: 'Chỉ dùng được địa chỉ http:// hoặc https://.' };
  const host =
    withScheme
      .slice(scheme.length + 3)
      .split(/[/?#]/)[0]
      ?.replace(/:\d+$/, '') ?? '';
  if (!HOST.test(host)) return { error: `“${input.trim()}” không phải tên miền của một cổng.` };
  return { pattern: `${scheme}://${host}/*` };
}

/** Granted origins beyond those the extension ships with: the ones a team lead added. */
export const addedPortalOrigins = (granted: readonly string[]): string[] =>
  granted.filter((origin) => !PORTAL_MATCHES.includes(origin) && !OPTIONAL_HOST_PATTERNS.includes(origin)).sort();
