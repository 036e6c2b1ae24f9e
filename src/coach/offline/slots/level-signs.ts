// The level's signs that stems cannot carry: a never, someone else's past, doing it now, for years, part done.

// «не умею, только карточки» ("I can't, only forms") is no «умею только» ("I can only…"): the negated verb
// goes with the "never" phrases; so does a never with words between («никогда ни на чём не играл», «никогда
// раньше не играла», where «раньше» would read as a comeback): so does «в жизни ни на чём не играла».
export const NEVER_DID =
  /(?<=^| )(?:never|(?:никогда|ни разу)(?: (?:ни на чём|ни на чем|ничего|в жизни|раньше|прежде|ещё|еще))? не|(?:в жизни )?ни на ч[её]м не|не умею|не умеет)(?: (?:have|had|really|ever|even))? \S+/gu;

/**
 * "He played at every party", «он играл на всех праздниках»: someone else's past is no sign that the
 * person is coming back to it (a grandfather's accordion, a father who used to run).
 */
export const SOMEONE_ELSE_DID =
  /(?<=^| )(?:he|she|they|он|она|они)(?: (?:used to|had|has|would|always|всегда|раньше|когда-то))? \S+/gu;

/**
 * "I once froze at the second bolt", "I once panicked in deep water": one bad moment told about is no break
 * from the activity, so its "I once" is no sign of coming back (blind read 48 put a doctor's check on a climber leading
 * outdoors three times a week because of "I once froze").
 */
export const ONE_MISHAP =
  /(?<=^| )i once (?:froze|freaked|panicked|blanked|fell|slipped|got stuck|got lost|got scared|got hurt|had a panic|had a bad|lost my nerve|bailed|cried|choked)(?= |$)/gu;

/**
 * School as today's place, not the person's past: "a table covered in school stuff", "the kids are at school",
 * "at school pick-up", «пока дети в школе»: no "in school" of one's own youth, so no sign of coming back (blind read 51:
 * a new nightly kitchen tidy got "restart at half of what you used to do").
 */
export const SCHOOL_NOW =
  /(?<=^| )(?:(?:(?:kids|children|child|son|daughter|boys|girls|they|he|she|[a-z]+ (?:is|are)) (?:are |is |were |go |goes |get |gets )?(?:in|at) school)|(?:in|at) (?=school (?:stuff|things|bags?|books|uniforms?|shoes|clothes|kit|papers|forms|letters|lunch(?:es)?|gates?|run|pick-?ups?|pick up|drop-?offs?|drop off))|(?:дети|ребенок|сын|дочь|дочка|детей) (?:в школе|на уроках))/gu;

/**
 * Words that name a return without one: a season that starts again ("league season starts again in eight
 * weeks", «сезон снова начнётся»), and the date of an injury or an operation ("fell skiing two years ago", «после
 * операции на мениске два года назад»): blind read 53 read a league tennis player and a lifelong skier as coming back.
 */
export const NO_RETURN =
  /(?<=^| )(?:(?:the |our |my )?(?:season|league|term|competition|championship|club season|racing season|ski season)(?: season)? (?:starts|begins|opens|kicks off|resumes|gets going|is back)(?: up)? again|(?:сезон|лига|чемпионат|соревнования)\S* (?:снова|опять) (?:начина|стартует|стартуют|откроется|открывается)\S*|(?:fell|crashed|broke|tore|strained|sprained|injured|hurt|surgery|operation|injury|операци\S*|травм\S*|перелом\S*|разрыв\S*|растяжени\S*|воспалени\S*|упал\S*)(?: (?!(?:stopped|quit|gave|since|бросил\S*|перестал\S*|с тех)(?= ))\S+){0,4} (?:\S+ )?(?:years?|months?|лет|года?|месяц\S*) (?:ago|назад)|(?:\S+ )?(?:years?|months?|лет|года?|месяц\S*) (?:ago|назад) (?:(?:i |я )?(?:had|was|была?|было|был|сделали|делали) )?(?:an? |the |my )?(?:операци\S*|травм\S*|перелом\S*|surgery|operation|injury|an injury|fall|accident)|not even (?:\S+ ){0,3}(?:as a kid|as a child|at school|in school|as a teenager)|даже (?:\S+ ){0,2}(?:в школе|в детстве) не)(?= |$)/gu;

/**
 * "I'm at the market from 7 to 6", "I'm at work all day": a place the person is at, not a level reached ("I'm at
 * 5k", "I'm at the point where…" stay). Blind read 53b read a market trader out of breath on the stairs as active.
 */
