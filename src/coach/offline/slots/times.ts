// Time the person has: the minutes at a time, and the evenings or weekend days said as not free (a window that is none).
import type { GoalSlots } from './types.js';

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

export function minutesOf(text: string): number | undefined {
  const match = MINUTES.exec(text);
  if (!match || match[1]) return undefined;
  const said = match[2] ?? match[3]!;
  const minutes = Number(said) || MINUTE_WORDS[said];
  // Under five minutes is a habit's size ("two minutes of"), not the time someone has.
  return minutes && minutes >= 5 && minutes <= 90 ? minutes : undefined;
}

const DAY_WORD = /(?:^| )(?:saturday|sunday|суббот|воскресен|воскресн)\S*/gu;
const DAY_AS_PLACE =
  /(?:^| )(?:saturday|sunday|субботн|воскресн)\S* (?:market|markets|league|club|school|service|match|game|paper|ярмарк\S*|рын\S*|лиг\S*|школ\S*|служб\S*|матч\S*)/gu;

/** Weekend days, and what is held on them for others: a school, a service, a market, a match. */
const DAY_EN = 'saturday|sunday';
const EVENT_EN =
  'school|schools|service|services|church|mass|kirtan|kirtans|gurdwara|temple|mosque|synagogue|worship|prayers|liturgy|market|markets|league|match|matches|football|fixture|fixtures';
const EVENT_RU = 'школ|служб|литурги|месс|церк|храм|мечет|синагог|богослужен|намаз|рын|ярмарк|матч';

/**
 * Evenings said as time the person does NOT have ("light goes off most evenings", "I work most afternoons", «вечером нет
 * света», «по вечерам работаю») and a school or college named as the past ("back on the farm after college didn't
 * work out", «после школы поступил»): no time window read from them (blind read 28 put the study sessions
 * into the evenings of someone with no light in the evening, and the practice of someone just back from college).
 */
