import { describe, expect, it } from 'vitest';
import type { CoachContext } from '../../core/goals/coach.port.js';
import { firstFiveWith, fiveSteps, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach, pack } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

/**
 * The first five steps as a person gets them from an unplaced goal: the kind question answered with the named
 * kind's button when it is offered (else "Something else"), an open question with the description, and the
 * situation question left to its default.
 */
async function walk(kind: string, title: string, description: string, locale: 'en' | 'ru' = 'en') {
  const base = {
    goal: { id: 'g', title, description, goalType: null },
    clarifications: [] as CoachContext['clarifications'],
    locale,
    tone: 'friendly' as const,
    rejected: [],
    earlier: { count: 0, first: null },
  };
  const kindName = pack.types.find((item) => item.id === kind)?.name[locale];
  const none = pack.generic.none[locale];
  for (let turn = 0; turn < 2; turn++) {
    const asked = await coach.clarifyGoal({ ...base, history: [], usedKeys: {}, mayAsk: true });
    if (asked.status !== 'need_clarification' || asked.choices?.at(-1) === none) break;
    const answer = asked.choices
      ? (asked.choices.find((choice) => choice === kindName) ?? asked.choices.at(-1)!)
      : description;
    base.clarifications.push({ question: asked.question, answer });
  }
  return fiveSteps(coach, { ...base, history: [], usedKeys: {}, mayAsk: false });
}

const SAVING = ['fin-09', 'fin-13', 'fin-14', 'fin-15'];

