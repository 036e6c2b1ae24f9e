import { isApiError } from '../api/client';
import type { Messages } from '../i18n/en';

/** What went wrong, in the reader's words: the API's code when known, else the calm generic text. */
export function errorText(texts: Messages, error: unknown): string {
  if (!isApiError(error)) return texts.errors.generic;
  if (error.code === 'network') return texts.errors.network;
  return texts.errors.codes[error.code] ?? texts.errors.generic;
}
