/**
 * What the person has ruled out in their own words — a reason given for a rephrase ("there is no pool near me",
 * "too long"), an answer typed to a question — read so that a step written afterwards can be checked against it.
 * Small and deterministic, both languages; a coach that writes its own steps (a language model) is held to it.
 */
export interface StatedConstraints {
  /** Things the person does not have or cannot reach, as stems of their head words ("pool", «бассейн»). */
  unavailable: string[];
  /** The longest a step may take, in minutes: shorter than the step called too long, or the time they said. */
  maxMinutes?: number;
}

/** A step that ignores a stated constraint, named in English for a model (never logged: it holds the person's words). */
export type Violation = { kind: 'unavailable'; thing: string } | { kind: 'too_long'; minutes: number; max: number };

/** What the constraints are read from. `comment` (with `current`) is the reason given for the step being replaced. */
export interface ConstraintSources {
  /** Every earlier rephrase reason and answer to the coach's questions. */
  said: readonly string[];
  comment?: string;
  current?: { estimatedMinutes: number | null };
}

/** Lower case, ё→е, straight apostrophes, one space. */
const flat = (text: string) =>
  text.normalize('NFKC').toLowerCase().replace(/ё/g, 'е').replace(/[’ʼ`]/g, "'").replace(/\s+/g, ' ').trim();

/** Where a named thing ends: a place word, a joining word, punctuation or the end. */
const EN_TAIL = String.raw`(?=\s+(?:near|nearby|close|around|here|in|at|where|within|for|and|but|so|anymore|available|to|i|since|because|locally|now|yet|at home)\b|\s*[,.;:!?)]|\s*$)`;
const RU_TAIL = String.raw`(?=\s+(?:рядом|поблизости|близко|у меня|у нас|в городе|в районе|в нашем|здесь|тут|и|но|а|поэтому|потому|сейчас|дома|пока)(?=[\s,.;:!?]|$)|\s*[,.;:!?)]|\s*$)`;
const EN_WORDS = String.raw`((?:[a-z-]+ ){0,2}?[a-z-]+?)`;
const RU_WORDS = String.raw`((?:[а-я-]+ ){0,2}?[а-я-]+?)`;

const UNAVAILABLE = [
  new RegExp(
    String.raw`\b(?:there(?:'s| is| are) no|there aren't any|there isn't an?|i (?:don't|do not|can't|cannot) (?:have|own|afford|get to|reach|access|use)(?: an?| any| the| my)?|i have no|i haven't got an?|no access to(?: an?| the)?|nowhere to)\s+` +
      EN_WORDS +
      EN_TAIL,
    'g',
  ),
  // A bare "no pool" counts only with where it is missing ("no pool near me").
  new RegExp(
    String.raw`\bno\s+` +
      EN_WORDS +
      String.raw`(?=\s+(?:near|nearby|close|around|here|in (?:my|our|the) (?:town|city|area|village|neighbourhood|neighborhood)|where i live|at home|locally)\b)`,
    'g',
  ),
  new RegExp(
    String.raw`(?:^|[\s,.;:!?(])(?:у (?:меня|нас) нет|нет(?: у (?:меня|нас))?|не могу (?:позволить(?: себе)?|купить|достать|попасть в)|нет доступа к|негде)\s+` +
      RU_WORDS +
      RU_TAIL,
    'g',
  ),
];

/** Words after "no" that are not things a step could need ("no idea", «нет смысла») or are read as time below. */
const NOT_THINGS =
  /^(?:idea|clue|time|money|way|one|problem|need|point|energy|chance|interest|motivation|reason|longer|thanks|more|matter|wonder|doubt|much|many|lot|anything|something|that|this|it|them|смысла|времени|денег|сил|желания|идей|понятия|возможности|мотивации|настроения|проблем|разницы|нужды|толку)$/;

const TOO_LONG = [
  /\btoo long\b|\btakes (?:too|so) long\b|\btoo much time\b|\btime-consuming\b|\b(?:no|not enough|don't have(?: the)?|haven't got(?: the)?) time\b/,
  /слишком долго|очень долго|долго|много времени|нет времени|не хватает времени|некогда|времени не хватает/,
];

const MINUTES = [
  /\b(?:only(?: have| got)?|at most|max(?:imum)?|no more than|just) (\d{1,3}) ?(?:min|minutes|mins)\b|\b(\d{1,3}) ?(?:min|minutes|mins) (?:max|at most|tops)\b/,
  /(?:только|максимум|не больше|не более|лишь|всего) (\d{1,3}) ?мин/,
];

/** A word's stem to find it again: Russian endings cut, an English plural's "s" dropped. */
export function stemOf(word: string): string {
  if (/\p{Script=Cyrillic}/u.test(word)) {
    const cut = word.replace(/(?:ами|ями|ов|ев|ей|ом|ем|ой|ая|ое|ые|ых|ий|ый|а|я|у|ю|ы|и|е|о|ь)$/u, '');
    return cut.length >= 3 ? cut : word;
  }
  return word.length > 3 ? word.replace(/(?:es|s)$/, '') : word;
}

/** The head word of a named thing: the last of its words ("swimming pool" → pool, «хорошего бассейна» → бассейна). */
const headOf = (phrase: string) => phrase.trim().split(' ').at(-1) ?? '';

function unavailableIn(text: string): string[] {
  const found: string[] = [];
  for (const pattern of UNAVAILABLE)
    for (const match of text.matchAll(pattern)) {
      const head = headOf(match[1] ?? '');
      if (head.length >= 3 && !NOT_THINGS.test(head)) found.push(stemOf(head));
    }
  return found;
}

function minutesSaid(text: string): number | undefined {
  for (const pattern of MINUTES) {
    const match = pattern.exec(text);
    const minutes = Number(match?.[1] ?? match?.[2]);
    if (minutes > 0) return minutes;
  }
  return undefined;
}

/** The constraints in what the person said; none when they ruled nothing out. */
export function readConstraints(sources: ConstraintSources): StatedConstraints {
  const said = [...sources.said, ...(sources.comment ? [sources.comment] : [])].map(flat);
  const unavailable = [...new Set(said.flatMap(unavailableIn))];
  const limits: number[] = said.flatMap((text) => minutesSaid(text) ?? []);
  // "Too long" is about the step it was said of: the next one must be shorter than that.
  const comment = sources.comment ? flat(sources.comment) : '';
  const current = sources.current?.estimatedMinutes;
  if (current && TOO_LONG.some((pattern) => pattern.test(comment))) limits.push(Math.max(5, current - 1));
  return { unavailable, ...(limits.length > 0 && { maxMinutes: Math.min(...limits) }) };
}

/** Whether the constraints rule anything out at all. */
export const constrains = (constraints: StatedConstraints) =>
  constraints.unavailable.length > 0 || constraints.maxMinutes !== undefined;

const wordsOf = (text: string) => flat(text).match(/[\p{L}-]+/gu) ?? [];

/** Whether a word of a step is the thing ruled out: its stem, with an ending at most (bassейн → бассейне, pool → pools). */
const names = (word: string, stem: string) =>
  /\p{Script=Cyrillic}/u.test(stem)
    ? word.startsWith(stem) && word.length <= stem.length + 3
    : word === stem || word === `${stem}s` || word === `${stem}es`;

/** The first constraint a step ignores, or undefined when it keeps them all. */
export function violationOf(
  step: { text: string; estimatedMinutes: number },
  constraints: StatedConstraints,
): Violation | undefined {
  const words = wordsOf(step.text);
  const thing = constraints.unavailable.find((stem) => words.some((word) => names(word, stem)));
  if (thing) return { kind: 'unavailable', thing };
  const max = constraints.maxMinutes;
  if (max !== undefined && step.estimatedMinutes > max)
    return { kind: 'too_long', minutes: step.estimatedMinutes, max };
  return undefined;
}
