import { z } from 'zod';
import { LOCALES, type Locale, TONES, type Tone } from '../../../../core/goals/model.js';
import { messages } from '../../../../i18n/catalog.js';
import type { GoalServices } from '../../../../services/goals/goal-services.js';
import { type ChatFeature, defineState } from '../../feature.js';
import type { Reply } from '../../reply.js';
import { IDLE, type Turn } from '../../turn.js';

/** "serious", "серьёзный", "мотив…": a tone named in either language, by its first letters. */
function toneOf(word: string): Tone | undefined {
  const typed = word.trim().toLowerCase().replace(/ё/g, 'е');
  if (typed.length < 3) return undefined;
  const names = (tone: Tone) =>
    [tone, messages('en').toneNames()[tone], messages('ru').toneNames()[tone]].map((name) => name.replace(/ё/g, 'е'));
  return TONES.find((tone) => names(tone).some((name) => name.startsWith(typed) || typed.startsWith(name.slice(0, 5))));
}

const LANGUAGE_WORDS = /^(ru|en|рус|англ|russian|english)/;

/** The user's language and the coach's tone. */
export function settingsFeature(deps: { goals: Pick<GoalServices, 'setPreferences'> }): ChatFeature {
  const setTone = async (turn: Turn, word: string): Promise<Reply[]> => {
    const tone = toneOf(word);
    if (!tone) return [{ text: turn.m.askTone() }];
    await deps.goals.setPreferences(turn.user.id, { tone });
    turn.setState(IDLE);
    return [{ text: turn.m.toneSet(turn.m.toneNames()[tone]) }];
  };

  const switchTo = async (turn: Turn, locale: Locale): Promise<Reply[]> => {
    const updated = await deps.goals.setPreferences(turn.user.id, { locale });
    return [{ text: messages(updated.locale).languageSet() }];
  };

  /**
   * `/language ru` switches at once: the language is named. A bare `/language` asks first
   * ("Switch to Русский?"), since a whole conversation in a language one cannot read is hard to undo.
   */
  const language = async (turn: Turn, args: string): Promise<Reply[]> => {
    const asked = args.toLowerCase();
    if (asked && !LANGUAGE_WORDS.test(asked)) return [{ text: turn.m.languageUnknown() }];
    const named = /^(ru|рус|russian)/.test(asked) ? 'ru' : /^(en|англ|english)/.test(asked) ? 'en' : undefined;
    if (named) return switchTo(turn, named);
    const other: Locale = turn.user.locale === 'ru' ? 'en' : 'ru';
    const name = messages(other).languageName();
    const buttons = [
      [
        { label: turn.m.buttonSwitchLanguage(name), data: `lang:${other}` },
        { label: turn.m.buttonKeepLanguage(), data: 'lang:keep' },
      ],
    ];
    return [{ text: turn.m.languageAsk(name), buttons }];
  };

  return {
    name: 'settings',
    commands: {
      language,
      tone: (turn, args) => {
        if (args) return setTone(turn, args);
        turn.setState({ name: 'tone' });
        return [{ text: turn.m.askTone() }];
      },
    },
    callbacks: {
      'lang:': {
        run: (turn, value) =>
          (LOCALES as readonly string[]).includes(value)
            ? switchTo(turn, value as Locale)
            : [{ text: turn.m.languageKept() }],
        typed: (value) => ((LOCALES as readonly string[]).includes(value) ? `/language ${value}` : undefined),
      },
    },
    states: {
      tone: defineState({
        schema: z.object({ name: z.literal('tone') }),
        text: (turn, _state, raw) => setTone(turn, raw),
      }),
    },
  };
}
