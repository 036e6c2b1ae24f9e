import type { NextAction } from '../../core/tracks/suggest.js';
import type { ProgramPack } from '../../content/program-pack.schema.js';
import type { Messages } from '../../i18n/catalog.js';
import type { TrackServices } from '../../services/tracks/track-services.js';
import { nextActionButtons } from './buttons.js';
import type { Turn } from './dialog-flows.js';
import type { Button, Reply } from './reply.js';

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
/** `fb:` verdict (y/n), reason code, the track's index in the program, `:` the suggestion id. */
const DATA = /^fb:([yn])([risl])(\d{1,2}):([\w:.-]{1,64})$/;

/**
 * "👍 Helpful" / "👎 Not for me" under one shown next action, as a compact button payload:
 * `fb:yr0:self_work_first_checkin` (about 40 bytes; a longer one gets no buttons rather than a broken one).
 */
export function feedbackRow(m: Messages, program: ProgramPack, next: NextAction): Button[][] {
  const index = program.tracks.findIndex((t) => t.id === next.track);
  const data = (verdict: 'y' | 'n') => `fb:${verdict}${REASON_CODES[next.reason]}${index}:${next.id}`;
  if (index < 0 || new TextEncoder().encode(data('n')).length > MAX_DATA_BYTES) return [];
  return [
    [
      { label: m.buttonHelpful(), data: data('y') },
      { label: m.buttonNotHelpful(), data: data('n') },
    ],
  ];
}

/**
 * A tap on a feedback button: the verdict is recorded and thanked for briefly. After "not for me"
 * the user is offered another track's next action and the exercise list, so they are never stuck.
 */
export async function feedbackTapped(
  tracks: TrackServices,
  t: Turn,
  program: ProgramPack,
  raw: string,
): Promise<Reply[]> {
  const parsed = DATA.exec(raw);
  const track = parsed && program.tracks[Number(parsed[3])]?.id;
  if (!parsed || !track) return [{ text: t.m.notUnderstood() }];
  const helpful = parsed[1] === 'y';
  await tracks.suggestionFeedback(t.user.id, {
    track,
    suggestionId: parsed[4]!,
    reason: REASONS[parsed[2]!]!,
    helpful,
    programId: program.id,
  });
  if (helpful) return [{ text: t.m.feedbackThanks() }];
  const view = await tracks.progress(t.user.id, { locale: t.user.locale, programId: program.id });
  return [
    {
      text: t.m.feedbackOther(),
      buttons: [
        ...nextActionButtons(program, view, track),
        [{ label: t.m.buttonAllExercises(), data: 'cmd:exercise' }],
      ],
    },
  ];
}
