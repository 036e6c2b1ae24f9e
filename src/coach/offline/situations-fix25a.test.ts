import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twenty-fifth blind read, fixed in general (helper fix25a)', () => {
  it('gives founding a club that is not a book club its format, place and invitation — not a group to join', async () => {
    const ru = await firstFive(
      'social',
      'Собрать киноклуб в нашем городе',
      'В городе ничего такого нет. Нашла кафе, которое готово пускать нас по средам.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-group-format');
    expect(ru.keys).toContain('soc-group-invite');
    expect(ru.keys).not.toContain('soc-03');
    expect(ru.keys).not.toContain('soc-05');
    const en = await firstFive('social', 'Start a board game night for adults', 'Nothing like it near me.');
    expect(en.keys[0]).toBe('soc-group-format');
    expect(en.keys).not.toContain('soc-08');
    // A book club keeps its own path.
    const book = await firstFive('social', 'Start a book club at work', 'Colleagues say they would come.');
    expect(book.keys[0]).toBe('soc-club-format');
    expect(book.keys).not.toContain('soc-group-format');
  });

  it("gives the children fighting each other rules and the flashpoint planned — not the parents' arguments", async () => {
    const en = await firstFive(
      'family',
      'Stop my two boys fighting on every car journey',
      'They are 8 and 11. My husband and I take turns yelling from the front.',
    );
    expect(en.keys[0]).toBe('fam-sib-when');
    expect(en.keys).toContain('fam-sib-plan');
    expect(en.keys).not.toContain('fam-25');
    expect(en.keys).not.toContain('fam-16');
    const ru = await firstFive(
      'family',
      'Чтобы дети не ссорились между собой',
      'Сыновьям 7 и 10, дерутся каждый день.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-sib-when');
    expect(ru.keys).not.toContain('fam-22');
    // Arguing with a husband keeps the couple's path.
    const couple = await firstFive(
      'family',
      'Argue less with my husband',
      'We fight about the same things every week.',
    );
    expect(couple.keys).not.toContain('fam-sib-when');
  });

  it('gives a driver who has never been to a gym the gym start — not a restart at half or a car stretch', async () => {
    const en = await firstFive(
      'fitness',
      'Start going to the gym at 55',
      "I'm a bus driver and I've never set foot in a gym. My GP says my blood pressure is borderline.",
    );
    expect(en.keys[0]).toBe('fit-02');
    expect(en.keys).toContain('fit-gym-first');
    expect(en.keys).not.toContain('fit-23');
    expect(en.keys).not.toContain('fit-drive-stop');
    const ru = await firstFive(
      'fitness',
      'Начать ходить в тренажёрный зал',
      'Работаю водителем автобуса, никогда не был в зале, мне 50 лет.',
      'ru',
    );
    expect(ru.keys).not.toContain('fit-23');
    expect(ru.keys).not.toContain('fit-drive-seat');
    // A driver with no gym in the goal keeps the driver's steps.
    const driver = await firstFive(
      'fitness',
      'Feel less stiff as a taxi driver',
      'I sit at the wheel ten hours a day.',
    );
    expect(driver.keys).toContain('fit-drive-stop');
  });

  it('gives getting organised for work the scattered tasks moved into one list — not a launch spot by the door', async () => {
    const en = await firstFive(
      'habit',
      'Get organised at work before I miss another deadline',
      'Sticky notes everywhere, three to-do apps and a starred email folder I never open.',
    );
    expect(en.keys[0]).toBe('hab-org-inbox');
    expect(en.keys).toContain('hab-org-work');
    expect(en.keys).not.toContain('hab-org-launch');
    const ru = await firstFive(
      'habit',
      'Научиться планировать работу на неделю вперёд',
      'Три объекта одновременно, всё держу в голове, на прошлой неделе забыл заказать плитку.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hab-org-inbox');
    expect(ru.keys).toContain('hab-org-review');
    expect(ru.keys).not.toContain('hab-forget-early');
    expect(ru.keys).not.toContain('hab-06');
    // Getting organised at home keeps the launch spot.
    const home = await firstFive('habit', 'Get organised', 'Mornings with two kids start with a hunt for keys.');
    expect(home.keys).toContain('hab-org-launch');
    expect(home.keys).not.toContain('hab-org-work');
  });

  it('gives a second job that ends late a bedtime from getting home — not eight hours back from the alarm', async () => {
    const en = await firstFive(
      'sleep',
      "Get some proper sleep while I'm working two jobs",
      'I deliver for Uber Eats from 7 till 11 four nights a week and the alarm goes at 7.',
    );
    expect(en.keys[0]).toBe('sleep-late-count');
    expect(en.keys).toContain('sleep-late-down');
    expect(en.keys).not.toContain('sleep-bedtime');
    const ru = await firstFive(
      'sleep',
      'Высыпаться, когда у меня две работы',
      'Вечером подработка до полуночи, а будильник звонит в 7.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sleep-late-count');
    expect(ru.keys).not.toContain('sleep-bedtime');
    // Night shifts keep the shift-work path.
    const nights = await firstFive('sleep', 'Sleep better on night shifts', 'I work nights at a hospital.');
    expect(nights.keys).not.toContain('sleep-late-count');
  });

  it('gives shared quarters at a work camp earplugs and a deal — not the phone outside the bedroom', async () => {
    const ru = await firstFive(
      'sleep',
      'Высыпаться на вахте',
      'В вагончике живём вчетвером, смены по 12 часов, за стенкой гудит генератор.',
      'ru',
    );
    expect(ru.keys).toContain('sleep-shared-kit');
    expect(ru.keys).not.toContain('sleep-screens');
    const en = await firstFive(
      'sleep',
      'Sleep better at the work camp',
      'Four of us share a cabin next to the generator.',
    );
    expect(en.keys).toContain('sleep-shared-kit');
    expect(en.keys).not.toContain('sleep-screens');
    // Sleeping at home keeps the screens step.
    const home = await firstFive('sleep', 'Go to bed earlier', 'I scroll on my phone in bed until 1.');
    expect(home.keys).toContain('sleep-screens');
  });

  it("gives children's chores jobs by age — not a partner's talk about the list", async () => {
    const ru = await firstFive(
      'family',
      'Приучить детей помогать по дому',
      'Детям 10 и 13, посуду мою за всеми.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-chores-list');
    expect(ru.keys[1]).toBe('fam-kidchores-age');
    expect(ru.keys).not.toContain('fam-chores-talk');
    const en = await firstFive('family', 'Get the kids to do chores', 'They are 9 and 12 and I do all the housework.');
    expect(en.keys).toContain('fam-kidchores-age');
    expect(en.keys).not.toContain('fam-chores-talk');
    // Sharing the housework with a partner keeps the talk.
    const partner = await firstFive('family', 'Share the housework fairly with my husband', 'I do all the chores.');
    expect(partner.keys).toContain('fam-chores-talk');
    expect(partner.keys).not.toContain('fam-kidchores-age');
  });

  it('gives a wedding without the one who died a place for them, words and the hard moments — not meals and lifts', async () => {
    const en = await firstFive(
      'grief',
      'Walk my daughter down the aisle without her mum there',
      'My wife died two years ago and our daughter is getting married in July.',
    );
    expect(en.keys[0]).toBe('grief-day-place');
    expect(en.keys).toContain('grief-day-hard');
    expect(en.keys).not.toContain('grief-08');
    const ru = await firstFive(
      'grief',
      'Пережить свадьбу сына без его отца',
      'Муж умер три года назад, свадьба в мае.',
      'ru',
    );
    expect(ru.keys[0]).toBe('grief-day-place');
    expect(ru.keys).not.toContain('grief-08');
    // A wedding anniversary keeps the anniversary path.
    const anniversary = await firstFive('grief', 'Get through our wedding anniversary', 'The first one since he died.');
    expect(anniversary.keys).not.toContain('grief-day-place');
  });

  it("gives a child's snoring for the ENT a week of night notes — not the teacher and the board", async () => {
    const ru = await firstFive(
      'checkup',
      'Сводить дочку к лору — храпит и всё время дышит ртом',
      'Дочке пять, педиатр дала направление, очередь на три недели.',
      'ru',
    );
    expect(ru.keys).toContain('chk-child-night');
    expect(ru.keys).not.toContain('chk-child-noticed');
    const en = await firstFive(
      'checkup',
      'Take my son to the ENT about his snoring',
      'He is four and breathes through his mouth.',
    );
    expect(en.keys).toContain('chk-child-night');
    expect(en.keys).not.toContain('chk-child-noticed');
    // An eye test for a child keeps the teacher's notes.
    const eyes = await firstFive(
      'checkup',
      "Book my daughter's eye test",
      'Her teacher says she squints at the board.',
    );
    expect(eyes.keys).toContain('chk-child-noticed');
    expect(eyes.keys).not.toContain('chk-child-night');
  });
});
