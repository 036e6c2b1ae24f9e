// Horizons and deadlines: a span ("in 3 weeks", «через месяц»), a date in words, and the past dates and free
// weekdays that are none.
import type { Horizon, SlotsPack } from '../../../content/coach-pack.schema.js';
import { compileStems, normalise } from '../text-match.js';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, few: 3, couple: 2,
  один: 1, одну: 1, одна: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, пару: 2, несколько: 3,
}; // prettier-ignore

/**
 * "in 3 days", "within two weeks", «через 2 месяца», «через неделю»: the unit decides the horizon.
 * English needs a count ("in a week"), so "haven't done it in years" is no deadline. "For" is left out: "a beat
 * for three days", "a trip for two weeks", "been at it for a month" give a length, never a date (blind read 23).
 */
const SPAN =
  /(?:^| )(?:(?:in|within|next)\s+(?:about\s+|around\s+|roughly\s+)?(\d+|[a-z]+)|(?:через|за|в течение)\s*(\d+|[а-я]+)?)\s+(day|days|week|weeks|month|months|year|years|день|дня|дней|недел\S*|месяц\S*|год\S*|лет)(?= |$)/u;

/**
 * A span counted down to the day: "16 weeks till Sydney", "six weeks to go", «осталось 16 недель», «12 недель до
 * старта». Blind read 40 read a marathon 16 weeks away by "got back … on Tuesday" as days away, and gave race-week steps.
 */
const SPAN_LEFT =
  /(?:^| )(\d+|[a-z]+)\s+(day|days|week|weeks|month|months)\s+(?:till|until|to go|left|away|to race day)(?= |$)|(?:^| )(?:осталось|остается|остался)\s+(\d+|[а-я]+)\s+(день|дня|дней|недел\S*|месяц\S*)(?= |$)|(?:^| )(\d+)\s+(дня|дней|недел\S*|месяц\S*)\s+до(?= |$)/u;

/** A count-down span read as `SPAN` reads a span: [the match, an English count, a Russian count, the unit]. */
const spanOf = (left: RegExpExecArray): [string, string | undefined, string | undefined, string] =>
  left[1] !== undefined
    ? [left[0], left[1], undefined, left[2]!]
    : [left[0], undefined, left[3] ?? left[5], (left[4] ?? left[6])!];

/**
 * How long a past try lasted: «бросаю через неделю», «забросила через месяц», «надоедает через две недели» (blind
 * read 48b asked a mother who drops every planner after a week for "the date it has to be done by"). No deadline.
 */
export const GAVE_UP_AFTER =
  /(?:^| )(?:бросаю|бросала|бросил|бросила|бросали|забрасываю|забрасывала|забросил|забросила|сдаюсь|сдавалась|сдалась|сдался|сдуваюсь|сдулась|остываю|остыла|надоедает|надоело|перестаю|перестала|перестал)\s+(?:уже\s+|обычно\s+|примерно\s+|где-то\s+)?(?:через|за)\s+(?:\d+\s+|[а-я]+\s+)?(?:день|дня|дней|недел\S*|месяц\S*)(?= |$)/gu;

export function horizonOfSpan(raw: string): Horizon | undefined {
  const text = raw.replace(GAVE_UP_AFTER, ' ');
  const left = (found: RegExpExecArray | null) => found && spanOf(found);
  // The count-down form is looked for only when no plain span was said (this runs for every step).
  const match = SPAN.exec(text) ?? left(SPAN_LEFT.exec(text));
  if (!match) return undefined;
  const said = match[1] ?? match[2];
  // "in years", "for ages": a span without a count is no deadline in English.
  if (match[1] && !(Number(said) || NUMBER_WORDS[said!])) return undefined;
  const count = said ? Number(said) || (NUMBER_WORDS[said] ?? 1) : 1;
  const unit = match[3]!;
  // "200 km in a day", «за день», «через день» (every other day): a size or a rhythm, not a deadline.
  if (/^(day|дн|ден|дня)/.test(unit) && count === 1 && !Number(said)) return undefined;
  if (/^(day|дн|ден|дня)/.test(unit)) return count <= 10 ? 'days' : count <= 60 ? 'weeks' : 'months';
  if (/^(week|недел)/.test(unit)) return count <= 8 ? 'weeks' : 'months';
  if (/^(month|месяц)/.test(unit)) return count <= 1 ? 'weeks' : 'months';
  return 'months';
}

