import type { Program } from '../../../../core/programs/program.js';
import type { NextAction } from '../../../../core/tracks/suggest.js';
import type { Messages } from '../../../../i18n/catalog.js';
import type { Button } from '../../reply.js';

/** Telegram refuses `callback_data` over 64 bytes. */
const MAX_DATA_BYTES = 64;
const REASON_CODES = { rule: 'r', idle: 'i', stuck: 's', llm: 'l' } as const satisfies Record<
  NextAction['reason'],
  string
>;
const REASONS = Object.fromEntries(Object.entries(REASON_CODES).map(([reason, code]) => [code, reason])) as Record<
  string,
  NextAction['reason']
>;
/** After `fb:`: verdict (y/n), reason code, the track's index in the program, `:` the suggestion id. */
const DATA = /^([yn])([risl])(\d{1,2}):([\w:.-]{1,64})$/;

export const FEEDBACK_PREFIX = 'fb:';

/**
 * "👍 Helpful" / "👎 Not for me" under one shown next action, as a compact button payload:
 * `fb:yr0:self_work_first_checkin` (about 40 bytes; a longer one gets no buttons rather than a broken one).
 */
export function feedbackRow(msg: Messages, program: Program, next: NextAction): Button[][] {
  const index = program.tracks.findIndex((track) => track.id === next.track);
  const data = (verdict: 'y' | 'n') => `${FEEDBACK_PREFIX}${verdict}${REASON_CODES[next.reason]}${index}:${next.id}`;
  if (index < 0 || new TextEncoder().encode(data('n')).length > MAX_DATA_BYTES) return [];
  return [
    [
      { label: msg.buttonHelpful(), data: data('y') },
      { label: msg.buttonNotHelpful(), data: data('n') },
    ],
  ];
}

/** A feedback button's data (after the prefix) read back; undefined when it is not one of ours. */
export function readFeedback(program: Program, value: string) {
  const parsed = DATA.exec(value);
  const track = parsed && program.tracks[Number(parsed[3])]?.id;
  if (!parsed || !track) return undefined;
  return { track, helpful: parsed[1] === 'y', reason: REASONS[parsed[2]!]!, suggestionId: parsed[4]! };
}
