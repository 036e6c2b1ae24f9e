// Signs that a check with a doctor fits, and health-like words that are none (a weight class, a stroke's breath, a
// sports injury).
import type { Level } from '../../../content/coach-pack.schema.js';
import { words } from '../text-match.js';
import { MULTI_SPORT } from './distance.js';

/** "I'm 58", "aged 61", "62 years old", «мне 58», «58 лет», «63 года»: an age, read when it is 45 or more. */
const AGE =
  /(?:^| )(?:i'm|i’m|i am|im|aged|age|мне)\s(\d{2})(?= |$)|(?:^| )(\d{2})(?:\s|-)?(?:years? old|year-old|yo|лет|года|годиков)(?= |$)/u;
const olderAge = (text: string) => {
  const match = AGE.exec(text);
  const age = match ? Number(match[1] ?? match[2]) : 0;
  return age >= 45 && age < 110;
};

/**
 * A check with a doctor fits, beyond the named health signs and reasons: a long break (`returning`), an age
 * of 45 or more, a hard event not from an `active` level, or too little said to rule one out.
 */
export function healthCheckFits(all: string, described: string[], level: Level | undefined): boolean {
  const said = described.reduce((count, text) => count + words(text).length, 0);
  const hardEvent = MULTI_SPORT.test(all) || /marathon|марафон|ultra|ультра/u.test(all);
  return said < 6 || level === 'returning' || olderAge(all) || (hardEvent && level !== 'active');
}

/**
 * A body weight said beside a weight class («выступаю в весе до 60, сейчас вешу 62», "I weigh 62 and fight under 60")
 * is the number for the weigh-in, not a health sign: it is left out before the health signs are read. Elsewhere
 * «вешу 84» stays one, so a weight-loss goal that says «уже год» is never read as active .
 */
export const WEIGHT_CLASS =
  /(?:^| )(?:в весе до|в весе|весов(?:ая|ой|ую) категори\p{L}*|weight class|fight under|fights under|weigh-in|weigh in)(?= |$)/u;
export const BODY_WEIGHT = /(?:^| )(?:вешу|i weigh)(?= |$)/gu;
/**
 * A body weight given as a number ("I'm 49 and weigh 104 kg", "weighing 18 stone") is a health sign as «вешу» is: blind
 * read 40b read a 104 kg rider back in the saddle after three years as `returning` and halved an old routine she never had.
 */
export const WEIGHT_SAID =
  /(?:^| )(?:weigh|weighing)\s+(?:about |around |nearly |almost |over |just over |close to |roughly )?\d+(?:[.,]\d+)?\s*(?:kg|kgs|kilos?|kilograms?|stone|st|lbs?|pounds)(?= |$)/u;

/**
 * Out of breath after a few metres of a new stroke ("after one length of crawl I'm gasping", «через 10 метров
 * задыхаюсь») is the stroke's breathing, not a health sign: blind read 51 sent a breaststroker of thirty years, in the
 * pool twice a week, to a fear-of-water class. Only where a stroke is named; a runner out of breath stays one.
 */
export const SWIM_STROKE =
  /(?:^| )(?:crawl|front crawl|freestyle|butterfly|backstroke|breaststroke|кроль|кролем|кроля|кролю|брасс\p{L}*|баттерфля\p{L}*|на спине)(?= |$)/u;
export const STROKE_BREATH =
  /(?:^| )(?:(?:after|через|на|уже через|уже на) (?:\S+ )?(?:\d+|one|a|two|three|four|one or two|a couple of|половин\p{L}*|пару|одн\p{L}*|дв\p{L}*|тр\p{L}*)? ?(?:m|metres?|meters?|lengths?|laps?|м|метр\p{L}*|бассейн\p{L}*|длин\p{L}*)(?: \S+){0,2} (?:i'm |i am |i get |i'm completely |я )?(?:задыха\p{L}*|выдыха\p{L}*|out of breath|gasping|breathless|winded)|(?:задыха\p{L}*|out of breath|gasping|breathless|winded)(?: \S+){0,2} (?:after|через|уже через) (?:\S+ )?(?:\d+|one|a|two|three|пару|одн\p{L}*|дв\p{L}*)? ?(?:m|metres?|meters?|lengths?|laps?|м|метр\p{L}*|бассейн\p{L}*|длин\p{L}*))(?= |$)/gu;

/**
 * A sports injury, said as one (an Achilles, a tendon, a meniscus, a strained rotator cuff, «воспаление ахиллова
 * сухожилия», «после операции на мениске колено ноет», a back that gets tight after heavy sessions): blind read 53 gave a league tennis player, a second-season
 * skier who does 20 km and a man who skis the 25 km marathon every winter the beginner's walk-run because the injury
 * read as a health sign. Left out, what remains says whether anything else (weight, breath, a condition) is one.
 */
export const SPORTS_INJURY =
  /(?:^| )(?:(?:the |my |an? )?(?:left |right )?(?:achilles|tendon\S*|tendin\S*|rotator cuff|hamstring|calf|groin|meniscus|ligament\S*|acl)(?: (?:strain|tear|injury|problem|issue|surgery|repair))?|(?:shin splints|plantar fasciitis|fasciitis|stress fracture|runner's knee|it band|itb syndrome|niggle|niggles|niggling)|(?:strained|sprained|pulled|tore|torn)(?: (?:my|a|the))?(?: (?:left|right))? (?:shoulder|knee|ankle|calf|hamstring|groin|muscle|ligament|achilles|rotator cuff|wrist|elbow)|(?:strain|sprain|sprained|strained|injury|injured|niggle)|(?:knee|shoulder|ankle) (?:surgery|operation)|(?:flares|flared) up|flare-up|flare up|(?:ахилл|сухожил|тендинит|мениск|связк|надкостниц|фасциит)\S*(?: \S+)?|воспалени\S* (?:ахилл|сухожил|связ|надкостниц|колен|плеч)\S*(?: \S+)?|(?:после )?операци\S* на (?:мениск|колен|связк|ахилл|плеч|локт|голеностоп)\S*|травм\S*|растяж\S*|растянул\S*|надрыв\S*|(?:разрыв|порвал\S*) связ\S*|пяточная шпора|колено бегуна|стрессовый перелом|(?:колено|колени|плечо|ахилл) (?:ноет|ноют)|(?:ноет|ноют) (?:колено|колени|плечо)|обостр\S*|да[её]т о себе знать|(?:gets?|feels?|is|are) (?:a bit |quite |a little |really )?(?:tight|sore|stiff) after (?:heavy |hard |long |big )?(?:sessions?|training|lifting|workouts?|runs?|rides?|squats|pulls|deadlifts)|(?:забивается|забиваются|ноет|ноют|тянет|болит) после (?:тяж[её]лых |длинных |долгих )?(?:тренировок|тренировки|занятий|забегов))(?= |$)/gu;
