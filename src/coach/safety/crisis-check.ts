import type { CrisisCategory, SafetyCheck, SafetyVerdict } from '../../core/safety.port.js';

/**
 * Deliberately simple, explainable patterns in English and Russian. A false alarm costs a calm
 * message with help resources; a miss can cost far more, so the patterns lean towards matching.
 * Everyday idioms that share words ("kill time", "убить время", "killer feature") do not match.
 */
const PERSON_EN = String.raw`(?:him|her|them|myself|someone|somebody|people|everyone|my\s+(?:ex|wife|husband|partner|boss|mother|father|mom|dad|neighbou?r|colleague)|the\s+(?:judge|lawyer))`;
const CHILD_EN = String.raw`(?:my|our|the|his|her|a)\s+(?:child|children|kid|kids|son|daughter|baby|boy|girl)`;
const CHILD_RU = String.raw`(?:реб[её]н(?:ок|к\p{L}*)|детей|дет(?:и|ям|ьми)|сын\p{L}*|доч(?:ь|ер\p{L}*|ку|ка)|малыш\p{L}*)`;

const PATTERNS: Record<CrisisCategory, RegExp[]> = {
  self_harm: [
    /\b(?:kill(?:ing)?|hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?)\s+myself\b/u,
    /\b(?:end(?:ing)?|take|taking)\s+my\s+(?:own\s+)?life\b/u,
    /\bsuicid\w*/u,
    /\bself[-\s]?harm\w*/u,
    /\b(?:want|wanna|going|ready)\s+(?:to\s+)?die\b/u,
    /\b(?:don'?t|do\s+not|no\s+longer)\s+want\s+to\s+(?:live|be\s+alive|exist)\b/u,
    /\bno\s+(?:reason|point)\s+(?:to|in)\s+living\b|\bno\s+reason\s+to\s+live\b/u,
    /\bbetter\s+off\s+dead\b|\bend\s+it\s+all\b|\boverdos\w*/u,
    /(?:покончить|покончу)\s+с\s+собой/u,
    /самоубийств\p{L}*|суицид\p{L}*/u,
    /(?:убить|убью|убиваю)\s+себя/u,
    /(?:хочу|хочется|хотел[аи]?\s+бы)\s+умереть/u,
    /не\s+(?:хочу|хочется)\s+(?:больше\s+)?жить|жить\s+не\s+(?:хочу|хочется)|нет\s+смысла\s+жить|незачем\s+жить/u,
    /(?:причинить|причиню)\s+себе\s+вред|(?:порезать|порежу|резать|режу)\s+себя/u,
    /наложить\s+на\s+себя\s+руки|св(?:ести|еду)\s+сч[её]ты\s+с\s+жизнью/u,
    /повеситься|повешусь|выпрыгн\p{L}*\s+из\s+окна/u,
    /лучше\s+бы\s+я\s+умер(?:ла)?/u,
  ],
  harm_others: [
    new RegExp(String.raw`\b(?:kill|murder|stab|shoot|strangle|hurt|beat\s+up)\s+${PERSON_EN.replace('myself|', '')}\b`, 'u'),
    /\b(?:i'?m|i\s+am|i'?ll|i\s+will)\s+(?:going\s+to\s+)?(?:kill|murder|stab|shoot)\b(?!\s+(?:time|it\b|the\s+(?:mood|lights|engine)))/u,
    /(?:убью|убить|прибью|прибить|зарежу|зарезать|застрелю|застрелить|задушу|задушить)\s+(?:его|е[её]|их|бывш\p{L}*|жену|мужа|кого-нибудь|кого-то|всех|судью)/u,
    /(?:причинить|причиню)\s+(?:ему|ей|им)\s+вред/u,
  ],
  child_danger: [
    new RegExp(String.raw`\b(?:hits?|hitting|beats?|beating|abus\w*|hurts?|hurting|molest\w*|touch(?:es|ing)?\s+inappropriately)\s+${CHILD_EN}\b`, 'u'),
    new RegExp(String.raw`\b${CHILD_EN}\s+(?:is|are)\s+(?:being\s+)?(?:abused|beaten|hurt|in\s+danger|not\s+safe|unsafe)\b`, 'u'),
    /\bchild\s+abuse\b/u,
    new RegExp(String.raw`(?:бь[её]т|избива\p{L}*|изби\p{L}*|насилу\p{L}*|домога\p{L}*|обижа\p{L}*\s+физически)\s+(?:\p{L}+\s+)?${CHILD_RU}`, 'u'),
    new RegExp(String.raw`${CHILD_RU}\s+(?:в\s+опасности|избива\p{L}*|бьют|насилу\p{L}*)`, 'u'),
    /насили\p{L}*\s+над\s+(?:реб[её]нк\p{L}*|детьми|сын\p{L}*|дочер\p{L}*)/u,
  ],
};

const ORDER: CrisisCategory[] = ['self_harm', 'child_danger', 'harm_others'];

/** Lower-cases and folds ё→е and curly apostrophes, so patterns stay short. */
const normalise = (text: string) => text.toLowerCase().replace(/ё/g, 'е').replace(/[’`]/g, "'");

/** The crisis check every free text passes before any coaching happens. */
export function createCrisisCheck(): SafetyCheck {
  return {
    check(text: string): SafetyVerdict {
      const t = normalise(text);
      for (const category of ORDER) if (PATTERNS[category].some((re) => re.test(t))) return { crisis: true, category };
      return { crisis: false };
    },
  };
}
