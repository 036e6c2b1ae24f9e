// Distances: a stated "10 km", a named race (a half marathon), a multi-sport event, and the distances done now
// that are no target.
import type { GoalSlots } from './types.js';

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
export const MULTI_SPORT = /triathlon|duathlon|aquathlon|ironman|триатлон|дуатлон|акватлон|айронмен/u;
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
export function distanceOf(text: string, index = 0): GoalSlots['distance'] {
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
export function multiSportDistance(title: string, all: string): GoalSlots['distance'] {
  const stated = statedDistance(title);
  const [, en, ru, km] = MULTI_RACES.find(([race]) => race.test(all))!;
  return stated && stated.km > km ? { en: stated.en, ru: stated.ru } : { en, ru };
}
