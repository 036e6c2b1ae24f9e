import type { Messages } from '../../../../i18n/catalog.js';
import type { ReadinessView } from '../../../../services/health/biometrics/readiness.js';
import type { Reply } from '../../reply.js';
import type { Turn } from '../../turn.js';

/** How many contributors the short form (after a check-in) names. */
const SHORT_CONTRIBUTORS = 3;

type Part = ReadinessView['contributors'][number];

/** Scored parts before calibrating ones, the furthest from the usual first. */
const mostTelling = (parts: readonly Part[]): Part[] =>
  [...parts].sort(
    (left, right) => Number(left.score === null) - Number(right.score === null) || right.percent - left.percent,
  );

/** The score (or why there is none) and its contributors in plain words; `short` keeps the top three. */
export function readinessLines(msg: Messages, view: ReadinessView, short: boolean): string[] {
  const parts = short ? mostTelling(view.contributors).slice(0, SHORT_CONTRIBUTORS) : view.contributors;
  return [
    msg.readinessHeader(view.score),
    ...(view.score === null ? [view.summary] : []),
    ...parts.map((part) => `• ${part.explanation}`),
  ];
}

/** `/readiness`: today's score, every contributor, the sleep debt of 14 nights, and the wellness note. */
export function renderReadiness(turn: Turn, view: ReadinessView): Reply {
  const msg = turn.m;
  const debt = view.sleep_debt;
  const text = [
    readinessLines(msg, view, false).join('\n'),
    msg.readinessSleepDebt(debt.minutes, debt.nights_known, debt.need_minutes),
    view.disclaimer,
  ].join('\n\n');
  return { text, buttons: [[{ label: msg.healthButtonToday(), data: 'cmd:today' }]] };
}
