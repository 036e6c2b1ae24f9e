import { LIMITS } from '../goals/model.js';

/** What a free-text message plainly says, beyond which exercise it is closest to. */
export interface MessageMeaning {
  /** A personal goal stated in the person's words ("I want to learn to swim" → "Learn to swim"). */
  goal?: string;
  /** Pain named ("it hurts", «мне больно»); `child` when the message is about their child. */
  pain?: { child: boolean };
}

/** Lower case, ё→е, curly apostrophes straight, one space between words. */
const flat = (text: string) =>
  text.normalize('NFKC').toLowerCase().replace(/ё/g, 'е').replace(/[’ʼ`]/g, "'").replace(/\s+/g, ' ').trim();

/** "I want to …", «хочу …»: a wish for oneself, the words after it are the goal. */
const WISH = [
  /^(?:so |and |but |well,? )?i(?:'d (?:really )?like to| (?:really |also |still |now )?(?:(?:want|would like|plan|am planning|have decided|decided|intend) to|wanna)|'m planning to) (.+)$/,
  /^my (?:new |next |own )?goal is (?:to )?(.+)$/,
  /^(?:а |и |но |ну )?(?:я )?(?:очень |давно |тоже |теперь |все-таки |правда )?(?:хочу|хотел[аи]? бы|хочется|планирую|собираюсь|решил[аи]?|мечтаю) (.+)$/,
  /^моя (?:новая |следующая )?цель(?: ?[-—:] ?| )(.+)$/,
];

/**
 * Wishes that are feelings or talk, not goals to plan ("I want to cry", «хочу исчезнуть», «хочу, чтобы…» about
 * someone else): offering to make them a goal would answer pain with a project. Read on the first words of the wish.
 */
const NOT_A_GOAL = [
  /^(?:die|cry|scream|shout|disappear|vanish|hide|give up|quit everything|kill|hurt|end it|end everything|sleep forever|run away|be left alone|be alone|punch|get revenge|go back|turn back|feel|know why|understand why|talk|tell you|vent|complain|ask|say|stop (?:feeling|hurting|existing|living)|not (?:be|wake|exist|live)|never wake|be dead|end (?:my|it|this)|leave this world)\b/,
  /^(?:умереть|сдохнуть|плакать|заплакать|разрыдаться|кричать|закричать|исчезнуть|пропасть|спрятаться|сдаться|убить|отомстить|уснуть и|уснуть навсегда|покончить|уйти из жизни|не жить|не быть|не просыпаться|сбежать|поговорить|пожаловаться|выговориться|спросить|сказать|понять почему|знать|чувствовать|вернуть время|повернуть время|чтобы|,)/,
];

/** A Russian wish names what to do with a verb in the infinitive (начать, научиться, пойти, испечь). */
const RU_INFINITIVE = /^(?:не )?\p{L}+(?:ть|ться|ти|тись|чь|чься)$/u;

/** The wish read as a goal's title, in the person's words; undefined when it is no goal of their own. */
function goalOf(text: string, original: string): string | undefined {
  if (/[?]/.test(text) || text.split(' ').length > 16) return undefined;
  for (const wish of WISH) {
    const match = wish.exec(text);
    const rest = match?.[1]?.replace(/[.!…\s]+$/u, '').trim();
    if (!rest || NOT_A_GOAL.some((pattern) => pattern.test(rest))) continue;
    const first = rest.split(' ')[0]!;
    if (/\p{Script=Cyrillic}/u.test(first) && !RU_INFINITIVE.test(first)) continue;
    // The title keeps the person's own spelling: cut from the original at the same length from the end.
    const kept = original
      .normalize('NFKC')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[.!…\s]+$/u, '');
    const title = kept.slice(kept.length - rest.length).trim();
    if (title.length < 3 || title.length > LIMITS.title) return undefined;
    return title.charAt(0).toUpperCase() + title.slice(1);
  }
  return undefined;
}

const PAIN = [
  /\bit (?:really |still )?hurts\b|\bhurts (?:so much|a lot|like hell|deeply)\b|\bso (?:much )?pain(?:ful)?\b|\b(?:it's|it is|that's|so) painful\b/,
  /\bheart ?broken\b|\bbr(?:oke|eaks|eaking) my heart\b|\bmy heart (?:is )?(?:breaking|broke|aches)\b|\bi (?:'m|am|feel) (?:devastated|crushed|gutted|shattered)\b/,
  /\bi (?:cried|was crying|can't stop crying|keep crying)\b/,
  /больно|сердце (?:разрыва|разбит|сжима|кровью)|разбил[аио]? (?:мне )?сердце|до слез|плачу|плакал[аи]?|расплакал|невыносимо|раздавлен|убит[аоы]? горем/,
];

const CHILD = [
  /\b(?:son|sons|daughter|daughters|child|children|kid|kids|boy|girl|toddler|teen|teenager|stepson|stepdaughter)\b/,
  /(?:^|[^\p{L}])(?:сын|дочь|дочк|дочер|ребен|дет(?:и|ей|ям|ьми)|малыш|сыночк|доченьк)/u,
];

/**
 * What a message plainly says, read before the exercise router's guess: a goal of the person's own, or pain that
 * needs a human word before any form. Pure and deterministic, both languages.
 */
export function readMessage(text: string): MessageMeaning {
  const said = flat(text);
  const hurts = PAIN.some((pattern) => pattern.test(said));
  if (hurts) return { pain: { child: CHILD.some((pattern) => pattern.test(said)) } };
  const goal = goalOf(said, text);
  return goal ? { goal } : {};
}
