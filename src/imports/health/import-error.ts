/** Where in a file a problem sits: a line of text, the n-th record or document, or a zip entry. */
export interface ImportErrorWhere {
  line?: number;
  record?: number;
  entry?: string;
}

/**
 * A file that cannot be read as what it claims to be (truncated XML, malformed JSON, a bad CSV row,
 * a corrupt FIT file). The message names the place; nothing from such a file is ever returned, so
 * the caller never stores half an import.
 */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';

  constructor(
    message: string,
    readonly where: ImportErrorWhere = {},
  ) {
    super(message);
  }
}

export const isImportFileError = (error: unknown): error is ImportFileError => error instanceof ImportFileError;
