import type { Gender } from '../dossier/types';
import { honorificFor } from '../letters/honorific';
import { addressGender } from '../letters/people';
import type { AddressStyle } from '../letters/types';

// One rule for how a citizen is addressed, in letters and in what the officer says.
export { capitalise } from '../letters/honorific';

/**
 * How to address a citizen: ông / bà (anh / chị in the familiar style) by the gender given or guessed from the
 * name, the neutral "ông/bà" when nothing tells (the officer sees the citizen and adapts).
 */
export const honorific = (
  person: { name: string; gender?: Gender } | Gender | undefined,
  style: AddressStyle = 'formal',
): string => honorificFor(typeof person === 'object' ? addressGender(person) : person, style);
