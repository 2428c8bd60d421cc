import { now } from '../clock/clock';
import { vietnamToday } from '../deadline';
import { genderFromName } from '../dossier/gender';
import type { Dossier, Gender } from '../dossier/types';
import { placeDateLine, vietnamDayOf, writtenDate } from './date-words';
import { cleanText, type FieldValues, oneLine } from './fill';
import { capitalise, coupleAddress, honorificFor } from './honorific';
import { addressGender, personName, wasChild } from './people';
import { registrationDay } from './registration';
import type { AddressStyle, LetterOptions, OfficeProfile, ThankYouInput } from './types';

const dateWords = (input: string | undefined): string | undefined => {
  const day = vietnamDayOf(input);
  return day && writtenDate(day);
};

/** A reason is set inside a sentence: one line, no full stop of its own. */
const phrase = (text: string | undefined): string | undefined => text && oneLine(text).replace(/[\s.;,!]+$/, '');

const BODY_PREFIX = /^(?:UBND|[ỦU]Y BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+/iu;

/**
 * The issuing body on its two header lines, "ỦY BAN NHÂN DÂN" over the commune's name, so that the name is never
 * split across lines (Decree 30). A team lead's text is kept, with "UBND" written out and a line break added after
 * it; a text that already has a line break, or names another body, stays as typed.
 */
function issuingBodyOf(office: Partial<OfficeProfile>, communeName: string | undefined): string | undefined {
  const typed = office.issuingBody && cleanText(office.issuingBody).toLocaleUpperCase('vi');
  if (typed) return typed.includes('\n') ? typed : typed.replace(BODY_PREFIX, 'ỦY BAN NHÂN DÂN\n');
  return communeName && `ỦY BAN NHÂN DÂN\n${communeName.toLocaleUpperCase('vi')}`;
}

/** The one-stop unit as the profile names it, else "Bộ phận Một cửa" of the commune; undefined without either. */
export function oneStopUnitOf(office: Partial<OfficeProfile>): string | undefined {
  if (office.oneStopUnit?.trim()) return oneLine(office.oneStopUnit);
  const communeName = office.communeName?.trim() && oneLine(office.communeName);
  return communeName ? `Bộ phận Một cửa ${communeName}` : undefined;
}

/** "PHÓ CHỦ TỊCH" signs for the chairman: "KT. CHỦ TỊCH" (Decree 30's three-line signature block). */
function deputyLineOf(title: string | undefined): string | undefined {
  const head = title && /^PHÓ\s+(.+)$/u.exec(cleanText(title).toLocaleUpperCase('vi'))?.[1];
  return head ? `KT. ${head}` : undefined;
}

function officeValues(office: Partial<OfficeProfile>, letterDay: string, options: LetterOptions): FieldValues {
  const communeName = office.communeName && cleanText(office.communeName);
  const placeName = office.placeName && cleanText(office.placeName);
  const leaderTitle = office.leaderTitle && cleanText(office.leaderTitle);
  const deputyLine = deputyLineOf(leaderTitle);
  return {
    'office.communeName': communeName,
    'office.unitType': office.unitType,
    'office.province': office.province,
    'office.placeName': placeName,
    'office.address': office.address,
    'office.leaderName': personName(office.leaderName),
    'office.leaderTitle': leaderTitle,
    'office.signingAuthority': office.signingAuthority,
    'office.signingDeputy': deputyLine,
    // The head of the body signs the apology: the signer when the signer is the head.
    'office.headTitle': deputyLine ? deputyLine.slice(4) : leaderTitle,
    'office.headName': personName(office.headName) || (deputyLine ? undefined : personName(office.leaderName)),
    'office.issuingBody': issuingBodyOf(office, communeName),
    'office.oneStopUnit': oneStopUnitOf(office),
    'office.phone': office.phone,
    'office.email': office.email,
    'letter.date': writtenDate(letterDay),
    'letter.placeDate': placeName && placeDateLine(placeName, letterDay),
    'letter.number': options.number && cleanText(options.number),
    'letter.gift': options.gift ? 'có' : undefined,
    ...(options.familyCriteria?.text.trim() && {
      'criteria.title': cleanText(options.familyCriteria.title ?? '') || 'TIÊU CHÍ GIA ĐÌNH HẠNH PHÚC',
      'criteria.items': options.familyCriteria.text,
      // The commune's own text is labelled as theirs, never as a quotation of the Ministry's.
      'criteria.source': communeName && `Tài liệu của Ủy ban nhân dân ${communeName}`,
    }),
  };
}

/** How a letter addresses a person: by the gender given or guessed from the name; undefined when nothing tells. */
const honorificOf = (person: { name: string; gender?: Gender } | undefined, style?: AddressStyle) => {
  const gender = addressGender(person);
  return gender && honorificFor(gender, style);
};

function deceasedHonorific(deceased: Dossier['deceased']): string | undefined {
  if (!deceased) return undefined;
  // A child is "cháu"; the dead are otherwise spoken of formally, whatever the style used with the family.
  return wasChild(deceased, deceased.deathDate) ? 'cháu' : honorificOf(deceased);
}

function dossierValues(dossier: Dossier, options: LetterOptions, letterDay: string): FieldValues {
  const style = options.address;
  const { applicant, child, deceased, spouses = [] } = dossier;
  const applicantName = personName(applicant.name);
  const named = spouses.map((spouse) => ({ ...spouse, name: personName(spouse.name) ?? '' }));
  const couple = coupleAddress(named, style);
  return {
    'applicant.name': applicantName,
    'applicant.honorific': applicantName && honorificOf({ ...applicant, name: applicantName }, style),
    'dossier.code': dossier.code,
    'dossier.procedureName': dossier.procedureName,
    'dossier.receivedAt': dateWords(dossier.receivedAt),
    'dossier.dueAt': dateWords(dossier.dueAt),
    'registration.date': dateWords(registrationDay(dossier, letterDay)?.day),
    'child.name': personName(child?.name),
    'child.birthDate': dateWords(child?.birthDate),
    ...Object.fromEntries(named.map((spouse, i) => [`spouses.${i}.name`, spouse.name])),
    couple,
    'couple.family': couple && `gia đình ${couple}`,
    'deceased.name': personName(deceased?.name),
    'deceased.honorific': deceased?.name.trim() ? deceasedHonorific(deceased) : undefined,
    'deceased.deathDate': dateWords(deceased?.deathDate),
    reason: phrase(options.reason),
    newReturnDate: dateWords(options.newReturnDate),
    legalBasis: options.legalBasis,
  };
}

function thankYouValues(input: ThankYouInput): FieldValues {
  const person = input.recipientType === 'person';
  const name = person ? personName(input.recipientName) : input.recipientName && cleanText(input.recipientName);
  const guessed = genderFromName(name);
  const honorific = input.honorific ?? (guessed && honorificFor(guessed));
  return {
    'recipient.name': name,
    'recipient.title': name && (person ? honorific && `${capitalise(honorific)} ${name}` : name),
    'recipient.you': name && (person ? honorific : 'quý đơn vị'),
    'recipient.reason': phrase(input.reason),
    // An organisation is wished growth; health and happiness are for people.
    'recipient.wish': person ? 'luôn mạnh khỏe, hạnh phúc và thành công' : 'ngày càng phát triển',
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
    ...officeValues(office, letterDay, options),
    ...(dossier && dossierValues(dossier, options, letterDay)),
    ...(options.thankYou && thankYouValues(options.thankYou)),
  };
}
