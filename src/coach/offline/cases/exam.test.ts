import { describe, expect, it } from 'vitest';
import { firstFive, holdings, slots, tap, withPrefix } from '../../../../test/factories/offline-cases.js';

// Goals of the exam kind (content/goals/types/exam.yaml), walked through the offline coach as a person would: the
// situation named and the steps it brings, the level, and a danger named in passing that leads the path. Where a new
// case goes: docs/coach.md.
const has = (...texts: string[]) => holdings.read(texts).has;

const AURAL = ['exam-aural-reqs', 'exam-aural-teacher', 'exam-aural-ear', 'exam-aural-sing', 'exam-aural-plan'];

const DRIVING = ['exam-driving-lessons', 'exam-driving-faults', 'exam-driving-commentary', 'exam-driving-route'];

const WRITTEN = ['exam-practice', 'exam-material', 'exam-topics', 'exam-official', 'exam-past-paper'];

describe('exam: the level and what the person already has or does', () => {
  describe('"already + object": a step for what the person already has is skipped', () => {
    it('skips booking a test that is booked, and the theory app after the theory is passed', async () => {
      const booked = await firstFive('exam', 'Pass my practical driving test', 'The test is booked in three weeks.');
      expect(booked.keys).not.toContain('exam-book');
      const notYet = await firstFive('exam', 'Pass my practical driving test', "I haven't booked the test yet.");
      expect(notYet.keys).toContain('exam-book');
      const theory = await firstFive('exam', 'Сдать на права', 'Теорию уже сдала, вождение пока плохо.', 'ru');
      expect(theory.keys).not.toContain('exam-driving-app');
      expect(theory.text).not.toMatch(/приложение/);
    });

    it('skips the app and the tutor a language learner already has', async () => {
      const plain = await firstFive('language', 'Learn Italian', 'Total beginner, starting this month.');
      expect(plain.keys).toEqual(expect.arrayContaining(['lang-02']));
      const equipped = await firstFive(
        'language',
        'Learn Italian',
        'Total beginner. I already have a tutor on Tuesdays and the Duolingo app on my phone.',
      );
      expect(equipped.keys).not.toContain('lang-02');
      expect(equipped.keys).not.toContain('lang-12');
      expect(equipped.text).not.toMatch(/install|trial lesson/i);
    });

    it('skips booking a dentist the person has already booked', async () => {
      const text = 'Не была у стоматолога пять лет, болит зуб.';
      const before = await firstFive('checkup', 'Вылечить зубы', text, 'ru');
      expect(before.keys.some((key) => /^chk-dent-.*(book|find)$/.test(key))).toBe(true);
      const after = await firstFive(
        'checkup',
        'Вылечить зубы',
        `${text} Уже записалась к стоматологу на четверг.`,
        'ru',
      );
      expect(after.keys.some((key) => /^chk-dent-.*(book|find)$/.test(key))).toBe(false);
    });

    it('skips booking flights and a bed that are booked, and a flat search with the keys in hand', async () => {
      const rome = await firstFive('travel', 'Five days in Rome in May', 'Flights and the hotel are booked already.');
      expect(rome.keys).not.toContain('trip-book-first');
      expect(rome.keys).not.toContain('trip-bed');
      const keys = await firstFive(
        'moving',
        'Переехать в свою квартиру',
        'Ключи уже на руках, съезжаем со съёмной через месяц.',
        'ru',
      );
      expect(keys.keys).not.toContain('move-09');
    });

    it('skips finding a crochet pattern that was found, and the gym for a member', async () => {
      const hare = await firstFive(
        'creative',
        'Связать зайца крючком',
        'Схему нашла, но ничего в ней не понимаю.',
        'ru',
      );
      expect(hare.keys).not.toContain('cre-hook-find');
      expect(hare.keys).toContain('cre-hook-pattern');
      const gym = await firstFive('fitness', 'Start going to the gym', "I've got a gym membership I never use.");
      expect(gym.keys).not.toContain('fit-gym-pick');
    });

    it('reads a wish, a negation, another clause or no time as nothing in hand', () => {
      expect(has('Learn guitar', 'I want to buy a guitar and get a tutor.')).toEqual([]);
      expect(has('Learn guitar', "I don't have a teacher yet.")).toEqual([]);
      expect(has('Learn Spanish', 'I want a tutor and I already have an app.')).toEqual(['app']);
      expect(has('Связать свитер', 'Хочу купить пряжу.')).toEqual([]);
      expect(has('Исправить осанку', 'В зал ходить некогда, есть коврик.')).toEqual([]);
      expect(has('Get my spouse visa sorted', '')).toEqual([]);
      expect(has('Научиться водить', 'Права уже получил, но за рулём боюсь.')).toEqual(['licence']);
      expect(has('Pass my driving test', "I've booked the test for March.")).toEqual(['test_date']);
    });
  });

  it('gives practice scores already in hand results work, not a core resource to skim, and keeps it for a first timer', async () => {
    const en = await firstFive('exam', 'Pass the bar exam in July', 'My practice scores are around 55% and I need 65.');
    expect(en.keys).not.toContain('exam-material');
    const ru = await firstFive(
      'exam',
      'Сдать ЕГЭ по химии на 80',
      'На тренировочных тестах набираю около 55 баллов.',
      'ru',
    );
    expect(ru.keys).not.toContain('exam-material');
    const first = await firstFive('exam', 'Pass my accountancy exam', 'I have never sat an exam like this.');
    expect(first.keys).toContain('exam-material');
  });

  it('opens the study materials a person already has instead of telling them to get one', async () => {
    const en = await firstFive(
      'exam',
      'Pass the Series 7 exam on my first attempt',
      "My firm's sponsoring me and the exam is booked for 14 March. I've got the Kaplan materials but I'm working 50-hour weeks, so it's evenings and Saturday mornings only.",
    );
    expect(en.text).not.toMatch(/Get the one core resource/);
    expect(en.text).toMatch(/weekday evenings and at the weekend/);
  });

  it('starts an exam sat years ago from a paper done cold, not the last mock', async () => {
    const ru = await tap(
      'exam',
      'Пересдать ЕГЭ по химии и биологии, чтобы поступить в мед',
      'Мне 22. После школы сдала плохо, пошла в колледж. Нужно 80+, экзамены в конце мая. Химию почти не помню.',
      'ru',
    );
    expect(ru.keys[0]).toBe('exam-cold-paper');
    expect(ru.keys).not.toContain('exam-known');
    expect(ru.keys).not.toContain('exam-past-paper');
    const en = await tap(
      'exam',
      'Resit A-level maths to apply for engineering',
      'I sat it years ago and have forgotten most of it. The exam is in June.',
      'en',
    );
    expect(en.keys[0]).toBe('exam-cold-paper');
    expect(en.keys).not.toContain('exam-known');
    // A recent mock keeps its results first.
    const mock = await tap(
      'exam',
      'Pass my maths resit in June',
      'My last mock was 48%, I lost most on algebra.',
      'en',
    );
    expect(mock.keys[0]).toBe('exam-known');
  });
});

