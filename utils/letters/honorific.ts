import type { Gender, Person } from '../dossier/types';
import { addressGender } from './people';
import type { AddressStyle, PersonHonorific } from './types';

const WORDS: Record<AddressStyle, Record<Gender | 'unknown', PersonHonorific>> = {
  formal: { male: 'ông', female: 'bà', unknown: 'ông/bà' },
  familiar: { male: 'anh', female: 'chị', unknown: 'anh/chị' },
};

/** ông / bà from the gender when known, the neutral "ông/bà" otherwise (anh / chị in the familiar style). */
export function honorificFor(gender: Gender | undefined, style: AddressStyle = 'formal'): PersonHonorific {
  return WORDS[style][gender ?? 'unknown'];
}

export const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

interface Addressed {
  person: Person;
  honorific: PersonHonorific;
}

/**
 * The two spouses, husband first (bên nam, bên nữ): by gender, given or guessed from the name, when it tells them
 * apart, otherwise in the dossier's order (portals list bên nam first). A spouse of unknown gender beside one of
 * known gender takes the other gender.
 */
export function orderedCouple(spouses: readonly Person[], style: AddressStyle = 'formal'): Addressed[] | undefined {
  const [first, second] = spouses;
  if (!first?.name.trim() || !second?.name.trim()) return undefined;
  const other = (gender: Gender | undefined): Gender | undefined =>
    gender === 'male' ? 'female' : gender === 'female' ? 'male' : undefined;
  const firstGender = addressGender(first) ?? other(addressGender(second)) ?? 'male';
  const secondGender = addressGender(second) ?? other(firstGender);
  const couple = [
    { person: first, honorific: honorificFor(firstGender, style) },
    { person: second, honorific: honorificFor(secondGender, style) },
  ];
  return firstGender === 'female' && secondGender === 'male' ? couple.reverse() : couple;
}

/** "ông Nguyễn Văn An và bà Trần Thị Bình". */
export function coupleAddress(spouses: readonly Person[], style: AddressStyle = 'formal'): string | undefined {
  return orderedCouple(spouses, style)
    ?.map(({ person, honorific }) => `${honorific} ${person.name.trim()}`)
    .join(' và ');
}

/** "gia đình ông Nguyễn Văn An và bà Trần Thị Bình", as a marriage letter addresses the new family. */
export function familyAddress(spouses: readonly Person[], style: AddressStyle = 'formal'): string | undefined {
  const couple = coupleAddress(spouses, style);
  return couple && `gia đình ${couple}`;
}
