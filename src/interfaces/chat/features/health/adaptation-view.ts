import type { Locale } from '../../../../core/goals/model.js';
import type { Messages } from '../../../../i18n/catalog.js';
import type { AdaptationView } from '../../../../services/health/biometrics/adaptations.js';
import type { Button, Reply } from '../../reply.js';
import type { Turn } from '../../turn.js';

/** An adaptation's buttons: `adapt:accept:<id>` and `adapt:keep:<id>` (under Telegram's 64 bytes for a UUID). */
export const ADAPT_PREFIX = 'adapt:';
export const DECISIONS = { accept: 'accepted', keep: 'kept' } as const;
export type DecisionWord = keyof typeof DECISIONS;

/** What a terminal types instead of tapping (`accept:<id>` → `/adapt accept <id>`). */
export function typedDecision(value: string): string | undefined {
  const [word, id] = value.split(':');
  return word && id && word in DECISIONS ? `/adapt ${word} ${id}` : undefined;
}

/** "16:30" in the person's zone. */
const clockTime = (iso: string, zone: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(
    new Date(iso),
  );

/** Each changed task: "Walk: 30 → 15 min, low-energy version", or "Run → instead: Breathing, 10 min". */
const changeLine = (msg: Messages, change: AdaptationView['changes'][number]) => {
  const { original, adapted } = change;
  if (change.added) return msg.adaptAdded(adapted.name, adapted.duration_minutes);
  return original.habit_id === adapted.habit_id
    ? msg.adaptSameTask(original.name, original.duration_minutes, adapted.duration_minutes, adapted.version)
    : msg.adaptInstead(original.name, adapted.name, adapted.duration_minutes);
};

/**
 * The adaptation as one message: what changes and why, each changed task, the confidence and until
 * when it is open in the person's zone; the wellness note unless the reply already carries it.
 */
export function adaptationText(
  msg: Messages,
  view: AdaptationView,
  where: { zone: string; locale: Locale; disclaimer: boolean },
): string {
  const lines = [
    msg.adaptHeader(view.action_name),
    msg.adaptWhy(view.reason),
    ...view.changes.map((change) => changeLine(msg, change)),
    '',
    msg.adaptFooter(
      Math.round(view.confidence * 100),
      clockTime(view.expires_at, where.zone, where.locale),
      where.zone,
    ),
  ];
  if (where.disclaimer) lines.push('', view.disclaimer);
  return lines.join('\n');
}

/** ✅ Accept · ↩️ Keep my plan. */
export const adaptationButtons = (msg: Messages, id: string): Button[][] => [
  [
    { label: msg.adaptButtonAccept(), data: `${ADAPT_PREFIX}accept:${id}` },
    { label: msg.adaptButtonKeep(), data: `${ADAPT_PREFIX}keep:${id}` },
  ],
];

export const renderAdaptation = (turn: Turn, view: AdaptationView, zone: string, disclaimer: boolean): Reply => ({
  text: adaptationText(turn.m, view, { zone, locale: turn.user.locale, disclaimer }),
  buttons: adaptationButtons(turn.m, view.adaptation_id),
});

/** After the answer: accepted (with the adapted plan a tap away) or kept. */
export function renderDecision(turn: Turn, view: AdaptationView): Reply {
  const msg = turn.m;
  return view.status === 'accepted'
    ? { text: msg.adaptAccepted(view.action_name), buttons: [[{ label: msg.adaptButtonToday(), data: 'cmd:today' }]] }
    : { text: msg.adaptKept(), buttons: [[{ label: msg.healthButtonToday(), data: 'cmd:today' }]] };
}
