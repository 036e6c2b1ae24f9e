import type { EntryPosition } from '../../core/entries/entry-store.port.js';
import { StepwiseError } from '../../core/errors.js';

/**
 * Where the next page starts, as a short opaque text: the last entry's time (milliseconds in base
 * 36) and its id. Short enough for a Telegram button's data (64 bytes) with a prefix.
 */
export const encodeCursor = (position: EntryPosition): string =>
  `${position.createdAt.getTime().toString(36)}.${position.id}`;

export function decodeCursor(cursor: string): EntryPosition {
  const match = /^([0-9a-z]{1,11})\.([\w-]{1,36})$/.exec(cursor);
  if (!match)
    throw new StepwiseError('invalid_input', 'cursor: not a cursor this list gave out (use next_cursor as it came)', {
      field: 'cursor',
      reason: 'invalid',
    });
  return { createdAt: new Date(parseInt(match[1]!, 36)), id: match[2]! };
}