describe('the twentieth blind read, fixed in general (helper fix20d)', () => {
  it('gives a credit score its reports, mistakes and no missed payments — no savings target or pot', async () => {
    const en = await firstFive(
      'finance',
      'Get my credit score up so we can remortgage in November',
      'Two missed phone bill payments from 2022 are still dragging it down. Our fixed rate ends in November and the broker said we need to look cleaner by August.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['fin-credit-report', 'fin-credit-errors', 'fin-credit-autopay']);
    expect(en.keys.some((key) => [...SAVING, 'fin-11'].includes(key))).toBe(false);
    expect(en.text).not.toMatch(/put aside each payday|savings pot|fee-free pot|five simple categories/);
    const ru = await firstFive(
      'finance',
      'Исправить кредитную историю до ипотеки',
      'Пару лет назад были просрочки по кредитке, теперь банки отказывают. Хотим подать заявку на ипотеку весной.',
      'ru',
    );
    expect(ru.keys).toContain('fin-credit-report');
    expect(ru.text).toMatch(/бюро кредитных историй/);
    expect(ru.keys.some((key) => SAVING.includes(key))).toBe(false);
    // Saving up keeps its target, amount per payday and pot.
    const save = await firstFive('finance', 'Save for a holiday in Portugal', '2,000 by next August.');
    expect(save.keys).toEqual(expect.arrayContaining(['fin-09', 'fin-13']));
    expect(save.keys.some((key) => key.startsWith('fin-credit-'))).toBe(false);
  });

  it('saves from an irregular income by a share of each payment and a monthly pay to yourself, not per payday', async () => {
    const ru = await firstFive(
      'finance',
      'Научиться откладывать при нерегулярных доходах',
      'Я фрилансер-иллюстратор: в один месяц 200 тысяч, в другой 30. Хочу к концу года иметь запас на три месяца и перестать паниковать в пустые месяцы.',
      'ru',
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['fin-irr-lean', 'fin-irr-share', 'fin-irr-salary']));
    expect(ru.keys).not.toContain('fin-13');
    expect(ru.keys).not.toContain('fin-15');
    expect(ru.text).not.toMatch(/на число зарплат|на следующий день после зарплаты/);
    const en = await firstFive(
      'finance',
      'Build savings as a self-employed plumber',
      'Some months I earn double, some months hardly anything. I want six months of bills put away by next winter.',
    );
    expect(en.keys).toContain('fin-irr-share');
    expect(en.text).not.toMatch(/number of paydays|day after payday/);
    // A salary keeps the amount per payday.
    const salary = await firstFive('finance', 'Накопить на отпуск', 'Хочу отложить 100 тысяч к лету.', 'ru');
    expect(salary.keys).toContain('fin-13');
    expect(salary.keys.some((key) => key.startsWith('fin-irr-'))).toBe(false);
  });

  it('keeps the default money path general when the goal names no saving', async () => {
    const en = await firstFive(
      'finance',
      'Get on top of my money this year',
      'I never really know where I stand or what I have.',
    );
    expect(en.keys).toContain('fin-gen-aim');
    expect(en.keys.some((key) => SAVING.includes(key))).toBe(false);
    expect(en.text).not.toMatch(/what's left to save|what you already have towards it/);
    const ru = await firstFive(
      'finance',
      'Навести порядок в финансах',
      'Хочу понимать, куда уходят деньги и что у меня есть.',
      'ru',
    );
    expect(ru.keys.some((key) => SAVING.includes(key))).toBe(false);
  });

  it('gives match reports a template, notes on the day and the rules on naming children — no topic list or posts ahead', async () => {
    const en = await walk(
      'writing',
      "Write a weekly match report blog for my son's under-12s team",
      "The other parents keep asking for one. Matches are Sunday mornings and I'd like each report up by Monday night without it taking my whole evening.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['write-rep-template', 'write-rep-rules', 'write-rep-notes']);
    expect(en.keys.some((key) => key.startsWith('write-ch-'))).toBe(false);
    expect(en.text).toMatch(/photos/);
    expect(en.text).not.toMatch(/Post ideas|delayed posting|posting log/);
    const ru = await firstFive(
      'writing',
      'Писать отчёты о матчах нашей детской команды',
      'Родители просят, играем по субботам, хочу выкладывать в группу к воскресенью.',
      'ru',
    );
    expect(ru.keys[0]).toBe('write-rep-template');
    expect(ru.text).not.toMatch(/Идеи для постов|отложенную публикацию/);
    // A blog about one's own subject keeps the posting steps.
    const blog = await firstFive(
      'writing',
      'Start a gardening blog',
      'I want to post twice a week about my allotment.',
    );
    expect(blog.keys).toContain('write-ch-ideas');
    expect(blog.keys.some((key) => key.startsWith('write-rep-'))).toBe(false);
  });

  it('gives a weekly column the editor’s format, a list of pieces and a reserve — no chapters or word counts', async () => {
    const ru = await firstFive(
      'writing',
      'Писать раз в неделю колонку в районную газету',
      'Редактор предложил мне рубрику про историю нашего посёлка. Я пенсионер, бывший учитель истории, тем много, а вот писать к сроку каждую среду пока не привык.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['write-col-format', 'write-col-list', 'write-col-slot']);
    expect(ru.text).not.toMatch(/глав|норму слов|журнал слов/);
    const en = await firstFive(
      'writing',
      'Write a monthly column for the parish magazine',
      "The editor asked me for a nature column, 500 words, due on the 20th of each month. I've never written for print.",
    );
    expect(en.keys[0]).toBe('write-col-format');
    expect(en.text).not.toMatch(/chapter|word-count log|daily word/);
    // A novel keeps its own steps.
    const novel = await firstFive('writing', 'Finish my novel', 'Twelve chapters done out of twenty.');
    expect(novel.keys.some((key) => key.startsWith('write-col-'))).toBe(false);
  });

  it('reads «пишу посты» in the description of a book as no channel', async () => {
    const ru = await firstFive(
      'writing',
      'Написать книгу о своём детстве',
      'Я давно пишу посты в соцсетях, но книгу ни разу не писала.',
      'ru',
    );
    expect(ru.keys.some((key) => key.startsWith('write-ch-'))).toBe(false);
    expect(ru.text).not.toMatch(/Идеи для постов|журнал публикаций/);
    const en = await firstFive(
      'writing',
      'Write my first novel',
      "I'm used to posting short pieces online, but I've never written anything long.",
    );
    expect(en.keys.some((key) => key.startsWith('write-ch-'))).toBe(false);
    // Posts as the goal, or a real blog about the book, keep the posting steps.
    const posts = await firstFive(
      'writing',
      'Писать посты каждый день',
      'Хочу публиковать по посту в день про свою работу.',
      'ru',
    );
    expect(posts.keys).toContain('write-ch-ideas');
    const blog = await firstFive(
      'writing',
      'Start a blog about my novel-in-progress',
      'I want to post once a week about how the book is going.',
    );
    expect(blog.keys).toContain('write-ch-ideas');
  });

  it('teaches a hand drum its two sounds and a groove, not notes, chords or sheet music', async () => {
    const ru = await walk(
      'instrument',
      'Научиться играть на кахоне для квартирников с друзьями',
      'Ритм чувствую, но никогда ни на чём не играл. Кахон уже купил, друзья зовут играть с ними в конце весны.',
      'ru',
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['inst-hand-lesson', 'inst-hand-even', 'inst-hand-groove']));
    expect(ru.text).toMatch(/Практика: кахон/);
    expect(ru.text).not.toMatch(/джембе|аккорд|такт|по памяти/);
    const en = await firstFive(
      'instrument',
      'Learn to play the djembe',
      'Never played an instrument. Bought one at a festival and want to join the drum circle in the park this summer.',
    );
    expect(en.keys).toContain('inst-hand-groove');
    expect(en.text).not.toMatch(/notes or chords|sheet music|bars/);
    // A guitar beginner keeps the first notes or chords.
    const guitar = await firstFive('instrument', 'Learn to play the guitar', "I've never played anything.");
    expect(guitar.keys).toContain('inst-05');
    expect(guitar.keys.some((key) => key.startsWith('inst-hand-'))).toBe(false);
  });

  it('starts a harp beginner who once played piano from the first lesson, not from memory', async () => {
    const en = await firstFive(
      'instrument',
      'Learn the Celtic harp',
      "I played piano until about grade 3 as a kid and have just rented a 34-string lever harp. There's a small folk club showcase in December I'd love to play one tune at.",
    );
    expect(en.keys).toContain('inst-05');
    expect(en.keys.some((key) => key.startsWith('inst-25') || key === 'inst-26')).toBe(false);
    expect(en.text).not.toMatch(/from memory|old lessons/);
    const ru = await firstFive(
      'instrument',
      'Научиться играть на арфе',
      'В детстве три года ходила в музыкалку на фортепиано, сейчас взяла в прокат кельтскую арфу.',
      'ru',
    );
    expect(ru.text).not.toMatch(/по памяти/);
  });

  it('gives an active harmonica player tabs or playing by ear, not sheet music', async () => {
    const en = await firstFive(
      'instrument',
      'Get better at blues harmonica',
      "I've played for three years, mostly by ear, and want to nail bends for an open mic in spring.",
    );
    expect(en.keys).toContain('inst-06-tabs');
    expect(en.keys).not.toContain('inst-06');
    expect(en.text).not.toMatch(/sheet music/);
    const ru = await firstFive(
      'instrument',
      'Играть на губной гармошке лучше',
      'Играю уже пять лет на слух, хочу разучить новые блюзовые мелодии к лету.',
      'ru',
    );
    expect(ru.text).not.toMatch(/найди ноты/);
    // An active pianist keeps the sheet music.
    const piano = await firstFive(
      'instrument',
      'Get better at piano',
      'I already play a few pieces and want something harder this year.',
    );
    expect(piano.keys).toContain('inst-06');
  });

  it('gives a feeling of being behind the gentle start, not an official page with rules and costs', async () => {
    const en = await walk(
      'generic',
      "Stop feeling like I'm behind everyone my age",
      "I'm 31, renting, single, and every wedding or house photo on my feed makes it worse. I can't even say what exactly I'm behind on.",
    );
    expect(en.keys[0]).toBe('gen-01');
    expect(en.keys.some((key) => key.startsWith('gen-act-'))).toBe(false);
    expect(en.text).not.toMatch(/official page|rules, costs or dates/);
    const ru = await walk(
      'generic',
      'Перестать чувствовать, что отстаю от всех',
      'Мне 34, живу с родителями, и каждая новость о чьей-то свадьбе или ипотеке добивает. Не могу даже сказать, в чём именно отстаю.',
      'ru',
    );
    expect(ru.keys.some((key) => key.startsWith('gen-act-'))).toBe(false);
    expect(ru.text).not.toMatch(/официальной странице/);
  });
});