const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTHS_RU =
  'январ\\S*|феврал\\S*|март\\S*|апрел\\S*|ма[яюе]|июн\\S*|июл\\S*|август\\S*|сентябр\\S*|октябр\\S*|ноябр\\S*|декабр\\S*';
/**
 * A date or a deadline in words: a month after "in/by/before", a season ahead ("next summer", «осенью»), a day of
 * a month, "deadline", «срок», «до 15-го числа».
 */
export const DATE_SAID = new RegExp(
  [
    `(?:^| )(?:in|by|before|until|till|from|for|next|early|late|mid|end of) (?:${MONTHS_EN})(?= |$)`,
    // "booked for mid-August", "until spring", "before Christmas" are dates too.
    `(?:^| )(?:early|late|mid)-(?:${MONTHS_EN})(?= |$)`,
    `(?:^| )(?:by|before|until|till|for) (?:christmas|new year|easter)(?= |$)`,
    `(?:^| )(?:this|next|by|in the|before the|until|till) (?:summer|autumn|fall|winter|spring)(?= |$)`,
    `(?:^| )(?:этим |этой |следующим |следующей )?(?:летом|осенью|весной)(?= |$)`,
    // «к следующему лету», «до зимы», «к концу года»: a season or the year's end ahead, as "by next summer" is.
    // Not «до года» alone: «ребёнку до года» is an age.
    `(?:^| )(?:к|до)(?: концу| конца| следующему| следующей| следующего| этому| этой| этого)? (?:лет[уа]|зим[еы]|весн[еы]|осен[иь]|нового года|новому году)(?= |$)`,
    `(?:^| )(?:к|до) (?:концу|конца) (?:этого |следующего )?года(?= |$)`,
    `(?:^| )\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTHS_EN})(?= |$)`,
    `(?:^| )(?:${MONTHS_EN}) \\d{1,2}(?:st|nd|rd|th)?(?= |$)`,
    `(?:^| )(?:в|к|до|с|на|до конца|в начале|в конце|в середине) (?:${MONTHS_RU})(?= |$)`,
    `(?:^| )\\d{1,2}(?:-го)? (?:${MONTHS_RU})(?= |$)`,
    `(?:^| )(?:deadline|deadlines|due date|due by|due on|дедлайн\\S*|срок|сроки|срока|сроку|до \\d{1,2}(?:-го)? числа)(?= |$)`,
  ].join('|'),
  'u',
);
/**
 * A month or a season when something already happened ("I turned 65 in January", "diagnosed in the spring", «в
 * сентябре сократили», «после инсульта в январе»): a past event's date is no deadline (blind reads 42 and 44
 * asked for "the exact deadline" of a pension and a disability claim that have none). Only "in …" / «в …» is read so:
 * "by March", «к маю», «до июня» stay dates, and a future word between ("started, and starts again in May", "told to
 * finish in June", «сказали сдать в июне») keeps the date.
 */
const PAST_EN =
  'turned|was|were|had|got married|got divorced|got fired|got sacked|got laid off|got diagnosed|diagnosed|started|began|moved|retired|died|passed away|lost|left|happened|laid off|made redundant|fired|sacked|arrived|came|went|finished|ended|stopped|broke|fell|sold|bought|signed|applied|submitted|sent|failed|born|married|divorced|widowed';
const NOT_PAST_EN =
  "to|will|i'll|we'll|is|are|am|starts?|begins?|due|needs?|must|wants?|plans?|hopes?|going|next|and|but|or|that";
const WHEN_EN = `in (?:early |late |mid )?(?:the )?(?:${MONTHS_EN}|spring|summer|autumn|fall|winter)`;
/** A Russian past verb, not a noun that looks like one («начала сезона», «финал», «недели») nor a wish («хотел»). */
const PAST_VERB_RU =
  '(?<!(?:^| )(?:до|с|со|для|от|из|у|к|ко|в|во|на|без|около|после|перед|кроме) )(?!(?:недели|цели|модели|постели|мели|дела|тела|села|финал|финала|зал|зала|канал|канала|сериал|сериала|материал|материала|журнал|журнала|сигнал|сигнала|вокзал|вокзала|персонал|интервал|аула|стола|пола|хотел|хотела|хотели|собирался|собиралась|собирались|планировал|планировала|планировали|думал|думала|думали|мечтал|мечтала)(?= |$))[а-я]{2,}[аяиеыу]л(?:а|о|и|ся|ась|ось|ись)?';
