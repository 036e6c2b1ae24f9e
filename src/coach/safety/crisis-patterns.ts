import type { CrisisCategory } from '../../core/safety.port.js';

/**
 * The floor under the trained model: explicit phrases in English and Russian that are a crisis
 * whatever the model says. They are kept narrow (high precision) on purpose; generalising to how
 * people really write is the model's job. Everyday idioms that share words ("kill time", «убить
 * время», "this case is killing me") must not match here. Text arrives lower-cased, ё folded to е
 * and apostrophes straightened (see `patternText`).
 */
/** Words that name a person only as an insult: "stab that prick" is about a person as surely as "stab him". */
const INSULT_EN = String.raw`(?:prick|idiot|bastard|bitch|cunt|asshole|arsehole|twat|wanker|scumbag|dickhead|jerk|moron|creep|motherfucker|tosser|piece\s+of\s+shit|son\s+of\s+a\s+bitch)`;
const INSULT_RU = String.raw`(?:тварь|тварей|гада|гадину|урода|уродов|козла|мразь|мразей|сволочь|суку|падлу|ублюдка)`;
const PERSON_EN = String.raw`(?:him|her|them|someone|somebody|people|everyone|my\s+(?:ex|wife|husband|partner|boss|mother[-\s]in[-\s]law|neighbou?r|colleague)|(?:her|his)\s+(?:new\s+)?(?:boyfriend|girlfriend|husband|wife|partner)|the\s+(?:judge|lawyer)|(?:that|this|the|her|his|my)\s+(?:\w+\s+)?${INSULT_EN})`;
/** People a threat is said of in Russian, in the accusative: «прибить отчима», «задушу свекровь». */
const RELATIVE_RU = String.raw`(?:отчима|мачеху|свекровь|свекра|т[её]щу|тестя|зятя|невестку|соседа|соседку|соседей|начальни(?:ка|цу)|шефа|брата|сестру|отца|мать|бывшего|бывшую|любовни(?:ка|цу))`;
const CHILD_EN = String.raw`(?:my|our|the|his|her|a)\s+(?:\w+\s+)?(?:child|children|kid|kids|son|daughter|baby|boy|girl|toddler)`;
const CHILD_RU = String.raw`(?:реб[её]н(?:ок|к\p{L}*)|детей|дет(?:и|ям|ьми)|сын\p{L}*|доч(?:ь|ер\p{L}*|ку|ка)|малыш\p{L}*)`;
const PILLS_EN = String.raw`(?:pills|tablets|meds|medication|sleeping\s+pills|painkillers|antidepressants|insulin)`;

