/**
 * Placeholders have two names: the code name that templates, scripts, settings files and policies have always used
 * (`applicant.name`, `honorific`), and the Vietnamese name a team lead reads and types (`Tên người nộp`, `Xưng hô`).
 * Both are accepted everywhere a placeholder is filled; editors show the Vietnamese one and store the code name, so
 * a settings file stays readable by every version of the extension.
 */

export interface PlaceholderName {
  /** The code name: what templates and stored settings hold. */
  code: string;
  /** The Vietnamese name: what the editor shows and the "Chèn trường" menu inserts. */
  name: string;
  /** What it becomes, e.g. "Nguyễn Thị Hương": one line in the menu. */
  example: string;
}

export interface PlaceholderVocabulary {
  fields: readonly PlaceholderName[];
  /** After a `|`: how the value is written (letters only). */
  modifiers?: readonly PlaceholderName[];
}

/** `{{…}}` with anything but braces inside. */
export const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** Vietnamese names match whatever the case, spacing or Unicode form the team lead typed them in. */
const nameKey = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

function lookup(entries: readonly PlaceholderName[]) {
  const byCode = new Map(entries.map((entry) => [entry.code, entry]));
  // Built when a name is first not a code name: stored templates hold code names, so a portal page's start does not
  // key every Vietnamese name (normalised, spaced and lower-cased).
  let byName: Map<string, PlaceholderName> | undefined;
  const named = (text: string) => {
    byName ??= new Map(entries.map((entry) => [nameKey(entry.name), entry]));
    return byName.get(nameKey(text));
  };
  // Code names are exact (scripts have both `honorific` and `Honorific`); Vietnamese names are forgiving.
  return (text: string): PlaceholderName | undefined => byCode.get(text.trim()) ?? named(text);
}

export interface PlaceholderNames {
  readonly vocabulary: PlaceholderVocabulary;
  /** The code name of a field given by either name; an unknown name comes back trimmed, to be reported as such. */
  codeOf(field: string): string;
  /** The code name of a modifier given by either name, or the trimmed input when unknown. */
  modifierOf(modifier: string): string;
  /** Whether either name of a field is known. */
  isKnown(field: string): boolean;
  /** Every known placeholder written with its Vietnamese names; anything else left exactly as it was. */
  toVietnamese(text: string): string;
  /** Every known placeholder written with its code names; anything else left exactly as it was. */
  toCode(text: string): string;
  /** `{{Name}}`: what the "Chèn trường" menu inserts. */
  token(entry: PlaceholderName): string;
}

export function placeholderNames(vocabulary: PlaceholderVocabulary): PlaceholderNames {
  const field = lookup(vocabulary.fields);
  const modifier = lookup(vocabulary.modifiers ?? []);

  const rewrite = (text: string, pick: (entry: PlaceholderName) => string) =>
    text.replace(PLACEHOLDER, (whole, inside: string) => {
      const [fieldPart = '', modifierPart, ...rest] = inside.split('|');
      const f = field(fieldPart);
      if (!f || rest.length > 0) return whole;
      if (modifierPart === undefined) return `{{${pick(f)}}}`;
      const m = modifier(modifierPart);
      return m ? `{{${pick(f)}|${pick(m)}}}` : whole;
    });

  return {
    vocabulary,
    codeOf: (name) => field(name)?.code ?? name.trim(),
    modifierOf: (name) => modifier(name)?.code ?? name.trim(),
    isKnown: (name) => field(name) !== undefined,
    toVietnamese: (text) => rewrite(text, (entry) => entry.name),
    toCode: (text) => rewrite(text, (entry) => entry.code),
    token: (entry) => `{{${entry.name}}}`,
  };
}
