import { expect, it } from 'vitest';
import { talkWith, tapping, tapThrough } from '../../../../test/factories/converse.js';
import { coach, firstFive, pack, talk, tap, withPrefix } from '../../../../test/factories/offline-cases.js';
import { aCoachContext } from '../../../../test/factories/coach-context.js';

// Which kind a goal is placed in: the classifier, the kind question and "Something else".
const first = (choices: string[]) => choices[0] ?? '';

it('takes a knee or a back to have looked at from the generic path to the symptom visit', async () => {
  const en = await firstFive(
    'generic',
    'Get my knee looked at, it keeps giving way',
    "For about four months my right knee has buckled going down stairs, maybe twice a week. I keep telling myself it'll settle down, but I'm 47 and I play five-a-side.",
  );
  expect(en.keys[0]).toBe('chk-sym-book');
  expect(en.text).not.toMatch(/what done looks like|good source/i);
  // A named specialist keeps the specialist's way in; either way it is a visit, not the generic path.
  const ru = await firstFive(
    'generic',
    'Показаться ортопеду с коленом',
    'Колено подворачивается на лестнице уже полгода.',
    'ru',
  );
  expect(ru.keys[0]).toMatch(/^chk-/);
});

it('places a guide or seasonal job at a lodge or resort in career, so "Something else" cannot send it to the catch-all', async () => {
  // The person taps "Something else" whenever asked, as the blind read's did.
  const en = await talk(
    null,
    'Get a job as a guide at a safari lodge',
    'I know the birds and animals from herding, but I have no guiding certificate and no driving licence. The lodges hire for the season in June.',
    'en',
    tapping([]),
  );
  expect(en.keys[0]).toMatch(/^car-/);
  expect(en.keys).not.toContain('gen-act-done');
  const ru = await talk(
    null,
    'Устроиться гидом на турбазу',
    'Горы знаю с детства, но сертификата нет. Набирают к июню.',
    'ru',
    tapping([]),
  );
  expect(ru.keys[0]).toMatch(/^car-/);
  // A safari holiday stays travel.
  const trip = await talk(null, 'Go on safari in Kenya', 'Two weeks next summer with my sister.', 'en', tapping([]));
  expect(trip.keys[0]).toMatch(/^trip-/);
});

it('places a DBS or background check for coaching as paperwork, not a sport', async () => {
  const en = await talk(
    null,
    "Get my DBS check done so I can coach my son's football team",
    'The club says no DBS, no coaching, and the address history confuses me.',
    'en',
    tapping([]),
  );
  expect(en.keys.some((key) => key.startsWith('sport-'))).toBe(false);
  const ru = await talk(
    null,
    'Получить справку о несудимости, чтобы тренировать футбольную команду сына',
    'Без справки в секции не оформят.',
    'ru',
    tapping([]),
  );
  expect(ru.keys.some((key) => key.startsWith('sport-'))).toBe(false);
  // A goal about playing football stays sport.
  const play = await talk(
    null,
    'Get into the first team at my football club',
    'I train twice a week.',
    'en',
    tapping([]),
  );
  expect(play.keys.some((key) => key.startsWith('sport-'))).toBe(true);
});

it('files tidying a big shared house under home, not in-law relations', async () => {
  const talk = await talkWith(coach)(
    null,
    'Навести порядок в доме, где живём одиннадцать человек',
    'Живём в своём доме: мы с мужем, четверо детей, свекровь, деверь с женой и двое их малышей. Обувь горой у входа, в шкафах всё вперемешку. Хочу к празднику, чтоб не стыдно было людей принять.',
    'ru',
    (choices) => choices.at(-1) ?? '',
  );
  expect(talk.keys.some((key) => key.startsWith('home-'))).toBe(true);
  expect(talk.keys.some((key) => key.startsWith('fam-inlaw'))).toBe(false);
});

