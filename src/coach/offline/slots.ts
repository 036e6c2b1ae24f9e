import type { Locale } from '../../core/goals/model.js';
import {
  DICTIONARY_SLOTS,
  type DictionarySlot,
  type Horizon,
  type Level,
  type SlotNameForms,
  type SlotsPack,
} from '../../content/coach-pack.schema.js';
import { fillSlots } from '../../content/slot-template.js';
import { compileStems, indexStems, normalise, type StemIndex, type StemMatcher, words } from './text-match.js';

/** One dictionary value found in a goal: its id (for `topics:`) and its names. */
export interface SlotValue {
  id: string;
  name: SlotNameForms;
}

/** What a goal says about itself beyond its kind. `undefined` = not said. */
export interface GoalSlots {
  values: Partial<Record<DictionarySlot, SlotValue>>;
  /** "10 km", in the goal's own unit; a named race becomes its distance. */
  distance?: { en: string; ru: string };
  level?: Level;
  /**
   * True when the texts pull the level two ways with no health sign ("running for two years… never on ice", "I bake
   * a decent sponge but never anything tiered"): the level read is the likelier one, not a sure one.
   */
  levelMixed?: boolean;
  /**
   * fix54F. The level the signs give when the only health signs are a sports injury (an Achilles, a meniscus, a
   * strained shoulder): set only when that level is `active` and no level was picked. A kind that reads the injury
   * itself and keeps hard sessions from it (sport's `past_injury`) walks this level instead of the beginner's.
   */
  levelBesideInjury?: Level | undefined;
  horizon?: Horizon;
  /** The minutes the person said they have at a time ("only 20 minutes at lunch", «полчаса в день»). */
  minutes?: number;
  /**
   * True when the goal gives a deadline or a date ("in 3 weeks", "by March", "nets start in April", «к
   * маю», «права истекают в марте», a date, "deadline"): only then may a step ask for "the date it has to
   * be done by". "Someday", «когда-нибудь» or "long term" are a horizon but no deadline.
   */
  deadline?: boolean;
  /**
   * True when a check with a doctor before training fits: the goal names a health sign or another reason (a
   * condition, pain, pregnancy, medicines), a long break (`returning`), an age of 50 or more, or a hard event
   * (a half marathon or more, a triathlon) not from an `active` level — or it says too little about the
   * person to rule one out (no description of six words or more).
   */
  healthCheck?: boolean;
}

export interface SlotReader {
  /**
   * Reads the title first: when the title names a value, an answer or description cannot replace it. A level the
   * person picked (`stated`, their answer to the level question) wins over any sign in the texts.
   */
  read(title: string, more: string[], stated?: Level): GoalSlots;
  /** A template with its slots filled, or their fallbacks; `{title}` is the goal as typed. */
  render(template: string, slots: GoalSlots, locale: Locale, title: string): string;
}

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
 * How long a past try lasted: «бросаю через неделю», «забросила через месяц», «надоедает через две недели» (fix48I; blind
 * read 48b asked a mother who drops every planner after a week for "the date it has to be done by"). No deadline.
 */
const GAVE_UP_AFTER =
  /(?:^| )(?:бросаю|бросала|бросил|бросила|бросали|забрасываю|забрасывала|забросил|забросила|сдаюсь|сдавалась|сдалась|сдался|сдуваюсь|сдулась|остываю|остыла|надоедает|надоело|перестаю|перестала|перестал)\s+(?:уже\s+|обычно\s+|примерно\s+|где-то\s+)?(?:через|за)\s+(?:\d+\s+|[а-я]+\s+)?(?:день|дня|дней|недел\S*|месяц\S*)(?= |$)/gu;

