/**
 * A recipe: how an officer taught the sidebar to read one portal (host → field → how to find it). Data only: a label
 * printed on the page or a short selector, never a citizen's value and never code.
 */

/** The fields a recipe can teach, named as the label readers name them. */
export const RECIPE_FIELDS = ['code', 'procedureName', 'applicantName', 'receivedAt', 'dueAt', 'status'] as const;

export type RecipeField = (typeof RECIPE_FIELDS)[number];

/** Vietnamese names of the fields, as the sidebar and the options page show them. */
export const RECIPE_FIELD_LABEL: Record<RecipeField, string> = {
  code: 'Mã hồ sơ',
  procedureName: 'Tên thủ tục',
  applicantName: 'Người nộp hồ sơ',
  receivedAt: 'Ngày tiếp nhận',
  dueAt: 'Ngày hẹn trả',
  status: 'Trạng thái',
};

/** Where one field of a dossier's page is: by the label text beside it, else by a short selector. */
export interface FieldLocator {
  /** The label as the page prints it ("Số tiếp nhận"); compared normalised. */
  label?: string;
  /** A short selector on stable attributes (`[name="hanTra"]`, `span.lbl-hen-tra`), never a position. */
  selector?: string;
}

/** Where one column of a dossier list is: by its header text, else by a selector that finds the cell in a row. */
export interface ColumnLocator {
  header?: string;
  selector?: string;
}

export interface Recipe {
  /** The portal's host name, lower case, without scheme or port: `motcua.tanphu.gov.vn`. */
  host: string;
  /** Fields of a page showing one dossier. */
  fields: Partial<Record<RecipeField, FieldLocator>>;
  /** Columns of a page listing dossiers; the code column finds the rows. */
  columns: Partial<Record<RecipeField, ColumnLocator>>;
}

/** A recipe teaches either a dossier's page or a list's columns. */
export type RecipeScope = 'dossier' | 'list';

/** What a host's recipe did on the page just read (kept in memory with the reading, never stored). */
export interface TaughtReading {
  /** Taught fields read on this page, as the page shows them. */
  found: Partial<Record<RecipeField, string>>;
  /** Taught fields that found nothing readable here: the built-in reading stands for them. */
  stale: RecipeField[];
  /** Taught list columns that found nothing here (only looked at on pages without a dossier). */
  staleColumns: RecipeField[];
}