const NOT_PAST_RU =
  '\\S+(?:ть|ти|чь|ться)|будет|буду|будем|надо|нужно|должен|должна|должны|хочу|хочет|планирую|и|а|но|или|что|чтобы';
const WHEN_RU = `в (?:начале |конце |середине )?(?:${MONTHS_RU})`;
const PAST_EVENT_RU = 'инсульта|инфаркта|развода|сокращения|увольнения|пожара|аварии|дтп|смерти';
const PAST_DATE = new RegExp(
  [
    `(?:^| )(?<!(?:^| )(?:be|being|get|gets|getting|will|to) )(?:${PAST_EN})(?: (?!(?:${NOT_PAST_EN})(?= |$))\\S+){0,3} ${WHEN_EN}(?= |$)`,
    `(?:^| )${WHEN_EN}(?: (?:i|we|he|she|they|mum|mom|dad|my \\S+|our \\S+))? (?:${PAST_EN})(?= |$)`,
    `(?:^| )after (?:the |a |his |her |my )?(?:stroke|heart attack|divorce|redundancy|fire|accident|death|funeral) ${WHEN_EN}(?= |$)`,
    `(?:^| )${PAST_VERB_RU}(?: (?!(?:${NOT_PAST_RU})(?= |$))\\S+){0,2} ${WHEN_RU}(?= |$)`,
    `(?:^| )${WHEN_RU}(?: (?!(?:${NOT_PAST_RU})(?= |$))\\S+){0,2} ${PAST_VERB_RU}(?= |$)`,
    `(?:^| )после (?:${PAST_EVENT_RU}) ${WHEN_RU}(?= |$)`,
  ].join('|'),
  'gu',
);
/**
 * The goal's texts with every past event's month taken out, read clause by clause (a sentence, or a part between
 * commas and dashes), so "Oxford interview in December" is not joined to "I got the invite yesterday", nor «экзамен в
 * июне» to «пробник уже написал».
 */
export const withoutPastDates = (raw: string[]) =>
  raw
    .flatMap((text) => text.split(/[.!?;,:\n—–()]+/u))
    .map((clause) => normalise(clause).replace(PAST_DATE, ' '))
    .join(' ');
/**
 * Horizon words that name no date: "someday", "long term", «когда-нибудь», and a length that is as often the
 * past as a target ("a few months", «пару недель»).
 */
const NO_DATE = new Set([
  'someday', 'eventually', 'long term', 'few months', 'few weeks', 'couple of weeks', 'когда-нибудь',
  'несколько месяцев', 'несколько недель', 'пару недель',
]); // prettier-ignore

/**
 * A weekday said as time the person has, not as a date ("I can study on Saturday", «учить могу по вечерам, в субботу
 * больше», "on Sunday I have longer"): no days-away horizon and no deadline from it (blind read 26 gave a
 * certification months away the last-days cramming and the exam-day logistics). "The exam is on Saturday" stays one.
 */
const WEEKDAYS =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)';
export const FREE_DAY = new RegExp(
  [
    `(?:^| )(?:on|в|во) ${WEEKDAYS}(?: (?:morning|mornings|afternoon|afternoons|evening|evenings|утром|днём|днем|вечером))?(?= (?:больше|дольше|побольше|подольше|тоже|свободн\\S*|могу|можно|есть время|more|longer|too|as well|i can|i have|i've got|i'm free|i am free|free)(?= |$))`,
    `(?:^| )(?:can|could|free|only|study|practise|practice|revise|train|learn|учить|учиться|заниматься|готовиться|могу|можно|свободн\\S*|время)(?: \\S+){0,3} (?:on|в|во) ${WEEKDAYS}(?= |$)`,
  ].join('|'),
  'gu',
);

/** The horizon words that name a date (`NO_DATE` left out). */
export const datedHorizons = (pack: SlotsPack) => {
  const datedOnly = (stems: string[]) => stems.filter((stem) => !NO_DATE.has(stem));
  return compileStems({
    en: datedOnly(Object.values(pack.horizon).flatMap((stems) => stems.en)),
    ru: datedOnly(Object.values(pack.horizon).flatMap((stems) => stems.ru)),
  });
};