export const NOT_FREE_TIME = new RegExp(
  [
    `(?:^| )(?:light|lights|power|electricity|current)(?: \\S+){0,2} (?:off|out|cut|down)(?: \\S+){0,2} (?:evenings?|at night|nights)(?= |$)`,
    `(?:^| )(?:i|i'm|i am|we|we're) (?:busy|work(?! on)|working(?! on)|do shifts|can't|cannot|can not|never)(?: (?!so |but |and |then |which |it's |it is |only )\\S+){0,5} (?:evenings?|weeknights|afternoons?|mornings?)(?= |$)`,
    // A weekend day worked for someone else ("I stand 11 hours on Saturdays" at the salon, «по субботам работаю»)
    // is no time the person has: blind read 40b planned a braider's own business "for each free slot on Saturdays".
    // A day said free beside it ("free on Saturdays", «по субботам свободна») still reads.
    `(?:^| )(?:i|i'm|i am|we|we're) (?:work(?! on)|working(?! on)|stand|standing|do shifts|have shifts|on my feet)(?: (?!so |but |and |then |which |free |off |except |only |it's |it is )\\S+){0,4} (?:on )?(?:saturdays?|sundays?|weekends?)(?: (?:and|or) (?:on )?(?:saturdays?|sundays?))?(?= |$)(?! (?:free|off)(?= |$))`,
    `(?:^| )(?:по )?(?:субботам|воскресеньям|выходным)(?: (?!не )\\S+){0,2} (?:работаю|стою|на смене|на работе)(?= |$)`,
    `(?:^| )(?:работаю|стою на ногах|на смене)(?: (?!а |но |и |свобод\\S* )\\S+){0,2} (?:по )?(?:субботам|воскресеньям|выходным)(?: (?:и|или) (?:по )?(?:субботам|воскресеньям))?(?= |$)(?! (?:свобод|отдыха|выходн)\\S*)`,
    `(?:^| )after (?:college|uni|university|school) (?:didn't|did not|wasn't|was not|ended|finished|fell through|failed)(?= |$)`,
    // Work or chores said to fill the end of the school or work day ("I help my mother on the farm after school",
    // «после школы помогаю маме»): no free time then (blind read 34b put the revision there).
    `(?:^| )(?:i|we) (?:help|work|look after|mind|care for|do chores|have chores|do the chores)(?: (?!so |but |and |then |which )\\S+){0,6} after (?:school|classes|work)(?= |$)`,
    `(?:^| )после (?:школы|уроков|учебы|работы)(?: \\S+){0,2} (?:помогаю|работаю|подрабатываю|сижу с)(?= |$)`,
    `(?:^| )(?:back|returned|came back|moved back|went back)(?: \\S+){0,8} after (?:college|uni|university|school)(?= |$)`,
    `(?:^| )(?:вечером|вечерами|по вечерам)(?: \\S+){0,2} (?:нет света|света нет|отключают свет|выключают свет|свет отключают|свет выключают|работаю|занята?|не могу)(?= |$)`,
    `(?:^| )(?:нет света|света нет|отключают свет|свет отключают|выключают свет|свет выключают|работаю|занята?|не могу)(?: \\S+){0,2} (?:вечером|вечерами|по вечерам)(?= |$)`,
    `(?:^| )после (?:школы|учебы|колледжа|техникума|училища|института|университета)(?: \\S+){0,2} (?:не )?(?:поступил\\S*|пошел|пошла|вернул\\S*|уехал\\S*|переехал\\S*|работал\\S*|устроил\\S*)(?= |$)`,
    // A weekend day named for someone else's timetable — a school, a service, a lesson, a market ("the Sunday
    // kirtan", "a Chinese school in Reading on Sundays", «по воскресеньям служба») — is no time the person has: blind
    // read 30 put practice on the Sunday of a kirtan and the study on a school's Sunday. Their own day, said beside it
    // ("we've got Saturday mornings"), is still read.
    `(?:^| )(?:${DAY_EN})s? (?:${EVENT_EN}|lessons?|class|classes|club|shifts?)(?= |$)`,
    `(?:^| )(?:${EVENT_EN})(?: (?!so |but |and |then |i |i'm |we |we're |we've |free |only )\\S+){0,4} (?:on |every )?(?:${DAY_EN})s?(?= |$)`,
    `(?:^| )(?:on |every )?(?:${DAY_EN})s?(?: (?!free |off |i'm free |we're free )\\S+){0,3} (?:is |are |we go to |she goes to |he goes to |they go to |has |have )(?:the |our |her |his |their |a )?(?:\\S+ )?(?:${EVENT_EN})(?= |$)`,
    `(?:^| )(?:субботн|воскресн)\\S* (?:${EVENT_RU}|урок|заняти|кружок|кружк|секци|смен)\\S*`,
    `(?:^| )(?:${EVENT_RU})\\S*(?: (?!но |а |и |свобод\\S* |\\S*(?:ю|юсь|у|ем|им) )\\S+){0,3} (?:по|в|во) (?:субботам|воскресеньям|субботу|воскресенье)(?= |$)`,
    `(?:^| )(?:по|в|во) (?:субботам|воскресеньям|субботу|воскресенье)(?: у \\S+)?(?: (?:ходим|ходит|ходят|ездим|ездит|едем))?(?: в| на)?(?: \\S+)? (?:${EVENT_RU})\\S*`,
    // One day said once ("one free Saturday in June", "next Sunday", «одна свободная суббота», «в эту субботу»)
    // is a date, not a time the person has every week: blind read 33 put practice sessions "on Saturdays" for someone
    // with evenings after 8 and one free Saturday.
    // One day of the past or of a series ("couldn't eat anything on the first Sunday last year", "last Saturday",
    // «в прошлое воскресенье», «в первую субботу») is a date too: blind read 48 put a bar examinee's study on Sundays.
    `(?:^| )(?:one|a single|this|next|this coming|the coming|that|last|the last|the first|the second|the third|the final)(?: free| spare| whole)? (?:${DAY_EN})(?= |$)`,
    `(?:^| )(?:одна|одну|одной|в эту|эта|эту|в следующую|следующую|в ближайшую|ближайшую|в одну|в прошлую|прошлую|в прошлое|прошлое|в первую|первую|в первое|первое|в последнюю|в последнее)(?: свободн\\S*)? (?:суббот|воскресен)\\S*`,
    // Weekends spent somewhere else ("at weekends I'm in Heihe", «по выходным бываю в Хэйхэ», «по выходным езжу на
    // дачу») are no time at the desk: blind read 48 put a learner's sessions on the weekends he spends across the border.
    `(?:^| )(?:at |on |every )?(?:the )?(?:weekends?|saturdays?|sundays?),? (?:i'm|i am|i go|i travel|i drive|i'm away|i am away)(?! free| off| at home| home)(?= |$)`,
    `(?:^| )(?:по )?(?:выходным|субботам|воскресеньям),? (?:я )?(?:бываю|езжу|уезжаю|мотаюсь|катаюсь|летаю)(?! дома)(?= |$)`,
    // Others arriving after school ("my grandchildren come after school", «внуки приходят после школы») is the end
    // of the person's free day, not time they have.
    `(?:^| )(?:come|comes|come round|come over|arrive|arrives|get home|gets home|are home|is home|are back|is back)(?: \\S+){0,2} after (?:school|classes)(?= |$)`,
    `(?:^| )(?:приходят|приходит|приезжают|приезжает)(?: \\S+){0,2} после (?:школы|уроков)(?= |$)`,
    // The morning of the exam or the race ("bad panic on exam mornings") is when it happens, not study time.
    `(?:^| )(?:exam|test|race|match|interview|competition)(?:-| )(?:mornings?|evenings?|nights?|days?)(?= |$)`,
  ].join('|'),
  'g',
);

/**
 * A day that names a place or an event ("busk at the Saturday market", «воскресная школа») is no time the person
 * has: the window is kept only when the day is also said on its own.
 */
export function dropDayAsPlace(values: GoalSlots['values'], all: string): void {
  if (!values.window || !['saturday', 'sunday'].includes(values.window.id)) return;
  const days = all.match(DAY_WORD)?.length ?? 0;
  const places = all.match(DAY_AS_PLACE)?.length ?? 0;
  if (days > 0 && days === places) delete values.window;
}