it('places making friends at a work camp with friends and people, not camping or a new habit', async () => {
  const en = await talk(
    null,
    'Get a few proper mates at the work camp',
    "I'm on a two-weeks-on roster at a remote site and only know my own shift.",
    'en',
    tapping(['Friends and people']),
  );
  expect(en.asked[0]?.choices?.[0]).toBe('Friends and people');
  expect(en.keys.some((key) => key.startsWith('soc-'))).toBe(true);
  const ru = await talk(
    null,
    'Найти друзей на вахте',
    'Вахта по месяцу, после смены сижу один в вагончике.',
    'ru',
    tapping(['Друзья и общение', 'Только начинаю']),
  );
  expect(ru.asked.filter((asked) => asked.question.startsWith('Хочу подобрать шаги'))).toEqual([]);
  expect(ru.keys.some((key) => key.startsWith('soc-'))).toBe(true);
});

it('places a move up from the line, a hand-woven mat and a flaky friend in their kinds from the title', async () => {
  const other = tapping(['Something else', 'Другое']);
  const chef = await talk(
    null,
    'Move up from kitchen porter to commis chef',
    'Two years washing up at a hotel; the head chef says a commis spot opens in the autumn.',
    'en',
    other,
  );
  // Career, asked outright or placed at once (then its own question: which career situation).
  expect(chef.asked[0]?.choices ?? ['Career and job search']).toEqual(
    expect.arrayContaining([expect.stringMatching(/^(Career and job search|Getting a promotion)$/)]),
  );
  const mat = await talk(
    null,
    'Weave a pandanus mat for my nephew’s wedding',
    'My aunty wove them for every family occasion and will teach me on Saturdays.',
    'en',
    tapping(['Creative project']),
  );
  expect(mat.keys[0]).toBe('cre-plait-teacher');
  // A life on autopilot is a vague goal: the gentle start, no troubleshooting "next time you do it".
  const rut = await talk(null, 'stop coasting through my thirties', 'Same job, same flat, same Fridays.', 'en', other);
  expect(withPrefix(rut.keys, 'gen-fault')).toEqual([]);
  expect(rut.keys[0]).toBe('gen-01');
});

it('places a trip with a relative on insulin in travel', async () => {
  const placed = await tapThrough(coach)(
    null as unknown as string,
    'Take my mother for Umrah in December',
    "My mother is 68 and diabetic. I don't know how to manage her walking and her insulin over there.",
    'en',
    ['Just starting'],
  );
  expect(placed.keys.filter((key) => key.startsWith('skill-care'))).toEqual([]);
});

it('places walking again after a joint replacement or a broken bone in fitness, never in the custody program', async () => {
  const en = await talk(
    null,
    'manage the walk to the post office after my knee replacement',
    "I'm 74, the new knee went in six weeks ago and I still lean on a walking stick outdoors.",
    'en',
    first,
  );
  // Read as fitness with confidence: no question about the area.
  expect(en.asked.flatMap((question) => question.choices ?? [])).not.toContain('Something else');
  expect(en.keys.some((key) => key.startsWith('rec-'))).toBe(false);
  const ru = await talk(
    null,
    'разработать ногу после перелома бедра и снова ходить в магазин',
    'Мне 70, зимой упала на льду, поставили штифт. Дома хожу с ходунками, на улицу пока не выхожу.',
    'ru',
    first,
  );
  expect(ru.asked.flatMap((question) => question.choices ?? [])).not.toContain('Другое');
  expect(ru.keys.some((key) => key.startsWith('rec-'))).toBe(false);
  // Near miss: a parent kept from a child is still the custody program.
  const near = await talk(
    null,
    'see my son again after his mother stopped the visits',
    'We split last year and she has refused every weekend visit since March.',
    'en',
    first,
  );
  expect(near.keys).toContain('rec-01');
});

