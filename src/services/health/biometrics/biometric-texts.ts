import type { Contributor } from '../../../core/health/biometrics/readiness.js';
import type { Localized } from '../../../core/programs/program.js';

/** Shown with every readiness score and adaptation: it is guidance for everyday wellness only. */
export const WELLNESS_NOTE: Localized = {
  en: 'Wellness guidance, not medical advice. If something feels wrong with your body, talk to a doctor.',
  ru: 'Это подсказка для самочувствия, а не медицинский совет. Если с телом что-то не так, обратись к врачу.',
};

export const SIGNAL_NAMES: Readonly<Record<Contributor['signal'], Localized>> = {
  hrv: { en: 'HRV', ru: 'Вариабельность пульса' },
  resting_heart_rate: { en: 'Resting heart rate', ru: 'Пульс в покое' },
  sleep: { en: 'Sleep', ru: 'Сон' },
  sleep_quality: { en: 'Sleep quality', ru: 'Качество сна' },
  energy: { en: 'Energy', ru: 'Энергия' },
  stress: { en: 'Stress', ru: 'Стресс' },
};

/** `{name} {percent} % below your usual`: sleep compares with the need, feelings with the scale's middle. */
export const CONTRIBUTOR_TEXTS: Readonly<
  Record<'baseline' | 'sleep' | 'scale' | 'stress', Record<Contributor['direction'], Localized>>
> = {
  baseline: {
    above: { en: '{name} {percent} % above your usual', ru: '{name}: на {percent} % выше твоей обычной' },
    below: { en: '{name} {percent} % below your usual', ru: '{name}: на {percent} % ниже твоей обычной' },
    usual: { en: '{name} about your usual', ru: '{name}: как обычно' },
  },
  sleep: {
    above: { en: 'Sleep {percent} % more than you need', ru: 'Сон: на {percent} % больше нужного' },
    below: { en: 'Sleep {percent} % short of what you need', ru: 'Сон: на {percent} % меньше нужного' },
    usual: { en: 'Sleep about what you need', ru: 'Сон: примерно сколько нужно' },
  },
  scale: {
    above: { en: '{name}: good today', ru: '{name}: сегодня хорошо' },
    below: { en: '{name}: lower than a good day', ru: '{name}: хуже, чем в хороший день' },
    usual: { en: '{name}: fine today', ru: '{name}: сегодня нормально' },
  },
  // Stress is scored as its absence: "above" a good day's score means calm, "below" means strained.
  stress: {
    above: { en: 'Stress: low today', ru: 'Стресс: сегодня низкий' },
    below: { en: 'Stress: higher than on a good day', ru: 'Стресс: выше, чем в хороший день' },
    usual: { en: 'Stress: about usual', ru: 'Стресс: как обычно' },
  },
};

export const CALIBRATING: Localized = {
  en: '{name}: still learning your usual ({days} of 14 days)',
  ru: '{name}: ещё узнаю твою норму ({days} из 14 дней)',
};

export const NO_READINESS: Localized = {
  en: 'No readings today yet: a /checkin or a synced device gives a score.',
  ru: 'Сегодня ещё нет данных: /checkin или данные с устройства дадут оценку.',
};

export const ACTION_NAMES: Readonly<Record<string, Localized>> = {
  reduce_intensity: { en: 'Lighter rest of the day', ru: 'Остаток дня полегче' },
  switch_to_recovery: { en: 'Recovery instead of load', ru: 'Восстановление вместо нагрузки' },
  upgrade_to_performance: { en: 'A step harder', ru: 'На шаг сложнее' },
  prioritize_recovery: { en: 'Recovery first', ru: 'Сначала восстановление' },
  gentle_recovery: { en: 'A gentle recovery session', ru: 'Мягкое восстановление' },
  nothing_to_change: { en: 'Noticed, nothing to change', ru: 'Замечено, менять нечего' },
};

/** A fired trigger with no planned task to change: what is added instead ({habit}, {minutes}). */
export const GENTLE_RECOVERY_ADDED: Localized = {
  en: 'Nothing ahead in your plan needs changing, so a short recovery session is added: {habit}, {minutes} min.',
  ru: 'В оставшемся плане менять нечего, поэтому добавлена короткая пауза на восстановление: {habit}, {minutes} мин.',
};

export const NO_GENTLE_HABIT: Localized = {
  en: 'Nothing ahead in your plan needs changing: take a few slow breaths and an easy pace when you can.',
  ru: 'В оставшемся плане менять нечего: когда получится, сделай несколько медленных вдохов и сбавь темп.',
};

export const NOTHING_TO_UPGRADE: Localized = {
  en: 'Nothing is left in today’s plan to make harder: keep the energy for tomorrow or add something you enjoy.',
  ru: 'В сегодняшнем плане не осталось, что усложнить: сбереги энергию на завтра или добавь что-то в радость.',
};

export const VERSION_NAMES: Readonly<Record<'standard' | 'low_energy' | 'high_energy', Localized>> = {
  standard: { en: 'as planned', ru: 'как в плане' },
  low_energy: { en: 'low-energy version', ru: 'лёгкая версия' },
  high_energy: { en: 'high-energy version', ru: 'усиленная версия' },
};
