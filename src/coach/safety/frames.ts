import type { CrisisCategory } from '../../core/safety.port.js';
import { withWordEdges } from './crisis-patterns.js';

/**
 * Frames in which crisis words are not about the writer now: news about someone else, a film, a book
 * or an essay, coursework and work, volunteering on a helpline, a past recovered from. Text arrives in
 * `patternText` form.
 */
const FRAMES: readonly RegExp[] = [
  /\b(?:(?<!(?:great|good|some|the\s+best)\s)news|article|(?:bbc|guardian|newspaper|magazine)\s+(?:piece|story|article|report)|reported|headlines?|journalists?|documentary|podcast|according\s+to|police\s+(?:said|say|found)|the\s+victim|obituary|statistics|figures\s+(?:show|for)|(?:paper|report|study)\s+(?:says|said|shows)|(?:reading|read|heard)\s+(?:about|that)|died\s+by\s+suicide|murder[-\s]suicide|(?:killed|hanged)\s+(?:himself|herself|themselves)|took\s+(?:his|her|their)\s+own\s+life)\b/u,
  /\b(?:film|movie|novel|book|series|tv\s+show|episode|character|protagonist|heroine|screenplay|script|chapter|hamlet|ophelia|karenina|poem|essay|book\s+club|my\s+review|thriller|short\s+story|(?:writing|wrote|write)\s+(?:a|my)\s+(?:story|scene|play|song))\b/u,
  /\b(?:course(?!\s+of\s+(?:pills|tablets|treatment|antidepressants|therapy|meds))|coursework|class|lecture(?!\s+me)|exam|module|textbook|homework|assignment|seminar|dissertation|thesis|lit(?:erature)?\s+review|asist|safetalk|mental\s+health\s+first\s+aid|we\s+(?:learned|learnt|covered|studied)|first[-\s]aid|pharmacology|nursing|paramedic|toxicology|curriculum|cpr|training\s+day|(?:intervention|awareness|prevention)\s+(?:training|course|workshop|walk|month|day|week)|placement|my\s+(?:shift|patients?|clients?))\b/u,
  /\b(?:volunteer\w*|helpline|hotline|crisis\s+line|callers?|samaritans|prevention\s+training|peer\s+(?:support(?:er)?|mentor\w*)|(?:suicide|overdose)\s+(?:prevention|awareness)|raise\s+(?:money|funds|awareness)|fundrais\w*|charity\s+(?:walk|run))\b/u,
  /\b(?:used\s+to|years?\s+ago|back\s+(?:then|in\s+(?:school|college|\d{4}))|in\s+(?:19|20)\d\d|(?:\d+|a\s+thousand|a\s+hundred)\s+days\s+(?:since|without|clean|free)|old\s+me|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|months?|weeks?)\s+(?:clean|free|without|since)|clean\s+(?:for|since)|recovered|in\s+recovery|recovery\s+group|my\s+(?:story|recovery)|survivor|glad\s+(?:i'?m|to\s+be)\s+(?:still\s+)?(?:here|alive)|grateful\s+to\s+(?:still\s+)?be\s+(?:alive|here))\b/u,
  /\b(?:новост\p{L}*|стать(?:я|е|ю|и)|репортаж\p{L}*|сообщил\p{L}*|по\s+данным|репортаж\p{L}*|документальн\p{L}*|некролог\p{L}*|статистик\p{L}*|рассказал\p{L}*,?\s+что|пишут,?\s+что|(?:читал\p{L}*|слышал\p{L}*)\s+(?:про|о|об|что))\b/u,
  /\b(?:фильм\p{L}*|кино|эсс[еэ]|триллер\p{L}*|детектив\p{L}*|стих\p{L}*|роман(?:а|е|у|ом)?|(?:в|о|об|по|из|про|читаю|читала|читал|прочитал\p{L}*|пишу|написал\p{L}*)\s+(?:\p{L}+\s+)?книг\p{L}*|сериал\p{L}*|персонаж\p{L}*|героин(?:я|и|е|ю)|сочинени\p{L}*|рецензи\p{L}*|отзыв\p{L}*\s+(?:на|о)|пьес\p{L}*|глав(?:а|е|у|ы)|карениной|раскольников\p{L}*|рассказ(?:а|е|у|ом)?)\b/u,
  /\b(?:(?<!в\s)курс(?:ы|ах|е|ов)?(?!\s+(?:лечени|таблет|терапи|антидепр|уколов))|диплом\p{L}*|дипломн\p{L}*|реферат\p{L}*|доклад\p{L}*|диссертаци\p{L}*|курсов(?:ая|ую|ой)|лекци\p{L}*|экзамен\p{L}*|зач[её]т\p{L}*|учебник\p{L}*|семинар\p{L}*|фармакологи\p{L}*|первой\s+помощи|медучилищ\p{L}*|колледж\p{L}*|ординатур\p{L}*|токсикологи\p{L}*|на\s+практике|тренинг\p{L}*|фельдшер\p{L}*|на\s+скорой|пациент\p{L}*|смен(?:а|у|ы|е))\b/u,
  /\b(?:волонт[её]р\p{L}*|телефон\p{L}*\s+доверия|горяч\p{L}*\s+лини\p{L}*|звонящ\p{L}*|звонивш\p{L}*|абонент\p{L}*|профилактик\p{L}*)\b/u,
  /\b(?:(?<!никогда\s)раньше|когда-то|в\s+юности|в\s+школе|в\s+(?:19|20)\d\d|лет\s+назад|год\p{L}*\s+назад|год\p{L}*\s+\p{L}+\s+назад|тысяч\p{L}*\s+дней\s+без|(?:\d+|сто|двести|пятьсот)\s+дн\p{L}*\s+без|в\s+начале\s+\p{L}+|(?:\d+|год|два|три|четыре|пять|шесть|семь|восемь|девять|десять|полтора)\s+(?:год\p{L}*|лет|месяц\p{L}*|недел\p{L}*|дн\p{L}*)\s+(?:без|чист\p{L}*|держусь)|в\s+ремисси\p{L}*|выздоровел\p{L}*|рада?,?\s+что\s+(?:тогда\s+)?(?:меня\s+)?(?:откачали|спасли|выжил\p{L}*))\b/u,
].map(withWordEdges);

/** Words anywhere in a text that bring its frame back to the writer now: a relapse, a still, a wish to hurt someone. */
const RELAPSE: readonly RegExp[] = [
  /\b(?:i'?d\s+like\s+to|i\s+(?:want|wanna|need)\s+to|i'?m\s+going\s+to|i'?ll)\s+(?:poison|kill|stab|strangle|shoot|hurt|murder)\b/u,
  /\b(?:(?:хочу|хочется|собираюсь)\s+(?:е[её]\s+|его\s+|их\s+)?(?:отравить|убить|зарезать|задушить|пристрелить)|убью|отравлю|зарежу|задушу)\b/u,
  /\b(?:again|relapsed?|can'?t\s+stop|but\s+now|still\s+(?:want|think|feel|do|cut)|now\s+i\s+(?:want|wanna|need|keep|think\s+about|feel\s+like|am\s+going|'?m\s+going))\b/u,
  /\b(?:снова|опять|сорвал\p{L}*|не\s+могу\s+остановиться|до\s+сих\s+пор|а\s+теперь)\b/u,
].map(withWordEdges);

/** A time that is now, in the same sentence as the crisis words ("last night I cut…"). */
const NOW: readonly RegExp[] = [
  /\b(?:tonight|right\s+now|yesterday|last\s+night)\b/u,
  /\b(?:сейчас|вчера|этой\s+ночью|сегодня\s+ночью)\b/u,
].map(withWordEdges);

/** The writer (or the writer's family, "we") as the one speaking. */
const FIRST_PERSON = withWordEdges(
  /\b(?:i|i'?m|i'?ve|i'?d|i'?ll|me|my|myself|we|us|our|я|меня|мне|мной|мо(?:й|я|[её]|и|его|ей|их|им)|мы|нас|нам|наш\p{L}*|хочу|хочется|могу|буду|не\s+хочу)\b/u,
);

/** Someone else named as the one the words are about: a caller, a patient, a singer, he or she. */
const THIRD_PERSON = withWordEdges(
  /\b(?:he|she|they|his|her|their|him|them|someone|somebody|people|person|man|woman|teen\w*|students?|patients?|callers?|singer|actor|celebrity|father|mother|он|она|они|его|е[её]|их|кто-то|человек\p{L}*|люд\p{L}*|подрост\p{L}*|пациент\p{L}*|звонивш\p{L}*|звонящ\p{L}*|геро\p{L}*|сын|дочь|знаком\p{L}*|коллег\p{L}*|мужчин\p{L}*|женщин\p{L}*|парень|девушк\p{L}*|певиц\p{L}*|актер\p{L}*)\b/u,
);

const anyOf = (patterns: readonly RegExp[], text: string) => patterns.some((re) => re.test(text));

/** True when a text (in `patternText` form) has a frame somewhere and no relapse. */
export const isFramed = (normalised: string): boolean => anyOf(FRAMES, normalised) && !anyOf(RELAPSE, normalised);

/** Crisis words about the writer's own life: said of someone else they are news, not the writer's danger. */
export const ABOUT_THE_WRITER: ReadonlySet<CrisisCategory> = new Set(['ideation', 'self_harm', 'hopeless', 'goodbye']);

/**
 * True when one sentence of a framed text (`isFramed`) is not about the writer now: it carries a frame of its own,
 * or its words of the writer's own life (ideation, self-harm, hopelessness, goodbye) speak of someone else (a third
 * person and no first person) — in either case without a time that is now, unless the now belongs to someone else
 * too ("yesterday a caller said…"). Harm to others and a child in danger are about someone else by nature, so only
 * a frame of their own sets them aside.
 */
export function isFramedSentence(sentence: string, category: CrisisCategory): boolean {
  const someoneElse = ABOUT_THE_WRITER.has(category) && THIRD_PERSON.test(sentence) && !FIRST_PERSON.test(sentence);
  if (anyOf(NOW, sentence) && !someoneElse) return false;
  return anyOf(FRAMES, sentence) || someoneElse;
}