it('takes a goal about saying no from generic to social’s saying-no steps', async () => {
  const en = await tap(
    'generic',
    'learn to say no when colleagues and my brother ask for favours',
    'I end up covering shifts and lending money, and then I have nothing left for myself.',
    'en',
    ['Learning to say no'],
  );
  expect(en.keys[0]).toBe('soc-no-list');
  expect(en.keys).toContain('soc-no-first');
  const ru = await tap(
    'generic',
    'научиться отказывать соседям и родне',
    'Постоянно прошу потом прощения и всё равно иду помогать.',
    'ru',
    ['Научиться отказывать'],
  );
  expect(ru.keys).toContain('soc-no-words');
  // «Отказаться» from something is no saying no to people.
  const near = await tap('generic', 'отказаться от лишнего в жизни', 'Хочу жить проще.', 'ru');
  expect(near.keys.some((key) => key.startsWith('soc-no-'))).toBe(false);
});

it('takes a licence from abroad to exchange into admin, with the test and the weeks without driving planned', async () => {
  const ru = await tap(
    'generic',
    'сменить украинские права на польские',
    'Живём во Вроцлаве с весны, езжу на машине к клиентам, скоро кончится срок, когда можно ездить по старым правам.',
    'ru',
  );
  expect(ru.keys).toContain('adm-swap-tests');
  expect(ru.keys).toContain('adm-swap-meanwhile');
  expect(ru.keys).not.toContain('gen-act-list');
  // Learning to drive from scratch is no licence swap.
  const near = await tap(
    'generic',
    'получить права',
    'Хочу научиться водить и сдать экзамен в ГИБДД этим летом.',
    'ru',
  );
  expect(near.keys).not.toContain('adm-swap-tests');
});

it('takes a goal put under "Something else" to the language kind when a school taught in that language is named; plain homework help stays generic', async () => {
  const en = await tap(
    'generic',
    'keep up with my son’s homework in Irish',
    'He started at an Irish-medium primary in September and I only did a bit of Irish at school decades ago. I work shifts.',
    'en',
    ['Just starting', 'Following'],
  );
  expect(en.keys.some((key) => key.startsWith('lang-school-'))).toBe(true);
  const ru = await tap(
    'generic',
    'помогать дочке с уроками на татарском',
    'Дочь пошла в гимназию, в школу с обучением на татарском языке, а я по-татарски почти не говорю.',
    'ru',
    ['Только начинаю', 'Понимать школьные'],
  );
  expect(ru.keys).toContain('lang-school-ask');
  const near = await tap(
    'generic',
    'help my son with his maths homework',
    'He is in year 5 and I never liked maths.',
    'en',
    [],
  );
  expect(near.keys.some((key) => key.startsWith('lang-'))).toBe(false);
});

it('takes a windpump goal put under "Something else" or another kind to its own steps', async () => {
  const en = await tap(
    'generic',
    'repair the windmill pump before summer',
    'The leathers are worn and the tank is half empty.',
    'en',
    [],
  );
  expect(en.keys).toContain('rep-wmill-climb');
});

it.each<['en' | 'ru', string, string[], string[]]>([
  // Old top three: Family, Grief and loss, Moving; a carer's goal is no move.
  ['en', 'Care for my mum at home', ['family'], ['moving', 'repair']],
  // Old top three: Творческий проект, Переезд, Ремонт; a film is neither.
  ['ru', 'Снять короткий фильм', ['creative'], ['moving', 'repair']],
])(
  '%s: asks about "%s" with only the kinds that could fit, never padded with unrelated areas',
  async (locale, title, fit, unrelated) => {
    const asked = await coach.clarifyGoal(
      aCoachContext({ goal: { id: 'g', title, description: null, goalType: null }, locale, mayAsk: true }),
    );
    if (asked.status !== 'need_clarification') throw new Error(`expected the kind question, got ${asked.step}`);
    const name = (id: string) => pack.types.find((kind) => kind.id === id)!.name[locale];
    expect(asked.choices).toEqual(expect.arrayContaining([...fit.map(name), pack.generic.other[locale]]));
    for (const id of unrelated) expect(asked.choices).not.toContain(name(id));
  },
);
