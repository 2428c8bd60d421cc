/**
 * FROZEN: settings as version 6 stored them (version 4 with this browser's desk for the commune report, and whether
 * its register file may carry dossier codes), and the defaults version 6 brought. Never edit, the data file included.
 */
import type { RegisterV2 } from './v2';
import type { SettingsV4 } from './v4';
import data from './v6-defaults.json' with { type: 'json' };

export type SettingsV6 = Omit<SettingsV4, 'register'> & {
  register: RegisterV2 & { shareDossierCodes: boolean };
  /** The id is made once, on the browser (desk-identity.ts): blank until then. */
  desk: { name: string; id: string };
};

export const V6_DEFAULTS = data as {
  desk: SettingsV6['desk'];
  register: Pick<SettingsV6['register'], 'shareDossierCodes'>;
};
