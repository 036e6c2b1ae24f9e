import { describe, expect, it } from 'vitest';
import { firstFive, tap, withPrefix } from '../../../../test/factories/offline-cases.js';

// Goals of the interview kind (content/goals/types/interview.yaml), walked through the offline coach as a person
// would: the situation named and the steps it brings, the level, and a danger named in passing that leads the path.
// Where a new case goes: docs/coach.md.
const RTW = ['intv-rtw-asks', 'intv-rtw-papers', 'intv-rtw-before', 'intv-rtw-card'];

const JOB = ['intv-01', 'intv-02', 'intv-03', 'intv-04'];

const KITCHEN_TRIAL = ['intv-trial-kit', 'intv-trial-speed', 'intv-trial-rush'];

describe('interview: the level and what the person already has or does', () => {
  it('skips the "About us" page for a council the person already knows from its meetings', async () => {
    const en = await tap(
      'interview',
      'Interview to be clerk to our town council',
      "I've sat in on their meetings for years and know most of the councillors; the interview is next Tuesday.",
    );
    expect(en.keys).not.toContain('intv-02');
    const ru = await tap(
      'interview',
      'Пройти собеседование на секретаря сельсовета',
      'Я хожу на их заседания уже пять лет, знаю их всех. Собеседование через неделю.',
      'ru',
    );
    expect(ru.keys).not.toContain('intv-02');
    const near = await tap('interview', 'Prepare for my interview at a bank', 'Customer service role, next Monday.');
    expect(near.keys).toContain('intv-02');
  });
});

