import type { Gender } from '../dossier/types';
import { honorificFor } from '../letters/honorific';

// One rule for how a citizen is addressed, in letters and in what the officer says.
export { capitalise } from '../letters/honorific';

/** How to address a citizen: ông / bà when the gender is known, the neutral "ông/bà" otherwise. */
export const honorific = (gender: Gender | undefined): string => honorificFor(gender);
