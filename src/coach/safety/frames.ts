import type { CrisisCategory } from '../../core/safety.port.js';
import { matchPatterns, withWordEdges } from './crisis-patterns.js';

const anyOf = (patterns: readonly RegExp[], text: string) => patterns.some((re) => re.test(text));

/** Play: paintball, laser tag, a video game, chess, a role-playing game (English and Russian). */
const PLAY: readonly RegExp[] = [
  /\b(?:paintball\w*|airsoft|laser\s*tag|nerf|video\s*games?|(?:in|at)\s+(?:the|a)\s+game|gaming|fortnite|minecraft|call\s+of\s+duty|counter[-\s]?strike|d&d|dnd|dungeons\s+and\s+dragons|board\s+games?|chess|larp\w*|dodgeball|water\s+(?:pistols?|guns?|fight))\b/u,
  /\b(?:пейнтбол\p{L}*|страйкбол\p{L}*|лазертаг\p{L}*|в\s+игр(?:е|у)|компьютерн\p{L}*\s+игр\p{L}*|видеоигр\p{L}*|в\s+(?:доте|доту|кс|контре|танках|майнкрафте|фортнайте)|шахмат\p{L}*|настолк\p{L}*|ролев\p{L}*\s+игр\p{L}*|водян\p{L}*\s+пистолет\p{L}*)\b/u,
];

/**
 * Frames in which crisis words are not about the writer now: news about someone else, a film, a book
 * or an essay, coursework and work, volunteering on a helpline, a past recovered from, a figure of speech,
 * anger held back. Text arrives in
 * `patternText` form.
 */