export const AT_A_PLACE =
  /(?<=^| )(?:i'm|i am) at (?:the |my |a |an )?(?!(?:level|stage|point|moment|minute|km|k|\d)(?= |$))(?:market|work|home|school|uni|college|office|shop|stall|factory|hospital|station|warehouse|site|desk|till|counter|farm|job|church|mosque|temple)\S*(?= |$)/gu;

/**
 * Signs of doing it now that stems cannot carry, read in a description or an answer (never the title,
 * where a number is a target): an audience already built ("32k followers", «5 тысяч подписчиков»), part of
 * the work already done ("80 of the 300 hours", «40 из 120 билетов»), a rate kept now, months into it, part of
 * it already possible, and a language used at work every day.
 */
export const ALREADY_DOING = [
  /(?:^| )\d+(?:[.,]\d+)?\s?(?:k|к|тыс\S*|thousand)?\s(?:followers|subscribers|listeners|readers|viewers|подписчик\S*|слушател\S*|читател\S*|зрител\S*)(?= |$)/u,
  /(?:^| )\d+ (?:of|out of|из) (?:the |my |all )?\d+ (?:hours|chapters|lessons|modules|topics|units|readings|час\S*|глав\S*|урок\S*|тем\S*|модул\S*|билет\S*)(?= |$)/u,
  // A distance covered now on a regular trip: "I cycle 8 miles each way to work", «езжу 10 км до работы».
  /(?:^| )\d+(?:[.,]\d+)?\s?(?:km|k|mi|miles?|км|километр\S*) (?:each way|a day|every day|to work|в одну сторону|в день|каждый день|до работы|на работу)(?= |$)/u,
  // A distance swum or run each session so many times a week, or the usual one: "swim about 2 km three mornings
  // a week", "usually 1-1.5 km", «по 10 км три раза в неделю», «обычно 5 км» (blind read 42: a 2 km-a-morning swimmer
  // read as a beginner). A weekly volume ("25 km a week") is no such sign.
  // Not a past one: "I used to run 5k twice a week two years ago", «раньше бегал по 5 км».
  /(?<!(?:used to|would|раньше|когда-то) (?:\S+ )?)(?:^| )\d+(?:[.,]\d+)?\s?(?:km|k|mi|miles?|км|километр\S*) (?:\S+ )?(?:times|mornings|evenings|days|sessions|twice|раз|раза|утра|вечера) (?:a|per|в) (?:week|неделю)(?= |$)(?! (?:\S+ ){0,3}(?:ago|назад))/u,
  /(?:^| )(?:usually|normally|обычно)(?: about| around| по| около)? \d+(?:[.,-]\d+)*\s?(?:km|k|mi|miles?|m|км|м)(?= |$)/u,
  // A rate kept now: "30 pages a night", «40 страниц в день».
  /(?:^| )\d+ (?:pages|страниц\S*) (?:a|an|per|every|each|в|за)(?= |$)/u,
  // An event done every year or season, league play, a sport since childhood said without a verb: «каждую зиму
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
  // A best result of their own, said with its number: "current best is 455", "my PB is 1:52", «личный рекорд —
  // 1:45» (blind read 55 gave a raw lifter at 455 three months from a meet a gentle ten-minute walk).
  /(?:^| )(?:(?:current|personal|my|all-time|lifetime|competition) (?:best|pb|pr|record)|pb|pr|(?:личный|мой|лучший) (?:рекорд|результат))(?: (?:is|was|of|at|stands at|sits at|—|-|:|на \S+|в \S+))*(?: (?:about|around|около|примерно))? \d/u,
  // A rating or a speed of their own, said with its number: "I'm rated 1750", "my rating is about 1600", "Elo 1450",
  // "I type 60 wpm", «рейтинг у меня 1750», «мой рейтинг — 1600» (a chess player at 1750 aiming for 2000 got "three
  // activities to try"). A description's number only: in the title a rating is the target.
  /(?:^| )(?:(?:i'm|i am|currently|now) rated|rated (?:at )?(?=\d)|(?:my|current|online|fide|lichess|chess\.com|blitz|rapid|classical) (?:rating|elo)|rating|elo|рейтинг(?: у меня)?|(?:мой|текущий|у меня) рейтинг)(?: (?:on|in|на|в) \S+)?(?: (?:is|of|at|about|around|—|-|:|около|примерно|сейчас|now))* \d{3,}|(?:^| )\d+ ?(?:wpm|words per minute|слов в минуту|знаков в минуту)(?= |$)/u,
  // Competing now: "competing raw", "I compete in the 74s", «выступаю на стартах», «соревнуюсь».
  /(?:^| )(?:competing (?:raw|equipped|in|at|for|as|on|regularly|every)|(?:i|we) (?:compete|race|lift|fight|play) (?:in|at|for) (?:meets|competitions|tournaments|races|the \S+s)|выступаю|выступаем|соревнуюсь|соревнуемся)(?= |$)/u,
];

/**
 * A distance done now, said plainly ("I can do 15 miles comfortably now", "I can run 10k", «сейчас спокойно пробегаю
 * 20 км»): the person trains now, whatever their past ("ran it two years ago, started again in September").
 */
export const DOING_NOW =
  /(?:^| )(?:(?:i can (?:now |already |comfortably |easily )?(?:do|run|swim|ride|cycle|walk|hike)|(?:сейчас |уже )(?:спокойно |легко )?(?:могу пробежать|могу проплыть|могу проехать|пробегаю|проплываю|проезжаю|бегаю|прохожу)) (?:about |around |up to |до |около )?\d+(?:[.,]\d+)?\s?(?:k|km|mi|miles?|км|километр\S*)(?: (?:comfortably|easily|now|спокойно|легко|без остановки))?)(?= |$|[.,])/u;

/**
 * Part of it done now and the rest never ("I can run up cushions on my machine but I've never followed a pattern",
 * «уже умею шить простые вещи, но по выкройке ещё не шила»): part of the skill, so the steps start from what is
 * missing, not from the first day.
 */
export const PART_DONE =
  /(?:^| )(?:(?:i|and|already) can (?!not )(?:already |just about |just )?\S+ .*? (?:but|though|yet) .*?(?:never|not yet|haven't|have not)|(?:уже )?умею (?!только )\S+ .*? (?:но|а|однако) .*?(?:никогда|ни разу|пока не|ещё не|еще не))(?= |$)/u;

/**
 * Something bought or rented already ("the cajon's already bought", «кахон уже купил», "already rented a harp") is
 * kit in hand, not practice: its "already" is no sign of doing it. (A race entry already paid stays one: it says
 * the person trains for it.)
 */
export const ALREADY_BOUGHT =
  /(?:^| )(?:уже (?:купил|купила|купили|куплен\S*|заказал|заказала|заказали|арендовал|арендовала|арендовали|взял[аи]? (?:напрокат|в аренду))|already (?:bought|rented|ordered|hired|borrowed))(?= |$)/gu;

/**
 * «Уже не» is "no longer" («сосед сам уже не может», «уже не тянет»): no sign of doing it now (blind read 47b: a
 * beginner given a neighbour's hives read as active and got "do one thing you can already do"). «Уже не первый год»,
 * «уже не новичок» stay signs.
 */
export const NO_LONGER = /(?:^| )уже не(?! (?:перв\S*|новичок|новичка|новенький|новенькая|с нуля)(?= |$))(?= |$)/gu;

/** "Never done more than 2 km", "never 5 km-ish legs": how far the person has gone so far, not a first time. */
export const NEVER_FURTHER =
  /(?<=^| )never (?:\S+ )?(?:(?:more|further|longer) than |over )?(?:about |around )?\d+(?:[.,]\d+)?\s?(?:km|k|mi|miles?|m)(?=[ -]|$)/gu;

/**
 * Doing it now, for years: a present verb with how long ("I've been knitting for about a year", "I've swum
 * since I was a kid", «вяжу года три», «плаваю с детства», «тягаю железо шесть лет», «занимаюсь пятый год»). Blind read
 * 51 gave a knitter of three years, a swimmer since childhood and a six-year bencher first-lesson steps: a "never"
 * about the new piece beside it («свитер ни разу», "never a jumper") outweighed it. It counts as two active signs.
 * Living, working, wanting, smoking and the like for years are no such sign.
 */
export const YEARS_DOING = [
  /(?:^| )(?:i've|i have|we've|we have) (?:been (?!(?:meaning|wanting|trying|thinking|planning|hoping|waiting|living|working|studying|smoking|drinking|struggling|suffering|putting|saving|dreaming)(?= ))\S+ing|(?!(?:had|wanted|tried|struggled|suffered|lived|worked|planned|meant|hoped|dreamed|dreamt|thought|avoided|failed|smoked|drunk|drank|gained|lost|been|put|said|known|felt|waited|saved)(?= ))(?:\S+ed|swum|sung|run|drawn|sewn|ridden|knit|spun|thrown|played))(?: (?!(?:but|then|never|until|till)(?= ))\S+){0,4} (?:for (?:about |around |over |nearly |almost |roughly |the (?:past|last) )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|many|several|a few|a couple of) (?:years?|seasons?)|since (?:i was (?:at school|in school|at uni|a kid|a child|little|small|young|a teenager|a teen|\d+)|childhood|school|primary school|uni|university|college))(?= |$)/u,
  /(?:^| )(?!(?:живу|работаю|учусь|хочу|могу|курю|пью|болею|лечусь|жду|коплю|мечтаю|собираюсь|думаю|пытаюсь|сижу|маюсь|страдаю|мучаюсь|стою|откладываю|плачу|снимаю|езжу)(?= ))\p{L}+(?:аю|яю|ую|юю|жу|шу|чу|щу|жму|шью|лью|пою|юсь|усь)(?: уже)?(?: (?!(?:но|и|а|только|уже)(?= ))\p{L}+)?(?: уже)? (?:(?:лет|года?) (?:\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|пятнадцать|двадцать)|(?:\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|пятнадцать|двадцать|пару|несколько|много|уже) (?:лет|года?)|с детства|со школы|с юности|(?:второй|третий|четвертый|четвёртый|пятый|шестой|седьмой|десятый) год)(?= |$)/u,
];

/**
 * A professional who has seen the person lets them go on ("my physio cleared me to run", "the doctor gave me the
 * all-clear", «врач разрешил тренироваться», «физиотерапевт допустил к нагрузкам»): the injury or condition they name
 * was judged, so it no longer makes them a beginner; the level is what the other signs say (a runner a physio had
 * cleared after a sprain got a beginner's routine).
 */
export const CLEARED =
  /(?:^| )(?:(?:physio\S*|doctor|gp|surgeon|consultant|specialist|cardiologist|physician)(?: \S+){0,2} (?:has |have |had )?(?:cleared|okayed|approved|signed me off|given me the (?:all-clear|all clear|green light|go-ahead)|gave me the (?:all-clear|all clear|green light|go-ahead)|said i can|says i can|said it's fine|says it's fine)|(?:cleared|signed off|okayed) (?:by|from) (?:my |the |a )?(?:physio\S*|doctor|gp|surgeon|consultant|specialist)|(?:got|have|had) the (?:all-clear|all clear|green light|go-ahead)(?: from)?|(?:врач\S*|доктор\S*|физиотерапевт\S*|хирург\S*|кардиолог\S*|травматолог\S*|ортопед\S*|реабилитолог\S*)(?: \S+){0,2} (?:разрешил\S*|допустил\S*|одобрил\S*|сказал\S*,? что (?:можно|уже можно))|(?:допуск|разрешение) (?:от|врача|доктора|физиотерапевта)|(?:мне )?(?:разрешили|допустили) (?:снова |уже )?(?:бегать|тренироваться|заниматься|к тренировкам|к нагрузкам|нагрузки|играть|плавать))(?= |$|[.,])/u;

/**
 * A place held now in a group that does the activity, said anywhere, the title too: "the cello part in my community
 * orchestra's spring concert", "the starting lineup of my Sunday league team", «в основной состав нашей команды»,
 * «партию в нашем хоре». Someone in the orchestra, the league side or the choir plays, sings or trains now; blind read
 * 59 gave the cellist a first lesson on holding the bow and the league footballer a gentle walking base. Someone
 * else's team ("my son's under-12s team") and a team at work ("my work team") are no such place, nor is joining,
 * founding or learning something new for the group (`NEW_TO_THE_GROUP`). It counts as two active signs, as years of
 * doing it do.
 */
export const IN_A_GROUP_NOW =
  /(?:^| )(?:(?:my|our) (?:(?!(?:\S+'s|work|office|project|sales|support|marketing)(?= ))\S+ ){0,3}(?:team|orchestra|band|choir|club|squad|ensemble|quartet|trio|league side|crew|troupe|xi)(?:'s)?|(?:starting lineup|starting line-up|starting eleven|starting xi|first team|first xi)|(?:(?:мо|наш|сво)(?:ей|ем|ём|его) (?:\S+ ){0,2}(?:команд|сборн|оркестр|хор|ансамбл|клуб|секци)\S*)|(?:за (?:мою|нашу|свою) (?:\S+ ){0,2}(?:команд|сборн)\S*)|(?:основно\S* состав\S*|стартово\S* состав\S*))(?= |$)/u;

/** Joining, founding or learning something new for a group: "join my local club", «научиться для нашего хора». */
export const NEW_TO_THE_GROUP =
  /(?:^| )(?:join|joining|found|start|set up|learn|learning|вступить|вступлю|записаться|попасть в (?!основно|стартов)|создать|собрать|основать|научиться|выучить)(?= |$)/u;
