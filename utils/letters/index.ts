/**
 * Letters: which apply to a dossier, templates filled into layout blocks, and A4 PDFs. Render in an extension page,
 * never in the content script; in a browser page call `setFontSource(bundledFontSource)` (from
 * `./bundled-fonts`) once before the first PDF. Node needs nothing.
 */
export { daysBetween, placeDateLine, writtenDate } from './date-words';
export { FIELD_LABELS, type MissingField, MissingFieldsError } from './fill';
export { type FontSource, type FontStyle, setFontSource } from './fonts';
export { capitalise, coupleAddress, familyAddress, honorificFor, orderedCouple } from './honorific';
export { oneStopUnitOf } from './letter-values';
export { addressGender, givenName, personName, wasChild } from './people';
export { missingLetterFields, prepareLetter, templateOf } from './prepare';
export { type RegistrationDay, type RegistrationSource, registrationDay } from './registration';
export {
  type BatchProblem,
  LetterBatchError,
  type LetterRequest,
  renderDocumentPdf,
  renderLetterPdf,
  renderLettersPdf,
} from './render';
export {
  BIRTH_REGISTRATION_DAYS,
  DEFAULT_CONDOLENCE_MAX_DAYS,
  type LetterContext,
  letterEligibility,
  lettersFor,
} from './rules';
export type {
  AddressStyle,
  DossierLetterKind,
  FilledLetter,
  IssuedApology,
  LaidOutDocument,
  LetterBlock,
  LetterEligibility,
  LetterKind,
  LetterLayout,
  LetterOptions,
  LetterTemplate,
  OfficeProfile,
  PersonHonorific,
  TableColumn,
  TemplateBlock,
  ThankYouInput,
  UnitType,
} from './types';
