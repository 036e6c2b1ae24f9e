/**
 * Seals what people write (letters, answers, notes, drafts) before it is stored, and opens it when it
 * is read. `aad` names where the value lives (its column and its owner): a sealed value copied to
 * another row or column does not open. With no key configured, `seal` stores the text as it is.
 */
export interface Sealer {
  /** The text as it should be stored: sealed under the current key, or plain when there is none. */
  seal(text: string, aad: string): string;
  /** The text a stored value holds, sealed or plain; throws a `SealedValueError` when it cannot. */
  open(stored: string, aad: string): string;
}

/** Why a stored value did not open: its key is not configured, or it was altered or moved. */
export type SealedValueProblem = 'key_missing' | 'not_authentic';

/** A stored value that could not be opened. The message names the key id and the column, never the text. */
export class SealedValueError extends Error {
  override readonly name = 'SealedValueError';

  constructor(
    readonly problem: SealedValueProblem,
    readonly keyId: string,
    message: string,
  ) {
    super(message);
  }
}
