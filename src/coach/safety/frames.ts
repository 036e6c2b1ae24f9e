import { withWordEdges } from './crisis-patterns.js';

/**
 * Frames in which crisis words are not about the writer now: news about someone else, a film, a book
 * or an essay, coursework and work, volunteering on a helpline, a past recovered from. Text arrives in
 * `patternText` form.
 */
const FRAMES: readonly RegExp[] = [
  /\b(?:news|article|reported|headlines?|journalists?|documentary|podcast|according\s+to|police\s+(?:said|say|found)|the\s+victim|obituary)\b/u,
  /\b(?:film|movie|novel|book|series|tv\s+show|episode|character|protagonist|heroine|screenplay|script|chapter|hamlet|ophelia|karenina|poem|essay|book\s+club|my\s+review)\b/u,
  /\b(?:course|class|lecture|exam|module|textbook|homework|assignment|seminar|we\s+(?:learned|learnt|covered|studied)|first[-\s]aid|pharmacology|nursing|paramedic|toxicology|curriculum|cpr|training\s+day)\b/u,
  /\b(?:volunteer\w*|helpline|hotline|crisis\s+line|callers?|samaritans|prevention\s+training|peer\s+support(?:er)?)\b/u,
  /\b(?:used\s+to|years?\s+ago|back\s+(?:then|in\s+(?:school|college|\d{4}))|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|months?|weeks?)\s+(?:clean|free|without)|clean\s+(?:for|since)|recovered|in\s+recovery|survivor)\b/u,
  /\b(?:новост\p{L}*|стать(?:я|е|ю|и)|сообщил\p{L}*|по\s+данным|репортаж\p{L}*|документальн\p{L}*|некролог\p{L}*)\b/u,
  /\b(?:фильм\p{L}*|кино|роман(?:а|е|у|ом)?|книг\p{L}*|сериал\p{L}*|персонаж\p{L}*|героин(?:я|и|е|ю)|сочинени\p{L}*|рецензи\p{L}*|пьес\p{L}*|глав(?:а|е|у|ы)|карениной|раскольников\p{L}*)\b/u,
  /\b(?:курс(?:ы|ах|е|ов)?|лекци\p{L}*|экзамен\p{L}*|зач[её]т\p{L}*|учебник\p{L}*|семинар\p{L}*|фармакологи\p{L}*|первой\s+помощи|медучилищ\p{L}*|колледж\p{L}*|ординатур\p{L}*|токсикологи\p{L}*)\b/u,
  /\b(?:волонт[её]р\p{L}*|телефон\p{L}*\s+доверия|горяч\p{L}*\s+лини\p{L}*|звонящ\p{L}*|абонент\p{L}*|профилактик\p{L}*)\b/u,
  /\b(?:раньше|когда-то|в\s+юности|в\s+школе|лет\s+назад|год\p{L}*\s+назад|(?:\d+|год|два|три|четыре|пять|шесть|семь|восемь|девять|десять)\s+(?:год\p{L}*|лет|месяц\p{L}*|недел\p{L}*)\s+(?:без|чист\p{L}*)|в\s+ремисси\p{L}*|выздоровел\p{L}*)\b/u,
].map(withWordEdges);

/** Words that bring a framed sentence back to the writer now: a relapse, a tonight, a still. */
const NOW: readonly RegExp[] = [
  /\b(?:again|relapsed?|tonight|right\s+now|yesterday|can'?t\s+stop|still\s+(?:want|think|feel|do|cut)|now\s+i)\b/u,
  /\b(?:снова|опять|сорвал\p{L}*|сейчас|вчера|этой\s+ночью|сегодня\s+ночью|не\s+могу\s+остановиться|до\s+сих\s+пор)\b/u,
].map(withWordEdges);

/** True when a text (in `patternText` form) is framed as not about the writer now. */
export const isFramed = (normalised: string): boolean =>
  FRAMES.some((re) => re.test(normalised)) && !NOW.some((re) => re.test(normalised));
