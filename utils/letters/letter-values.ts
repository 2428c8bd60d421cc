import { now } from '../clock/clock';
import { vietnamToday } from '../deadline';
import type { Dossier } from '../dossier/types';
import { placeDateLine, vietnamDayOf, writtenDate } from './date-words';
import { cleanText, type FieldValues } from './fill';
import { capitalise, coupleAddress, familyAddress, honorificFor } from './honorific';
import type { LetterOptions, OfficeProfile, ThankYouInput } from './types';

/** Names typed in capitals ("NGUYỄN THỊ HƯƠNG") are written as names in a letter ("Nguyễn Thị Hương"). */
export function displayName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const clean = cleanText(name);
  const shouting = clean === clean.toLocaleUpperCase('vi') && clean !== clean.toLocaleLowerCase('vi');
  return shouting ? clean.toLocaleLowerCase('vi').split(' ').map(capitalise).join(' ') : clean;
}

const dateWords = (input: string | undefined): string | undefined => {
  const day = vietnamDayOf(input);
  return day && writtenDate(day);
};

/** A reason is set inside a sentence: no full stop of its own. */
const phrase = (text: string | undefined): string | undefined => text && cleanText(text).replace(/[\s.;,!]+$/, '');

function officeValues(office: Partial<OfficeProfile>, letterDay: string): FieldValues {
  const communeName = office.communeName && cleanText(office.communeName);
  const placeName = office.placeName && cleanText(office.placeName);
  return {
    'office.communeName': communeName,
    'office.unitType': office.unitType,
    'office.province': office.province,
    'office.placeName': placeName,
    'office.address': office.address,
    'office.leaderName': displayName(office.leaderName),
    'office.leaderTitle': office.leaderTitle,
    'office.signingAuthority': office.signingAuthority,
    'office.issuingBody': office.issuingBody || (communeName && `UBND ${communeName.toLocaleUpperCase('vi')}`),
    'office.phone': office.phone,
    'office.email': office.email,
    'letter.date': writtenDate(letterDay),
    'letter.placeDate': placeName && placeDateLine(placeName, letterDay),
  };
}

function dossierValues(dossier: Dossier, options: LetterOptions, letterDay: string): FieldValues {
  const style = options.address;
  const { applicant, child, deceased, spouses = [] } = dossier;
  const applicantName = displayName(applicant.name);
  const deceasedName = displayName(deceased?.name);
  const named = spouses.map((spouse) => ({ ...spouse, name: displayName(spouse.name) ?? '' }));
  return {
    'applicant.name': applicantName,
    'applicant.honorific': applicantName && honorificFor(applicant.gender, style),
    'dossier.code': dossier.code,
    'dossier.procedureName': dossier.procedureName,
    'dossier.receivedAt': dateWords(dossier.receivedAt),
    'dossier.dueAt': dateWords(dossier.dueAt),
    'registration.date': dateWords(dossier.receivedAt ?? dossier.completedAt ?? letterDay),
    'child.name': displayName(child?.name),
    'child.birthDate': dateWords(child?.birthDate),
    ...Object.fromEntries(named.map((spouse, i) => [`spouses.${i}.name`, spouse.name])),
    couple: coupleAddress(named, style),
    'couple.family': familyAddress(named, style),
    'deceased.name': deceasedName,
    // The dead are spoken of formally, whatever the style used with the family.
    'deceased.honorific': deceasedName && honorificFor(deceased?.gender),
    'deceased.deathDate': dateWords(deceased?.deathDate),
    reason: phrase(options.reason),
    newReturnDate: dateWords(options.newReturnDate),
    legalBasis: options.legalBasis,
  };
}

function thankYouValues(input: ThankYouInput): FieldValues {
  const name = input.recipientType === 'person' ? displayName(input.recipientName) : input.recipientName;
  const honorific = input.honorific ?? 'ông/bà';
  const person = input.recipientType === 'person';
  return {
    'recipient.name': name,
    'recipient.title': name && (person ? `${capitalise(honorific)} ${name}` : name),
    'recipient.you': name && (person ? honorific : 'quý đơn vị'),
    'recipient.reason': phrase(input.reason),
  };
}

/** Everything a template may ask for, from the dossier (if any), the office profile and the officer's input. */
export function letterValues(
  dossier: Dossier | null,
  office: Partial<OfficeProfile>,
  options: LetterOptions = {},
): FieldValues {
  const requested = options.thankYou?.date ?? options.date;
  const letterDay = requested === undefined ? vietnamToday(now()) : vietnamDayOf(requested);
  // Dates come from date inputs, so a bad one is a bug to surface, not a field for the officer to fill.
  if (!letterDay) throw new RangeError(`Not a letter date: ${requested}`);
  return {
    ...officeValues(office, letterDay),
    ...(dossier && dossierValues(dossier, options, letterDay)),
    ...(options.thankYou && thankYouValues(options.thankYou)),
  };
}