const FRAMES: readonly RegExp[] = [
  /\b(?:(?<!(?:great|good|some|the\s+best)\s)news|article|(?:bbc|guardian|newspaper|magazine)\s+(?:piece|story|article|report)|reported|headlines?|journalists?|documentary|podcast|according\s+to|police\s+(?:said|say|found)|the\s+victim|obituary|statistics|figures\s+(?:show|for)|(?:paper|report|study)\s+(?:says|said|shows)|(?:reading|read|heard)\s+(?:about|that)|died\s+by\s+suicide|radio|on\s+(?:the\s+)?(?:telly|tv)|(?:piece|segment|feature|special)\s+on|leaked|tributes?|celebrit(?:y|ies)|(?:overdose|opioid|fentanyl|suicide|mental\s+health)\s+(?:crisis|epidemic|rates?|deaths|figures)|murder[-\s]suicide|(?:killed|hanged)\s+(?:himself|herself|themselves)|took\s+(?:his|her|their)\s+own\s+life|(?:suicide|self[-\s]?harm|overdose)\s+(?:risk\s+assessments?|screening|protocols?|policy|research|statistics)|risk\s+assessments?|(?:tonight'?s|today'?s|this\s+week'?s|session|group|meeting|class|lecture|workshop)\s+topic|(?:the\s+)?topic\s+(?:is|was)\s+(?:\w+\s+){0,3}(?:suicide|self[-\s]?harm|overdose|grief|coping|life\s+after|loss|bereavement))\b/u,
  /\b(?:film|movie|novel|book|series|tv\s+show|episode|character|protagonist|heroine|screenplay|script|chapter|hamlet|ophelia|karenina|poem|poetry|poets?|essay|book\s+club|my\s+review|thriller|short\s+story|(?:writing|wrote|write)\s+(?:a|my)\s+(?:story|scene|play|song))\b/u,
  /\b(?:course(?!\s+of\s+(?:pills|tablets|treatment|antidepressants|therapy|meds))|coursework|class|lecture(?!\s+me)|exam|module|textbook|homework|assignment|seminar|dissertation|thesis|lit(?:erature)?\s+review|asist|safetalk|mental\s+health\s+first\s+aid|we\s+(?:learned|learnt|covered|studied)|first[-\s]aid|pharmacology|nursing|paramedic|toxicology|curriculum|cpr|training\s+day|(?:intervention|awareness|prevention)\s+(?:training|course|workshop|walk|month|day|week)|placement|my\s+(?:shift(?<!after\s+my\s+shift)|patients?|clients?)|(?:psych(?:iatric)?|mental\s+health)\s+ward|suicide\s+watch)\b/u,
  /\b(?:volunteer\w*|helpline|hotline|crisis\s+line|nightline|role[-\s]?play\w*|listening\s+training|peer\s+group|callers?|samaritans|prevention\s+training|peer\s+(?:support(?:er)?|mentor\w*)|(?:suicide|overdose)\s+(?:prevention|awareness)|raise\s+(?:money|funds|awareness)|fundrais\w*|charity\s+(?:walk|run)|remembrance|memorial|vigil|in\s+memory\s+of|bereaved|support\s+group|lost\s+(?:\w+\s+){1,3}to\s+(?:suicide|overdose))\b/u,
  /\b(?:used\s+to|years?\s+ago|back\s+(?:then|in\s+(?:school|college|\d{4}))|in\s+(?:19|20)\d\d|(?:\d+|a\s+thousand|a\s+hundred)\s+days\s+(?:since|without|clean|free)|old\s+me|old\s+(?:scars|diar(?:y|ies)|journals?)|clean\s+(?:for|since)|recovered|in\s+recovery|recovery\s+group|my\s+(?:story|recovery)|survivor|glad\s+(?:i'?m|to\s+be)\s+(?:still\s+)?(?:here|alive)|grateful\s+to\s+(?:still\s+)?be\s+(?:alive|here)|when\s+i\s+was\s+(?:\d+|a\s+(?:teen(?:ager)?|student)|in\s+(?:school|college|uni(?:versity)?)))\b/u,
  /\b(?:новост\p{L}*|стать(?:я|е|ю|и)|репортаж\p{L}*|сообщил\p{L}*|по\s+данным|репортаж\p{L}*|документальн\p{L}*|некролог\p{L}*|статистик\p{L}*|рассказал\p{L}*,?\s+что|пишут,?\s+что|(?:(?:про)?читал\p{L}*|(?:у)?слышал\p{L}*),?\s+(?:про|о|об|что)|(?:показал\p{L}*\s+)?по\s+(?:радио|телевизору|телеку|телику|тв|ящику|новостям)|в\s+газет\p{L}*|в\s+интернете|в\s+соцсетях|знаменит\p{L}*)\b/u,
  /\b(?:фильм\p{L}*|кино|эсс[еэ]|триллер\p{L}*|детектив\p{L}*|стих\p{L}*|роман(?:а|е|у|ом)?|(?:в|о|об|по|из|про|читаю|читала|читал|прочитал\p{L}*|пишу|написал\p{L}*)\s+(?:\p{L}+\s+)?книг\p{L}*|сериал\p{L}*|персонаж\p{L}*|героин(?:я|и|е|ю)|сочинени\p{L}*|рецензи\p{L}*|отзыв\p{L}*\s+(?:на|о)|пьес\p{L}*|глав(?:а|е|у|ы)|карениной|раскольников\p{L}*|рассказ(?:а|е|у|ом)?)\b/u,
  /\b(?:(?<!в\s)курс(?:ы|ах|е|ов)?(?!\s+(?:лечени|таблет|терапи|антидепр|уколов))|диплом\p{L}*|дипломн\p{L}*|реферат\p{L}*|доклад\p{L}*|диссертаци\p{L}*|курсов(?:ая|ую|ой)|лекци\p{L}*|экзамен\p{L}*|зач[её]т\p{L}*|учебник\p{L}*|семинар\p{L}*|фармакологи\p{L}*|учусь\s+на\s+\p{L}+|первой\s+помощи|медучилищ\p{L}*|колледж\p{L}*|ординатур\p{L}*|токсикологи\p{L}*|на\s+практике|тренинг\p{L}*|фельдшер\p{L}*|на\s+скорой|пациент\p{L}*|смен(?:а|у|ы|е)(?<!после\s+(?:\p{L}+\s+)?смен\p{L})|(?:психиатрическ|наркологическ)\p{L}*\s+отделени\p{L}*|(?:суицид\p{L}*|самоповрежд\p{L}*)\s+(?:риск\p{L}*|оценк\p{L}*|статистик\p{L}*)|оценк\p{L}*\s+(?:суицидальн\p{L}*\s+)?риск\p{L}*|тема\s+(?:встречи|занятия|лекции|семинара|вечера))\b/u,
  /\b(?:волонт[её]р\p{L}*|телефон\p{L}*\s+доверия|горяч\p{L}*\s+лини\p{L}*|звонящ\p{L}*|звонивш\p{L}*|абонент\p{L}*|профилактик\p{L}*|памят\p{L}*|мемориал\p{L}*|групп\p{L}*\s+поддержки|фонд\p{L}*)\b/u,
  /\b(?:(?<!никогда\s)раньше|когда-то|в\s+юности|в\s+школе|в\s+(?:19|20)\d\d|лет\s+назад|год\p{L}*\s+назад|год\p{L}*\s+\p{L}+\s+назад|тысяч\p{L}*\s+дней\s+без|(?:\d+|сто|двести|пятьсот)\s+дн\p{L}*\s+без|в\s+начале\s+\p{L}+|в\s+ремисси\p{L}*|стар\p{L}*\s+(?:шрам\p{L}*|дневник\p{L}*|запис\p{L}*)|выздоровел\p{L}*|рада?,?\s+что\s+(?:тогда\s+)?(?:меня\s+)?(?:откачали|спасли|выжил\p{L}*)|когда\s+мне\s+было\s+\d+|был\p{L}*\s+подростком)\b/u,
  // A figure of speech: a habit "is suicide for the heart", a career or social suicide.
  /\b(?:(?:that'?s|it'?s|is|be|would\s+be)\s+(?:\w+\s+){0,2}suicide\s+(?:for|to|on)|(?:career|social|financial|political|commercial)\s+suicide)\b/u,
  /\b(?:(?:это|было\s+бы|будет)\s+(?:\p{L}+\s+){0,2}самоубийств\p{L}*\s+(?:для|с\s+точки)|(?:карьерн|социальн|финансов|политическ|коммерческ)\p{L}*\s+самоубийств\p{L}*)\b/u,
  // Anger held back: "could have strangled him, but I bit my tongue".
  /\b(?:could\s+have|could'?ve|was\s+(?:ready|about)\s+to|felt\s+like|wanted\s+to)\b.{0,80}\bbut\s+(?:i\s+)?(?:held|bit|walked|didn'?t|kept|stayed|took\s+a\s+(?:breath|walk)|calmed|counted)\b/u,
  /\b(?:готов\p{L}*\s+был\p{L}*|хотел\p{L}*|мог\p{L}*\s+бы|чуть\s+не)\b.{0,80}\bно\s+(?:\p{L}+\s+)?(?:сдержал\p{L}*|промолчал\p{L}*|не\s+стал\p{L}*|вышл\p{L}*|вышел|ушл\p{L}*|ушел|выдохнул\p{L}*|взял\p{L}*\s+себя\s+в\s+руки)\b/u,
].map(withWordEdges);

/**
 * A time free of it: "four years clean", «три года без этого», «сейчас уже 4 года как нет». A frame of a past recovered
 * from (`isFramed`), and one that holds with the now it is measured to in its sentence. A goal of reaching such a time
 * ("go a month without cutting", «продержаться месяц без селфхарма») is about now, not a past, so it is not one.
 */
const FREE_SINCE: readonly RegExp[] = [
  /(?<!\b(?:go|make\s+it|get\s+to|reach|last|stay|try|want|aim\s+for|manage)\s+(?:\w+\s+)?)\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+hundred|a\s+thousand)\s+(?:full\s+)?(?:years?|yrs?|months?|mos?|weeks?|wks?|days)\s+(?:today\s+|now\s+)?(?:(?:clean|free|without|since|sober)|(?:self[-\s]?harm|sh|cutting|relapse|drug|drink|alcohol|booze)[-\s]?(?:clean|free|sober))\b/u,
  // "haven't self-harmed in 2 years", "not cut myself for a year"
  /\b(?:haven'?t|hasn'?t|not)\s+(?:(?:self[-\s]?harmed|cut|burned|burnt|hurt|harmed|relapsed|used|drunk|had\s+a\s+drink|attempted|thought\s+about\s+(?:it|suicide|dying))\s+(?:myself\s+)?)(?:in|for)\s+(?:over\s+)?(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|months?|weeks?)|(?:\d{3,}|a\s+hundred|a\s+thousand)\s+days)\b/u,
  // «не режусь уже 800 дней», «не причиняю себе вред уже год»: a span long enough to be a past (days only in the
  // hundreds: "two days" is a fight still going on, and crisis words beside it are about now).
  /\bне\s+(?:режу(?:сь)?|жгу\s+себя|прижигаю\p{L}*|причиняю\s+себе\s+(?:боль|вред))\s+(?:уже\s+)?(?:больше\s+)?(?:(?:\d+|два|три|пять|десять|полтора)\s+(?:год\p{L}*|лет|месяц\p{L}*)|год|полгода|(?:\d{3,}|сто|двести|тысячу)\s+дн\p{L}*)\b/u,
  /\b(?:\d+|год|два|три|четыре|пять|шесть|семь|восемь|девять|десять|полтора)\s+(?:год\p{L}*|лет|месяц\p{L}*|недел\p{L}*|дн\p{L}*)\s+(?:как\s+(?:я\s+)?(?:уже\s+)?(?:нет|не|бросил\p{L}*|завязал\p{L}*)|без|чист\p{L}*|держусь)\b/u,
  // «год без самоповреждений», «полгода как не режусь»
  /(?<!(?:продержаться|продержусь|выдержать|прожить|хочу|попробую|попробовать|чтобы|продержалась|цель)\s+(?:\p{L}+\s+)?)\b(?:год|полгода|месяц|неделю)\s+(?:уже\s+)?(?:без|как\s+(?:я\s+)?(?:уже\s+)?(?:нет|не)|не\s+(?:было\s+(?:даже\s+)?(?:мыслей|срывов|порезов|селфхарма|самоповрежд\p{L}*|попыток)|режу(?:сь)?|резал\p{L}*|причинял\p{L}*\s+себе))\b/u,
].map(withWordEdges);

/**
 * Heavy things in ordinary practice: a hunt, a range or a licence for a gun, a knife for game; a will, a notary, life
 * insurance, a funeral paid ahead; tablets as a doctor prescribed them, named for what they treat or taken on time,
 * insulin, a pharmacy, a refill, a dose lowered. The model reads
 * their means and arrangements as a plan or a goodbye; in such a text it needs more certainty (crisis-check.ts).
 */
const PRACTICE: readonly RegExp[] = [
  /\b(?:hunt\w*|deer|duck|pheasant|clay\s+pigeon|(?:gun|rifle|shooting|firearms?)\s+(?:club|range|licen[cs]e|safe|certificate|course)|range\s+day|target\s+shooting|gun\s+safe|will\s+(?:written|done|signed)|(?:my|a|the)\s+will\b|probate|notary|solicitor|life\s+insurance|funeral\s+plan|power\s+of\s+attorney|as\s+prescribed|prescribed|(?:gp|doctor|neurologist|psychiatrist)\s+(?:lowered|reduced|upped|changed|switched|prescribed)|repeat\s+prescription|refill|pharmac(?:y|ist)|chemist|insulin|blister\s+pack|pill\s+(?:organi[sz]er|box)|(?:take|taking|took)\s+(?:my\s+)?(?:pills|tablets|meds|medication)\s+(?:on\s+time|every|each|at\s+\d|with\s+(?:food|breakfast|dinner))|taper\w*|(?:tablets|pills|meds|medication|medicine)\s+for\s+(?:my\s+)?(?:blood\s+pressure|bp|heart|cholesterol|thyroid|diabetes|allerg\w+|migraines?|asthma|epilepsy|arthritis)|(?:blood\s+pressure|bp|heart|cholesterol|thyroid|diabetes|allergy|migraine)\s+(?:tablets|pills|meds|medication)|wak(?:e|es|ing)\s+(?:up\s+)?(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:am|a\.m\.)|insomnia|sleep\s+(?:study|apno?ea|schedule|routine|hygiene)|first[-\s]aid\s+kit|medicine\s+(?:cabinet|cupboard)|expiry\s+dates?|expired\s+(?:meds|pills|tablets|medicines?)|charity\s+shop|op\s+shop|thrift\s+store|donat\w+|declutter\w*|fishing|angling|sobriety|(?:last|final)\s+(?:cigarette|ciggie|smoke|fag|vape|pint|drink)|quit\s+date|nicotine\s+(?:patch(?:es)?|gum|lozenges?)|(?:quit|quitting|stop|stopping|give\s+up)\s+(?:smoking|vaping)|sober\s+(?:october|for|since|\d+)|dry\s+(?:january|july)|down\s+the\s+(?:sink|drain|toilet)|(?:as\s+)?(?:the\s+)?(?:doctor|gp)\s+(?:said|told\s+me))\b/u,
  /\b(?:охот\p{L}*|на\s+(?:утку|уток|лося|кабана|зайца|гуся)|ружь\p{L}*\s+(?:почистил\p{L}*|в\s+сейф\p{L}*)|в\s+тир\p{L}*|тир\b|стрельбищ\p{L}*|лицензи\p{L}*|разрешени\p{L}*\s+на\s+(?:оружие|ружь\p{L}*)|сейф\p{L}*|завещани\p{L}*|нотариус\p{L}*|наследств\p{L}*|страховк\p{L}*|опекун\p{L}*|похорон\p{L}*\s+(?:заранее|договор)|договор\p{L}*\s+на\s+похорон\p{L}*|как\s+назначено|как\s+назначил\p{L}*|по\s+назначению|назначил\p{L}*|рецепт\p{L}*|аптек\p{L}*|невролог\p{L}*|снизить\s+доз\p{L}*|инсулин\p{L}*|таблетниц\p{L}*|(?:таблетк\p{L}*|лекарств\p{L}*)\s+вовремя|вовремя\s+(?:пить|принимать)\s+(?:таблет|лекарств)\p{L}*|(?:таблет\p{L}*|лекарств\p{L}*)\s+от\s+(?:давлени\p{L}*|сердц\p{L}*|холестерин\p{L}*|щитовидк\p{L}*|диабет\p{L}*|аллерги\p{L}*|мигрен\p{L}*|астм\p{L}*|изжог\p{L}*|головы|головной\s+боли)|просыпа\p{L}*\s+(?:в\s+)?\d|бессонниц\p{L}*|режим\p{L}*\s+сна|аптечк\p{L}*|срок\p{L}*\s+годности|сроки\s+(?:таблеток|лекарств)|просроченн\p{L}*|благотворительн\p{L}*|расхламл\p{L}*|рыбалк\p{L}*|удочк\p{L}*|на\s+рыбу|последн\p{L}*\s+сигарет\p{L}*|(?:бросить|бросаю|бросила?)\s+курить|никотинов\p{L}*\s+пластыр\p{L}*|трезвост\p{L}*|не\s+пью|бросил\p{L}*\s+пить|в\s+раковину|как\s+(?:врач|доктор)\s+(?:сказал\p{L}*|велел\p{L}*|назначил\p{L}*)|по\s+пол\s*таблетки|полтаблетки)\b/u,
].map(withWordEdges);

/** Said of an arrangement: it will be needed soon ("I'll need it soon", «скоро пригодится»); also a quiet cue's. */
export const NEEDED_SOON = {
  en: String.raw`(?:need|use)\s+(?:it|them|that)\s+(?:soon|sooner|by\s+\w+day|next\s+week|this\s+week|any\s+day)|(?:will|'ll)\s+be\s+(?:needed|used)\s+(?:soon|sooner|next\s+week|this\s+week|any\s+day)|sooner\s+than\s+(?:they|anyone|you)\s+think`,
  ru: String.raw`(?:скоро|через\s+(?:пару|несколько|неделю|\d+)(?:\s+\p{L}+)?)\s+(?:пригодится|понадобится|пригодятся|понадобятся)|(?:пригодится|понадобится|пригодятся|понадобятся)\s+(?:скоро|уже\s+скоро|на\s+днях|через)`,
} as const;

/** Words that turn a practice into a means: "on purpose", "I know what I'm doing with them", «для себя», «накопил». */
const INTENT: readonly RegExp[] = [
  /\b(?:on\s+purpose|know\s+what\s+i'?m\s+doing|for\s+myself|saved?\s+(?:up|them)|stockpil\w*|hoard\w*|enough\s+to|one\s+last|won'?t\s+need|when\s+i'?m\s+gone|last\s+time)\b/u,
  /\b(?:специально|нарочно|для\s+себя|накопил\p{L}*|коплю|запас(?:л|а[юе]|ти)\p{L}*|хватит\s+(?:чтобы|на)|последн\p{L}*\s+раз|когда\s+меня\s+не\s+станет|не\s+понадоб\p{L}*)\b/u,
  // Before the writer goes through with it: a will or a farewell set for one's own end.
  /\b(?:before\s+i\s+(?:go\s+through\s+with\s+it|do\s+it|end\s+it|go)(?=[.!,]|\s*$)|(?:до\s+того,?\s+как|пока\s+не|перед\s+тем,?\s+как)\s+(?:я\s+)?уйду(?:\s+сам[аи]?)?(?=[.!,]|\s*$)|уйду\s+сам[аи]?)\b/u,
  // An arrangement that will be needed soon: a funeral paid ahead "for next week" is a goodbye with its day.
  new RegExp(String.raw`\b(?:${NEEDED_SOON.en})\b`, 'u'),
  new RegExp(String.raw`\b(?:${NEEDED_SOON.ru})\b`, 'u'),
  // A whole supply at once, or a moment chosen for nobody to see: no prescription is taken that way.
  /\b(?:(?:the|a)\s+whole\s+(?:box|pack|packet|bottle|supply|strip|stash|lot)|(?:take|taking|swallow\w*|inject\w*|down|neck)\s+(?:\w+\s+)?all\s+(?:of\s+)?(?:them|it|my\s+\w+)\s+(?:at\s+once|together|in\s+one\s+go)|(?:once|when|after)\s+(?:the\s+house|everyone|everybody|they|the\s+kids)\s+(?:is|are|'?s|'?re)\s+(?:quiet|asleep|gone|out|in\s+bed))\b/u,
  /\b(?:(?:всю|целую)\s+(?:пачку|упаковку|коробку|банку|пачк\p{L}*)|(?:выпи\p{L}*|проглот\p{L}*|прим\p{L}*|вкол\p{L}*|колоть)\s+(?:\p{L}+\s+){0,2}вс[её]\s+(?:сразу|разом|за\s+раз)|когда\s+(?:вс[её]\s+)?(?:все\s+)?(?:уснут|заснут|лягут|уйдут|уедут))\b/u,
].map(withWordEdges);

/** True when a text (in `patternText` form) is about a heavy thing in ordinary practice, with no word of using it on oneself. */
export const isPractice = (normalised: string): boolean =>
  anyOf(PRACTICE, normalised) && !anyOf(INTENT, normalised) && !anyOf(RELAPSE, normalised);

const PLAY_EDGED = PLAY.map(withWordEdges);

/** True when a text (in `patternText` form) is about a game (paintball, chess, a video game) with no word of real harm. */
export const isPlay = (normalised: string): boolean => anyOf(PLAY_EDGED, normalised) && !anyOf(RELAPSE, normalised);

/**
 * True when every clause of a sentence that carries words of harm to others names the game it is played in («застрелить
 * начальника в пейнтболе»): a game is a frame for a threat said inside it, never for the writer's own life.
 */
export const isPlayedThreat = (sentence: string): boolean => {
  const carrying = carryingClauses(sentence, 'harm_others');
  return carrying.length > 0 && carrying.every((clause) => anyOf(PLAY_EDGED, clause));
};

/** Words anywhere in a text that bring its frame back to the writer now: a relapse, a still, a wish to hurt someone. */
const RELAPSE: readonly RegExp[] = [
  /\b(?:i'?d\s+like\s+to|i\s+(?:want|wanna|need)\s+to|i'?m\s+(?:going\s+to|gonna)|i\s+will|i'?ll)\s+(?:poison|kill|stab|strangle|shoot|hurt|murder)\b/u,
  /\b(?:(?:хочу|хочется|собираюсь)\s+(?:е[её]\s+|его\s+|их\s+)?(?:отравить|убить|зарезать|задушить|пристрелить)|убью|отравлю|зарежу|задушу)\b/u,
  /\b(?:again|relapsed?|can'?t\s+stop|but\s+now|still\s+(?:want|think|feel|do|cut)|now\s+i\s+(?:\w+\s+){0,2}(?:want|wanna|need|keep|think\s+about|feel\s+like|am\s+going|'?m\s+going))\b/u,
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

/** Someone else, and not the writer, is who the words speak of ("she said…", «мужчина прыгнул…»). */
const aboutSomeoneElse = (text: string) => THIRD_PERSON.test(text) && !FIRST_PERSON.test(text);

/**
 * True when a text (in `patternText` form) has a frame somewhere and no relapse. A relapse word counts whoever it seems
 * to be said of: Russian leaves the "I" out («опять режу себе руки»), so "someone else" cannot be told from the words.
 */
export const isFramed = (normalised: string): boolean =>
  (anyOf(FRAMES, normalised) || anyOf(FREE_SINCE, normalised)) && !anyOf(RELAPSE, normalised);

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
  const someoneElse = ABOUT_THE_WRITER.has(category) && spokenOfSomeoneElse(sentence);
  // The now a time free of it is measured to ("three years now") is no relapse; whom it speaks for is its clause's.
  if (anyOf(NOW, sentence) && !someoneElse && !anyOf(FREE_SINCE, sentence)) return false;
  return anyOf(FRAMES, sentence) || freeSinceReaches(sentence) || someoneElse;
}

/**
 * A time free of it ("100 days clean", «год без селфхарма») speaks for the crisis words of its own clause: "haven't cut
 * in 200 days but I'm suicidal" is a past and then the writer's now.
 */
function freeSinceReaches(sentence: string): boolean {
  if (!anyOf(FREE_SINCE, sentence)) return false;
  return carryingClauses(sentence).every((clause) => anyOf(FREE_SINCE, clause));
}

/** Clauses of a sentence: at commas, semicolons, dashes and the joining words of two clauses. */
const CLAUSE_BREAK = /\s*(?:[,;:—–]|\s-\s)\s*|\s+(?:and|but|а|но)\s+/u;

/** The clauses of a sentence that carry crisis words (of one category, or of any). */
function carryingClauses(sentence: string, only?: CrisisCategory): string[] {
  return sentence.split(CLAUSE_BREAK).filter((clause) => {
    const category = clause ? matchPatterns(clause) : undefined;
    return category !== undefined && (only === undefined || category === only);
  });
}

/**
 * The crisis words of a sentence are said of someone else: the sentence as a whole speaks only of others, or every
 * clause that carries the words does ("support group tonight, someone shared about their self-harm and I think I
 * helped": the writer's own clause holds no crisis words).
 */
function spokenOfSomeoneElse(sentence: string): boolean {
  if (aboutSomeoneElse(sentence)) return true;
  // Every clause with crisis words of any kind, not only the sentence's own: the writer's "I just want to die" beside
  // a friend's self-harm keeps the floor.
  const carrying = carryingClauses(sentence);
  return carrying.length > 0 && carrying.every(aboutSomeoneElse);
}

/**
 * A goal that reaches for life rather than away from it: "get my life back", "feel like myself again", «начать жить, а
 * не существовать», «вернуть радость». Its words (life, waking, living on) are the ones a wish to die uses, so the
 * model reads many such titles as ideation or hopelessness; a goal said so asks it for more certainty
 * (`crisis-check.ts`), unless the same text says it cannot or sees no point.
 */
const HOPEFUL: readonly RegExp[] = [
  /\b(?:feel\s+(?:like\s+)?(?:myself|me|human|alive|good|better|happy|proud|excited)\s+again|(?:get|take|have|want)\s+(?:my\s+)?(?:life|self|spark|confidence|mojo|joy|freedom)\s+back|(?:enjoy|love|like|start\s+living|rebuild|sort(?:\s+out)?|turn\s+around)\s+my\s+(?:own\s+)?life|(?:my\s+)?life\s+(?:is\s+)?(?:going\s+somewhere|back\s+on\s+track)|looking\s+forward\s+to|find\s+(?:myself|joy|meaning|purpose)|start\s+caring\s+about\s+myself|live\s+(?:my\s+own|a\s+(?:fuller|better|healthier|happier|calmer))|proud\s+of\s+myself|be\s+(?:braver|happier|kinder\s+to\s+myself))\b/u,
  /\b(?:жить\s+дальше|начать\s+жить|жить,?\s+а\s+не|хочу\s+(?:снова\s+|опять\s+)?(?:чего-то\s+)?хотеть|вернуть\s+(?:себе\s+)?(?:жизнь|себя|радост\p{L}*|вкус\s+к\s+жизни)|вернуться\s+к\s+жизни|больше\s+радост\p{L}*|радост\p{L}*\s+в\s+жизни|жизнь\s+(?:была|стала|только\s+начиналась)|(?:этот|новый)\s+год\s+(?:был|стал)|найти\s+себя|чего\s+я\s+(?:вообще\s+)?хочу(?:\s+от\s+жизни)?|жить\s+без\s+оглядки|жить\s+своей\s+жизнью)\b/u,
].map(withWordEdges);

/** Words that turn a hopeful goal back: it cannot be done, there is no point, the writer does not want to. */
const NO_HOPE: readonly RegExp[] = [
  /\b(?:can'?t|cannot|don'?t\s+want|no\s+(?:point|reason|way)|not\s+worth|pointless|what'?s\s+the\s+point|give\s+up|gave\s+up|die|dying|end\s+it|end\s+my\s+life|kill\s+myself|suicid\w*|not\s+be\s+here)\b/u,
  /\b(?:не\s+(?:могу|хочу|хочется|вижу|смогу|получается)|незачем|нет\s+смысла|бессмысл\p{L}*|не\s+для\s+чего|сдаться|сдалась|сдался|умереть|умру|покончить|сдохнуть|уйти\s+из\s+жизни)\b/u,
].map(withWordEdges);

/** True when a goal's text (in `patternText` form) reaches for life, with no word that it cannot or sees no point. */
export const isHopefulGoal = (normalised: string): boolean => anyOf(HOPEFUL, normalised) && !anyOf(NO_HOPE, normalised);