function horizonOfSpan(raw: string): Horizon | undefined {
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
const DATE_SAID = new RegExp(
  [
    `(?:^| )(?:in|by|before|until|till|from|for|next|early|late|mid|end of) (?:${MONTHS_EN})(?= |$)`,
    // fix44D: "booked for mid-August", "until spring", "before Christmas" are dates too.
    `(?:^| )(?:early|late|mid)-(?:${MONTHS_EN})(?= |$)`,
    `(?:^| )(?:by|before|until|till|for) (?:christmas|new year|easter)(?= |$)`,
    `(?:^| )(?:this|next|by|in the|before the|until|till) (?:summer|autumn|fall|winter|spring)(?= |$)`,
    `(?:^| )(?:этим |этой |следующим |следующей )?(?:летом|осенью|весной)(?= |$)`,
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
 * сентябре сократили», «после инсульта в январе»): a past event's date is no deadline (fix44D; blind reads 42 and 44
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
const withoutPastDates = (raw: string[]) =>
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

/** "I'm 58", "aged 61", "62 years old", «мне 58», «58 лет», «63 года»: an age, read when it is 45 or more. */
const AGE =
  /(?:^| )(?:i'm|i’m|i am|im|aged|age|мне)\s(\d{2})(?= |$)|(?:^| )(\d{2})(?:\s|-)?(?:years? old|year-old|yo|лет|года|годиков)(?= |$)/u;
const olderAge = (text: string) => {
  const match = AGE.exec(text);
  const age = match ? Number(match[1] ?? match[2]) : 0;
  return age >= 45 && age < 110;
};

const RACES: [RegExp, string, string, number][] = [
  [/(?:^| )(?:a|one) mile(?= |$)/u, '1 mile', '1 миля', 1.6],
  // A cycling, ski or swimming "marathon" is no 42.2 km run: its own distance, if stated, is the target.
  [
    /(?<!(?:bike|cycling|mtb|ski|swim|swimming|rowing|kayak|canoe) )half[ -]?marathon|(?<!вело)полумарафон/u,
    '21.1 km',
    '21,1 км',
    21.1,
  ],
  // "Run the Cardiff Half under 2 hours": a race named "… Half" is a half marathon.
  [/(?:^| )half(?= under| in under| race|$)/u, '21.1 km', '21,1 км', 21.1],
  [
    /(?<!(?:bike|cycling|mtb|ski|swim|swimming|rowing|kayak|canoe|half|half-) ?)marathon|(?<!вело|полу|лыжный |лыжного |лыжном )марафон/u,
    '42.2 km',
    '42,2 км',
    42.2,
  ],
];

/**
 * A multi-sport event is its own distance: a run or swim the person mentions is one leg of it, never
 * the target ("I run 5k three times a week" before a sprint triathlon). Its name stands in for the
 * distance; the km only decide whether a longer stated distance wins.
 */
const MULTI_SPORT = /triathlon|duathlon|aquathlon|ironman|триатлон|дуатлон|акватлон|айронмен/u;
const MULTI_RACES: [RegExp, string, string, number][] = [
  [/sprint|спринт/u, 'a sprint triathlon', 'спринт-триатлон', 25.75],
  [/olympic|standard|олимпийск|стандарт/u, 'an Olympic-distance triathlon', 'триатлон олимпийской дистанции', 51.5],
  [
    /half[ -]?ironman|70[ .,]3|half[ -]distance|половинк|полужелез/u,
    'a half-distance triathlon',
    'половинка железной дистанции',
    113,
  ],
  [/ironman|full[ -]distance|айронмен|железн/u, 'an Ironman-distance triathlon', 'железная дистанция триатлона', 226],
  [/./u, 'your triathlon', 'триатлон', 0],
];

/**
 * Words just before a distance that make it what the person does now, not the target: "my longest run
 * is 30 km", «25 км прохожу за два часа», "I can run 5k", "I commute 12 miles each way", "I run 5k".
 */
const NOW_CUES =
  /(?:^| )(?:longest|so far|currently|right now|at the moment|can run|can swim|can ride|can walk|can do|up to|commute|commuting|i run|i ride|i cycle|i swim|i walk|i jog|i do|usually|normally|самая длинная|самый длинный|максимум|пока|сейчас|прохожу|пробегаю|проплываю|проезжаю|могу|бегаю|катаюсь|езжу|плаваю|хожу|обычно|до работы|делаю|проезжаю по|done a few|did a few|done a couple of|did a couple of|done some|did some|done several)(?= )/u;
/** "never done more than", «не больше»: the distance after it is the furthest so far. */
const NEVER_BEYOND = /(?:never|not) (?:\S+ )?(?:more|further|longer|over) than $|(?:не больше|не дальше|не более) $/u;
/** «больше 50 км за раз не проезжал»: a distance followed by a past verb under «не» is the furthest so far. */
const NEVER_AFTER = /^ (?:\S+ ){0,2}не \S+(?:ал|ала|али|ил|ила|или)(?= |$)/u;
/** …and words just after it: "5k three times a week", "12 miles each way", «10 км в одну сторону». */
const NOW_AFTER =
  /^ (?:\S+ ){0,2}?(?:times? a week|a week|a day|each way|every day|every week|every morning|to work|per week|per day|раз в неделю|раза в неделю|в неделю|в день|в одну сторону|каждый день|до работы|на работу)(?= |$)/u;
/** A count of something else ("32k followers", "10k steps", "50k words"): no distance at all. */
const NOT_DISTANCE =
  /^ (?:followers|subscribers|views|likes|listeners|readers|words|steps|users|members|downloads|plays|streams|people|подписчик|просмотр|слов|шаг|лайк|читател|слушател)/u;

/**
 * Words just before a distance that make it the event's own: "the challenge ride is over 120 km", "I want to ride
 * 100 km", «дистанция 50 км». In a description that also says what the person rides now ("three mornings a week, 60
 * to 80 km"), the event's distance is the target, wherever it stands (blind read 38: a 120 km ride trained for 80 km).
 */
const TARGET_CUES =
  /(?:(?:race|event|ride|route|course|challenge|sportive|trail|distance|it|which|loop)(?: \S+)? (?:is|are|was|will be|covers) (?:(?:just )?(?:over|about|around|nearly|almost|under|roughly) )?|want to (?:run|ride|swim|walk|cycle|hike|row|do|finish|complete) (?:the |a |an |my )?|дистанци\S* (?:в |на |около |больше |более )?|хочу (?:пробежать|проехать|проплыть|пройти|осилить) )$/u;
/**
 * Words just before a named race in a description that make it one already run: "I've done a couple of half
 * marathons", «пробежал два полумарафона» (blind read 38: the Kepler Challenge's 60 km trained as a half marathon).
 * Not "run": "I want to run a half marathon" is the target.
 */
const PAST_RACE =
  /(?:^| )(?:done|did|ran|finished|completed|raced|ridden|rode|пробежал\S*|бегал\S*|проехал\S*|участвовал\S*|финишировал\S*)(?: \S+){0,4} $/u;

/**
 * The first "5 km", "10k", "1500 m", «10 км» as written, with its length in km; in a description
 * (`target`), one the person does now is passed over, and one said to be the event's own comes first.
 */
function statedDistance(text: string, target = false): { en: string; ru: string; km: number } | undefined {
  let first: { en: string; ru: string; km: number } | undefined;
  for (const match of text.matchAll(
    /(?:^| )(\d+(?:[.,]\d+)?)(\s|-)?(km|k|mi|miles?|m|км|километр\S*|м|метр\S*)(?= |$)/gu,
  )) {
    const before = text.slice(Math.max(0, match.index - 30), match.index + 1);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 25);
    if (NOT_DISTANCE.test(after)) continue;
    if (target && (NOW_CUES.test(before) || NOW_CUES.test(` ${after}`) || NOW_AFTER.test(after))) continue;
    // "I've never done more than 30 miles" is how far they have gone so far, not where they are going.
    if (target && (NEVER_BEYOND.test(before) || NEVER_AFTER.test(after))) continue;
    const amount = match[1]!;
    const unit = match[3]!;
    // "100-mile" is a distance; «в 2014-м» is a year.
    if (match[2] === '-' && /^(m|м)$/.test(unit)) continue;
    const value = Number(amount.replace(',', '.'));
    const found = /^(mi|mile)/.test(unit)
      ? { en: `${amount} miles`, ru: `${amount} миль`, km: value * 1.609 }
      : /^(m|м|метр)/.test(unit) && unit !== 'mi'
        ? { en: `${amount} m`, ru: `${amount} м`, km: value / 1000 }
        : { en: `${amount} km`, ru: `${amount.replace('.', ',')} км`, km: value };
    if (!target || TARGET_CUES.test(before)) return found;
    first ??= found;
  }
  return first;
}

/**
 * "5 km", "10k", "1500 m", «10 км», «полумарафон». A named race gives its distance, unless the same text
 * states a longer one: «Деминский марафон на 50 км» and a "50k ultramarathon" are 50 km, while "a marathon;
 * my longest run is 30 km" stays a marathon.
 */
function distanceOf(text: string, index = 0): GoalSlots['distance'] {
  // The title names the target; in the description a distance the person does now is no target.
  const stated = statedDistance(text, index > 0);
  for (const [race, en, ru, km] of RACES) {
    const named = race.exec(text);
    if (!named || (index > 0 && PAST_RACE.test(`${text.slice(Math.max(0, named.index - 30), named.index).trimEnd()} `)))
      continue;
    return stated && stated.km > km ? { en: stated.en, ru: stated.ru } : { en, ru };
  }
  return stated && { en: stated.en, ru: stated.ru };
}

/** A multi-sport event: named from everything the goal says; only a longer distance in the title wins. */
function multiSportDistance(title: string, all: string): GoalSlots['distance'] {
  const stated = statedDistance(title);
  const [, en, ru, km] = MULTI_RACES.find(([race]) => race.test(all))!;
  return stated && stated.km > km ? { en: stated.en, ru: stated.ru } : { en, ru };
}

const MINUTE_WORDS: Record<string, number> = {
  five: 5, ten: 10, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'half an hour': 30,
  пять: 5, десять: 10, пятнадцать: 15, двадцать: 20, тридцать: 30, сорок: 40, полчаса: 30,
}; // prettier-ignore

/**
 * "I only have 20 minutes", «могу 15 минут в день», "half an hour a day": the time the person has for a
 * step. A target ("5k in 25 minutes", «за 20 минут», "under 30 min") is a pace, not a window, and is skipped;
 * so is a moment ("after ten minutes I give up", «через десять минут сдаюсь»), and so is the length of a piece
 * ("a five-minute set", "a 5-minute speech", «10 минут выступления») or of something done ("the climb takes
 * five minutes").
 */
const MINUTES =
  /(?:^| )(?:(in|under|within|after|takes|took|lasts|lasted|за|через|спустя|быстрее|меньше чем за)\s+)?(\d{1,3}|five|ten|fifteen|twenty|thirty|forty|пять|десять|пятнадцать|двадцать|тридцать|сорок)\s?(?:-|to|–)?\s?(?:minutes?|mins?|минут\S*|мин)(?= |$)(?! (?:\S+ )?(?:set|sets|speech|talk|toast|video|film|presentation|monologue|script|story|piece|song|спич\S*|реч\S*|выступлени\S*|видео|ролик\S*|доклад\S*|презентаци\S*)(?= |$))|(?:^| )(half an hour|полчаса)(?= |$)/u;

function minutesOf(text: string): number | undefined {
  const match = MINUTES.exec(text);
  if (!match || match[1]) return undefined;
  const said = match[2] ?? match[3]!;
  const minutes = Number(said) || MINUTE_WORDS[said];
  // Under five minutes is a habit's size ("two minutes of"), not the time someone has.
  return minutes && minutes >= 5 && minutes <= 90 ? minutes : undefined;
}

// «не умею, только карточки» ("I can't, only forms") is no «умею только» ("I can only…"): the negated verb
// goes with the "never" phrases; so does a never with words between («никогда ни на чём не играл», «никогда
// раньше не играла», where «раньше» would read as a comeback); fix50F: so does «в жизни ни на чём не играла».
const NEVER_DID =
  /(?<=^| )(?:never|(?:никогда|ни разу)(?: (?:ни на чём|ни на чем|ничего|в жизни|раньше|прежде|ещё|еще))? не|(?:в жизни )?ни на ч[её]м не|не умею|не умеет)(?: (?:have|had|really|ever|even))? \S+/gu;

/**
 * "I quit smoking two years ago", «бросил курить год назад» in a goal about something else (a first run): a habit
 * given up is no break from this goal, so neither its verb nor its "ago" reads as coming back. A goal about that
 * habit itself (a relapse: «бросал курить год назад, сорвался») keeps them: see `levelReader`.
 */
const QUIT_HABIT = /(?<=^| )(?:smok|drink|alcohol|cigarett|vap|кур(?:ить|ени|ю)|пить|пью|алког|сигарет|вейп)/u;
const QUIT_OTHER =
  /(?<=^| )(?:quit|stopped|gave up|бросила?|бросили)(?: (?:smoking|drinking|alcohol|cigarettes|vaping|курить|пить|алкоголь|сигареты|вейп))(?: (?:about|around|almost|over|почти|уже|около))?(?: (?:a|an|one|two|three|four|five|six|\d+|два|две|три|четыре|пять|полгода))?(?: (?:year|years|month|months|год|года|лет|месяц|месяца|месяцев))?(?: (?:ago|назад))?/gu;

/**
 * "He played at every party", «он играл на всех праздниках»: someone else's past is no sign that the
 * person is coming back to it (a grandfather's accordion, a father who used to run).
 */
const SOMEONE_ELSE_DID =
  /(?<=^| )(?:he|she|they|он|она|они)(?: (?:used to|had|has|would|always|всегда|раньше|когда-то))? \S+/gu;

/**
 * fix48N. "I once froze at the second bolt", "I once panicked in deep water": one bad moment told about is no break
 * from the activity, so its "I once" is no sign of coming back (blind read 48 put a doctor's check on a climber leading
 * outdoors three times a week because of "I once froze").
 */
const ONE_MISHAP =
  /(?<=^| )i once (?:froze|freaked|panicked|blanked|fell|slipped|got stuck|got lost|got scared|got hurt|had a panic|had a bad|lost my nerve|bailed|cried|choked)(?= |$)/gu;

/**
 * fix52E1. School as today's place, not the person's past: "a table covered in school stuff", "the kids are at school",
 * "at school pick-up", «пока дети в школе»: no "in school" of one's own youth, so no sign of coming back (blind read 51:
 * a new nightly kitchen tidy got "restart at half of what you used to do").
 */
const SCHOOL_NOW =
  /(?<=^| )(?:(?:(?:kids|children|child|son|daughter|boys|girls|they|he|she|[a-z]+ (?:is|are)) (?:are |is |were |go |goes |get |gets )?(?:in|at) school)|(?:in|at) (?=school (?:stuff|things|bags?|books|uniforms?|shoes|clothes|kit|papers|forms|letters|lunch(?:es)?|gates?|run|pick-?ups?|pick up|drop-?offs?|drop off))|(?:дети|ребенок|сын|дочь|дочка|детей) (?:в школе|на уроках))/gu;

/**
 * fix54F. Words that name a return without one: a season that starts again ("league season starts again in eight
 * weeks", «сезон снова начнётся»), and the date of an injury or an operation ("fell skiing two years ago", «после
 * операции на мениске два года назад»): blind read 53 read a league tennis player and a lifelong skier as coming back.
 */
const NO_RETURN =
  /(?<=^| )(?:(?:the |our |my )?(?:season|league|term|competition|championship|club season|racing season|ski season)(?: season)? (?:starts|begins|opens|kicks off|resumes|gets going|is back)(?: up)? again|(?:сезон|лига|чемпионат|соревнования)\S* (?:снова|опять) (?:начина|стартует|стартуют|откроется|открывается)\S*|(?:fell|crashed|broke|tore|strained|sprained|injured|hurt|surgery|operation|injury|операци\S*|травм\S*|перелом\S*|разрыв\S*|растяжени\S*|воспалени\S*|упал\S*)(?: (?!(?:stopped|quit|gave|since|бросил\S*|перестал\S*|с тех)(?= ))\S+){0,4} (?:\S+ )?(?:years?|months?|лет|года?|месяц\S*) (?:ago|назад)|(?:\S+ )?(?:years?|months?|лет|года?|месяц\S*) (?:ago|назад) (?:(?:i |я )?(?:had|was|была?|было|был|сделали|делали) )?(?:an? |the |my )?(?:операци\S*|травм\S*|перелом\S*|surgery|operation|injury|an injury|fall|accident)|not even (?:\S+ ){0,3}(?:as a kid|as a child|at school|in school|as a teenager)|даже (?:\S+ ){0,2}(?:в школе|в детстве) не)(?= |$)/gu;

/**
 * fix54F. "I'm at the market from 7 to 6", "I'm at work all day": a place the person is at, not a level reached ("I'm at
 * 5k", "I'm at the point where…" stay). Blind read 53b read a market trader out of breath on the stairs as active.
 */
const AT_A_PLACE =
  /(?<=^| )(?:i'm|i am) at (?:the |my |a |an )?(?!(?:level|stage|point|moment|minute|km|k|\d)(?= |$))(?:market|work|home|school|uni|college|office|shop|stall|factory|hospital|station|warehouse|site|desk|till|counter|farm|job|church|mosque|temple)\S*(?= |$)/gu;

/**
 * Signs of doing it now that stems cannot carry, read in a description or an answer (never the title,
 * where a number is a target): an audience already built ("32k followers", «5 тысяч подписчиков»), part of
 * the work already done ("80 of the 300 hours", «40 из 120 билетов»), a rate kept now, months into it, part of
 * it already possible, and a language used at work every day.
 */
const ALREADY_DOING = [
  /(?:^| )\d+(?:[.,]\d+)?\s?(?:k|к|тыс\S*|thousand)?\s(?:followers|subscribers|listeners|readers|viewers|подписчик\S*|слушател\S*|читател\S*|зрител\S*)(?= |$)/u,
  /(?:^| )\d+ (?:of|out of|из) (?:the |my |all )?\d+ (?:hours|chapters|lessons|modules|topics|units|readings|час\S*|глав\S*|урок\S*|тем\S*|модул\S*|билет\S*)(?= |$)/u,
  // A distance covered now on a regular trip: "I cycle 8 miles each way to work", «езжу 10 км до работы».
  /(?:^| )\d+(?:[.,]\d+)?\s?(?:km|k|mi|miles?|км|километр\S*) (?:each way|a day|every day|to work|в одну сторону|в день|каждый день|до работы|на работу)(?= |$)/u,
  // fix44B. A distance swum or run each session so many times a week, or the usual one: "swim about 2 km three mornings
  // a week", "usually 1-1.5 km", «по 10 км три раза в неделю», «обычно 5 км» (blind read 42: a 2 km-a-morning swimmer
  // read as a beginner). A weekly volume ("25 km a week") is no such sign.
  // Not a past one: "I used to run 5k twice a week two years ago", «раньше бегал по 5 км».
  /(?<!(?:used to|would|раньше|когда-то) (?:\S+ )?)(?:^| )\d+(?:[.,]\d+)?\s?(?:km|k|mi|miles?|км|километр\S*) (?:\S+ )?(?:times|mornings|evenings|days|sessions|twice|раз|раза|утра|вечера) (?:a|per|в) (?:week|неделю)(?= |$)(?! (?:\S+ ){0,3}(?:ago|назад))/u,
  /(?:^| )(?:usually|normally|обычно)(?: about| around| по| около)? \d+(?:[.,-]\d+)*\s?(?:km|k|mi|miles?|m|км|м)(?= |$)/u,
  // A rate kept now: "30 pages a night", «40 страниц в день».
  /(?:^| )\d+ (?:pages|страниц\S*) (?:a|an|per|every|each|в|за)(?= |$)/u,
  // fix54F. An event done every year or season, league play, a sport since childhood said without a verb: «каждую зиму
  // бегу Дёминский», "I race it every summer", "play league on Saturdays", «играю в лиге», «на лыжах с детства».
  /(?:^| )(?:каждую (?:зиму|весну|осень)|каждое лето|каждый (?:год|сезон)|каждые выходные|every (?:winter|summer|year|season|spring|autumn|weekend)|each (?:winter|summer|year|season))(?: \S+){0,2} (?:бегу|бегаю|прохожу|хожу|катаюсь|езжу|плыву|плаваю|участвую|выступаю|играю|i run|i ski|i race|i ride|i swim|i do|i enter|i play|i compete)(?= |$)|(?:^| )(?:i |we )?(?:run|ski|race|ride|swim|do|enter|play|compete|бегу|бегаю|прохожу|катаюсь|участвую|выступаю)(?: \S+){0,3} (?:every|each|каждую|каждое|каждый) (?:winter|summer|year|season|зиму|лето|год|сезон)(?= |$)/u,
  /(?:^| )(?:i |we )?(?:play|playing|compete|competing)(?: \S+){0,3} (?:league|in a league|in the league|league matches|for a club|for the club|for my club|tournaments|competitively)(?= |$)|(?:^| )(?:играю|играем|выступаю|выступаем)(?: \S+){0,3} (?:в лиге|за команду|за клуб|в чемпионате|на турнирах|в турнирах|на соревнованиях)(?= |$)/u,
  /(?:^| )(?:на лыжах|на коньках|на велосипеде|в бассейне|на воде|в футбол|в хоккей|в теннис|в волейбол|в баскетбол|on skis|on a bike|in the pool) (?:с детства|с юности|со школы|since i was a kid|since childhood|since school)(?= |$)/u,
  // Months into it: "bought a bass two months ago", «третий месяц», "two months in".
  /(?:^| )(?:\d+|two|three|four|five|six|several|a few|два|две|три|четыре|пять|шесть|несколько|пару) (?:months?|месяц\S*) (?:ago|in|now|назад)(?= |$)/u,
  // Part of it can already be done: "I can play about half of Seven Nation Army", «уже могу сыграть». Not after a
  // negation or a wish ("want to be able to play" has no "i can").
  /(?<!(?:not|n't|не|хочу|чтобы) )(?:^| )(?:(?:i|and|but|now) can (?:already |just about |just |now )?|уже (?:могу|умею) )(?:play|read|run|swim|cook|bake|knit|sew|crochet|draw|speak|hold|играть|сыграть|читать|печь|вязать|шить|плавать|рисовать|говорить)(?= |$)/u,
  // Years of working or living in it: "four years working in Spanish", "work in Spanish every day".
  /(?:^| )(?:work|working|live|living|работаю|живу) (?:in|на) \S+ (?:every day|daily|каждый день)(?= |$)/u,
];

/**
 * A title that says quit («завязать с выпивкой», «бросить пить», "give up drinking", "stop smoking"). Such a
 * goal gets no cut-down steps (a limit, a log of how much) from words that only describe the habit now («в
 * будни не пью», "only at weekends"): only a cut-down the person asks for counts (`CUT_DOWN_ASKED`, or a
 * cut-down word in the title itself: "stop drinking on weeknights" is a limit).
 */
export const QUIT_TITLE =
  /(?:^| )(?:quit|quitting|stop|stopping|give up|giving up|kick|kicking|ditch|no more|done with|get off|бросить|бросаю|брошу|бросать|завязать|завязываю|завяжу|завязал|завязала|завязка|перестать|перестаю|отказаться|отказываюсь|избавиться|избавляюсь|хватит|больше не|покончить|прекратить)(?= |$)/u;
/** A cut-down the person asks for, in words: "I want to cut down", "just drink less", «хочу пить меньше». */
export const CUT_DOWN_ASKED =
  /(?:^| )(?:(?:want|like|trying|try|aim|plan|hope|going|need) to (?:\S+ )?(?:cut down|cut back|reduce|moderate|drink less|smoke less|drink fewer|smoke fewer)|just (?:cut down|cut back|less|fewer|reduce)|not (?:quit|stop|give up) (?:completely|entirely|altogether|for good)|without (?:quitting|stopping|giving up)|(?:хочу|хотел бы|хотела бы|хочется|планирую|пытаюсь|стараюсь|надо|нужно) (?:\S+ )?(?:меньше|сократить|реже|умеренн\S*)|(?:не|без того чтобы) (?:бросать|бросить|отказываться) (?:совсем|полностью|окончательно)|просто (?:меньше|сократить|реже))(?= |$)/u;

/** An attempt at an exam long ago: "failed it at school", "years ago", «в школе не сдала», «лет десять назад». */
const OLD_ATTEMPT =
  /(?:^| )(?:failed|fail|не сдал|не сдала|завалил|завалила)(?: \S+){0,3} (?:at school|in school|years ago|as a teenager|as a kid|when i was|в школе|в юности|лет назад)(?= |$)|(?:^| )(?:at school|in school|в школе)(?: \S+){0,2} (?:failed|не сдал|не сдала|завалил|завалила)(?= |$)/u;

/**
 * A fail named with a test after it ("failed my driving theory twice", «дважды завалил теорию в ГИБДД»): when that test
 * is another than the goal's own (a CSCS test), the fail is no attempt at this one, and the format is not known from it
 * (fix44D; blind read 44 started a first CSCS test from "your last mock").
 */
const FAIL_NAMING =
  /(?:^| )(?:failed|fail|flunked|не сдал|не сдала|завалил|завалила|провалил|провалила)(?: \S+){1,4}/gu;

/**
 * A fail or a retake the person fears, not one they had (fix32g; blind read 32: «очень боюсь завалить и ждать
 * пересдачу» read as a retake, so the exam path began from "your latest mock" for someone with none): "afraid I'll
 * fail and have to resit", «боюсь не сдать», "don't want to retake it". The earliest fail word after the fear, and a
 * retake joined to it by "and", are left out of the `known` reading; a fail said plainly elsewhere still counts.
 */
const FEARED_ATTEMPT =
  /(?:^| )(?:пересда\S*|пересдач\S*|retake\S*|resit\S*|re-sit\S*|another attempt|another try)(?: \S+){0,3} (?:не по карману|не потяну|не могу себе позволить|дорого|слишком дорого|can't afford|cannot afford|costs? too much|too expensive|i can't pay for)(?= |$)|(?:^| )(?:боюсь|боится|страшно|не хочу|чтобы не|afraid|scared|worried|terrified|dread|don't want to|do not want to|to avoid)(?: \S+){0,3}? (?:завалить|провалить|провалиться|не сдать|пересда\S*|пересдач\S*|fail|failing|resit\S*|re-sit\S*|retake\S*)(?: (?:и|and) (?:\S+ ){0,2}(?:пересда\S*|пересдач\S*|resit\S*|re-sit\S*|retake\S*))?(?= |$)/gu;

/**
 * fix35g. Another exam passed on a later try ("passed my B1 on the third attempt", «B1 сдала с третьего раза»; blind
 * read 35b: a woman who passed her language test on the third try, now facing the citizenship test, got "you know the
 * format, start from your latest mock"). A pass is behind the person, so the exam they passed is not the one the goal
 * is about, and its tries say nothing of this one's format. Left out of the `known` reading like a feared fail — but
 * not the last or previous round of the same exam («прошлую аттестацию сдал со второго раза», "passed the last one on
 * the second try"): a recurring attestation's format is known (lead, after fix round 35).
 */
const PASSED_ATTEMPT =
  /(?:^| )(?<!(?:прошл|предыдущ|last|previous)\S*(?: \S+){0,2} )(?:passed|сдал|сдала|сдали)(?: \S+){0,4}? (?:(?:on|at|in) (?:the|my|a) (?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:try|attempt|go|time)|(?:со второго|с третьего|с четвертого|с пятого) раза|(?:со второй|с третьей|с четвертой|с пятой) попытки)(?= |$)|(?:^| )(?:(?:on|at|in) (?:the|my|a) (?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:try|attempt|go)|(?:со второго|с третьего|с четвертого|с пятого) раза|(?:со второй|с третьей|с четвертой|с пятой) попытки)(?: \S+){0,3}? (?:i passed|passed|сдал|сдала|сдали)(?= |$)/gu;

/**
 * A distance done now, said plainly ("I can do 15 miles comfortably now", "I can run 10k", «сейчас спокойно пробегаю
 * 20 км»): the person trains now, whatever their past ("ran it two years ago, started again in September").
 */
const DOING_NOW =
  /(?:^| )(?:(?:i can (?:now |already |comfortably |easily )?(?:do|run|swim|ride|cycle|walk|hike)|(?:сейчас |уже )(?:спокойно |легко )?(?:могу пробежать|могу проплыть|могу проехать|пробегаю|проплываю|проезжаю|бегаю|прохожу)) (?:about |around |up to |до |около )?\d+(?:[.,]\d+)?\s?(?:k|km|mi|miles?|км|километр\S*)(?: (?:comfortably|easily|now|спокойно|легко|без остановки))?)(?= |$|[.,])/u;

/**
 * A weekday said as time the person has, not as a date ("I can study on Saturday", «учить могу по вечерам, в субботу
 * больше», "on Sunday I have longer"): no days-away horizon and no deadline from it (fix26g2; blind read 26 gave a
 * certification months away the last-days cramming and the exam-day logistics). "The exam is on Saturday" stays one.
 */
const WEEKDAYS =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)';
const FREE_DAY = new RegExp(
  [
    `(?:^| )(?:on|в|во) ${WEEKDAYS}(?: (?:morning|mornings|afternoon|afternoons|evening|evenings|утром|днём|днем|вечером))?(?= (?:больше|дольше|побольше|подольше|тоже|свободн\\S*|могу|можно|есть время|more|longer|too|as well|i can|i have|i've got|i'm free|i am free|free)(?= |$))`,
    `(?:^| )(?:can|could|free|only|study|practise|practice|revise|train|learn|учить|учиться|заниматься|готовиться|могу|можно|свободн\\S*|время)(?: \\S+){0,3} (?:on|в|во) ${WEEKDAYS}(?= |$)`,
  ].join('|'),
  'gu',
);

const DAY_WORD = /(?:^| )(?:saturday|sunday|суббот|воскресен|воскресн)\S*/gu;
const DAY_AS_PLACE =
  /(?:^| )(?:saturday|sunday|субботн|воскресн)\S* (?:market|markets|league|club|school|service|match|game|paper|ярмарк\S*|рын\S*|лиг\S*|школ\S*|служб\S*|матч\S*)/gu;

/**
 * Part of it done now and the rest never ("I can run up cushions on my machine but I've never followed a pattern",
 * «уже умею шить простые вещи, но по выкройке ещё не шила»): part of the skill, so the steps start from what is
 * missing, not from the first day.
 */
const PART_DONE =
  /(?:^| )(?:(?:i|and|already) can (?!not )(?:already |just about |just )?\S+ .*? (?:but|though|yet) .*?(?:never|not yet|haven't|have not)|(?:уже )?умею (?!только )\S+ .*? (?:но|а|однако) .*?(?:никогда|ни разу|пока не|ещё не|еще не))(?= |$)/u;

/**
 * Something bought or rented already ("the cajon's already bought", «кахон уже купил», "already rented a harp") is
 * kit in hand, not practice: its "already" is no sign of doing it. (A race entry already paid stays one: it says
 * the person trains for it.)
 */
const ALREADY_BOUGHT =
  /(?:^| )(?:уже (?:купил|купила|купили|куплен\S*|заказал|заказала|заказали|арендовал|арендовала|арендовали|взял[аи]? (?:напрокат|в аренду))|already (?:bought|rented|ordered|hired|borrowed))(?= |$)/gu;

/**
 * fix48B. «Уже не» is "no longer" («сосед сам уже не может», «уже не тянет»): no sign of doing it now (blind read 47b: a
 * beginner given a neighbour's hives read as active and got "do one thing you can already do"). «Уже не первый год»,
 * «уже не новичок» stay signs.
 */
const NO_LONGER = /(?:^| )уже не(?! (?:перв\S*|новичок|новичка|новенький|новенькая|с нуля)(?= |$))(?= |$)/gu;

/** fix44B. "Never done more than 2 km", "never 5 km-ish legs": how far the person has gone so far, not a first time. */
const NEVER_FURTHER =
  /(?<=^| )never (?:\S+ )?(?:(?:more|further|longer) than |over )?(?:about |around )?\d+(?:[.,]\d+)?\s?(?:km|k|mi|miles?|m)(?=[ -]|$)/gu;

/**
 * fix52B. Doing it now, for years: a present verb with how long ("I've been knitting for about a year", "I've swum
 * since I was a kid", «вяжу года три», «плаваю с детства», «тягаю железо шесть лет», «занимаюсь пятый год»). Blind read
 * 51 gave a knitter of three years, a swimmer since childhood and a six-year bencher first-lesson steps: a "never"
 * about the new piece beside it («свитер ни разу», "never a jumper") outweighed it. It counts as two active signs.
 * Living, working, wanting, smoking and the like for years are no such sign.
 */
const YEARS_DOING = [
  /(?:^| )(?:i've|i have|we've|we have) (?:been (?!(?:meaning|wanting|trying|thinking|planning|hoping|waiting|living|working|studying|smoking|drinking|struggling|suffering|putting|saving|dreaming)(?= ))\S+ing|(?!(?:had|wanted|tried|struggled|suffered|lived|worked|planned|meant|hoped|dreamed|dreamt|thought|avoided|failed|smoked|drunk|drank|gained|lost|been|put|said|known|felt|waited|saved)(?= ))(?:\S+ed|swum|sung|run|drawn|sewn|ridden|knit|spun|thrown|played))(?: (?!(?:but|then|never|until|till)(?= ))\S+){0,4} (?:for (?:about |around |over |nearly |almost |roughly |the (?:past|last) )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|many|several|a few|a couple of) (?:years?|seasons?)|since (?:i was (?:at school|in school|at uni|a kid|a child|little|small|young|a teenager|a teen|\d+)|childhood|school|primary school|uni|university|college))(?= |$)/u,
  /(?:^| )(?!(?:живу|работаю|учусь|хочу|могу|курю|пью|болею|лечусь|жду|коплю|мечтаю|собираюсь|думаю|пытаюсь|сижу|маюсь|страдаю|мучаюсь|стою|откладываю|плачу|снимаю|езжу)(?= ))\p{L}+(?:аю|яю|ую|юю|жу|шу|чу|щу|жму|шью|лью|пою|юсь|усь)(?: уже)?(?: (?!(?:но|и|а|только|уже)(?= ))\p{L}+)?(?: уже)? (?:(?:лет|года?) (?:\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|пятнадцать|двадцать)|(?:\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|пятнадцать|двадцать|пару|несколько|много|уже) (?:лет|года?)|с детства|со школы|с юности|(?:второй|третий|четвертый|четвёртый|пятый|шестой|седьмой|десятый) год)(?= |$)/u,
];

/** The counts of each level's signs in a goal, and whether it names a health sign. */
type LevelSigns = Record<'beginner' | 'returning' | 'active', number> & { health: boolean };

/**
 * The level the signs point to. A health sign (weight, breathlessness, an injury, no exercise for
 * years) means `beginner` whatever else was said: no hard session for someone who may be starting.
 * Otherwise `active` needs more signs than either other side; a returning sign beats a tie with
 * `active` ("I did a course, still lopsided"), and a tie with `beginner` stays `beginner`.
 */
export function levelOf(signs: LevelSigns): Level | undefined {
  if (signs.health) return 'beginner';
  if (signs.active > signs.returning && signs.active > signs.beginner) return 'active';
  if (signs.returning > 0 && signs.returning >= signs.beginner) return 'returning';
  if (signs.beginner > 0) return 'beginner';
  return undefined;
}

/**
 * A site's name ("Author.Today", "Booking.com") is no word of the goal: "Today" in it is no deadline. Both
 * sides of the dot start with a letter, so "10.5 km" and "e.g." stay.
 */
const SITE_NAME = /(?<=^|[\s(«"'])\p{L}[\p{L}\d-]*(?:\.\p{L}[\p{L}\d-]+)+(?=$|[\s,;:!?)»"'])/gu;

/**
 * A month's name that starts a place's name in a description ("the NIS office in May Pen", "March Road"): no date
 * (fix44D; blind read 42 read "in May Pen" as a deadline). Titles are often in title case, so only descriptions.
 */
const PLACE_MONTH =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)(?= (?!(?:I|We|He|She|They|It|My|Our|Next|This|Last|And|Or|But|So|The|Then|Is|Was|Will|At|On|In|To|For)\b)[A-Z][a-z])/g;

/** A slot's values in the dictionary's order, and their stems in one index (a value is known by its position). */
interface CompiledValues {
  values: DictionaryValue[];
  index: StemIndex;
}

type DictionaryValue = SlotsPack['language']['values'][number];

const compileValues = (values: DictionaryValue[]): CompiledValues => ({
  values,
  index: indexStems(values.map((value) => value.match)),
});

/** The horizon words that name a date (`NO_DATE` left out). */
const datedHorizons = (pack: SlotsPack) => {
  const datedOnly = (stems: string[]) => stems.filter((stem) => !NO_DATE.has(stem));
  return compileStems({
    en: datedOnly(Object.values(pack.horizon).flatMap((stems) => stems.en)),
    ru: datedOnly(Object.values(pack.horizon).flatMap((stems) => stems.ru)),
  });
};

/**
 * A check with a doctor fits, beyond the named health signs and reasons: a long break (`returning`), an age
 * of 45 or more, a hard event not from an `active` level, or too little said to rule one out.
 */
function healthCheckFits(all: string, described: string[], level: Level | undefined): boolean {
  const said = described.reduce((count, text) => count + words(text).length, 0);
  const hardEvent = MULTI_SPORT.test(all) || /marathon|марафон|ultra|ультра/u.test(all);
  return said < 6 || level === 'returning' || olderAge(all) || (hardEvent && level !== 'active');
}

/** fix30g. Weekend days, and what is held on them for others: a school, a service, a market, a match. */
const DAY_EN = 'saturday|sunday';
const EVENT_EN =
  'school|schools|service|services|church|mass|kirtan|kirtans|gurdwara|temple|mosque|synagogue|worship|prayers|liturgy|market|markets|league|match|matches|football|fixture|fixtures';
const EVENT_RU = 'школ|служб|литурги|месс|церк|храм|мечет|синагог|богослужен|намаз|рын|ярмарк|матч';

/**
 * Evenings said as time the person does NOT have ("light goes off most evenings", "I work most afternoons", «вечером нет
 * света», «по вечерам работаю») and a school or college named as the past ("back on the farm after college didn't
 * work out", «после школы поступил»): no time window read from them (fix28g; blind read 28 put the study sessions
 * into the evenings of someone with no light in the evening, and the practice of someone just back from college).
 */
const NOT_FREE_TIME = new RegExp(
  [
    `(?:^| )(?:light|lights|power|electricity|current)(?: \\S+){0,2} (?:off|out|cut|down)(?: \\S+){0,2} (?:evenings?|at night|nights)(?= |$)`,
    `(?:^| )(?:i|i'm|i am|we|we're) (?:busy|work(?! on)|working(?! on)|do shifts|can't|cannot|can not|never)(?: (?!so |but |and |then |which |it's |it is |only )\\S+){0,5} (?:evenings?|weeknights|afternoons?|mornings?)(?= |$)`,
    // fix40Z. A weekend day worked for someone else ("I stand 11 hours on Saturdays" at the salon, «по субботам работаю»)
    // is no time the person has: blind read 40b planned a braider's own business "for each free slot on Saturdays".
    // A day said free beside it ("free on Saturdays", «по субботам свободна») still reads.
    `(?:^| )(?:i|i'm|i am|we|we're) (?:work(?! on)|working(?! on)|stand|standing|do shifts|have shifts|on my feet)(?: (?!so |but |and |then |which |free |off |except |only |it's |it is )\\S+){0,4} (?:on )?(?:saturdays?|sundays?|weekends?)(?: (?:and|or) (?:on )?(?:saturdays?|sundays?))?(?= |$)(?! (?:free|off)(?= |$))`,
    `(?:^| )(?:по )?(?:субботам|воскресеньям|выходным)(?: (?!не )\\S+){0,2} (?:работаю|стою|на смене|на работе)(?= |$)`,
    `(?:^| )(?:работаю|стою на ногах|на смене)(?: (?!а |но |и |свобод\\S* )\\S+){0,2} (?:по )?(?:субботам|воскресеньям|выходным)(?: (?:и|или) (?:по )?(?:субботам|воскресеньям))?(?= |$)(?! (?:свобод|отдыха|выходн)\\S*)`,
    `(?:^| )after (?:college|uni|university|school) (?:didn't|did not|wasn't|was not|ended|finished|fell through|failed)(?= |$)`,
    // fix34g. Work or chores said to fill the end of the school or work day ("I help my mother on the farm after school",
    // «после школы помогаю маме»): no free time then (blind read 34b put the revision there).
    `(?:^| )(?:i|we) (?:help|work|look after|mind|care for|do chores|have chores|do the chores)(?: (?!so |but |and |then |which )\\S+){0,6} after (?:school|classes|work)(?= |$)`,
    `(?:^| )после (?:школы|уроков|учебы|работы)(?: \\S+){0,2} (?:помогаю|работаю|подрабатываю|сижу с)(?= |$)`,
    `(?:^| )(?:back|returned|came back|moved back|went back)(?: \\S+){0,8} after (?:college|uni|university|school)(?= |$)`,
    `(?:^| )(?:вечером|вечерами|по вечерам)(?: \\S+){0,2} (?:нет света|света нет|отключают свет|выключают свет|свет отключают|свет выключают|работаю|занята?|не могу)(?= |$)`,
    `(?:^| )(?:нет света|света нет|отключают свет|свет отключают|выключают свет|свет выключают|работаю|занята?|не могу)(?: \\S+){0,2} (?:вечером|вечерами|по вечерам)(?= |$)`,
    `(?:^| )после (?:школы|учебы|колледжа|техникума|училища|института|университета)(?: \\S+){0,2} (?:не )?(?:поступил\\S*|пошел|пошла|вернул\\S*|уехал\\S*|переехал\\S*|работал\\S*|устроил\\S*)(?= |$)`,
    // fix30g. A weekend day named for someone else's timetable — a school, a service, a lesson, a market ("the Sunday
    // kirtan", "a Chinese school in Reading on Sundays", «по воскресеньям служба») — is no time the person has: blind
    // read 30 put practice on the Sunday of a kirtan and the study on a school's Sunday. Their own day, said beside it
    // ("we've got Saturday mornings"), is still read.
    `(?:^| )(?:${DAY_EN})s? (?:${EVENT_EN}|lessons?|class|classes|club|shifts?)(?= |$)`,
    `(?:^| )(?:${EVENT_EN})(?: (?!so |but |and |then |i |i'm |we |we're |we've |free |only )\\S+){0,4} (?:on |every )?(?:${DAY_EN})s?(?= |$)`,
    `(?:^| )(?:on |every )?(?:${DAY_EN})s?(?: (?!free |off |i'm free |we're free )\\S+){0,3} (?:is |are |we go to |she goes to |he goes to |they go to |has |have )(?:the |our |her |his |their |a )?(?:\\S+ )?(?:${EVENT_EN})(?= |$)`,
    `(?:^| )(?:субботн|воскресн)\\S* (?:${EVENT_RU}|урок|заняти|кружок|кружк|секци|смен)\\S*`,
    `(?:^| )(?:${EVENT_RU})\\S*(?: (?!но |а |и |свобод\\S* |\\S*(?:ю|юсь|у|ем|им) )\\S+){0,3} (?:по|в|во) (?:субботам|воскресеньям|субботу|воскресенье)(?= |$)`,
    `(?:^| )(?:по|в|во) (?:субботам|воскресеньям|субботу|воскресенье)(?: у \\S+)?(?: (?:ходим|ходит|ходят|ездим|ездит|едем))?(?: в| на)?(?: \\S+)? (?:${EVENT_RU})\\S*`,
    // fix33g. One day said once ("one free Saturday in June", "next Sunday", «одна свободная суббота», «в эту субботу»)
    // is a date, not a time the person has every week: blind read 33 put practice sessions "on Saturdays" for someone
    // with evenings after 8 and one free Saturday.
    // fix48K. One day of the past or of a series ("couldn't eat anything on the first Sunday last year", "last Saturday",
    // «в прошлое воскресенье», «в первую субботу») is a date too: blind read 48 put a bar examinee's study on Sundays.
    `(?:^| )(?:one|a single|this|next|this coming|the coming|that|last|the last|the first|the second|the third|the final)(?: free| spare| whole)? (?:${DAY_EN})(?= |$)`,
    `(?:^| )(?:одна|одну|одной|в эту|эта|эту|в следующую|следующую|в ближайшую|ближайшую|в одну|в прошлую|прошлую|в прошлое|прошлое|в первую|первую|в первое|первое|в последнюю|в последнее)(?: свободн\\S*)? (?:суббот|воскресен)\\S*`,
    // fix48K. Weekends spent somewhere else ("at weekends I'm in Heihe", «по выходным бываю в Хэйхэ», «по выходным езжу на
    // дачу») are no time at the desk: blind read 48 put a learner's sessions on the weekends he spends across the border.
    `(?:^| )(?:at |on |every )?(?:the )?(?:weekends?|saturdays?|sundays?),? (?:i'm|i am|i go|i travel|i drive|i'm away|i am away)(?! free| off| at home| home)(?= |$)`,
    `(?:^| )(?:по )?(?:выходным|субботам|воскресеньям),? (?:я )?(?:бываю|езжу|уезжаю|мотаюсь|катаюсь|летаю)(?! дома)(?= |$)`,
    // fix48K. Others arriving after school ("my grandchildren come after school", «внуки приходят после школы») is the end
    // of the person's free day, not time they have.
    `(?:^| )(?:come|comes|come round|come over|arrive|arrives|get home|gets home|are home|is home|are back|is back)(?: \\S+){0,2} after (?:school|classes)(?= |$)`,
    `(?:^| )(?:приходят|приходит|приезжают|приезжает)(?: \\S+){0,2} после (?:школы|уроков)(?= |$)`,
    // fix48K. The morning of the exam or the race ("bad panic on exam mornings") is when it happens, not study time.
    `(?:^| )(?:exam|test|race|match|interview|competition)(?:-| )(?:mornings?|evenings?|nights?|days?)(?= |$)`,
  ].join('|'),
  'g',
);

/** The first of `values` a text names. */
const found = (text: string, tokens: string[], { values, index }: CompiledValues): SlotValue | undefined =>
  values[index.first(text, tokens)];

/** An instrument's identity: its id, or its name for the less common ones (all `other_inst`). */
const instrumentKey = (value: SlotValue) => (value.id === 'other_inst' ? value.name.en : value.id);

/** The instrument a text names first (in the dictionary's order). */
const instrumentIn = (instruments: CompiledValues, text: string, tokens: string[]) => {
  const value = found(text, tokens, instruments);
  return value && instrumentKey(value);
};

/**
 * Words about reading music or about the people singing, not another instrument (fix27d): the bass and treble clefs
 * ("I read the treble clef, not really the bass", «басовый ключ»), a bass line or the left hand's bass notes, and a
 * sing-song or singalong the player accompanies. A returning pianist who names them is still returning.
 */
const NOT_AN_INSTRUMENT =
  /\b(?:(?:bass|treble|alto|tenor)\s+)?clefs?\b(?:[^.!?]{0,40}?\bbass\b(?!\s+guitar))?|\bbass\s+(?:line|lines|notes?|part|hand)\b|\bsing-?\s?songs?\b|\bsing-?\s?alongs?\b|(?:басов|скрипичн)\p{L}*\s+ключ\p{L}*|ключ\p{L}*\s+(?:басов|скрипичн)\p{L}*|петь\s+вместе|подпева\p{L}*/giu;

/**
 * The title names an instrument and a later text another one. Every instrument of the later text counts, not only
 * the dictionary's first: "I played piano as a kid and have just rented a lever harp" names the harp too. A comeback
 * that also names a second instrument ("the violin at school; my daughter plays piano") so reads as a beginner: the
 * safe side, since first-lesson steps cost a returning player little and "play from memory" loses a beginner.
 */
const otherInstrumentBefore = (instruments: CompiledValues, texts: string[], tokensOf: string[][]) => {
  const named = instrumentIn(instruments, texts[0] ?? '', tokensOf[0] ?? []);
  return (
    named !== undefined &&
    texts.slice(1).some((text, index) => {
      const plain = text.replace(NOT_AN_INSTRUMENT, ' ');
      const tokens = plain === text ? (tokensOf[index + 1] ?? []) : words(plain);
      const counts = instruments.index.counts(plain, tokens);
      return instruments.values.some((value, at) => instrumentKey(value) !== named && counts[at]! > 0);
    })
  );
};

/**
 * A day that names a place or an event ("busk at the Saturday market", «воскресная школа») is no time the person
 * has: the window is kept only when the day is also said on its own.
 */
function dropDayAsPlace(values: GoalSlots['values'], all: string): void {
  if (!values.window || !['saturday', 'sunday'].includes(values.window.id)) return;
  const days = all.match(DAY_WORD)?.length ?? 0;
  const places = all.match(DAY_AS_PLACE)?.length ?? 0;
  if (days > 0 && days === places) delete values.window;
}

/**
 * The level after what the person says plainly: a distance done now outweighs a past ("ran it in 2019") unless a
 * health sign says start gently; part of it done and the rest never reads as having part of the skill.
 */
function statedLevel(level: Level | undefined, described: string[], health: boolean): Level | undefined {
  const doingNow = described.some((text) => DOING_NOW.test(text));
  if (doingNow && level !== 'beginner') return 'active';
  const partDone = !doingNow && described.some((text) => PART_DONE.test(text));
  return partDone && !health && level !== 'returning' ? 'returning' : level;
}

/**
 * A body weight said beside a weight class («выступаю в весе до 60, сейчас вешу 62», "I weigh 62 and fight under 60")
 * is the number for the weigh-in, not a health sign: it is left out before the health signs are read. Elsewhere
 * «вешу 84» stays one, so a weight-loss goal that says «уже год» is never read as active (fix round 36 lead).
 */
const WEIGHT_CLASS =
  /(?:^| )(?:в весе до|в весе|весов(?:ая|ой|ую) категори\p{L}*|weight class|fight under|fights under|weigh-in|weigh in)(?= |$)/u;
const BODY_WEIGHT = /(?:^| )(?:вешу|i weigh)(?= |$)/gu;
/**
 * A body weight given as a number ("I'm 49 and weigh 104 kg", "weighing 18 stone") is a health sign as «вешу» is: blind
 * read 40b read a 104 kg rider back in the saddle after three years as `returning` and halved an old routine she never had.
 */
const WEIGHT_SAID =
  /(?:^| )(?:weigh|weighing)\s+(?:about |around |nearly |almost |over |just over |close to |roughly )?\d+(?:[.,]\d+)?\s*(?:kg|kgs|kilos?|kilograms?|stone|st|lbs?|pounds)(?= |$)/u;

/**
 * fix52B. Out of breath after a few metres of a new stroke ("after one length of crawl I'm gasping", «через 10 метров
 * задыхаюсь») is the stroke's breathing, not a health sign: blind read 51 sent a breaststroker of thirty years, in the
 * pool twice a week, to a fear-of-water class. Only where a stroke is named; a runner out of breath stays one.
 */
const SWIM_STROKE =
  /(?:^| )(?:crawl|front crawl|freestyle|butterfly|backstroke|breaststroke|кроль|кролем|кроля|кролю|брасс\p{L}*|баттерфля\p{L}*|на спине)(?= |$)/u;
const STROKE_BREATH =
  /(?:^| )(?:(?:after|через|на|уже через|уже на) (?:\S+ )?(?:\d+|one|a|two|three|four|one or two|a couple of|половин\p{L}*|пару|одн\p{L}*|дв\p{L}*|тр\p{L}*)? ?(?:m|metres?|meters?|lengths?|laps?|м|метр\p{L}*|бассейн\p{L}*|длин\p{L}*)(?: \S+){0,2} (?:i'm |i am |i get |i'm completely |я )?(?:задыха\p{L}*|выдыха\p{L}*|out of breath|gasping|breathless|winded)|(?:задыха\p{L}*|out of breath|gasping|breathless|winded)(?: \S+){0,2} (?:after|через|уже через) (?:\S+ )?(?:\d+|one|a|two|three|пару|одн\p{L}*|дв\p{L}*)? ?(?:m|metres?|meters?|lengths?|laps?|м|метр\p{L}*|бассейн\p{L}*|длин\p{L}*))(?= |$)/gu;

/**
 * fix54F. A sports injury, said as one (an Achilles, a tendon, a meniscus, a strained rotator cuff, «воспаление ахиллова
 * сухожилия», «после операции на мениске колено ноет»): blind read 53 gave a league tennis player, a second-season
 * skier who does 20 km and a man who skis the 25 km marathon every winter the beginner's walk-run because the injury
 * read as a health sign. Left out, what remains says whether anything else (weight, breath, a condition) is one.
 */
const SPORTS_INJURY =
  /(?:^| )(?:(?:the |my |an? )?(?:left |right )?(?:achilles|tendon\S*|tendin\S*|rotator cuff|hamstring|calf|groin|meniscus|ligament\S*|acl)(?: (?:strain|tear|injury|problem|issue|surgery|repair))?|(?:shin splints|plantar fasciitis|fasciitis|stress fracture|runner's knee|it band|itb syndrome|niggle|niggles|niggling)|(?:strained|sprained|pulled|tore|torn)(?: (?:my|a|the))?(?: (?:left|right))? (?:shoulder|knee|ankle|calf|hamstring|groin|muscle|ligament|achilles|rotator cuff|wrist|elbow)|(?:strain|sprain|sprained|strained|injury|injured|niggle)|(?:knee|shoulder|ankle) (?:surgery|operation)|(?:flares|flared) up|flare-up|flare up|(?:ахилл|сухожил|тендинит|мениск|связк|надкостниц|фасциит)\S*(?: \S+)?|воспалени\S* (?:ахилл|сухожил|связ|надкостниц|колен|плеч)\S*(?: \S+)?|(?:после )?операци\S* на (?:мениск|колен|связк|ахилл|плеч|локт|голеностоп)\S*|травм\S*|растяж\S*|растянул\S*|надрыв\S*|(?:разрыв|порвал\S*) связ\S*|пяточная шпора|колено бегуна|стрессовый перелом|(?:колено|колени|плечо|ахилл) (?:ноет|ноют)|(?:ноет|ноют) (?:колено|колени|плечо)|обостр\S*|да[её]т о себе знать)(?= |$)/gu;

/**
 * The level from the signs in the goal's texts (the title first), and whether they pull more than one way; a level
 * the person picked wins.
 */
function levelReader(
  levels: Record<'beginner' | 'returning' | 'active' | 'health', StemMatcher>,
  instruments: CompiledValues,
) {
  /** `all` and `tokens` are the texts joined and its words, as the slot reader already has them. */
  return (texts: string[], tokensOf: string[][], all: string, tokens: string[], stated: Level | undefined) => {
    const described = texts.slice(1);
    // "Never ran", «никогда не бегала»: a past-tense verb after a "never" is no sign of coming back;
    // nor is someone else's past ("he played").
    const others = all
      .replace(NEVER_DID, ' ')
      .replace(SOMEONE_ELSE_DID, ' ')
      .replace(ONE_MISHAP, ' ')
      .replace(NO_RETURN, ' ')
      .replace(SCHOOL_NOW, ' ');
    const unsaid = QUIT_HABIT.test(texts[0] ?? '') ? others : others.replace(QUIT_OTHER, ' ');
    const kitBought = all.replace(ALREADY_BOUGHT, ' ').replace(NO_LONGER, ' ').replace(AT_A_PLACE, ' ');
    const withoutClass = WEIGHT_CLASS.test(all) ? all.replace(BODY_WEIGHT, ' ') : all;
    const weighed = SWIM_STROKE.test(all) ? withoutClass.replace(STROKE_BREATH, ' ') : withoutClass;
    // fix44B. "Never done more than 2 km in one go", "never 5 km legs": the furthest so far, no first-timer's never.
    const furthest = all.replace(NEVER_FURTHER, ' ');
    const counts = {
      beginner: levels.beginner.count(furthest, furthest === all ? tokens : words(furthest)),
      returning: levels.returning.count(unsaid, words(unsaid)),
      active:
        levels.active.count(kitBought, kitBought === all ? tokens : words(kitBought)) +
        ALREADY_DOING.filter((sign) => described.some((text) => sign.test(text))).length +
        2 * YEARS_DOING.filter((sign) => texts.some((text) => sign.test(text))).length,
      health: levels.health.count(weighed, weighed === all ? tokens : words(weighed)) > 0 || WEIGHT_SAID.test(weighed),
    };
    const signs = levelOf(counts);
    // A comeback on another instrument ("I played guitar at uni" for a banjo, clarinet at school for a tenor
    // sax) is no comeback on this one: nothing of it to play from memory, so the new one starts as a beginner.
    const comeback = signs === 'returning' && otherInstrumentBefore(instruments, texts, tokensOf) ? 'beginner' : signs;
    const pulls = [counts.beginner, counts.returning, counts.active].filter((count) => count > 0).length;
    const level = stated ?? statedLevel(comeback, described, counts.health);
    return {
      level,
      levelMixed: stated === undefined && !counts.health && pulls > 1,
      levelBesideInjury:
        stated === undefined && counts.health && level === 'beginner'
          ? besideInjury(weighed, counts, described)
          : undefined,
    };
  };

  /** The level without the health signs when a sports injury is all of them, if that level is `active`. */
  function besideInjury(
    weighed: string,
    counts: Record<'beginner' | 'returning' | 'active', number>,
    described: string[],
  ): Level | undefined {
    if (!SPORTS_INJURY.test(weighed)) return undefined;
    SPORTS_INJURY.lastIndex = 0;
    const rest = weighed.replace(SPORTS_INJURY, ' ');
    if (levels.health.count(rest, words(rest)) > 0 || WEIGHT_SAID.test(rest)) return undefined;
    const without = statedLevel(levelOf({ ...counts, health: false }), described, false);
    return without === 'active' ? without : undefined;
  }
}

/**
 * fix52C. A parent who is someone else's, named in passing ("his mum and I split", "her dad has her at weekends", "the
 * kids' mum", «с его мамой мы развелись», «отец детей»): the other parent of the person's child, never the person a
 * family step names (blind read 51: a father of a 13-year-old got every step about "your mother"). "Our mum" is theirs.
 */
const OTHER_PARENT = new RegExp(
  [
    `(?:^| )(?:his|her|their|the kids'?|the children's|the boys'?|the girls'?|(?:my|our) (?:son|daughter|kids?|children|boy|girl)'s?) (?:mum|mom|mother|mommy|mama|dad|father|daddy|papa)(?= |$)`,
    `(?:^| )(?:его|ее|их) (?:мам|мат|отц|отец|пап)\\S*`,
    `(?:^| )(?:мам|мат|отц|отец|пап)\\S* (?:(?:моего|моей|моих|нашего|нашей|наших) )?(?:сына|дочери|дочки|детей|ребенка|сыновей|дочерей)(?= |$)`,
  ].join('|'),
  'g',
);

/**
 * Words that name a slot's value without meaning it, left out before that slot is read: time said as not free, or a
 * school named as the past, is no window (`NOT_FREE_TIME`); a fail or a retake only feared is no attempt made
 * (`FEARED_ATTEMPT`), and nor is another exam passed on a later try (`PASSED_ATTEMPT`).
 */
const UNSAID: Partial<Record<DictionarySlot, RegExp>> = {
  window: NOT_FREE_TIME,
  relation: OTHER_PARENT,
  known: new RegExp(`${FEARED_ATTEMPT.source}|${PASSED_ATTEMPT.source}`, 'gu'),
};

/** The title and the descriptions with site names and a description's month-named places taken out. */
const rawTexts = (title: string, more: readonly string[]) =>
  [title, ...more].map((text, index) => (index ? text.replace(PLACE_MONTH, ' ') : text).replace(SITE_NAME, ' '));

/** Whether a text says the format is known from an attempt at this exam, not from a fail of another test it names. */
const ownAttempt = (texts: string[], exam: string, knowns: CompiledValues, exams: CompiledValues) =>
  texts.some((text) => {
    const plain = text.replace(UNSAID.known!, ' ').replace(FAIL_NAMING, (phrase) => {
      const named = found(phrase.trim(), words(phrase), exams);
      return named && named.id !== exam ? ' ' : phrase;
    });
    return found(plain, words(plain), knowns)?.id === 'format';
  });

/** Compiles the pack's dictionaries and phrase lists into a reader of goals. */
export function createSlotReader(pack: SlotsPack): SlotReader {
  const dictionaries = DICTIONARY_SLOTS.map((slot) => ({
    slot,
    values: compileValues(pack[slot].values),
  }));
  const instruments = dictionaries.find((dictionary) => dictionary.slot === 'instrument')?.values ?? compileValues([]);
  const levels = {
    beginner: compileStems(pack.level.beginner),
    returning: compileStems(pack.level.returning),
    active: compileStems(pack.level.active),
    health: compileStems(pack.level.health),
    reason: compileStems(pack.level.reason ?? { en: [], ru: [] }),
  };
  const readLevel = levelReader(levels, instruments);
  const horizons = (['days', 'weeks', 'months'] as const).map((id) => ({ id, match: compileStems(pack.horizon[id]) }));
  const datedWords = datedHorizons(pack);

  const aims = dictionaries.find((dictionary) => dictionary.slot === 'aim')?.values ?? compileValues([]);
  const knowns = dictionaries.find((dictionary) => dictionary.slot === 'known')?.values ?? compileValues([]);
  const exams = dictionaries.find((dictionary) => dictionary.slot === 'exam')?.values ?? compileValues([]);
  /** The title's own cut-down: "stop drinking on weeknights", «бросить пить по будням». */
  const aimOf = (title: string) => found(title, words(title), aims)?.id === 'reduce';

  return {
    read(title, more, stated) {
      const raws = rawTexts(title, more);
      const texts = raws.map(normalise).filter(Boolean);
      const tokensOf = texts.map(words);
      const all = texts.join(' ');
      const tokens = words(all);
      const values: GoalSlots['values'] = {};
      for (const { slot, values: options } of dictionaries)
        for (const [index, text] of texts.entries()) {
          const unsaid = UNSAID[slot];
          const plain = unsaid ? text.replace(unsaid, ' ') : text;
          const value = found(plain, plain === text ? tokensOf[index]! : words(plain), options);
          if (value) {
            values[slot] = { id: value.id, name: value.name };
            break;
          }
        }
      dropDayAsPlace(values, all);
      // An exam failed long ago ("I failed it at school", «завалила в школе») is no recent attempt: the format
      // is not known from it.
      if (values.known?.id === 'format' && OLD_ATTEMPT.test(all)) delete values.known;
      // A fail of another test, named after it ("failed my driving theory twice" for a CSCS test): no attempt at this one.
      if (values.known?.id === 'format' && values.exam && !ownAttempt(texts, values.exam.id, knowns, exams))
        delete values.known;
      // A title that says quit is no cut-down because the description tells when the habit happens now.
      if (
        values.aim?.id === 'reduce' &&
        QUIT_TITLE.test(texts[0] ?? '') &&
        !aimOf(texts[0] ?? '') &&
        !CUT_DOWN_ASKED.test(all)
      )
        delete values.aim;
      const described = texts.slice(1);
      const { level, levelMixed, levelBesideInjury } = readLevel(texts, tokensOf, all, tokens, stated);
      // A weekday named as time the person has is no date (`FREE_DAY`).
      const dated = all.replace(FREE_DAY, ' ').replace(GAVE_UP_AFTER, ' ');
      const datedTokens = dated === all ? tokens : words(dated);
      const horizon =
        texts.map(horizonOfSpan).find(Boolean) ??
        horizons.find((option) => option.match.count(dated, datedTokens) > 0)?.id;
      const distance = MULTI_SPORT.test(all)
        ? multiSportDistance(texts[0] ?? '', all)
        : texts.map((text, index) => distanceOf(text, index)).find(Boolean);
      const minutes = texts.map(minutesOf).find(Boolean);
      const spanned = texts.some((text) => horizonOfSpan(text));
      // Taking past dates out only removes matches, so the clause-by-clause pass runs only when a date is said at all
      // (most goals name none; this runs for every step).
      const dateSaid = DATE_SAID.test(all) && DATE_SAID.test(withoutPastDates(raws));
      const deadline = spanned || dateSaid || datedWords.count(dated, datedTokens) > 0;
      const healthCheck =
        levels.health.count(all, tokens) > 0 ||
        (!WEIGHT_CLASS.test(all) && WEIGHT_SAID.test(all)) ||
        levels.reason.count(all, tokens) > 0 ||
        healthCheckFits(all, described, level);
      return { values, distance, level, levelMixed, levelBesideInjury, horizon, minutes, deadline, healthCheck };
    },

    render(template, slots, locale, title) {
      const text = fillSlots(
        template.replaceAll('{title}', title.trim()),
        locale,
        (slot) => slots.values[slot]?.name ?? pack[slot].fallback,
      );
      return text.replaceAll('{distance}', (slots.distance ?? pack.distance.fallback)[locale]);
    },
  };
}