describe('interview: the situation named and the steps it brings', () => {
  it('interview: a raise at the annual review gets a pay talk with the manager, never job-interview steps', async () => {
    const raise = await firstFive(
      'interview',
      'Ask for a raise at my annual review',
      "The review is on the 12th. I've been doing a team lead's job for eight months without the title or the money, and I hate talking about pay.",
    );
    expect(raise.keys).toEqual(
      expect.arrayContaining(['intv-raise-wins', 'intv-raise-market', 'intv-raise-ask', 'intv-raise-rehearse']),
    );
    expect(raise.keys.some((key) => /^intv-\d+$/.test(key!))).toBe(false);
    expect(raise.text).not.toMatch(/tell me about yourself|job posting|interviewers|research the organisation/i);

    // An ordinary job interview still gets the job-interview path.
    const interview = await firstFive(
      'interview',
      'Job interview at a supermarket',
      'First interview ever, next week.',
    );
    // a shop or café job gets its own job-interview steps (the place itself, the questions such jobs ask).
    expect(interview.keys).toEqual(expect.arrayContaining(['intv-casual-place', 'intv-casual-answers']));
    expect(interview.keys.some((key) => key!.startsWith('intv-raise'))).toBe(false);
  });

  it('gives a technical interview no STAR stories, and a behavioural one keeps them', async () => {
    const ru = await firstFive(
      'interview',
      'Техническое интервью на аналитика',
      'Будет SQL и статистика, статистику подзабыл.',
      'ru',
    );
    expect(ru.keys).not.toContain('intv-03');
    expect(ru.keys).toContain('intv-tech-basics');
    const en = await firstFive('interview', 'Prepare for a technical interview', 'SQL test and Python questions.');
    expect(en.keys).not.toContain('intv-03');
    const plain = await firstFive('interview', 'Interview for a marketing manager role', 'Next Tuesday.');
    expect(plain.keys).toContain('intv-03');
  });

  it('asks for the flexible days themselves, not a raise or a promotion', async () => {
    const ru = await firstFive(
      'interview',
      'Попросить у руководителя гибкий график',
      'Хочу два дня работать из дома, разговор в пятницу.',
      'ru',
    );
    expect(ru.keys).toContain('intv-req-ask');
    expect(ru.keys).not.toContain('intv-raise-ask');
    expect(ru.text).not.toMatch(/прибавку, новую должность/);
    const en = await firstFive('interview', 'Ask for a four-day week', 'Meeting my manager on Thursday.');
    expect(en.keys).not.toContain('intv-raise-ask');
    // A pay rise keeps its ask.
    const raise = await firstFive('interview', 'Ask for a pay rise', 'My review is next month.');
    expect(raise.keys).toContain('intv-raise-ask');
  });

  it('gives a trial shift the practical day, not STAR stories, and keeps STAR for an interview', async () => {
    const en = await firstFive(
      'interview',
      'Get through my trial shift at the bistro',
      'Chef wants me on the grill on Friday.',
    );
    expect(en.keys[0]).toBe('intv-trial-ask');
    expect(en.text).not.toMatch(/STAR|Tell me about yourself/);
    const ru = await firstFive('interview', 'Пройти пробную смену бариста', 'Позвали в кофейню на пробный день.', 'ru');
    expect(ru.keys.every((key) => key.startsWith('intv-trial-'))).toBe(true);
    const job = await firstFive(
      'interview',
      'Prepare for my job interview at the bank',
      'Panel interview next Tuesday.',
    );
    expect(job.keys.some((key) => key.startsWith('intv-trial-'))).toBe(false);
    expect(job.text).toMatch(/STAR/);
  });

  it('reads a deputy-head interview at my own school as internal, with no company research', async () => {
    const ru = await firstFive(
      'interview',
      'Собеседование на должность замдиректора',
      'Учитель истории, директор предложил попробовать.',
      'ru',
    );
    expect(ru.keys).toContain('intv-int-talk');
    expect(ru.keys).not.toContain('intv-02');
    const en = await firstFive(
      'interview',
      'Interview for deputy head',
      'I have taught science for 12 years at the school where I work now.',
    );
    expect(en.keys).not.toContain('intv-02');
  });

  it('prepares a request to one’s own manager, never a job interview', async () => {
    const en = await firstFive(
      'interview',
      'Talk my boss into letting me work from Spain for a month',
      'My manager is quite old-school about being in the office and the one-to-one where I want to ask is next week.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['intv-req-policy', 'intv-req-cover']);
    expect(en.keys.some((key) => /^intv-0\d$/.test(key))).toBe(false);
    expect(en.text).not.toMatch(/posting|Tell me about yourself|interviewers/);
    const ru = await firstFive(
      'interview',
      'Уговорить начальника отпускать меня на курсы по средам',
      'Руководитель строгий.',
      'ru',
    );
    expect(ru.keys[0]).toBe('intv-ask-one');
    expect(ru.text).not.toMatch(/вакансi|Расскажите о себе/);
    const control = await firstFive('interview', 'Prepare for my interview on Friday', "It's for a receptionist job.");
    expect(control.keys[0]).toBe('intv-01');
  });

  it('prepares an interview presentation in three sittings — outline, slides, one timed run-through — not one 45-minute step', async () => {
    const ru = await firstFive(
      'interview',
      'Собеседование в аспирантуру в Тарту через Zoom',
      'Профессор ждёт двадцатиминутную презентацию моего проекта и вопросы по нему. Английский у меня рабочий, но вживую теряюсь и забываю слова. Собеседование 12-го.',
      'ru',
    );
    const at = (key: string) => ru.keys.indexOf(key);
    expect(at('intv-present-plan')).toBeGreaterThanOrEqual(0);
    expect(at('intv-present-plan')).toBeLessThan(at('intv-present'));
    // the organisation researched with the talk's topic comes first, so the run-through is now the sixth step.
    expect(at('intv-present-research')).toBeLessThan(at('intv-present-plan'));
    expect(ru.text).not.toMatch(/дважды отрепетируй/);
    const en = await firstFive(
      'interview',
      'Interview for the operations manager job',
      'They want a 15-minute presentation on my first 90 days.',
    );
    expect(en.keys).toContain('intv-present-plan');
    expect(en.keys).toContain('intv-present-rehearse');
    // An interview with no presentation gets none of these.
    const plain = await firstFive('interview', 'Job interview at the council next week', 'Competency questions.');
    expect(plain.keys.some((key) => key.startsWith('intv-present'))).toBe(false);
  });

  it('no longer tells a nervous interviewee to prepare for nerves "before any answers" after the answers', async () => {
    const en = await firstFive(
      'interview',
      'Get through interviews after being fired from my last job',
      "I've got an interview on Tuesday and I'm dreading the 'why did you leave' question.",
    );
    expect(en.text).not.toMatch(/before you prepare any answers/);
    const ru = await firstFive('interview', 'Пройти собеседование', 'Очень волнуюсь, собеседование в пятницу.', 'ru');
    expect(ru.text).not.toMatch(/ещё до того, как готовить ответы/);
  });

  it('gives nerves in a foreign-language interview one step with the rescue phrases — not the same phrases twice', async () => {
    const en = await firstFive(
      'interview',
      'Interview in German for a nursing job',
      'Video call next month. I panic with native speakers and my words disappear.',
    );
    expect(en.keys).toContain('intv-nerves-lang');
    expect(en.keys).not.toContain('intv-nerves');
    expect(en.keys).not.toContain('intv-lang-rescue');
    const ru = await firstFive(
      'interview',
      'Собеседование на английском в IT-компанию',
      'Английский B2, но от волнения теряюсь и забываю слова.',
      'ru',
    );
    expect(ru.keys).toContain('intv-nerves-lang');
    expect(ru.keys).not.toContain('intv-lang-rescue');
    // Calm in another language keeps the rescue phrases; nerves in one's own language keep the nerves step.
    const calm = await firstFive(
      'interview',
      'Interview in English for a bank',
      'My English is good, I just want to prepare.',
    );
    expect(calm.keys).toContain('intv-lang-rescue');
    const own = await firstFive('interview', 'Final round interview', 'I freeze on behavioural questions.');
    expect(own.keys).toContain('intv-nerves');
    expect(own.keys).not.toContain('intv-nerves-lang');
  });

  it('puts the nerves step first for an interview in another language when the nerves are named', async () => {
    const en = await firstFive(
      'interview',
      'Get through my interview in German',
      "It's for a nursing job in Hamburg next month. My mind goes blank in German when I'm nervous.",
    );
    expect(en.keys[0]).toBe('intv-nerves-lang');
    const ru = await firstFive(
      'interview',
      'Пройти собеседование на английском',
      'Собеседование через две недели в международной компании. Когда говорю по-английски, теряюсь и паникую.',
      'ru',
    );
    expect(ru.keys[0]).toBe('intv-nerves-lang');
    // No nerves named: the ordinary start.
    const calm = await firstFive(
      'interview',
      'Get through my interview in German',
      "It's for a nursing job in Hamburg next month. I speak German at B2.",
    );
    expect(calm.keys[0]).not.toBe('intv-nerves-lang');
  });

  it('says "organisation" in Russian, not "a company or a university", for any interview', async () => {
    const ru = await firstFive(
      'interview',
      'Собеседование в областную администрацию',
      'На должность ведущего специалиста отдела культуры, через две недели.',
      'ru',
    );
    expect(ru.keys).toContain('intv-02');
    expect(ru.text).toContain('Изучи организацию');
    expect(ru.text).not.toContain('компанию или вуз');
  });

  it('gives a move to day shifts asked of a supervisor the talk with her own manager — no vacancy, STAR stories or interviewers', async () => {
    const ru = await tap(
      'interview',
      'Попросить заведующую перевести меня на дневные смены',
      'Я фармацевт в круглосуточной аптеке, третий год работаю в ночь через двое. Заведующая не любит, когда что-то просят.',
      'ru',
      ['Собеседование', 'Попросить'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['intv-ask-one', 'intv-ask-their-side']);
    for (const key of ['intv-01', 'intv-02', 'intv-03', 'intv-04', 'intv-05']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'interview',
      'Ask my ward manager to move me to day shifts',
      "I've done nights for four years and they're wrecking my sleep.",
      'en',
      ['Interview', 'Asking my own'],
    );
    expect(en.keys[0]).toBe('intv-ask-one');
    // A job interview keeps the interview path.
    const job = await firstFive(
      'interview',
      'Job interview at a pharmacy chain',
      "It's next Tuesday for a pharmacist role.",
    );
    expect(job.keys[0]).toBe('intv-01');
  });

  it("reads reapplying for one's own job as an internal interview — no research into the organisation", async () => {
    const en = await tap(
      'interview',
      'Interview for my own job after a restructure',
      "Nine of us are reapplying for six roles and my interview is Friday the 14th. I've been at the company 11 years.",
      'en',
      ['A new role'],
    );
    expect(en.keys).not.toContain('intv-02');
    const ru = await tap(
      'interview',
      'Собеседование на свою же должность',
      'После реорганизации всех заново оценивают, я проработала в компании девять лет.',
      'ru',
      ['Новая должность'],
    );
    expect(ru.keys).not.toContain('intv-02');
    // Near miss: an interview at a new employer keeps its research.
    const other = await tap(
      'interview',
      'Job interview at a logistics firm',
      'It is on Monday, first interview in years.',
    );
    expect(other.keys).toContain('intv-02');
  });

  it('treats asking the owner for a contract as a talk with one’s own boss — no vacancy, no STAR', async () => {
    const ru = await tap(
      'interview',
      'Попросить хозяина кафе оформить меня официально',
      'Второй год работаю официанткой без договора, зарплата на руки. Без справки с работы банк не даёт кредит.',
      'ru',
      ['Попросить о чём-то'],
    );
    expect(ru.keys[0]).toBe('intv-ask-one');
    expect(ru.keys).not.toContain('intv-01');
    expect(ru.keys).not.toContain('intv-03');
    const en = await tap(
      'interview',
      'Ask the owner to put me on the books',
      "I've been paid cash in hand for a year.",
      'en',
      ['Asking my own manager'],
    );
    expect(en.keys[0]).toBe('intv-ask-one');
    const job = await tap('interview', 'Собеседование официанткой в кафе', 'В пятницу, первое собеседование.', 'ru');
    // a café job's interview path starts from the place itself (`intv-casual-place`), still no ask-one.
    expect(job.keys).toContain('intv-casual-place');
    expect(job.keys).not.toContain('intv-ask-one');
  });

  it('learns the work itself for a job with one boss and no website, and skips research for a place one runs', async () => {
    const en = await tap(
      'interview',
      'Phone call with a farmer about a summer job on his farm',
      "A friend's dad knows him. I've never worked with animals.",
      'en',
    );
    expect(en.keys).toContain('intv-small-work');
    expect(en.keys).not.toContain('intv-02');
    const ru = await tap(
      'interview',
      'Собеседование матросом на траулер',
      'Капитан позвонит в пятницу. В море никогда не ходил.',
      'ru',
    );
    expect(ru.keys).toContain('intv-small-work');
    expect(ru.keys).not.toContain('intv-02');
    const inside = await tap(
      'interview',
      'Собеседование на заведующую библиотекой',
      'Пятнадцать лет работаю в нашей библиотеке, заведующая уходит на пенсию, будет конкурс.',
      'ru',
      ['Новая должность'],
    );
    expect(inside.keys).toContain('intv-int-talk');
    expect(inside.keys).not.toContain('intv-02');
    // A bank with a website keeps the research into it.
    const bank = await tap('interview', 'Interview at a bank', 'Graduate analyst role, first round next week.', 'en');
    expect(bank.keys).toContain('intv-02');
    expect(bank.keys).not.toContain('intv-small-work');
  });

  it('prepares a return-to-work meeting with the requests and papers — no job posting, research or STAR stories', async () => {
    const en = await tap(
      'interview',
      'Prepare for my return to work meeting after a back operation',
      'Off four months; the occupational health nurse and my team leader want to agree lighter duties. I get nervous in meetings.',
      'en',
    );
    expect(en.keys.slice(0, 4)).toEqual(RTW);
    expect(en.keys).toContain('intv-nerves');
    for (const key of JOB) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'interview',
      'Подготовиться к разговору о выходе после больничного',
      'Полгода на больничном после инфаркта, хочу попросить поэтапный выход и без командировок.',
      'ru',
    );
    expect(ru.keys.slice(0, 4)).toEqual(RTW);
    for (const key of JOB) expect(ru.keys).not.toContain(key);
    // Near miss: a job interview at another firm keeps the ordinary steps.
    const job = await tap(
      'interview',
      'Interview for a claims handler job at an insurer',
      'It is next Thursday.',
      'en',
    );
    expect(job.keys[0]).toBe('intv-01');
    for (const key of RTW) expect(job.keys).not.toContain(key);
  });

  it('reads years as the assistant or deputy as an inside candidate, even after tapping the presentation', async () => {
    const en = await tap(
      'interview',
      'Get the head keeper job at the zoo',
      "I've been assistant keeper there for twelve years; the head job has come up and they want a short presentation.",
      'en',
      ['Giving a presentation'],
    );
    expect(en.keys).toContain('intv-present-plan');
    expect(en.keys).toContain('intv-int-talk');
    expect(en.keys).not.toContain('intv-02');
    const ru = await tap(
      'interview',
      'Пройти собеседование на заведующую отделением',
      'Двенадцать лет работаю здесь старшей медсестрой, освободилась должность заведующей. Будет комиссия.',
      'ru',
    );
    expect(ru.keys).toContain('intv-int-talk');
    expect(ru.keys).not.toContain('intv-02');
    // Years somewhere else: the new employer is still to research.
    const near = await tap(
      'interview',
      'Interview for head chef at a new hotel',
      "I've been a sous chef at another restaurant for eight years and want to move up.",
      'en',
    );
    expect(near.keys).toContain('intv-02');
    expect(near.keys).not.toContain('intv-int-talk');
  });

  it("gives a seasonal worker programme's selection its notice and the practical work — no company news", async () => {
    const en = await tap(
      'interview',
      'Pass the selection for the seasonal worker scheme in the UK',
      'I pick tea at home; the agency interview is next month and they ask about farm work.',
      'en',
    );
    expect(en.keys).toContain('intv-scheme-notice');
    expect(en.keys).toContain('intv-scheme-practical');
    expect(en.keys).not.toContain('intv-02');
    expect(en.text).toMatch(/never asks you to pay/);
    const ru = await tap(
      'interview',
      'Пройти отбор на сезонные работы в Англию',
      'Собеседование через агентство в следующем месяце, спрашивают про работу в поле. Я десять лет работаю на ферме у отца.',
      'ru',
    );
    expect(ru.keys).toContain('intv-scheme-notice');
    expect(ru.keys).not.toContain('intv-02');
    // An office job at a farming company keeps its research.
    const near = await tap(
      'interview',
      'Interview for a farm operations analyst role at an agribusiness company',
      "It's a corporate job at their head office, second round next week.",
      'en',
    );
    expect(near.keys).toContain('intv-02');
    expect(withPrefix(near.keys, 'intv-scheme')).toEqual([]);
  });

  it('keeps "research the organisation" for a deputy interviewing elsewhere', async () => {
    const outside = await tap(
      'interview',
      'Interview for a head of department post',
      "I've been assistant head of science for six years; this is an external interview at another school.",
      'en',
    );
    expect(outside.keys).not.toContain('intv-int-talk');
    const inside = await tap(
      'interview',
      'Собеседование на должность заведующей',
      'Работаю замом в этом же детском саду восемь лет, освободилась должность заведующей.',
      'ru',
    );
    expect(inside.keys).toContain('intv-int-talk');
  });

  it('prepares a pregnant candidate for mentioning it and the question about leave — no freezing step she never named', async () => {
    const en = await tap(
      'interview',
      'Interview for a ward manager post',
      "I'm seven months pregnant, it shows, and I'm dreading the question about when I'd be off.",
      'en',
    );
    expect(en.keys).toContain('intv-preg-rights');
    expect(en.keys).toContain('intv-preg-say');
    expect(en.keys).not.toContain('intv-nerves');
    const ru = await tap(
      'interview',
      'Собеседование в банк на аналитика',
      'Я на четвёртом месяце беременности, живот уже видно. Не знаю, говорить ли сразу.',
      'ru',
    );
    expect(ru.keys).toContain('intv-preg-say');
    // A partner's pregnancy is no candidate's.
    const near = await tap(
      'interview',
      'Interview for a sales lead role',
      'My wife is pregnant, so I will need paternity leave in spring.',
      'en',
    );
    expect(withPrefix(near.keys, 'intv-preg')).toEqual([]);
  });

  it("prepares a job in a family's home — the family's facts, the agency, the trial day with children", async () => {
    const ru = await tap(
      'interview',
      'Пройти собеседование гувернанткой',
      'Агентство нашло семью с сыном пяти лет, в среду встреча с родителями, потом пробный день.',
      'ru',
      ['Пробная'],
    );
    expect(ru.keys[0]).toBe('intv-home-ask');
    expect(ru.keys).toContain('intv-home-trial');
    for (const key of KITCHEN_TRIAL) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'interview',
      'Interview for a live-in nanny job',
      'The agency found a family in London with two toddlers; the video call with the mum is on Monday.',
      'en',
    );
    expect(en.keys).toContain('intv-home-ask');
    for (const key of ['intv-02', 'intv-03']) expect(en.keys).not.toContain(key);
    // A kitchen trial keeps the knives and the rush.
    const near = await tap('interview', 'Trial shift at a tapas bar', 'Saturday night, on the cold section.', 'en', [
      'A trial shift',
    ]);
    expect(near.keys).toContain('intv-trial-kit');
    expect(withPrefix(near.keys, 'intv-home')).toEqual([]);
  });

  it('gives an admission interview the line about a stammer and the subject asked — no STAR stories', async () => {
    const ru = await tap(
      'interview',
      'Пройти собеседование при поступлении в колледж',
      'Хочу на отделение реставрации, боюсь, что начну заикаться.',
      'ru',
      ['Собеседование при поступлении'],
    );
    expect(ru.keys).toContain('intv-stam-tell');
    expect(ru.keys).toContain('intv-adm-topics');
    expect(ru.keys).not.toContain('intv-03');
    const en = await tap(
      'interview',
      'Get through my conservatoire admission interview',
      'I stammer when I am nervous and they always ask about music history.',
      'en',
      ['An admission'],
    );
    expect(en.keys).toContain('intv-stam-tell');
    expect(en.keys).not.toContain('intv-03');
    // A job interview keeps its stories.
    const near = await tap('interview', 'Job interview at a bank', 'Customer service role on Thursday.', 'en');
    expect(near.keys).toContain('intv-03');
  });

  it('prepares the news and the dinner a selection panel named — not only the subject questions', async () => {
    const en = await tap(
      'interview',
      'Prepare for my scholarship final panel',
      "There's a formal dinner with the panel the night before, and I'm worried about questions on current affairs — I never follow the news.",
      'en',
      ['An admission or scholarship interview'],
    );
    expect(en.keys).toContain('intv-news-daily');
    expect(en.keys).toContain('intv-dinner-prep');
    const ru = await tap(
      'interview',
      'Пройти собеседование на стипендию фонда',
      'Накануне неформальный ужин с комиссией, и я боюсь вопросов о текущих событиях в мире.',
      'ru',
      ['Собеседование при поступлении'],
    );
    expect(ru.keys).toContain('intv-news-daily');
    expect(ru.keys).toContain('intv-dinner-prep');
    // An ordinary job interview gets neither.
    const near = await tap(
      'interview',
      'Ace my interview for a junior accountant role',
      'Two rounds, the second with the finance director.',
    );
    expect(withPrefix(near.keys, 'intv-news')).toEqual([]);
    expect(near.keys).not.toContain('intv-dinner-prep');
  });

  it('asks no recruiter for the technical round’s format when the goal names it — even after "None of these"', async () => {
    const ru = await tap(
      'interview',
      'Подготовиться к техническому собеседованию на бэкенд',
      'Сказали, будет лайвкодинг на Python и вопросы по базам данных, через пять дней.',
      'ru',
      ['Техническое'],
    );
    expect(ru.keys).toContain('intv-tech-practice');
    expect(ru.keys).not.toContain('intv-tech-format');
    const en = await tap(
      'interview',
      'Get through the engineering interview at a bank',
      "It's an hour of live coding in Java plus a system design round.",
      'en',
      ['A technical'],
    );
    expect(en.keys).not.toContain('intv-tech-format');
    const near = await tap(
      'interview',
      'Pass the technical interview for a data analyst job',
      'No idea what they will ask.',
      'en',
      ['A technical'],
    );
    expect(near.keys).toContain('intv-tech-format');
  });

  it("prepares a foreman's technical interview in his trade, not live coding or system design", async () => {
    const ru = await tap(
      'interview',
      'Собеседование на прораба у застройщика в Казани',
      'Мне 36, десять лет мастером на объектах в Набережных Челнах, последний год фактически тянул участок за прораба, но по трудовой я всё ещё мастер. Позвали на собеседование в крупную казанскую компанию через две недели: будет техническое интервью и разговор с директором по строительству. Боюсь, что начнут гонять по сметам и ППР, а я больше практик, чем по бумагам.',
      'ru',
      ['Техническое собеседование'],
    );
    expect(ru.keys).toContain('intv-trade-format');
    expect(ru.keys).not.toContain('intv-tech-format');
    expect(ru.texts.join(' ')).not.toMatch(/лайвкодинг|system design/);
    const en = await tap(
      'interview',
      'Prepare for my site manager interview',
      'A technical interview with a construction company next week: reading drawings, programmes and health and safety.',
      'en',
      ['A technical'],
    );
    expect(en.keys).toContain('intv-trade-format');
    expect(en.keys).not.toContain('intv-tech-practice');
    // A developer's coding interview keeps the coding steps.
    const near = await tap(
      'interview',
      'Pass the technical interview for a backend job',
      'Live coding in Python and a system design round.',
      'en',
      ['A technical'],
    );
    expect(near.keys).toContain('intv-tech-practice');
    expect(withPrefix(near.keys, 'intv-trade')).toEqual([]);
  });

  it('researches the organisation before planning an interview presentation', async () => {
    const en = await tap(
      'interview',
      'Prepare for my deputy principal interview',
      'The interview is on the 12th with a panel of governors and I have to give a 10-minute presentation on improving attendance.',
      'en',
      ['Giving a presentation at the interview'],
    );
    const at = (key: string) => en.keys.indexOf(key);
    expect(at('intv-present-research')).toBeGreaterThanOrEqual(0);
    expect(at('intv-present-research')).toBeLessThan(at('intv-present-plan'));
    expect(en.keys).not.toContain('intv-02');
    const en2 = await tap(
      'interview',
      'Interview for a marketing manager role',
      'They want a 15-minute presentation on growing their online sales.',
      'en',
      ['Giving a presentation at the interview'],
    );
    expect(en2.keys.indexOf('intv-present-research')).toBeLessThan(en2.keys.indexOf('intv-present-plan'));
    const ru = await tap(
      'interview',
      'Собеседование на завуча в новую школу',
      'Собеседование 12-го, нужно сделать презентацию на 10 минут о посещаемости.',
      'ru',
      ['Презентация на собеседовании'],
    );
    expect(ru.keys).not.toContain('intv-02');
    expect(ru.keys.slice(1, 3)).toEqual(['intv-present-research:smaller', 'intv-present-plan:smaller']);
    // An inside candidate keeps the talk with the one leaving, no research.
    const inside = await tap(
      'interview',
      'Get the head keeper job at the zoo',
      "I've been assistant keeper there for twelve years; the head job has come up and they want a short presentation.",
      'en',
      ['Giving a presentation'],
    );
    expect(inside.keys).not.toContain('intv-present-research');
    // No presentation: the plain research stays.
    const plain = await tap(
      'interview',
      'Interview for head chef at a new hotel',
      'Next Tuesday, with the owner.',
      'en',
    );
    expect(plain.keys).toContain('intv-02');
  });

  it('gives an algorithms round no behavioural STAR stories', async () => {
    const ru = await tap(
      'interview',
      'алгоритмическая секция на собесе через 10 дней',
      'Прошёл скрининг в IT-компанию, дальше секция с задачками на Python. На литкоде easy решаю, на medium плыву.',
      'ru',
      ['Секция по алгоритмам'],
    );
    expect(ru.keys).toContain('intv-algo-daily');
    expect(ru.keys).not.toContain('intv-03');
    const en = await tap(
      'interview',
      'Pass the coding round at a big tech company',
      'The algorithms round is in two weeks. I can do LeetCode easy but struggle with medium.',
      'en',
      ['An algorithms'],
    );
    expect(en.keys).not.toContain('intv-03');
    const near = await tap(
      'interview',
      'Job interview for a store manager role',
      'Interview on Friday with the area manager.',
    );
    expect(near.keys).toContain('intv-03');
  });

  it('prepares a medical residency interview with behavioural stories, not school subject questions', async () => {
    const en = await tap(
      'interview',
      'get ready for my internal medicine residency interviews',
      "I'm an international medical graduate from Cairo with five interviews in December. I've never done a behavioural interview.",
      'en',
      ['An admission'],
    );
    expect(en.keys).toContain('intv-res-stories');
    expect(en.keys).not.toContain('intv-adm-topics');
    const ru = await tap(
      'interview',
      'Подготовиться к собеседованию в ординатуру по педиатрии',
      'Мне 24, заканчиваю медвуз, собеседование в ординатуру через месяц, боюсь отвечать заученно.',
      'ru',
      ['Собеседование при поступлении'],
    );
    expect(ru.keys).toContain('intv-res-stories');
    // A university admission interview keeps its subject questions.
    const near = await tap(
      'interview',
      'prepare for my university interview for history',
      'I have an admission interview for a history degree in three weeks.',
      'en',
      ['An admission'],
    );
    expect(near.keys).not.toContain('intv-res-stories');
  });

  it('prepares a shop or café job interview from the place itself, not a posting and company news', async () => {
    const en = await tap(
      'interview',
      'interview for a part-time job at a coffee shop',
      "I'm 17 and it's my first interview, the manager just said to pop in on Tuesday.",
      'en',
    );
    expect(en.keys).toContain('intv-casual-place');
    expect(en.keys).toContain('intv-casual-answers');
    expect(en.keys).not.toContain('intv-02');
    expect(en.keys).not.toContain('intv-01');
    const ru = await tap(
      'interview',
      'собеседование официанткой в кафе у дома',
      'Мне 18, раньше нигде не работала, собеседование в субботу.',
      'ru',
    );
    expect(ru.keys).toContain('intv-casual-place');
    expect(ru.keys).not.toContain('intv-02');
    // An office role at a company: the organisation is still researched.
    const near = await tap(
      'interview',
      'interview for a graduate analyst role at a bank',
      'My first proper interview, two rounds, the first one is next week.',
      'en',
    );
    expect(near.keys).toContain('intv-02');
    expect(near.keys).not.toContain('intv-casual-place');
  });

  it('gives a recruitment open day its own rules, a slow one-minute introduction and a group task; a job interview keeps the posting', async () => {
    const en = await tap(
      'interview',
      'flight attendant assessment day in Lagos next month',
      'An airline is holding an assessment day for flight attendants. I hear they do a reach test and a group exercise and cut most people early. I talk fast when I am nervous.',
      'en',
      ['None'],
    );
    expect(en.keys).toContain('intv-day-rules');
    expect(en.keys).toContain('intv-day-intro');
    expect(en.keys).not.toContain('intv-01');
    expect(en.keys).not.toContain('intv-02');
    const ru = await tap(
      'interview',
      'пройти отбор в бортпроводники',
      'Через месяц день набора в авиакомпанию, говорят, сначала короткий разговор и групповое задание. Я волнуюсь и тараторю.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('intv-day-rules');
    expect(ru.keys).not.toContain('intv-01');
    const near = await tap(
      'interview',
      'job interview for a hotel receptionist role',
      'I have an interview at a city hotel next week with the front office manager.',
      'en',
      ['None'],
    );
    expect(near.keys).not.toContain('intv-day-rules');
    expect(near.keys).toContain('intv-01');
  });

  it('trains coding while watched for someone who freezes only when observed; a plain technical round keeps the topic review', async () => {
    const ru = await tap(
      'interview',
      'пройти техсобес на джуна',
      'Дома задачи решаю быстро, а на лайвкодинге тупею и не могу написать простой цикл, когда интервьюер смотрит, как я пишу код.',
      'ru',
      ['Техническое'],
    );
    expect(ru.keys).toContain('intv-watched-mock');
    expect(ru.keys).not.toContain('intv-tech-basics');
    const en = await tap(
      'interview',
      'get through the coding round for a junior role',
      'I can solve these problems at home, but I freeze in live coding as soon as someone watches me code.',
      'en',
      ['A technical'],
    );
    expect(en.keys).toContain('intv-watched-start');
    const near = await tap(
      'interview',
      'get through the coding round for a junior role',
      'The round is two medium problems in Python; I am rusty on trees and graphs.',
      'en',
      ['A technical'],
    );
    expect(near.keys).not.toContain('intv-watched-mock');
  });
});
