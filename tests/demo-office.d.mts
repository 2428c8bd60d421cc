import type { OfficeProfile } from '../utils/letters/types';

/** Xã Tân Phú, with no phone of its own. */
export const DEMO_OFFICE: OfficeProfile;
