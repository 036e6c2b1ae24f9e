import type { Locale } from '../../core/goals/model.js';
import type { ScalingLevel, UnfitReason } from '../../core/health/model.js';
import type { EmptyReason } from '../../core/health/plan.js';
import type { Localized } from '../../core/programs/program.js';

/**
 * The few sentences the health views add around the content's own texts (which come from
 * `content/health/`): how a task stands, what opens next, why a block has no place or no task.
 */

export const say = (text: Localized, locale: Locale): string => text[locale];

/** `{name}`-style placeholders filled in. */
export const fill = (text: string, values: Readonly<Record<string, string | number>>): string =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

export const REASSURANCE: Localized = {
  en: 'A common, well-established everyday practice. Go at your own pace and leave it out on days it does not feel right.',
  ru: 'Обычная, давно знакомая повседневная практика. Иди в своём темпе и пропускай её в дни, когда она не к месту.',
};

/** Where the person stands with the habit, by its scaling level and whether they have begun. */
export const PROGRESSION_NOTES: Readonly<Record<'new' | ScalingLevel, Localized>> = {
  new: {
    en: 'New for you: start with the easiest version and just show up.',
    ru: 'Это для тебя новое: начни с самой лёгкой версии, главное — прийти.',
  },
  beginner: {
    en: 'You have started: keep to the beginner version until it feels easy.',
    ru: 'Начало положено: держись начальной версии, пока она не станет лёгкой.',
  },
  intermediate: {
    en: 'It is taking root: you are ready for the intermediate version.',
    ru: 'Привычка приживается: можно переходить к средней версии.',
  },
  advanced: {
    en: 'Mastered: keep it up with the advanced version, or keep it light and steady.',
    ru: 'Освоено: поддерживай её в продвинутой версии или оставь лёгкой и ровной.',
  },
};

export const NEXT_PROGRESSION = {
  opens: {
    en: 'Mastering this opens: {names}',
    ru: 'Когда освоишь это, откроется: {names}',
  },
  scaling: {
    en: 'Next: the {level} version: {text}',
    ru: 'Дальше — {level} версия: {text}',
  },
  keep: {
    en: 'This one is mastered: keep it going and enjoy the ease.',
    ru: 'Это уже освоено: продолжай и наслаждайся лёгкостью.',
  },
} satisfies Record<string, Localized>;

export const SCALING_NAMES: Readonly<Record<ScalingLevel, Localized>> = {
  beginner: { en: 'beginner', ru: 'начальная' },
  intermediate: { en: 'intermediate', ru: 'средняя' },
  advanced: { en: 'advanced', ru: 'продвинутая' },
};

/** A mastery indicator every habit shares: mastery is strength over weeks, not one good day. */
export const STEADY_INDICATOR: Localized = {
  en: 'Done on most planned days for about a month',
  ru: 'Получается в большинство запланированных дней около месяца',
};

export const DURATION_GUIDANCE: Localized = {
  en: 'About {minutes} min. At your level: {scaling}',
  ru: 'Около {minutes} мин. На твоём уровне: {scaling}',
};

export const UNFIT_REASONS: Readonly<Record<UnfitReason, Localized>> = {
  inside_sleep: {
    en: 'It would fall into your sleep time, and there is no room to move it.',
    ru: 'Он пришёлся бы на время сна, а сдвинуть его некуда.',
  },
  inside_work: {
    en: 'It would fall into your work hours, and there is no room to move it.',
    ru: 'Он пришёлся бы на рабочие часы, а сдвинуть его некуда.',
  },
  no_room: {
    en: 'The other blocks fill the time around it today.',
    ru: 'Сегодня время вокруг него занято другими блоками.',
  },
  dependency_unplaced: {
    en: 'It follows a block that has no place today.',
    ru: 'Он идёт после блока, которому сегодня не нашлось места.',
  },
  too_long: {
    en: 'It is longer than your waking day allows.',
    ru: 'Он длиннее, чем позволяет твой день.',
  },
};

export const EMPTY_REASONS: Readonly<Record<EmptyReason, Localized>> = {
  nothing_open: {
    en: 'No habit of this kind is open for you yet.',
    ru: 'Привычки такого рода для тебя пока не открыты.',
  },
  too_demanding: {
    en: 'What is open here asks for more energy than this block has today.',
    ru: 'Всё, что здесь открыто, требует больше сил, чем есть у этого блока сегодня.',
  },
  too_long: {
    en: 'What is open here takes longer than this block.',
    ru: 'Всё, что здесь открыто, дольше этого блока.',
  },
  already_planned: {
    en: 'Everything that fits here is already planned earlier today.',
    ru: 'Всё, что сюда подходит, уже стоит в плане раньше.',
  },
};

export const CALENDAR_NAME: Localized = { en: 'Stepwise: health plan', ru: 'Stepwise: план здоровья' };

export const MINUTES: Localized = { en: '{n} min', ru: '{n} мин' };
