import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach, pack } = shippedOfflineCoach();
const tap = tapThrough(coach);

const FUEL = ['skill-fuel-place', 'skill-fuel-co', 'skill-fuel-fire'];
const CARE = ['skill-care-ask', 'skill-care-leaflet', 'skill-care-kit', 'skill-care-first', 'skill-care-log'];
const SPIN = ['skill-spin-induction', 'skill-spin-dress', 'skill-spin-checks', 'skill-spin-alone', 'skill-spin-first'];
const RTW = ['intv-rtw-asks', 'intv-rtw-papers', 'intv-rtw-before', 'intv-rtw-card'];
const JOB = ['intv-01', 'intv-02', 'intv-03', 'intv-04'];
const solo = new Set(pack.types.flatMap((kind) => kind.steps.filter((step) => step.solo).map((step) => step.key)));

describe('the thirty-third blind read, fixed in general (helper fix33g)', () => {
  it('puts where a fuel burner may run, a CO alarm and the fire kit before any first go — never a video copied alone', async () => {
    const en = await tap(
      'skill',
      'Learn to render lard from our pig',
      "We'll do it in big pots on a propane ring in the barn workshop since it's warmer than outside.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 3)).toEqual(FUEL);
    expect(en.keys.filter((key) => solo.has(key))).toEqual([]);
    expect(en.text).toMatch(/carbon monoxide/);
    const ru = await tap(
      'skill',
      'Научиться варить варенье в большом тазу',
      'Кухня маленькая, хочу варить в сарае на туристической плитке с баллоном.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(FUEL);
    expect(ru.text).toMatch(/угарн/);
    // A generator named in a home goal's title is taken for the same steps.
    const power = await tap('home', 'Use a generator safely during blackouts', 'Storms cut our power for days.', 'en');
    expect(power.keys[0]).toBe('skill-fuel-place');
    // Syrup boiled down from sap is a long make, not a 20-minute exercise.
    const syrup = await tap('skill', 'Make birch syrup this spring', 'We have twenty birches by the house.', 'en', [
      'Smoking, cheese, brewing or syrup',
    ]);
    expect(syrup.keys).toContain('skill-long-recipe');
    expect(syrup.keys).not.toContain('skill-05');
    // Near miss: a wood stove keeps its own net, and an electric cooker burns nothing.
    const stove = await tap('home', 'Light our new log burner safely', 'Moved into a cottage with one.', 'en', [
      'Just starting',
    ]);
    expect(stove.keys[0]).toBe('skill-stove-check');
    for (const key of FUEL) expect(stove.keys).not.toContain(key);
    const bread = await tap('skill', 'Learn to bake bread', 'I have a normal electric oven.', 'en', ['Just starting']);
    for (const key of FUEL) expect(bread.keys).not.toContain(key);
  });

  it('leaves a goal of someone on insulin in its own kind unless it names giving the insulin', async () => {
    const en = await tap(
      'fitness',
      "Take up walking now that I'm on insulin",
      'I am 70 with type 2 and my nurse started me on insulin last month; I have never done any sport.',
      'en',
    );
    for (const key of CARE) expect(en.keys).not.toContain(key);
    // fix46E: on insulin, `fit-med-plan` is the one doctor's check.
    expect(en.keys).toContain('fit-med-plan');
    const ru = await tap(
      'fitness',
      'Начать гулять по утрам, теперь я на инсулине',
      'Мне 59, диабет второго типа, в мае перевели на инсулин, спортом никогда не занимался.',
      'ru',
    );
    for (const key of CARE) expect(ru.keys).not.toContain(key);
    // Near miss: giving the insulin is still learnt from a nurse.
    const give = await tap(
      'family',
      'Learn to give my grandad his insulin pen',
      'He moved in with us last week.',
      'en',
      ['Just starting'],
    );
    expect(give.keys[0]).toBe('skill-care-ask');
    const ruGive = await tap('family', 'Научиться колоть маме инсулин', 'Маму выписали, уколы дважды в день.', 'ru', [
      'Только начинаю',
    ]);
    expect(ruGive.keys[0]).toBe('skill-care-ask');
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

  it('sends a lathe learner to the induction, with hair and hood that cannot be caught and no gloves', async () => {
    const en = await tap(
      'skill',
      'Learn to turn pens on a wood lathe',
      'The community workshop has one and I have a long beard and baggy jumpers.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).toEqual(SPIN);
    expect(en.text).toMatch(/no gloves/);
    expect(en.text).not.toMatch(/welding|chainsaw/);
    const ru = await tap(
      'skill',
      'Освоить токарный станок по металлу',
      'В гаражном кооперативе у соседа стоит станок.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('skill-spin-induction');
    expect(ru.keys.some((key) => key.startsWith('skill-hazard-'))).toBe(false);
    // Near miss: a welder keeps the hazard kit.
    const weld = await tap('skill', 'Learn to weld', 'I bought a small MIG welder.', 'en', ['Just starting']);
    expect(weld.keys[0]).toBe('skill-hazard-kit');
  });

  it('teaches canal locks from a handbook, a day at the locks and the hire company — no practice space or video', async () => {
    const en = await tap(
      'skill',
      'Understand canal locks before our boating holiday',
      'Three of us on a hire boat in September, never done it; I have one spare Sunday in August.',
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('skill-canal-card');
    expect(en.keys).toContain('skill-canal-handover');
    expect(en.keys.filter((key) => solo.has(key))).toEqual([]);
    expect(en.text).not.toMatch(/on Sundays/);
    const ru = await tap(
      'skill',
      'Научиться проходить шлюзы',
      'Арендуем хаусбот во Франции на неделю, с детьми, опыта никакого.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('skill-canal-card');
    // One day said once is no weekly window: the evenings are.
    const once = await tap(
      'skill',
      'Learn to sew',
      'I have evenings after work and one free Sunday next month.',
      'en',
      ['Just starting'],
    );
    expect(once.text).toMatch(/in the evenings/);
    expect(once.text).not.toMatch(/on Sundays/);
    const onceRu = await tap(
      'skill',
      'Научиться шить',
      'Свободны вечера после работы и одна свободная суббота в июле.',
      'ru',
      ['Только начинаю'],
    );
    expect(onceRu.text).not.toMatch(/по субботам/);
    // Near miss: someone free every Sunday keeps the window.
    const sundays = await tap('skill', 'Learn to sew', 'I have Sunday afternoons free every week.', 'en', [
      'Just starting',
    ]);
    expect(sundays.text).toMatch(/on Sundays/);
  });

  it('lists what comes before an exam first, names a drone exam in the singular, and asks the prescriber', async () => {
    const ru = await tap(
      'exam',
      'Сдать экзамен на охотничий билет',
      'Сначала курсы в обществе охотников, потом медкомиссия. Пью таблетки от давления, выписал терапевт.',
      'ru',
    );
    expect(ru.keys[0]).toBe('exam-prereq');
    expect(ru.keys[1]).toBe('exam-prereq-meds');
    expect(ru.keys.indexOf('exam-book')).toBeGreaterThan(1);
    const en = await tap(
      'exam',
      'Get my security guard licence',
      'I need the required course first and a background check, then the exam.',
      'en',
    );
    expect(en.keys.indexOf('exam-prereq')).toBeLessThan(en.keys.indexOf('exam-book'));
    expect(en.keys).not.toContain('exam-prereq-meds');
    const drone = await tap('exam', 'Pass the A2 CofC for my drone', 'I fly for a wedding photographer.', 'en');
    expect(drone.text).toMatch(/the drone pilot exam/);
    expect(drone.text).not.toMatch(/exams isn't/);
    // Near miss: an exam with nothing before it books first.
    const plain = await tap('exam', 'Pass the CFA level 1', 'I have the books and a date in mind.', 'en');
    expect(plain.keys).not.toContain('exam-prereq');
  });
});