const WRITTEN_PATTERNS: Readonly<Record<CrisisCategory, readonly RegExp[]>> = {
  plan: [
    new RegExp(
      String.raw`\b(?:saved|saving|stockpil\w*|hoard\w*|collect(?:ed|ing)|stash\w*|squirrel\w*\s+away)\s+(?:up\s+)?(?:\w+\s+){0,3}${PILLS_EN}`,
      'u',
    ),
    new RegExp(
      String.raw`\b(?:took|swallowed|taken)\s+(?:a\s+whole\s+|the\s+whole\s+|all\s+(?:of\s+)?(?:my|the)\s+|a\s+bottle\s+of\s+|an?\s+(?:entire|full)\s+(?:bottle|pack|box)\s+of\s+)${PILLS_EN}`,
      'u',
    ),
    // The same whole supply said as what one will do, and insulin injected all at once.
    new RegExp(
      String.raw`\b(?:take|swallow|down|neck)\s+(?:all\s+(?:of\s+)?(?:my|the)\s+${PILLS_EN}\s+(?:at\s+once|together|in\s+one\s+go)|the\s+whole\s+(?:bottle|box|pack|packet|strip)\s+of\s+${PILLS_EN})|\b(?:inject|shoot\s+up|dose\s+myself\s+with)\s+(?:all|the\s+whole|every\s+unit)\s+(?:of\s+)?(?:my\s+|the\s+)?(?:insulin|pens?)\b`,
      'u',
    ),
    new RegExp(String.raw`\bhow\s+many\s+${PILLS_EN}\b.{0,40}\b(?:take|enough|lethal|fatal|die|kill)`, 'u'),
    /\b(?:lethal|fatal)\s+dose\b/u,
    // Weighed down to drown, said of oneself (an essay on Virginia Woolf says "her pockets").
    /\bmy\s+(?:\w+\s+)?pockets?\s+(?:full\s+of|filled\s+with|weighed\s+down\s+with|with)\s+(?:rocks|stones)\b|(?:камн\p{L}*\s+в\s+(?:мои\s+)?карман\p{L}*|карман\p{L}*\s+(?:полные\s+|с\s+)?камн\p{L}*)/u,
    /\b(?:jump|jumping|throw\s+myself)\s+(?:off|from)\s+(?:the\s+|a\s+|that\s+)?(?:bridge|roof|building|balcony|window|cliff|ledge|(?:\d+\w*|top|\w+th)\s+floor)\b/u,
    /\b(?:jump|jumping|throw\s+myself|step(?:ping)?|lie\s+down)\s+in\s+front\s+of\s+(?:a|the)\s+(?:train|bus|lorry|truck)\b/u,
    /\bnoose\b|\b(?:rope|cord|belt)\b.{0,40}\b(?:around\s+my\s+neck|hang\s+myself|to\s+hang\s+from)\b/u,
    /\b(?:chose|picked|set|chosen)\s+(?:the|a)\s+(?:day|date)\b.{0,40}\b(?:die|end\s+it|end\s+my\s+life|kill\s+myself)\b|^i'?ve\s+(?:chosen|picked|set)\s+the\s+(?:day|date)[.!]*$/u,
    /(?<!glue\s)(?<!nail\s)(?<!staple\s)\b(?:gun|pistol|rifle|shotgun)\b.{0,40}\b(?:to\s+my\s+head|in\s+my\s+mouth|on\s+myself|end\s+it)\b/u,
    /\b(?:tonight|today|this\s+weekend|tomorrow)\b.{0,60}\b(?:end\s+it|end\s+my\s+life|kill\s+myself|it\s+ends\s+for\s+me|i\s+won'?t\s+be\s+alive)\b/u,
    /\b(?:how\s+long|how\s+many\s+(?:floors|storeys|stories|metres|meters|feet))\b.{0,40}\b(?:to\s+die|to\s+drown|to\s+bleed\s+out|to\s+hang|to\s+be\s+fatal|to\s+kill\s+(?:me|you|a\s+person))\b/u,
    /\b(?:car|engine)\b.{0,30}\b(?:garage|hose)\b.{0,40}\b(?:running|exhaust|fumes)\b/u,
    // A place or means to die, then finality ("…the bridge, and that's it"), in either order.
    /\b(?:bridge|roof|rooftop|ledge|cliff|railway|train\s+tracks|railway\s+tracks|platform|thin\s+ice|motorway\s+barrier)\b.{0,60}\b(?:not\s+(?:come|coming)\s+back|won'?t\s+(?:step|come)\s+back|they'?ll\s+find\s+me)\b/u,
    /\bhow\s+(?:high|tall|far\s+down)\b.{0,40}\b(?:survive|for\s+sure|to\s+die|no\s+chance)\b|\bwhat\s+height\b.{0,40}\b(?:survive|die|for\s+sure)\b/u,
    /\b(?:мост\p{L}*|крыш\p{L}*|обрыв\p{L}*|скал\p{L}*|рельс\p{L}*|платформ\p{L}*|полынь\p{L}*|тонк\p{L}*\s+л[её]д\p{L}*|отбойник\p{L}*|этаж\p{L}*)[\s.,!:;—-].{0,60}(?:не\s+вернусь|не\s+отойду|не\s+стану\s+спускаться|весной\s+найдут|и\s+вс[её][.!]?\s*$|в\s+последний\s+раз)/u,
    /(?:не\s+вернусь|не\s+отойду|в\s+последний\s+раз)[\s.,!:;—-].{0,40}(?:к\s+обрыв\p{L}*|на\s+мост\p{L}*|на\s+крыш\p{L}*|к\s+рельс\p{L}*|на\s+рельс\p{L}*)/u,
    /\b(?:на\s+какой|с\s+какой)\s+высот\p{L}*\s.{0,30}(?:выжить|шансов|наверняка)/u,
    /(?:как|видео\p{L}*)\s.{0,25}(?:завязывать|завязать)\s+петл\p{L}*|(?:крюк\p{L}*|люстр\p{L}*)\s.{0,40}(?:выдерж\p{L}*|примерил\p{L}*|проверял\p{L}*)/u,
    /(?:стою|сижу|я)\s+на\s+(?:перилах|краю\s+(?:крыши|моста|платформы|обрыва))/u,
    /\b(?:standing|sitting|i'?m)\s+on\s+the\s+(?:railing|ledge|edge\s+of\s+the\s+(?:roof|bridge|platform|cliff))\b/u,
    /(?:накопил|накопила|коплю|собрал[аи]?|припас\p{L}*|насобирал\p{L}*)\s+(?:\p{L}+\s+){0,3}(?:таблет\p{L}*|снотворн\p{L}*|лекарств\p{L}*|феназепам\p{L}*|антидепрессант\p{L}*)/u,
    /(?:выпил[аи]?|выпью|выпить|проглотил[аи]?|проглочу|проглотить|наглотал\p{L}*|наглота(?:юсь|ться))\s+(?:\p{L}+\s+){0,2}(?:упаковк\p{L}*|пачк\p{L}*|вс[её]|горсть|блистер\p{L}*)\s+(?:\p{L}+\s+){0,2}(?:таблет\p{L}*|снотворн\p{L}*|феназепам\p{L}*|лекарств\p{L}*)/u,
    /(?:сколько|какая\s+доза)\s+(?:\p{L}+\s+){0,2}(?:таблеток|снотворного|феназепама)\s+(?:\p{L}+\s+){0,3}(?:нужно|надо|хватит|смертельн)/u,
    /смертельн\p{L}*\s+доз\p{L}*/u,
    /(?:вколю|вколоть|вколол\p{L}*|уколю|введу|ввести|вкачу)\s+(?:себе\s+)?(?:вс[её]|весь|всю|целую|целый)\s+(?:\p{L}+\s+)?(?:инсулин\p{L}*|шприц\p{L}*|ручк\p{L}*|запас\p{L}*)/u,
    // A jump told of someone else («мужчина прыгнул с моста», «подростка, который прыгнул») is news, not a plan: the past
    // tense with a third person just before it (looked back at only once the verb is found: a look-behind tried at every
    // position cost the whole screen half its speed). The writer's own («вчера прыгнула», «чуть было не шагнул») stays one.
    /(?:\b(?:прыгн(?!ул)\p{L}*|шагн(?!ул)\p{L}*|сброш\p{L}*|брош\p{L}*|бросит\p{L}*)|\b(?:прыгнул|шагнул)(?<!\b(?:мужчин\p{L}*|женщин\p{L}*|подрост\p{L}*|парень|парня|девушк\p{L}*|человек|кто-то|он|она|они|котор\p{L}*|студент\p{L}*|школьни\p{L}*|пенсионер\p{L}*)\s+(?:\p{L}+\s+)?(?:прыгнул|шагнул))\p{L}*)\s+(?:с|из)\s+(?:\p{L}+\s+)?(?:моста|крыши|окна|балкона|многоэтажк\p{L}*|высотк\p{L}*|\d+\s*этаж\p{L}*)/u,
    /\b(?:брошусь|броситься|лягу|лечь|шагну|шагнуть)\s+под\s+(?:поезд|электричк\p{L}*|машин\p{L}*|грузовик)/u,
    /\bс\s+какого\s+этажа\s.{0,30}(?:наверняка|насмерть|разбиться|прыгать|не\s+выжить)|\bвыйти\s+в\s+окно|\bшагнуть\s+с\s+крыши/u,
    // A noose already made or hung; «петля» alone is also a knitting stitch, a hinge and a knot on a fishing line.
    /(?:петлю|петля)\s+(?:уже\s+)?(?:на\s+шею|на\s+шее|готова|готов|висит|на\s+(?:крюк|люстр|балк|трубе|трубу|турник)\p{L}*)|(?:повесил\p{L}*|приладил\p{L}*|закрепил\p{L}*|привязал\p{L}*)\s+(?:уже\s+)?петлю|(?:верёвк|веревк)\p{L}*\s+.{0,30}(?:крюк|балк|шею)/u,
    // A car's exhaust in a closed garage, as the English pattern above reads it; warming the engine up is not closing
    // oneself in with it.
    /(?:закр\p{L}*\s+(?:\p{L}+\s+){0,2}(?:гараж\p{L}*|ворота|изнутри)|в\s+закрыт\p{L}*\s+гараж\p{L}*)[\s.,!:;—-].{0,60}(?:завед\p{L}*|завести|зав[её]л\p{L}*|включ\p{L}*|работа\p{L}*)\s+(?:\p{L}+\s+)?(?:мотор\p{L}*|двигател\p{L}*|машин\p{L}*)|шланг\p{L}*\s.{0,30}выхлоп\p{L}*|выхлоп\p{L}*\s.{0,30}(?:в\s+салон|шланг\p{L}*)/u,
    // A gun held to oneself, as the English pattern above reads it.
    /(?:ружь\p{L}*|пистолет\p{L}*|ствол\p{L}*|дуло|обрез\p{L}*)\s.{0,40}(?:к\s+виску|в\s+рот|к\s+подбородку|себе\s+в\s+(?:голову|висок|рот|сердце))/u,
    /\bсколько\s+(?:времени|минут|часов)\s.{0,30}(?:умирать|истекают\s+кровью|истечь\s+кровью|тонуть|задохнуться)/u,
    /(?:выбрал|выбрала|назначил|назначила|решил[аи]?)\s+(?:уже\s+)?(?:день|дату|когда)\s.{0,60}(?:уйду|уйти|меня\s+не\s+станет|закончу|покончу)/u,
    /(?:сегодня|этой\s+ночью|ночью|завтра)\s+.{0,60}(?:покончу|уйду\s+из\s+жизни|меня\s+не\s+станет)/u,
  ],
  ideation: [
    /\bkill(?:ing)?\s+myself\b/u,
    /\b(?:end(?:ing)?|take|taking)\s+my\s+(?:own\s+)?life\b/u,
    /\bsuicid(?:e|al)\b/u,
    // A sore muscle that "wants to die" after sport is an idiom ("my calves want to die"); looked back at only once the
    // verb is found, and only for "my <muscle> want": "holding my knees wanting to die" is the writer's own.
    /(?<!thought\s+i\s+was\s)(?<!felt\s+like\s+i\s+was\s)\b(?:want(?:ing)?|wanna|going|ready)(?<!\bmy\s+(?:legs|calves|feet|quads|hamstrings|glutes|muscles|thighs|lungs|abs|shoulders)\s+(?:(?:really|literally|actually|just|so)\s+)?(?:want|wanna))\s+(?:to\s+)?die\b(?!\s+(?:of|from|laughing|for\s+(?:a|some|one)))/u,
    /\b(?:don'?t|do\s+not|no\s+longer)\s+want\s+to\s+(?:live|be\s+alive|exist|wake\s+up|be\s+here\s+anymore)\b/u,
    /\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:living|(?:still\s+)?be(?:ing)?\s+(?:here|alive))\b|\bno\s+reason\s+to\s+live\b/u,
    /\bbetter\s+off\s+(?:dead|without\s+me)\b/u,
    /\b(?:world|everyone|they|kids|children|family)\s+(?:would\s+be\s+)?better\s+(?:off\s+)?without\s+me\b/u,
    /\bwish\s+i\s+(?:was|were)\s+(?:dead|never\s+born|gone)\b|\bwish\s+i\s+(?:could\s+)?(?:go\s+to\s+sleep|fall\s+asleep|sleep)\s+and\s+(?:never|not)\s+wake\s+up\b/u,
    /\b(?:death|dying|being\s+dead)\s+(?:seems|feels|would\s+be|sounds)\s+(?:like\s+)?(?:a\s+)?(?:relief|peaceful|easier|better)\b/u,
    /\bdisappear\s+(?:for\s+good|forever|permanently)\b/u,
    /\bi\s+(?:shouldn'?t|should\s+not)\s+(?:be\s+here|exist|be\s+alive)\b|\bi'?m\s+(?:just\s+)?a\s+burden\s+(?:to|on)\s+(?:everyone|them|my\s+(?:kids|family|children))\b/u,
    /\bdone\s+being\s+alive\b|\b(?:want|wish)\s+(?:to\s+)?not\s+(?:exist|be\s+alive)\b/u,
    /^(?:не\s+хочу|устал[аи]?)\s+быть(?:\s+вообще)?[.!]*$|^(?:помереть|умереть)\s+бы(?:\s+уже)?[.!]*$|\bисчезнуть\s+бы\s+навсегда\b|хочу\s+не\s+существовать/u,
    /(?:покончить|покончу|покончила|поконч\p{L}+)\s+с\s+собой/u,
    /самоубийств\p{L}*|суицид\p{L}*/u,
    /(?:убить|убью|убиваю)\s+себя/u,
    /(?:хочу|хочется|хотелось|хотеть|хотел[аи]?\s+бы)\s+умереть/u,
    /не\s+(?:хочу|хочется)\s+(?:больше\s+)?жить(?!\s+(?:в|во|на|с|со|у|под|рядом)\s)|жить\s+не\s+(?:хочу|хочется)|нет\s+смысла\s+жить|незачем\s+(?:больше\s+)?жить|устал[аи]?\s+жить(?!\s+(?:в|во|на|с|со|у|под|рядом|так)\s)/u,
    /наложить\s+на\s+себя\s+руки|св(?:ести|еду)\s+сч[её]ты\s+с\s+жизнью|уйти\s+из\s+жизни|уйду\s+из\s+жизни/u,
    /повеситься|повешусь|(?<!хоть\s)(?<!хоть\s+ты\s)застрел(?:иться|юсь)/u,
    /лучше\s+бы\s+я\s+(?:умер(?:ла)?|не\s+родил\p{L}*)|лучше\s+бы\s+меня\s+(?:не\s+было|не\s+стало)/u,
    /(?:всем|детям|семье|им)\s+(?:будет\s+|станет\s+)?(?:лучше|легче)\s+без\s+меня/u,
    /не\s+(?:хочу|хочется)\s+(?:больше\s+)?просыпаться(?!\s+(?:завтра|в\s+\d|рано|по\s+будильнику))|(?:за|у)снуть\s+и\s+(?:больше\s+)?не\s+проснуться|исчезнуть\s+навсегда/u,
  ],
  goodbye: [
    /\b(?:suicide|farewell|goodbye)\s+(?:note|letter)\b.{0,40}\b(?:wrote|written|writing|left|leave)\b|\b(?:wrote|writing|left)\s+(?:a\s+|my\s+)?(?:suicide|farewell)\s+(?:note|letter)\b/u,
    /\bwhen\s+i'?m\s+(?:gone|no\s+longer\s+here|not\s+around\s+anymore|dead)\b.{0,60}\b(?:take\s+care|look\s+after|tell\s+(?:him|her|them)|remember|don'?t\s+blame)/u,
    /\bthis\s+is\s+(?:my\s+)?(?:the\s+)?last\s+(?:thing\s+i'?ll\s+(?:ever\s+)?write|letter\s+you'?ll\s+(?:ever\s+)?get\s+from\s+me|message)\b(?!.{0,24}\b(?:before|until|till|for\s+(?:now|today|a\s+while|this\s+week))\b)/u,
    /\bgiv(?:ing|en|e)\s+away\s+(?:all\s+)?(?:my|all\s+my)\s+(?:things|stuff|belongings|possessions)\b.{0,60}\b(?:won'?t\s+need|not\s+need|no\s+use)/u,
    /\bgoodbye\s+(?:forever|for\s+good)\b|\bforgive\s+me\s+for\s+(?:everything|what\s+i'?m\s+about\s+to\s+do|leaving\s+you)\b/u,
    /\bgoodbye\s+(?:world|everyone)\b|^прощайте(?:\s+вс[её])?[.!]*$/u,
    /прощальн\p{L}*\s+(?:письм|записк)\p{L}*/u,
    // "won't need them where I'm going": things given away for a journey with no return.
    /\b(?:won'?t|will\s+not|wo?n'?t)\s+need\s+(?:\w+\s+){0,2}where\s+i'?m\s+going\b|не\s+(?:понадоб\p{L}*|нужн\p{L}*)\s+(?:\p{L}+\s+){0,2}там,?\s+куда\s+я\s+(?:ухожу|иду|уйду|собираюсь)/u,
    /\bкогда\s+меня\s+(?:не\s+станет|не\s+будет(?!\s+(?:дома|рядом|на|в|во|у|с|до|после|неделю|пару|несколько|час\p{L}*|дн\p{L}*)\b))/u,
    /(?:это\s+)?(?:мо[её]|моя)\s+последн\p{L}*\s+(?:письмо|записка|сообщение)(?!\s+(?:до|перед|на\s+сегодня))/u,
    /прощай(?:те)?\s+навсегда|простите\s+меня\s+за\s+вс[её](?:[.!]|\s*$)/u,
  ],
  self_harm: [
    // Intent or habit, not an accident: "cut myself shaving" and "burned myself cooking" are not here.
    /\b(?:keep|kept|been|started|start|want\s+to|urge\s+to|need\s+to|going\s+to)\s+(?:cutting|cut|burning|burn|hurting|hurt|harming|harm)\s+myself\b(?!\s+(?:at|in|during|while|on|playing|lifting|running|training)\b)/u,
    /\b(?:cut(?:ting)?|burn(?:ing|ed|t)?|harm(?:ing|ed)?)\s+myself\s+(?:again|on\s+purpose|deliberately|to\s+feel|so\s+(?:i|it)|every\s+(?:night|day))\b(?!\s+(?:at|in|during|while|shaving|cooking)\b)/u,
    /\bhurt(?:ing)?\s+myself\s+(?:on\s+purpose|deliberately|to\s+feel|so\s+(?:i|it))\b/u,
    /\bself[-\s]?harm\w*/u,
    // Someone else's death from one ("my brother died last April, an overdose") is grief, not the writer's crisis; a
    // pattern's finding cannot be set aside, so it would turn the bereaved person's goal away. Nor is the word as a
    // public-health term ("the overdose crisis", "an overdose warning on the label"), nor a figure of speech about a
    // harmless thing ("overdose on veggies").
    /(?<!\b(?:died|passed\s+away|lost\s+(?:\w+\s+){1,3}to|death\s+(?:from|by)|killed\s+by)\b(?:(?!\bi\b|\bme\b|\bmyself\b).){0,40})(?<!\b(?:his|her|their|\w+'s)\s+(?:\w+\s+)?)\boverdos(?:e|ed|ing)\b(?!\s+(?:crisis|epidemic|deaths?|rates?|warning|awareness|prevention|risk|statistics|figures|kits?|training|reversal|antidote)|\s+on\s+(?:veg\w*|fruit|greens|salads?|kindness|love|sunshine|sun|cuteness|carbs|sugar|chocolate|cake|coffee|tea|netflix|tv|books|music|fun|happiness|joy|nature|protein|water|sleep|memes|christmas|caffeine|energy\s+drinks|sweets|candy|snacks|junk\s+food|screen\s+time|social\s+media|news|work|podcasts|gym)\b)/u,
    /\b(?:razor|blade)\b.{0,30}\b(?:my\s+)?(?:arms?|wrists?|thighs?|skin)\b/u,
    /(?:причинить|причиню|причиняю)\s+себе\s+(?:вред|боль)|(?:порезать|порежу|порезала|порезал|резать|режу)\s+(?:себя|руки|себе\s+руки|вены)|(?:себя|себе\s+(?:руки|вены)|(?:руки|вены)\s+себе)\s+(?:режу|резала|резал|порезала|порезал|порежу)/u,
    /селфхарм|самоповрежд\p{L}*/u,
    /(?:ошпарива\p{L}*|прижига\p{L}*)\s+(?:себе\s+)?(?:себя|руки|руку|кожу|ноги|запяст\p{L}*)|туш(?:у|ил[аи]?)\s+(?:\p{L}+\s+)?(?:сигарет\p{L}*|бычк\p{L}*)\s+(?:о|об)\s+(?:себя|руку|руки|кожу|ногу)/u,
    // "Hurt myself on purpose" in Russian: a wish, a habit or a purpose; «не делай себе больно» is advice, not here.
    /(?:хочу|хочется|тянет|начал\p{L}*|продолжаю|опять|снова|научиться|учусь|привык\p{L}*)\s+(?:\p{L}+\s+)?(?:делать|сделать)\s+себе\s+больно|(?:делаю|сделал[аи]?|делал[аи]?)\s+себе\s+больно\s+(?:специально|нарочно|чтобы|когда|каждый)/u,
  ],
  hopeless: [
    /\bend\s+it\s+all\b/u,
    /\b(?:done|finished)\s+with\s+(?:life|living|everything\s+for\s+good)\b/u,
    /\bonly\s+(?:one\s+)?way\s+out\s+(?:left|is\s+to\s+(?:die|go))\b|\bcan'?t\s+go\s+on\s+living\b/u,
    /\bпоконч(?:ить|у|ила|ил)\s+со\s+вс[её]м\b(?!\s+(?:долг|дел|бумаг|этим\s+(?:делом|судом|браком)))|кончить\s+вс[её]\s+это\s+навсегда/u,
    /уйти\s+навсегда|уйду\s+навсегда/u,
    /сил\s+(?:больше\s+)?нет\s+жить(?!\s+(?:в|во|на|с|со|у|под|рядом)\s)/u,
  ],
  harm_others: [
    new RegExp(
      String.raw`\b(?:kill(?:ing)?|murder(?:ing)?|stab(?:bing)?|strangl(?:e|ing)|beat(?:ing)?\s+up)\s+${PERSON_EN}\b(?!\s+with\s+kindness)`,
      'u',
    ),
    /\b(?:i'?m|i\s+am|i'?ll|i\s+will)\s+(?:going\s+to\s+|gonna\s+)?(?:kill|murder|stab)\s*(?=him\b|her\b|them\b|you\b|every(?:one|body)\b|some(?:one|body)\b|that\s+(?:man|woman|bastard|bitch|guy)\b|[.!]|$)(?!\w+\s+with\s+kindness)/u,
    new RegExp(
      String.raw`(?:убью|убить|прибью|прибить|зарежу|зарезать|застрелю|застрелить|пристрелю|пристрелить|задушу|задушить|придушу|придушить|отравлю|отравить)\s+(?:его|е[её]|их|бывш\p{L}*|жену|мужа|кого-нибудь|кого-то|всех|обоих|обеих|судью|эту|этого|эт(?:у|ого|их)\s+\p{L}+|${RELATIVE_RU}|${INSULT_RU})`,
      'u',
    ),
    // Harm to an adult named, said in the passive ("the boss is getting stabbed monday"); a child or a friend who
    // "is gonna get killed on that bike" is a worry, not a threat, so only the people a threat is said of are here.
    new RegExp(
      String.raw`\b(?:(?:my|the|that|his|her)\s+(?:\w+\s+)?(?:boss|ex|judge|neighbou?r|landlord|caseworker|lawyer|manager|supervisor|mother[-\s]in[-\s]law|father[-\s]in[-\s]law|stepdad|${INSULT_EN})|boss)\s+(?:is|'s|will|'ll)\s+(?:(?:getting|gonna\s+get|going\s+to\s+get|get)\s+(?:stabbed|shot|killed|strangled|done\s+in|knifed)|(?:gonna|going\s+to)\s+(?:bleed|pay\s+with\s+(?:his|her)\s+life))\b`,
      'u',
    ),
    // A fear of what one will do or of what he will do to the family: «пока я кого-нибудь не зарезал», «пока он нас
    // не убил».
    /(?:пока|а\s+то|иначе|боюсь,?\s+что)\s+(?:я\s+|он\s+|она\s+)?(?:(?:кого-нибудь|кого-то)\s+)?(?:\p{L}+\s+){0,3}не\s+(?:убил[аи]?|убь[её]т|зарезал[аи]?|прибил[аи]?|прибь[её]т|придушил[аи]?|задушил[аи]?|покалечил[аи]?|покалечит)\b/u,
    // «Урою» threatens a person only with a person named: «урою всех на турнире» is sport talk.
    new RegExp(String.raw`урою\s+(?:его|е[её]|их|бывш\p{L}*|эт(?:у|ого)\s+\p{L}+|${INSULT_RU})`, 'u'),
    /(?:причинить|причиню)\s+(?:ему|ей|им)\s+вред/u,
    // A body part broken for a person ("break his legs", «сломать ему челюсть»); a leg broken in a play is no one's.
    /\b(?:break|smash|bust|snap)\s+(?:his|her|their|my\s+ex'?s)\s+(?:jaw|legs?|arms?|nose|neck|face|fingers|kneecaps?|skull|teeth|ribs)\b|\bsmash\s+(?:his|her|their)\s+(?:\w+\s+)?(?:face|head)\s+in\b/u,
    /(?:сломать|сломаю|переломать|переломаю|разбить|разобью|набить|набью|начистить|начищу|свернуть|сверну)\s+(?:ему|ей|им|этому\s+\p{L}+|этой\s+\p{L}+|бывше\p{L}*)\s+(?:челюсть|ноги|руки|нос|шею|р[её]бра|лицо|морду|рожу|башку|голову|пальцы)/u,
    // Revenge on a person (a "revenge body" is fitness talk, not a person).
    new RegExp(String.raw`\b(?:get|take|have|plan\w*|my)\s+revenge\s+on\s+${PERSON_EN}\b`, 'u'),
    /(?:отомстить|отомщу|мстить|мщу)\s+(?:ему|ей|им|бывш\p{L}*|начальни\p{L}*|шеф\p{L}*|судь\p{L}*|сосед\p{L}*|свекров\p{L}*|т[её]щ\p{L}*|коллег\p{L}*|адвокат\p{L}*|этому\s+\p{L}+|этой\s+\p{L}+)/u,
    // A weapon got or learned for a person: "learn to shoot so I can deal with the lad who…" (a deer is no person).
    new RegExp(
      String.raw`\b(?:gun|rifle|pistol|shotgun|knife|shoot|shooting|box(?:ing)?)\b.{0,30}\bso\s+(?:that\s+)?i\s+can\s+(?:deal\s+with|get|sort\s+out|take\s+care\s+of|take\s+out|finish|hurt)\s+(?:${PERSON_EN}|(?:the|that|this)\s+(?:lad|man|guy|bloke|woman|boy|person|one|prick)\s+who)\b`,
      'u',
    ),
  ],
  child_danger: [
    new RegExp(
      String.raw`\b(?:hits?|hitting|(?<!\b(?:well|good|fast|strong|quick|skilled)\s+enough\s+to\s+)beat(?:s|ing|en)?|abus\w*|molest\w*|touch(?:es|ed|ing)?\s+inappropriately|chok\w+|burns?|burned|burnt|burning|locks?|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?)\s+${CHILD_EN}\b(?!'|\s+at\s+(?:chess|cards|checkers|draughts|football|tennis|ping\s*pong|games?|video\s+games|monopoly|scrabble|fifa)\b|\s*(?:gate|monitor|seat|bath|food|clothes|toys|proof)\b)`,
      'u',
    ),
    new RegExp(
      String.raw`\b${CHILD_EN}\s+(?:is|are)\s+(?:being\s+)?(?:abused|beaten|hurt|in\s+danger|not\s+safe|unsafe)\b`,
      'u',
    ),
    /\bchild\s+abuse\b/u,
    // Thrown against something hard: "threw my son against the wall" (never "threw my son a party").
    new RegExp(
      String.raw`\b(?:throws?|threw|thrown|throwing|shoved|slammed|smashed)\s+${CHILD_EN}\s+(?:against|into|across|down|on(?:to)?\s+the\s+(?:floor|ground))\b`,
      'u',
    ),
    new RegExp(
      String.raw`(?:бь[её]т|бить|бью|бил[аи]?|ударил[аи]?|ударить|ударю|лупить|луплю|лупил\p{L}*|отлупил\p{L}*|отлупить|колочу|колотить|поколотил\p{L}*|избива\p{L}*|изби\p{L}*|насилу\p{L}*|домога\p{L}*|обижа\p{L}*\s+физически)\s+(?:\p{L}+\s+)?${CHILD_RU}`,
      'u',
    ),
    new RegExp(String.raw`${CHILD_RU}\s+(?:в\s+опасности|избива\p{L}*|бьют|насилу\p{L}*)`, 'u'),
    /насили\p{L}*\s+над\s+(?:реб[её]нк\p{L}*|детьми|сын\p{L}*|дочер\p{L}*)/u,
    // A small child who swallowed something dangerous: poison control or an ambulance now.
    new RegExp(
      String.raw`\b${CHILD_EN}\s+(?:\w+\s+)?(?:swallowed|drank|ate|has\s+eaten|got\s+into)\s+(?:\w+\s+){0,3}(?:bleach|a\s+(?:button\s+)?battery|batteries|magnets?|(?:my|her|his|the)\s+(?:pills|tablets|meds)|detergent|dishwasher\s+(?:tablet|pod)|laundry\s+pod|drain\s+cleaner|antifreeze|from\s+under\s+the\s+sink)`,
      'u',
    ),
    new RegExp(
      String.raw`${CHILD_RU}\s+(?:\p{L}+[\s-]+){0,2}(?:выпил\p{L}*|проглотил\p{L}*|наглотал\p{L}*|съел\p{L}*|наелс\p{L}*)\s+(?:\p{L}+\s+){0,3}(?:из-под\s+раковины|бытов\p{L}*\s+хими\p{L}*|отбеливател\p{L}*|белизн\p{L}*|батарейк\p{L}*|магнит\p{L}*|(?:мо(?:и|их)|мамин\p{L}*|папин\p{L}*|бабушкин\p{L}*|чуж\p{L}*|вс(?:е|ех)|пачк\p{L}*|упаковк\p{L}*|горсть|несколько|\d+)\s+таблет\p{L}*|уксус\p{L}*|средств\p{L}*\s+для)`,
      'u',
    ),
  ],
};

/**
 * Time or means named in a message already judged a crisis: these make it imminent whatever its
 * category (a goodbye letter "for tonight", "the pills are on the table").
 */
const WRITTEN_CUES: readonly RegExp[] = [
  /\b(?:tonight|right\s+now|this\s+(?:evening|weekend)|before\s+(?:morning|friday)|(?:before|after)\s+(?:the\s+)?(?:hearing|verdict|trial|court\s+date|funeral))\b/u,
  /\b(?:pills|tablets|sleeping\s+pills|overdose|noose|rope|gun|pistol|bridge|roof|ledge|balcony|railway|train|razor|blade)\b/u,
  /\b(?:сегодня\s+ночью|этой\s+ночью|прямо\s+сейчас|до\s+утра|(?:до|после)\s+(?:суда|заседания|приговора|похорон))\b/u,
  /\b(?:таблет\p{L}*|снотворн\p{L}*|петл[яюеи]|вер[её]вк\p{L}*|ружь\p{L}*|пистолет\p{L}*|мост(?:а|у|ом|е)?|крыш(?:а|и|у|е)|балкон\p{L}*|рельс\p{L}*|поезд(?:а|у|ом|е)?|лезви\p{L}*|бритв\p{L}*)\b/u,
];

/**
 * JavaScript's `\b` knows only ASCII letters, so in Russian it never marks a word's edge. Every
 * pattern above is rewritten at load with `\b` meaning the edge of any word, Cyrillic included.
 */
const WORD_EDGE = String.raw`(?:(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_])|(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_]))`;
const WORD_START = String.raw`(?<![\p{L}\p{N}_])`;
const WORD_END = String.raw`(?![\p{L}\p{N}_])`;
/**
 * Only patterns with Russian words are rewritten (ASCII `\b` is right for English). A `\b` that
 * opens an alternative is a word start and one that closes it a word end, which are cheap checks;
 * only the rest need the two-sided test.
 */
export const withWordEdges = (re: RegExp) => {
  if (!/[а-яё]/i.test(re.source)) return re;
  const source = re.source
    .replace(/(^|\||\((?:\?:)?)\\b/g, `$1${WORD_START}`)
    .replace(/\\b(?=$|\||\))/g, WORD_END)
    .replaceAll('\\b', WORD_EDGE);
  return new RegExp(source, re.flags);
};

/** Lower case, ё→е, straight apostrophes, one space: the form the patterns are written for. */
export const patternText = (text: string): string =>
  text.normalize('NFKC').toLowerCase().replace(/ё/g, 'е').replace(/[’`ʼ]/g, "'").replace(/\s+/gu, ' ');

/** The patterns per category, with `\b` made Unicode-aware where they hold Russian words. */
export const CRISIS_PATTERNS = Object.fromEntries(
  Object.entries(WRITTEN_PATTERNS).map(([category, patterns]) => [category, patterns.map(withWordEdges)]),
) as unknown as Readonly<Record<CrisisCategory, readonly RegExp[]>>;
/** The imminence cues, rewritten the same way. */
export const IMMINENT_CUES: readonly RegExp[] = WRITTEN_CUES.map(withWordEdges);

/** Categories in the order a match is reported: the most urgent first. */
const ORDER: readonly CrisisCategory[] = [
  'plan',
  'child_danger',
  'harm_others',
  'goodbye',
  'self_harm',
  'ideation',
  'hopeless',
];

/**
 * Every pattern as one alternation, built once: nearly every text matches none, and one scan of the text says so
 * in less than half the time of 88 scans. The patterns share one flag (`u`) and no backreference, so the alternation
 * matches exactly when one of them does.
 */
const ANY_PATTERN = new RegExp(
  Object.values(CRISIS_PATTERNS)
    .flat()
    .map((re) => `(?:${re.source})`)
    .join('|'),
  'u',
);

/** The first category whose pattern matches, most urgent first. */
export function matchPatterns(normalised: string): CrisisCategory | undefined {
  if (!ANY_PATTERN.test(normalised)) return undefined;
  return ORDER.find((category) => CRISIS_PATTERNS[category].some((re) => re.test(normalised)));
}

/** True when a text (in `patternText` form) names a time or a means. */
export const hasImminentCue = (normalised: string): boolean => IMMINENT_CUES.some((re) => re.test(normalised));
