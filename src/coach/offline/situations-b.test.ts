import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

/** The official-procedure steps of the admin path: a deadline, a document list, a form, an appointment. */
const FORM_STEPS = ['adm-01', 'adm-02', 'adm-03', 'adm-04', 'adm-05'];

describe('situations inside a kind (issue 16, helper b)', () => {
  it('admin: a will gets an own-and-owe list, an executor and a solicitor or notary, never government-form steps', async () => {
    const will = await firstFive('admin', 'Make a will', '');
    expect(will.keys).toEqual(expect.arrayContaining(['adm-will-list', 'adm-will-people', 'adm-will-book']));
    expect(will.keys.filter((key) => FORM_STEPS.includes(key!))).toEqual([]);
    expect(will.text).toMatch(/executor/i);
    expect(will.text).toMatch(/solicitor|notary/i);
    expect(will.text).not.toMatch(/required documents|official page/i);

    const ru = await firstFive('admin', 'Составить завещание', 'Есть квартира и дача', 'ru');
    expect(ru.keys).toContain('adm-will-book');
    expect(ru.text).toMatch(/нотариус/);

    // A passport with a two-month queue at the office gets the look-for-an-earlier-slot step early.
    const passport = await firstFive(
      'admin',
      'Сделать загранпаспорт через Госуслуги',
      'В августе летим в Турцию, а старый паспорт заканчивается в июне. В МФЦ запись на два месяца вперёд.',
      'ru',
    );
    expect(passport.keys).toContain('adm-pass-slot');
  });

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
    // fix50G: a shop or café job gets its own job-interview steps (the place itself, the questions such jobs ask).
    expect(interview.keys).toEqual(expect.arrayContaining(['intv-casual-place', 'intv-casual-answers']));
    expect(interview.keys.some((key) => key!.startsWith('intv-raise'))).toBe(false);
  });

  it('career: retraining as a nurse starts from the official route and a money plan, not from the CV', async () => {
    const nurse = await firstFive(
      'career',
      'Retrain as a nurse at 41',
      "15 years in insurance claims and I want to do something that matters. Two kids and a mortgage, so I'm worried how we'd manage on a student income.",
    );
    expect(nurse.keys[0]).toBe('car-reg-route');
    expect(nurse.keys).toEqual(expect.arrayContaining(['car-reg-funding', 'car-reg-budget']));
    expect(nurse.keys.filter((key) => ['car-03', 'car-04', 'car-05', 'car-06'].includes(key!))).toEqual([]);
    expect(nurse.text).not.toMatch(/\bCV\b|headline/);

    // Someone already qualified applies for jobs: the CV steps are theirs.
    const qualified = await firstFive(
      'career',
      'Get my first nursing job',
      'I just qualified and registered last month.',
    );
    expect(qualified.keys).not.toContain('car-reg-route');
    expect(qualified.keys).toContain('car-04');

    // Leaving teaching is a career change, not training as a teacher.
    const leaving = await firstFive(
      'career',
      "Find a job that isn't teaching",
      '9 years as a secondary maths teacher.',
    );
    expect(leaving.keys.some((key) => key!.startsWith('car-reg'))).toBe(false);
  });

  it('checkup: a hearing test and a darkened mole get their own steps, not the list of every check-up', async () => {
    const hearing = await firstFive(
      'checkup',
      'Get my hearing tested',
      "My wife says the telly's always too loud. I'm 63 and honestly I've put it off because I don't want hearing aids.",
    );
    expect(hearing.keys).toEqual(expect.arrayContaining(['chk-hear-book', 'chk-hear-aids']));
    expect(hearing.keys).not.toContain('chk-01');
    expect(hearing.keys).not.toContain('chk-03');

    const mole = await firstFive(
      'checkup',
      'Показать родинки дерматологу',
      'Родинок много, одна на спине вроде потемнела. В поликлинике запись через месяц, а платно дорого.',
      'ru',
    );
    expect(mole.keys).toEqual(expect.arrayContaining(['chk-skin-photo', 'chk-skin-book', 'chk-skin-route']));
    expect(mole.keys).not.toContain('chk-gp-book');
    expect(mole.text).toMatch(/срочн|ранний/);
    expect(mole.text).not.toMatch(/общий осмотр и анализы/);
  });

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
});