describe('exam: the situation named and the steps it brings', () => {
  it('exam: a university exam skips booking, a driving test in two days gets one last lesson, a weak writing part gets writing practice', async () => {
    const uni = await firstFive(
      'exam',
      'Сдать экзамен по матанализу',
      'Экзамен через три дня, билетов 40, знаю штук 10.',
      'ru',
    );
    expect(uni.keys).toEqual(expect.arrayContaining(['exam-uni-list', 'exam-uni-plan']));
    expect(uni.keys).not.toContain('exam-book');
    expect(uni.keys).not.toContain('exam-official');

    const driving = await firstFive('exam', 'Сдать экзамен на права', 'Экзамен послезавтра, очень волнуюсь.', 'ru');
    expect(driving.keys).toContain('exam-driving-last');
    expect(driving.keys).not.toContain('exam-driving-lessons');
    expect(driving.keys).not.toContain('exam-days-weak');

    const ielts = await firstFive(
      'exam',
      'Сдать IELTS на 7',
      'Документы подаю до 1 февраля. На пробниках выходит 6, сильнее всего проседает writing.',
      'ru',
    );
    expect(ielts.keys).toEqual(expect.arrayContaining(['exam-known', 'exam-lang-writing']));
    // The mocks already say which part is weak: a chart of the parts' scores would only repeat them (read 20).
    expect(ielts.keys).not.toContain('exam-lang-sections');
    expect(ielts.keys).not.toContain('exam-topics');
  });

  describe('a problem the person names comes first, behind a safety check', () => {
    it('puts the plan for nerves first for someone who freezes in the test', async () => {
      const steps = await firstFive(
        'exam',
        'Pass my driving test',
        'I know how to drive, but I freeze as soon as the examiner gets in.',
      );
      expect(steps.keys[0]).toBe('exam-nerves');
    });

    it('puts the low-impact session second, behind the joint check, when walking hurts', async () => {
      const knee = await firstFive('fitness', 'Lose weight before my knee replacement', 'Walking hurts and I am 61.');
      expect(knee.keys.slice(0, 2)).toEqual(['fit-knee-check', 'fit-knee-low']);
    });

    it('puts the craving plan first for someone who slips in the evening', async () => {
      const smoke = await firstFive(
        'quit',
        'Бросить курить',
        'Днём держусь, а вечером срываюсь вечером после работы.',
        'ru',
      );
      expect(smoke.keys[0]).toBe('quit-craving-card');
    });
  });

  it('gives a hands-on stations exam checklists and rehearsal, not one more timed written test', async () => {
    const en = await firstFive(
      'exam',
      'Pass my OSCE in May',
      'The written papers are fine; the stations scare me, especially the CPR one on the mannequin.',
    );
    expect(en.keys[0]).toBe('exam-st-list');
    expect(en.keys).not.toContain('exam-practice');
    const ru = await firstFive(
      'exam',
      'Сдать практические навыки на аккредитации',
      'Тесты решаю нормально, а станции с манекеном пугают.',
      'ru',
    );
    expect(ru.keys).toContain('exam-st-aloud');
  });

  it('reads a driving school finished as the format known, and drills the named weak topic', async () => {
    const ru = await firstFive(
      'exam',
      'Сдать теорию на права',
      'Автошколу окончила, путаюсь в знаках приоритета. Экзамен через месяц.',
      'ru',
    );
    expect(ru.keys).not.toContain('exam-official');
    expect(ru.keys).not.toContain('exam-practice');
    expect(ru.keys).toContain('exam-theory-weak');
    const en = await firstFive(
      'exam',
      'Pass my driving theory test',
      'Finished driving school; I keep mixing up the road signs. Test in three weeks.',
    );
    expect(en.keys).toContain('exam-theory-weak');
    expect(en.keys).not.toContain('exam-official');
    expect(en.minutes.every((minutes) => minutes <= 30)).toBe(true);
  });

  it('starts a retaken OSCE from the last attempt, and a first OSCE from the stations', async () => {
    const again = await firstFive(
      'exam',
      'Pass the OSCE',
      'I failed the care planning station first time: I ran out of time.',
    );
    expect(again.keys.slice(0, 2)).toEqual(['exam-known', 'exam-st-list']);
    const ru = await firstFive('exam', 'Пересдать ОСКЭ', 'Не сдала в первый раз, пересдача в ноябре.', 'ru');
    expect(ru.keys).toContain('exam-st-list');
    const first = await firstFive('exam', 'Pass my OSCE', "First time, I've never done one.");
    expect(first.keys[0]).toBe('exam-st-list');
  });

  it('gives a boat licence no driving instructor or road situations, and keeps them for a driving test', async () => {
    const ru = await firstFive('exam', 'Сдать на права на катер', 'Экзамен в ГИМС весной, теорию не открывала.', 'ru');
    expect(ru.keys.some((key) => key.startsWith('exam-driving-'))).toBe(false);
    const en = await firstFive('exam', 'Pass my powerboat licence', 'The course is in June.');
    expect(en.keys.some((key) => key.startsWith('exam-driving-'))).toBe(false);
    const car = await firstFive(
      'exam',
      'Pass my driving test',
      'I have never driven before; the test is in four months.',
    );
    expect(car.keys.some((key) => key.startsWith('exam-driving-'))).toBe(true);
  });

  it('reads a pilot licence as no driving test', async () => {
    const en = await firstFive(
      'exam',
      'Get my PPL theory done',
      'Private pilot licence papers: air law, navigation, meteorology.',
    );
    expect(en.text).not.toMatch(/driving|instructor|manoeuvres/i);
    const ru = await firstFive('exam', 'Сдать теорию на пилота-любителя', 'Летаю в аэроклубе, осталась теория.', 'ru');
    expect(ru.text).not.toMatch(/вожден|автошкол/i);
  });

  it('names no speaking part a language test may not have', async () => {
    const en = await firstFive('exam', 'Pass the JLPT N2', 'My reading is fine but listening is weak.');
    expect(en.text).not.toMatch(/listening, reading, writing, speaking/);
  });

  it('books no exam date years ahead, and gives no calming routine to someone who says nerves are no problem', async () => {
    const far = await firstFive(
      'exam',
      'Pass the Swedish citizenship language test',
      'I need to pass it within three years and I am a beginner.',
    );
    expect(far.keys).not.toContain('exam-book');
    const calm = await firstFive(
      'exam',
      'Сдать аттестацию на электрика',
      'Работаю давно, практику не боюсь, но теорию забыл. Экзамен в мае.',
      'ru',
    );
    expect(calm.keys).not.toContain('exam-nerves');
    const nervous = await firstFive('exam', 'Pass my IELTS', 'I panic in exams and freeze. The test is in two months.');
    expect(nervous.keys).toContain('exam-nerves');
  });

  it('gives a motorcycle licence no car commentary drive', async () => {
    const ru = await firstFive(
      'exam',
      'Получить права категории А',
      'Машину вожу давно, на мотоцикле только учусь. Экзамен в апреле, площадка пугает.',
      'ru',
    );
    expect(ru.keys).not.toContain('exam-driving-commentary');
    expect(ru.text).not.toMatch(/веди машину/);
    const en = await firstFive('exam', 'Pass my motorcycle test', 'Mod 1 is booked for March, I have done my CBT.');
    expect(en.keys).not.toContain('exam-driving-commentary');
  });

  it('names no red topics in a study calendar before any were marked', async () => {
    const ru = await firstFive('exam', 'Сдать ЕГЭ по биологии', 'Экзамен в июне, пробник написала на 52 балла.', 'ru');
    expect(ru.text).not.toMatch(/красные темы/);
  });

  it('gives an exam with mock results one look at the lost marks, and weeks of revision one way to handle mistakes', async () => {
    const delf = await firstFive(
      'exam',
      'Сдать DELF B2 для магистратуры во Франции',
      'Французский учу два года, по пробникам выходит около 60 баллов, а нужно 50 по сумме и не меньше 5 за каждую часть — проседает письмо. Экзамен в мае.',
      'ru',
    );
    expect(delf.keys).toEqual(expect.arrayContaining(['exam-lang-writing', 'exam-known']));
    expect(delf.keys).not.toContain('exam-lang-sections');
    const ielts = await firstFive(
      'exam',
      'Pass the IELTS with 7',
      'My mocks come out at 6, writing is the weakest. The test is in March.',
    );
    expect(ielts.keys).not.toContain('exam-lang-sections');
    const ege = await firstFive(
      'exam',
      'Сдать ЕГЭ по литературе на 80+',
      'Я в 11 классе в Саратове, читаю много, но сочинения пишу долго и не укладываюсь во время. Пробник в декабре написала на 64.',
      'ru',
    );
    expect(ege.keys.includes('exam-spaced') && ege.keys.includes('exam-mistakes')).toBe(false);
    expect(ege.keys).not.toContain('exam-mistakes');
  });

  it("starts a parent whose child has sat no practice paper with one timed paper, not the 'latest mock results'", async () => {
    const en = await firstFive(
      'exam',
      'Help my son get ready for the Kent Test in September',
      "He's in Year 5, strong at maths but slow at reading comprehension and panics about the timing. We haven't done a single practice paper yet.",
    );
    expect(en.keys[0]).toBe('exam-parent-first');
    expect(en.keys).not.toContain('exam-parent-talk');
    expect(en.text).not.toMatch(/mock results/);
    expect(en.text).toMatch(/timed like the real exam/);
    const ru = await firstFive(
      'exam',
      'Помочь сыну подготовиться к ОГЭ',
      'Он в 9 классе, экзамен в июне, готовиться ещё не начинали.',
      'ru',
    );
    expect(ru.keys[0]).toBe('exam-parent-first');
    expect(ru.text).not.toMatch(/результаты пробников/);
    // Mocks already sat keep the talk over their results.
    const mocks = await firstFive(
      'exam',
      'Help my daughter with her GCSEs',
      "Her mock results were poor in maths and she's stressed.",
    );
    expect(mocks.keys[0]).toBe('exam-parent-talk');
    expect(mocks.keys).not.toContain('exam-parent-first');
  });

  it('prepares a forklift or plant test by the pre-use check and the theory, with no driving instructor or road commentary', async () => {
    const en = await firstFive(
      'exam',
      'Pass my counterbalance forklift test next Thursday',
      "Four-day course with the agency, I'm on day two. The driving is fine, it's the written bit and the pre-use checks I keep mixing up.",
    );
    expect(en.keys.slice(0, 4)).toEqual([
      'exam-plant-ask',
      'exam-plant-checks',
      'exam-plant-walk',
      'exam-plant-theory',
    ]);
    expect(en.text).not.toMatch(/driving instructor|mirror|road situations/);
    const ru = await firstFive(
      'exam',
      'Сдать экзамен на погрузчик',
      'Учусь в учебном центре, экзамен через неделю. Путаю осмотр перед сменой.',
      'ru',
    );
    expect(ru.keys[0]).toBe('exam-plant-ask');
    expect(ru.text).toMatch(/осмотр перед работой/);
    expect(ru.keys.some((key) => key.startsWith('exam-driving'))).toBe(false);
    const digger = await firstFive('exam', 'Get my CPCS excavator ticket', 'Course booked for next month.');
    expect(digger.keys).not.toContain('exam-book');
    // A car driving test keeps its instructor and road steps.
    const car = await firstFive('exam', 'Pass my driving test', 'Test is in six weeks.');
    expect(car.keys).toContain('exam-driving-lessons');
    expect(car.keys.some((key) => key.startsWith('exam-plant'))).toBe(false);
  });

  it('puts the plant operator steps first for a forklift licence, and keeps a car driving test on the road', async () => {
    const ru = await firstFive(
      'exam',
      'Получить права на погрузчик',
      'Работаю на складе, курсы оплатит работодатель.',
      'ru',
    );
    expect(ru.keys.slice(0, 4)).toEqual([
      'exam-plant-ask',
      'exam-plant-checks',
      'exam-plant-walk',
      'exam-plant-theory',
    ]);
    expect(ru.keys).not.toContain('exam-book');
    const en = await firstFive('exam', 'Get my forklift licence', 'The warehouse will pay for the course in March.');
    expect(en.keys[0]).toBe('exam-plant-ask');
    const car = await firstFive('exam', 'Pass my driving test', 'Test is in six weeks.');
    expect(car.keys.some((key) => key.startsWith('exam-plant'))).toBe(false);
  });

  it('names a Functional Skills exam as itself — not "the school exam" from "no GCSEs" in the description', async () => {
    const en = await firstFive(
      'exam',
      'Pass Functional Skills English Level 2 so I can start my plumbing course',
      "I'm 31 and left school with no GCSEs. The college won't take me on the course without it, and my exam is booked for 18 June.",
    );
    expect(en.text).toContain('the Functional Skills exam');
    expect(en.text).not.toContain('the school exam');
    expect(en.text).not.toContain('the university exam');
    const ru = await firstFive(
      'exam',
      'Сдать Functional Skills по английскому',
      'Без него не возьмут в колледж, экзамен в июне.',
      'ru',
    );
    expect(ru.text).toContain('экзамен Functional Skills');
    // A GCSE named in the title is still a school exam.
    const gcse = await firstFive('exam', 'Pass my GCSE maths resit', 'The exam is in June.');
    expect(gcse.text).not.toContain('Functional Skills');
  });

  it('sends someone who just sat a practice test to their weakest section — not a second full paper', async () => {
    const en = await firstFive(
      'exam',
      'Pass the GED math test',
      'Took a practice test last week and scored 130; fractions and word problems killed me. Test in six weeks.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['exam-known', 'exam-known-weak']);
    expect(en.keys).not.toContain('exam-past-paper');
    const ru = await firstFive(
      'exam',
      'Сдать ОГЭ по математике',
      'Пробник написал на тройку, геометрия не даётся. Экзамен в мае.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['exam-known', 'exam-known-weak']);
    // A driving retake keeps its own path, and a first-timer starts from the format.
    const driving = await firstFive(
      'exam',
      'Pass my driving test',
      'Failed it once on roundabouts, retake in six weeks.',
    );
    expect(driving.keys).not.toContain('exam-known-weak');
    const fresh = await firstFive('exam', 'Pass the CFA level 1', 'Exam in four months, starting from scratch.');
    expect(fresh.keys).not.toContain('exam-known-weak');
  });

  it('reads a weekday named as free time as no date: months away gets no last-days cramming', async () => {
    const ruText = 'Хочу сдать до конца весны. Готовиться могу после работы по часу, в воскресенье больше.';
    expect(slots.read('Сдать экзамен AWS Solutions Architect', [ruText]).horizon).not.toBe('days');
    const ru = await firstFive('exam', 'Сдать экзамен AWS Solutions Architect', `Давно работаю с AWS. ${ruText}`, 'ru');
    expect(ru.keys).not.toContain('exam-days-weak');
    expect(ru.keys).not.toContain('exam-days-logistics');
    const enText = 'I want to sit it before the summer. I can only study on Saturday mornings, a few hours.';
    const en = slots.read('Pass the PMP certification', [enText]);
    expect(en.horizon).not.toBe('days');
    expect(en.deadline).toBe(true);
    expect(slots.read('Learn to knit', ['I am free on Sunday afternoons.']).deadline).toBe(false);
    // An exam that is on Saturday is still days away.
    const near = slots.read('Pass my CCNA', ['The exam is on Saturday and I feel behind on subnetting.']);
    expect(near.horizon).toBe('days');
    expect(slots.read('Сдать зачёт', ['Зачёт в субботу, а я не готов.']).horizon).toBe('days');
  });

  it("gives a tractor licence the tractor's own check and theory — not a forklift's forks and load centre", async () => {
    const ru = await firstFive(
      'exam',
      'Получить удостоверение тракториста',
      'Трактор вожу давно, помогал в хозяйстве, а билеты по ПДД ни разу не открывал. Экзамен весной.',
      'ru',
    );
    expect(ru.keys).toContain('exam-tractor-checks');
    expect(ru.keys).toContain('exam-tractor-theory');
    expect(ru.keys).not.toContain('exam-plant-checks');
    expect(ru.keys).not.toContain('exam-plant-theory');
    const en = await firstFive(
      'exam',
      'Pass my tractor driving test',
      'I grew up on a farm but never studied the theory.',
    );
    expect(en.keys).toContain('exam-tractor-checks');
    expect(en.keys).not.toContain('exam-plant-checks');
    // A forklift keeps the forklift's checks.
    const forklift = await firstFive('exam', 'Get my forklift licence', 'The course is next month at the depot.');
    expect(forklift.keys).toContain('exam-plant-checks');
    expect(forklift.keys).not.toContain('exam-tractor-checks');
  });

  it('gives a solfeggio or ear-training exam a teacher who plays dictations and daily ear work — no timed mock on day one', async () => {
    const ru = await firstFive(
      'exam',
      'Подготовиться к сольфеджио на вступительных',
      'Поступаю в колледж искусств, музыкальной школы не заканчивал, сдаю ещё ЕГЭ.',
      'ru',
    );
    expect(ru.keys).toEqual(AURAL);
    expect(ru.keys).not.toContain('exam-practice');
    const en = await firstFive(
      'exam',
      'Pass the aural and music theory test for conservatoire entry',
      'I sing but have never had a theory lesson; auditions are in March.',
    );
    expect(en.keys).toEqual(AURAL);
  });

  it('names an entrance exam as one, even when the ЕГЭ is named too', async () => {
    const ru = await firstFive(
      'exam',
      'Сдать вступительный по рисунку в художку',
      'Параллельно готовлюсь к ЕГЭ, экзамен в июле.',
      'ru',
    );
    expect(ru.text).toContain('вступительный экзамен');
    expect(ru.text).not.toContain('школьный экзамен');
    const ege = await firstFive('exam', 'Сдать ЕГЭ по профильной математике', 'Экзамен в июне.', 'ru');
    expect(ege.text).not.toContain('вступительный экзамен');
  });

  it("starts a school's own entrance tests from what the school tests and its sample tasks — no national exam board", async () => {
    const ru = await tap(
      'exam',
      'Подготовить сына к поступлению в кадетский корпус',
      'Он в четвёртом классе, экзамены в июне.',
      'ru',
      ['Экзамен', 'Помочь ребёнку'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['exam-entry-rules', 'exam-entry-sample']);
    expect(ru.keys).not.toContain('exam-parent-first');
    expect(ru.text).not.toContain('ФИПИ');
    const en = await tap(
      'exam',
      'Help my daughter get through the 11 plus',
      "She's in year 5 and the test is in September.",
      'en',
      ['Exam', 'Helping my child'],
    );
    expect(en.keys[0]).toBe('exam-entry-rules');
    expect(en.keys).not.toContain('exam-parent-free');
    // A national exam, even with a lyceum after it, keeps the board's practice papers.
    const oge = await tap('exam', 'Сдать ОГЭ и поступить в лицей', 'Сын в 9 классе, экзамен в мае.', 'ru', [
      'Экзамен',
      'Помочь ребёнку',
    ]);
    expect(oge.keys).toContain('exam-parent-free');
    expect(oge.keys).not.toContain('exam-entry-rules');
  });

  it("asks the head who prepares the class when the subject's teacher has gone — not the teacher who left", async () => {
    const ru = await tap(
      'exam',
      'Сдать ОГЭ по математике',
      'Сын в 9 классе. Математичка уволилась в октябре, с тех пор уроки ведёт физрук. Пробник сын написал на двойку.',
      'ru',
      ['Помочь ребёнку'],
    );
    expect(ru.keys).toContain('exam-parent-noteacher');
    expect(ru.keys).not.toContain('exam-parent-teacher');
    const en = await tap(
      'exam',
      'Help my son pass GCSE maths',
      'His maths teacher left in October and the class has had supply teachers since.',
      'en',
      ['Exam', 'Helping my child'],
    );
    expect(en.keys).toContain('exam-parent-noteacher');
    expect(en.keys).not.toContain('exam-parent-teacher');
    // A teacher still there is asked.
    const kept = await tap('exam', 'Сдать ОГЭ по математике', 'Сын в 9 классе, пробник на тройку.', 'ru', [
      'Помочь ребёнку',
    ]);
    expect(kept.keys).toContain('exam-parent-teacher');
  });

  it('reads the afternoon as the time someone has, and evenings with no light or a college left behind as no time at all', async () => {
    const jamb = await firstFive(
      'exam',
      'Score 250+ in JAMB',
      'The UTME is in late April. Light goes off most evenings so I can only read in the afternoon. I scored 190 in the school mock.',
    );
    expect(jamb.text).toContain('in the afternoons');
    expect(jamb.text).not.toContain('in the evenings');
    for (const busy of [
      'Light goes off most evenings.',
      'I work evenings at the shop.',
      'I work at the store most afternoons.',
    ]) {
      const dark = await firstFive(
        'exam',
        'Score 250+ in JAMB',
        `The UTME is in late April. ${busy} I scored 190 in the mock.`,
      );
      expect(dark.keys, busy).toContain('exam-calendar');
      expect(dark.keys, busy).not.toContain('exam-calendar-window');
    }
    const ru = await firstFive(
      'exam',
      'Сдать ЕГЭ по химии',
      'Экзамен через три месяца. Вечером света нет, могу только днём.',
      'ru',
    );
    expect(ru.text).toContain('днём');
    expect(ru.text).not.toContain('по вечерам');
    const graft = await firstFive(
      'skill',
      'learn to graft avocado seedlings',
      "I'm back on my parents' shamba after college didn't work out. The rains start in March.",
    );
    expect(graft.text).not.toContain('in the evenings');
    // Evenings said as free time stay evenings.
    const evenings = await firstFive(
      'exam',
      'Score 250+ in JAMB',
      'The UTME is in late April. I can study in the evenings after school. I scored 190 in the school mock.',
    );
    expect(evenings.text).toContain('in the evenings');
  });

  it('reads weekday evenings and Sundays as both windows — not Sundays alone', async () => {
    const en = await firstFive(
      'exam',
      'Get 2800 in the UCAT',
      "I'm sitting it on 14 August. My first timed mock came out at 2350. I've got a Saturday job, so revision is weekday evenings and Sundays.",
    );
    expect(en.text).toContain('on weekday evenings and on Sundays');
    const ru = await firstFive('exam', 'Сдать ЕГЭ по химии', 'Готовиться могу по вечерам и по воскресеньям.', 'ru');
    expect(ru.text).toContain('по вечерам в будни и по воскресеньям');
    // Near miss: Sundays alone stay Sundays.
    const sunday = await firstFive('exam', 'Pass the theory test', 'I can only revise on Sundays.');
    expect(sunday.text).not.toContain('weekday evenings');
  });

  it("reads a driving instructor's Part 1 as the theory test — no lessons, manoeuvres or commentary driving", async () => {
    const en = await tap(
      'exam',
      'Pass ADI Part 1 so I can train as a driving instructor',
      "I'm 46, been a delivery driver for 15 years. Part 1 is the theory questions plus hazard perception. It's booked for 14 March.",
      'en',
    );
    expect(en.keys).toContain('exam-theory-app');
    for (const key of DRIVING) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'exam',
      'Сдать теорию на инструктора по вождению',
      'Вожу двадцать лет, хочу работать инструктором в автошколе. Экзамен в апреле.',
      'ru',
    );
    expect(ru.keys).toContain('exam-theory-app');
    for (const key of DRIVING) expect(ru.keys).not.toContain(key);
    // A learner's driving test keeps the instructor and the manoeuvres.
    const test = await tap('exam', 'Pass my driving test', "I've had 20 lessons and the test is in six weeks.", 'en');
    expect(test.keys).toContain('exam-driving-lessons');
    expect(test.keys).toContain('exam-driving-faults');
  });

  it('reads «по уголовному праву» as a law exam, not the driving licence — the university’s list of questions', async () => {
    const ru = await tap(
      'exam',
      'Сдать госэкзамен по уголовному праву',
      'Учусь заочно на юриста, пятый курс, госы в июне. Вопросы уже выдали, их 90. Готовиться могу только после девяти вечера.',
      'ru',
    );
    expect(ru.keys[0]).toBe('exam-uni-list');
    expect(ru.keys).toContain('exam-uni-plan');
    for (const key of DRIVING) expect(ru.keys).not.toContain(key);
    expect(ru.text).not.toMatch(/инструктор|вождени/);
    const en = await tap(
      'exam',
      'Pass my criminal law exam',
      'Second year of my LLB, the exam is in June and there are 40 topics on the list.',
      'en',
    );
    expect(en.keys[0]).toBe('exam-uni-list');
    for (const key of DRIVING) expect(en.keys).not.toContain(key);
    // «Сдать на права» is still the driving licence.
    const drive = await tap('exam', 'Сдать на права', 'Автошколу закончил, экзамен в ГИБДД в марте.', 'ru');
    expect(drive.keys).toContain('exam-driving-lessons');
    expect(drive.keys).not.toContain('exam-uni-list');
  });

  it('reads a retake only feared as no retake — no "start from your latest mock"', async () => {
    const ru = await tap(
      'exam',
      'Сдать экзамен на категорию C',
      'Работаю грузчиком, хочу водителем. Очень боюсь не сдать и ждать пересдачу два месяца.',
      'ru',
    );
    expect(ru.keys).not.toContain('exam-known');
    const en = await tap(
      'exam',
      'Pass my citizenship test',
      "It's in April. I'm scared of failing and having to resit it.",
      'en',
    );
    expect(en.keys).not.toContain('exam-known');
    // A fail that happened still starts from its results.
    const twice = await tap(
      'exam',
      'Pass my citizenship test',
      'I failed it twice already, the next one is in April.',
      'en',
    );
    expect(twice.keys[0]).toBe('exam-known');
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

  it('gives a physical test a doctor first, a build-up and no timed test today — never syllabus chapters', async () => {
    const en = await tap(
      'exam',
      'Pass the police fitness test',
      "I'm 47, smoke about ten a day and haven't run since school. The beep test and push-ups are in eight weeks.",
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('exam-phys-doctor');
    expect(en.keys).toContain('exam-phys-plan');
    for (const key of WRITTEN) expect(en.keys).not.toContain(key);
    expect(en.text).not.toMatch(/even if you don't feel ready/);
    // The same person saying they already train still sees the doctor first.
    const said = await tap(
      'exam',
      'Pass the police fitness test',
      "I'm 47, smoke about ten a day and haven't run since school. The beep test and push-ups are in eight weeks.",
      'en',
      ['Already doing it'],
    );
    expect(said.keys[0]).toBe('exam-phys-doctor-check');
    expect(said.keys).not.toContain('exam-practice');
    const ru = await tap(
      'exam',
      'Сдать нормативы по физподготовке для поступления в полицию',
      'Мне 30, вешу 105 кг, спортом не занимался лет десять. Бег на 3 км и подтягивания через два месяца.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('exam-phys-doctor');
    expect(ru.keys).toContain('exam-phys-easy');
    for (const key of WRITTEN) expect(ru.keys).not.toContain(key);
    // Someone already training, with no reason for a check: one event at the standard, still no full test today.
    const fit = await tap(
      'exam',
      'Get through the CPAT this spring',
      "I'm 29, I play five-a-side twice a week and lift at the gym on Sundays.",
      'en',
      ['Already doing it'],
    );
    expect(fit.keys).toContain('exam-phys-event');
    expect(fit.keys).not.toContain('exam-phys-doctor');
    expect(fit.keys).not.toContain('exam-practice');
    expect(fit.text).not.toMatch(/certification exam/);
    // A written certification keeps its practice test.
    const near = await tap(
      'exam',
      'Pass the CPA exam',
      "I'm an accountant; the first section is in three months.",
      'en',
      ['Just starting'],
    );
    expect(near.keys).toContain('exam-practice');
    expect(withPrefix(near.keys, 'exam-phys')).toEqual([]);
  });

  it("books no place in a school-leaving exam the school enters, and studies at dawn when that's the free time", async () => {
    const en = await tap(
      'exam',
      'Get a C+ in WASSCE maths',
      'I got a D in the mock. I sell at my aunt’s stall after school, so I study early in the morning before school.',
      'en',
    );
    expect(en.keys).not.toContain('exam-book');
    expect(en.keys).toContain('exam-calendar-window');
    expect(en.text).toMatch(/in the mornings/);
    expect(en.text).not.toMatch(/in the evenings/);
    const ru = await tap(
      'exam',
      'Сдать ОГЭ по математике на четвёрку',
      'На пробнике три балла. После школы помогаю маме в магазине, поэтому занимаюсь рано утром до уроков.',
      'ru',
    );
    expect(ru.keys).toContain('exam-calendar-window');
    expect(ru.text).toMatch(/по утрам/);
    expect(ru.text).not.toMatch(/по вечерам/);
    // Revising after school is still an evening.
    const near = await tap(
      'exam',
      'Pass my GCSE chemistry',
      'My mock was a 4. I revise after school for an hour.',
      'en',
    );
    expect(near.text).toMatch(/in the evenings/);
  });

  it('reads another exam passed on a later try as no mock of this one — the format is still to be found', async () => {
    const ru = await tap(
      'exam',
      'Сдать тест на знание истории и законов для паспорта',
      'IELTS сдал со второй попытки, теперь для гражданства нужен тест. Записался на май.',
      'ru',
      ['Экзамен'],
    );
    expect(ru.keys).not.toContain('exam-known');
    expect(ru.keys).toContain('exam-practice');
    const en = await tap(
      'exam',
      'Pass the civics test for naturalisation',
      'I passed my English exam on the third attempt last year; the civics test is in June.',
      'en',
    );
    expect(en.keys).not.toContain('exam-known');
    // A retake of this very test still starts from the person's results.
    const near = await tap(
      'exam',
      'Pass my driving theory test',
      "Failed it twice, my mock scores are around 80% and I'm retaking it in May.",
      'en',
    );
    expect(near.keys[0]).toBe('exam-known');
  });

  it('knows the format of a recurring attestation passed on a second try last time, not of another exam passed', async () => {
    const ru = await tap(
      'exam',
      'Сдать аттестацию по охране труда',
      'Работаю прорабом, раз в три года аттестация. Прошлую аттестацию сдал со второго раза, экзамен через месяц.',
      'ru',
    );
    expect(ru.keys).toContain('exam-known');
    const en = await tap(
      'exam',
      'Pass my forklift recertification',
      'I do it every three years. Last time I passed it on the second attempt, and the test is in a month.',
      'en',
    );
    expect(en.keys).toContain('exam-known');
  });

  it('ties a work safety certificate to its rules and the job — no lecture notes, classmates or driving test', async () => {
    const ru = await tap(
      'exam',
      'Сдать на третью группу по электробезопасности',
      'Экзамен в Ростехнадзоре через месяц, тесты прохожу через раз, формулировки правил не запоминаются.',
      'ru',
      ['Тест по базе'],
    );
    expect(ru.keys).toContain('exam-wcert-clause');
    for (const key of ['exam-uni-list', 'exam-uni-notes', 'exam-driving-lessons']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'exam',
      'Pass my NEBOSH certificate',
      "I failed it once. I know the site work, it's the wording of the regulations that won't stick.",
      'en',
    );
    expect(en.keys).toContain('exam-wcert-clause');
    expect(withPrefix(en.keys, 'exam-uni')).toEqual([]);
    // A law exam at university keeps the student's steps, and a licence is still a driving test.
    const law = await tap(
      'exam',
      'Сдать экзамен по уголовному праву',
      'Сессия через две недели, билеты уже есть.',
      'ru',
    );
    expect(law.keys).toContain('exam-uni-list');
    const drive = await tap(
      'exam',
      'Сдать на права с первого раза',
      'Автошколу закончила, экзамен в ГИБДД в мае.',
      'ru',
      ['Экзамен на права'],
    );
    expect(drive.keys.some((key) => key.startsWith('exam-driving'))).toBe(true);
  });

  it('starts a staged exam years in from the last attempt — no booking by the candidate or practice test to see the format', async () => {
    const en = await tap(
      'exam',
      'Pass the Knowledge',
      "Three years into it and on 28-day appearances now, but I've had two D's running.",
      'en',
    );
    expect(en.keys).toContain('exam-known');
    for (const key of ['exam-book', 'exam-practice']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'exam',
      'Сдать экзамен на гида-переводчика',
      'Второй год готовлюсь, первый этап сдал, дату второго этапа назначит комиссия.',
      'ru',
    );
    expect(ru.keys).toContain('exam-known');
    for (const key of ['exam-book', 'exam-practice']) expect(ru.keys).not.toContain(key);
    // A first sitting still books a place and sees the format.
    const near = await tap('exam', 'Pass IELTS in June', 'I need 7.0 for my visa; never taken it.', 'en');
    expect(near.keys).toContain('exam-book');
  });

  it("prepares a drawing entrance exam from the school's task and top works — no timed test or booking a place", async () => {
    const ru = await tap(
      'exam',
      'Сдать вступительные по рисунку в художественное училище',
      'Экзамен в июне: гипсовая голова и натюрморт, рисую с детства.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['exam-art-reqs', 'exam-art-long']);
    for (const key of ['exam-book', 'exam-practice', 'exam-official']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'exam',
      'Pass the drawing exam for art college',
      'They set a still life and a plaster cast, three hours each.',
      'en',
    );
    expect(en.keys[0]).toBe('exam-art-reqs');
    expect(en.keys).not.toContain('exam-practice');
    // Solfeggio at a music college keeps its own steps.
    const near = await tap(
      'exam',
      'Сдать сольфеджио на вступительных в колледж',
      'Поступаю на фортепиано, диктанты пишу плохо.',
      'ru',
      ['Сольфеджио'],
    );
    expect(near.keys[0]).toBe('exam-aural-reqs');
    expect(withPrefix(near.keys, 'exam-art')).toEqual([]);
  });

  it("works an oral's weakest part aloud from key words — no written question bank", async () => {
    const en = await tap(
      'exam',
      'Pass my A-level French oral in May',
      'In the mocks I lost most marks on the general conversation — my answers sound memorised and I go blank on follow-ups.',
      'en',
      ['The speaking part of a language test'],
    );
    expect(en.keys).toContain('exam-known-weak-oral');
    expect(en.keys).not.toContain('exam-known-weak');
    const ru = await tap(
      'exam',
      'Сдать устную часть ЕГЭ по английскому',
      'На пробниках теряю баллы в монологе: выучила тексты, а отвечаю как робот.',
      'ru',
      ['Устная часть языкового экзамена'],
    );
    expect(ru.keys).toContain('exam-known-weak-oral');
    expect(ru.text).toMatch(/ключевым словам/);
    // A written exam keeps the question bank.
    const near = await tap('exam', 'Pass my maths GCSE resit', 'In the mocks I lost most marks on algebra.');
    expect(near.keys).toContain('exam-known-weak');
    expect(near.keys).not.toContain('exam-known-weak-oral');
  });

  it('gives a CSCS test its own path — no driving theory app, no "last mock" — and asks for the voiceover before booking', async () => {
    const en = await tap(
      'exam',
      'Pass the CSCS health and safety test',
      "19, just started as a labourer on a site, need my green card by the end of next month. I'm dyslexic and long multiple choice questions are my worst nightmare, failed my driving theory twice because of it. I think you can ask for a voiceover.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('exam-known');
    expect(withPrefix(en.keys, 'exam-theory')).toEqual([]);
    expect(en.keys).toContain('exam-access-ask');
    expect(en.keys.indexOf('exam-access-ask')).toBeLessThan(en.keys.indexOf('exam-book'));
    expect(en.texts.join(' ')).not.toMatch(/driving theory/);
    const ru = await tap(
      'exam',
      'Сдать на группу допуска по электробезопасности',
      'Работаю электромонтёром полгода. У меня дислексия, длинные вопросы читаю очень медленно, два раза завалил теорию в ГИБДД из-за этого.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('exam-known');
    expect(withPrefix(ru.keys, 'exam-theory')).toEqual([]);
    expect(ru.keys).toContain('exam-access-ask');
    // The driving theory test itself, failed twice, still starts from the attempts; no reading support is named.
    const near = await tap(
      'exam',
      'Pass my driving theory test',
      'Failed it twice already, the hazard perception part gets me every time.',
    );
    expect(near.keys[0]).toBe('exam-known');
    expect(near.keys).not.toContain('exam-access-ask');
  });

  it('keeps an exam’s smaller timed practice honest in minutes and does not repeat it with a past paper', async () => {
    const ru = await tap(
      'exam',
      'ЕГЭ по профильной математике хотя бы на 70',
      'Мне 17, 11 класс, математику ведёт физрук. Нужно баллов 70.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.text).not.toMatch(/Пройди одну часть пробного теста на время\./);
    expect(ru.text).not.toMatch(/Реши одну часть варианта прошлых лет на время и проверь\./);
    const en = await tap('exam', 'Pass the SAT math with 700', 'I am a junior and I study every week.', 'en', [
      'Already',
    ]);
    expect(en.text).not.toMatch(/Do one section of a practice test, timed\./);
  });

  it('a learner driver logging supervised hours in a family car: the hours plan, the clutch, few paid lessons — no booking yet', async () => {
    const en = await tap(
      'exam',
      'get my driving licence before I leave home',
      "I'm 16 and need 50 logbook hours; I've done 8. My dad takes me out driving on Sunday mornings in his old manual and I keep stalling at junctions.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['exam-drive-hours', 'exam-drive-clutch', 'exam-drive-family']);
    expect(en.keys).not.toContain('exam-book');
    expect(en.keys).not.toContain('exam-driving-lessons');
    const ru = await tap(
      'exam',
      'Сдать на права с первого раза',
      'Автошколу закончила, экзамен в июле. На механике постоянно глохну на подъёме, по выходным езжу с отцом на его машине, а на платные уроки денег мало.',
      'ru',
      ['Практический экзамен'],
    );
    expect(ru.keys).toContain('exam-drive-clutch');
    expect(ru.keys).toContain('exam-drive-fewlessons');
    expect(ru.keys).not.toContain('exam-driving-lessons');
    // A learner with an instructor only keeps the lessons step.
    const near = await tap(
      'exam',
      'Pass my driving test',
      'The test is in three months and I have weekly lessons with a driving school.',
    );
    expect(withPrefix(near.keys, 'exam-drive-')).toEqual([]);
  });

  it('reads a licence category named for itself as the driving test — a teacher’s qualification category is none', async () => {
    const ru = await tap(
      'exam',
      'Сдать на категорию B',
      'Теорию сдала, практику в городе завалила один раз, пересдача через месяц.',
      'ru',
      ['Экзамен на права'],
    );
    expect(withPrefix(ru.keys, 'exam-driving').length).toBeGreaterThan(0);
    expect(ru.keys).not.toContain('exam-spaced');
    const en = await tap('exam', 'Pass my HGV test', 'I failed the practical once on the reversing exercise.', 'en', [
      'The driving test',
    ]);
    expect(en.keys).not.toContain('exam-spaced');
    const near = await tap(
      'exam',
      'Сдать на высшую категорию',
      'Я учитель, аттестация через два месяца, нужно подготовить портфолио.',
      'ru',
    );
    expect(withPrefix(near.keys, 'exam-driving')).toEqual([]);
  });

  it('starts an exam learnt at school long ago and never sat from the format and each part untimed', async () => {
    const en = await tap(
      'exam',
      'pass the B1 German test for my residence permit',
      "I'm 52. I studied it at school decades ago and remember almost nothing. The test is in June and the speaking part scares me.",
      'en',
    );
    expect(en.keys).toContain('exam-school-parts');
    expect(en.keys).not.toContain('exam-changed');
    expect(en.keys).not.toContain('exam-cold-paper');
    const ru = await tap(
      'exam',
      'сдать экзамен по английскому на B1 для работы',
      'Мне 48. Английский учил в школе, почти ничего не помню. Экзамен осенью.',
      'ru',
    );
    expect(ru.keys).toContain('exam-school-parts');
    expect(ru.keys).not.toContain('exam-changed');
    // A retake of an exam sat years ago keeps the changes since then.
    const near = await tap(
      'exam',
      'пересдать ЕГЭ по химии',
      'Мне 22, сдавала ЕГЭ четыре года назад, химию почти не помню. Хочу поступить в медицинский.',
      'ru',
    );
    expect(near.keys).toContain('exam-changed');
    expect(near.keys).not.toContain('exam-school-parts');
  });

  it('puts no study on a past exam day, an exam morning, or weekends spent away', async () => {
    const en = await tap(
      'exam',
      'pass the CPA board exam in May',
      'Second try. I panic on exam mornings and last Saturday of the mock I froze. I work full time.',
      'en',
      ['Exam'],
    );
    expect(en.keys).not.toContain('exam-calendar-window');
    const ru = await tap(
      'language',
      'выучить казахский для работы',
      'Начинаю с нуля. Могу заниматься по часу вечером, по выходным езжу на дачу.',
      'ru',
      ['Изучение языка'],
    );
    expect(ru.texts.join(' ')).not.toContain('по выходным');
    const near = await tap(
      'exam',
      'pass the CPA board exam in May',
      'Second try. I study on Sundays and work full time.',
      'en',
      ['Exam'],
    );
    expect(near.keys).toContain('exam-calendar-window');
  });

  it('starts a language test retake from the last scores, not from finding the format and the date', async () => {
    const en = await tap(
      'exam',
      'TOEFL for my masters, need 100',
      'I took it in March and got 92, speaking was the lowest. My second go is in June.',
      'en',
      ['The language test'],
    );
    expect(en.keys).not.toContain('exam-official');
    expect(en.keys).not.toContain('exam-material');
    expect(en.keys).toContain('exam-lang-sections');
    const ru = await tap(
      'exam',
      'сдать DELE B2 для университета',
      'Первая попытка была весной, не хватило баллов за письменную часть. Снова записалась на ноябрь.',
      'ru',
      ['Экзамен по языку'],
    );
    expect(ru.keys).not.toContain('exam-official');
    // Never sat: the official format comes first.
    const near = await tap(
      'exam',
      'TOEFL for my masters, need 100',
      'Never taken it, the exam is in June and I study after work.',
      'en',
      ['The language test'],
    );
    expect(near.keys).toContain('exam-official');
  });

  it('plans study in both windows named: weeknights with most of a Sunday', async () => {
    const exam = await tap(
      'exam',
      'pass the ACCA paper in March while working full time',
      "I'm registered for March and behind on hours. I can get an hour on weeknights and most of Sunday.",
      'en',
      ['The certification'],
    );
    const plan = exam.texts[exam.keys.indexOf('exam-calendar-window')] ?? '';
    expect(plan).toMatch(/Sundays/);
    expect(plan).toMatch(/evenings/i);
  });

  it('gives a certification retake no "lab for the weakest area" on top of the weakest-area practice', async () => {
    const en = await tap(
      'exam',
      'pass the ACCA paper on my second try',
      'I failed it in March with 46, so I know the format. The resit is in September and I study after work.',
      'en',
      ['The certification exam'],
    );
    expect(en.keys).toContain('exam-known-weak');
    expect(en.keys).not.toContain('exam-cert-practical');
  });

  it('practises the hazard perception clips, not question drills, when the clips are what failed', async () => {
    const en = await tap(
      'exam',
      'pass the theory test at last',
      'I got through the multiple choice part but failed the hazard perception clips on my retake. My next try is in a month.',
      'en',
      [],
    );
    expect(en.keys).toContain('exam-hazard-clips');
    expect(en.keys).not.toContain('exam-known-weak');
    expect(en.keys).not.toContain('exam-theory-app');
    const ru = await tap(
      'exam',
      'сдать теорию на права',
      'Вопросы сдал, а тест на восприятие опасностей завалил уже два раза. Пересдача через месяц.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('exam-hazard-clips');
    const near = await tap(
      'exam',
      'pass my theory test',
      'I failed the questions on road signs last month; retake in June.',
      'en',
      [],
    );
    expect(near.keys).not.toContain('exam-hazard-clips');
  });

  it('gives a learner’s licence the theory steps, not driving lessons or manoeuvres', async () => {
    const en = await tap(
      'exam',
      "get my learner's licence",
      "I'm 17 and my learner's licence test is in July. I failed it once, mostly on road signs.",
      'en',
      [],
    );
    expect(en.keys).not.toContain('exam-driving-lessons');
    expect(en.keys).not.toContain('exam-driving-faults');
    expect(en.keys).toContain('exam-theory-weak');
    const ru = await tap(
      'exam',
      'сдать теорию в ГИБДД',
      'Завалил теорию в ГИБДД один раз, путаюсь в знаках. Следующая попытка в мае.',
      'ru',
      [],
    );
    expect(ru.keys).not.toContain('exam-driving-faults');
  });

  it('reads a retake only feared for its cost as no attempt: no "start from your results"', async () => {
    const ru = await tap(
      'exam',
      'сдать на категорию B с первого раза',
      'Учусь в автошколе, экзамен в городе за 150 км, пересдавать мне не по карману.',
      'ru',
      [],
    );
    expect(ru.keys).not.toContain('exam-known');
  });
});
