import { describe, expect, it } from 'vitest';
import { aCoachContext } from '../../../../test/factories/coach-context.js';
import { tapping } from '../../../../test/factories/converse.js';
import {
  anyWithPrefix,
  baseKeys,
  firstFive,
  holdings,
  model,
  pack,
  talk,
  tap,
  withPrefix,
} from '../../../../test/factories/offline-cases.js';
import { createGoalClassifier } from '../goal-classifier.js';
import { kindNames } from '../offline-coach.js';
import { createSlotReader } from '../slots.js';
import { createReader } from '../understand.js';

// Goals of the habit kind (content/goals/types/habit.yaml), walked through the offline coach as a person would: the
// situation named and the steps it brings, the level, and a danger named in passing that leads the path. Where a new
// case goes: docs/coach.md.
const FLUID = ['hab-fluid-ask', 'hab-fluid-log', 'hab-fluid-signs', 'hab-fluid-jug', 'hab-fluid-spread'];

const SMALLEST = ['hab-01', 'hab-03', 'hab-05', 'hab-09'];

const steps = async (...args: Parameters<typeof tap>) => baseKeys((await tap(...args)).keys);

describe("harmful steps named in a habit goal lead its path, and near misses keep the kind's own steps", () => {
  it('takes up set fast days again without the medicine-adherence template', async () => {
    const en = await tap(
      'habit',
      'Go back to fasting Mondays and Thursdays',
      "I'm 61. I kept the Monday and Thursday fasts for thirty years and let them go. The doctor has me on metformin and gliclazide, morning and evening.",
    );
    expect(withPrefix(en.keys, 'hab-pills')).toEqual([]);
    expect(withPrefix(en.keys, 'hab-set')).toEqual([]);
    expect(en.keys).toContain('hz-fastdiab-doctor');
    const ru = await tap(
      'habit',
      'Снова поститься по понедельникам',
      'Раньше держал пост по понедельникам, потом бросил. Пью метформин утром и вечером.',
      'ru',
    );
    expect(withPrefix(ru.keys, 'hab-pills')).toEqual([]);
    // Taking the medicine is still the adherence path.
    const near = await tap('habit', 'Take my metformin every day', 'I keep forgetting the evening tablet.');
    expect(withPrefix(near.keys, 'hab-pills').length).toBeGreaterThan(0);
  });
});

describe('habit: the level and what the person already has or does', () => {
  it('gives someone already doing a habit no "last time" comeback steps, and keeps them for a real comeback', async () => {
    const ru = await firstFive(
      'habit',
      'Каждый день по десять минут делать дыхательные упражнения',
      'Психолог посоветовала дышать по схеме, когда накатывает тревога, но я вспоминаю об этом, только когда уже накрыло. Хочу, чтобы это стало привычкой, как чистить зубы, хотя бы на утро и вечер.',
      'ru',
    );
    expect(ru.keys.some((key) => ['hab-02', 'hab-03', 'hab-07'].includes(key))).toBe(false);
    const en = await firstFive(
      'habit',
      'Do my breathing exercises every morning',
      'I already do them now and then, but not daily.',
    );
    expect(en.keys.some((key) => ['hab-02', 'hab-03', 'hab-07'].includes(key))).toBe(false);
    expect(en.text).toMatch(/breathing/);
    const back = await firstFive(
      'habit',
      'Get back to journaling',
      'I journaled every day for two years and stopped last spring.',
    );
    expect(back.keys).toContain('hab-02');
  });

  it('lengthens the dog walk someone already does — never a first 5-minute walk', async () => {
    const ru = await talk(
      null,
      'Гулять с собакой по часу, а не пять минут у подъезда',
      'Спаниелю два года, дома грызёт всё подряд. Кинолог сказал, что ему не хватает прогулок. Утром сил нет, вечером лень.',
      'ru',
      tapping(['Новая привычка', 'Ежедневные прогулки']),
    );
    expect(ru.keys.map((key) => key.split(':')[0])).toContain('hab-dog-longer');
    expect(ru.keys.some((key) => key.startsWith('hab-walk-first'))).toBe(false);
    const en = await tap(
      'habit',
      'Walk the dog properly every day',
      'He only gets ten minutes round the block.',
      'en',
      ['Daily walks'],
    );
    expect(en.keys.map((key) => key.split(':')[0])).toContain('hab-dog-longer');
    expect(en.keys.some((key) => key.startsWith('hab-walk-first'))).toBe(false);
    // A walking habit with no dog keeps the first short walk.
    const walk = await tap('habit', 'Walk every day', '', 'en', ['Daily walks']);
    expect(walk.keys).toContain('hab-walk-first');
    expect(walk.keys.some((key) => key.startsWith('hab-dog-'))).toBe(false);
  });

  it('fills the pill box already at home instead of sending the person to buy one', async () => {
    const en = await tap(
      'habit',
      'Take my statin every night',
      "My daughter gave me a pill organiser but it's still in the drawer.",
    );
    expect(en.keys).toContain('hab-pills-box-fill');
    expect(en.keys).not.toContain('hab-pills-organiser');
    const ru = await tap(
      'habit',
      'Пить таблетки каждое утро',
      'Таблетницу жена купила, так и стоит пустая, а я забываю.',
      'ru',
    );
    expect(ru.keys).toContain('hab-pills-box-fill');
    expect(ru.keys).not.toContain('hab-pills-organiser');
    const near = await tap('habit', 'Take my statin every night', 'I keep forgetting it at bedtime.');
    expect(near.keys).toContain('hab-pills-organiser');
    expect(near.keys).not.toContain('hab-pills-box-fill');
  });

  it('reads school as today’s place ("covered in school bags", «дети в школе») as no comeback: a new habit gets no restart at half', async () => {
    const en = await tap(
      'habit',
      'clear the dining table every evening',
      'Each morning the table is covered in school bags and last night’s plates, and the kids are at school by 8. I want to make a nightly reset automatic.',
      'en',
      [],
    );
    expect(en.keys).not.toContain('hab-03');
    expect(en.texts.join(' ')).not.toMatch(/what you used to do|last time/i);
    const ru = await tap(
      'habit',
      'каждый вечер разбирать кухонный стол',
      'Утром стол завален тетрадками и посудой, а дети в школе уже к восьми. Хочу, чтобы вечерняя уборка стала привычкой.',
      'ru',
      [],
    );
    expect(ru.keys).not.toContain('hab-03');
    const near = await tap(
      'habit',
      'keep a journal every night again',
      'I used to write in a diary every night in school, then stopped when I started work.',
      'en',
      [],
    );
    expect(near.keys).toContain('hab-03');
  });
});

describe('habit: the situation named and the steps it brings', () => {
  it('habit: a walk after a heart attack follows the doctor, finds company and handles ice, with no examples from other habits', async () => {
    const walk = await firstFive(
      'habit',
      'Гулять каждый день',
      'Мне 62, после инфаркта кардиолог велел больше ходить. Одной скучно, а зимой ещё и скользко, боюсь упасть.',
      'ru',
    );
    expect(walk.keys.slice(0, 4)).toEqual(['hab-medical', 'hab-company', 'hab-walk-grip', 'hab-walk-indoor']);
    expect(walk.keys).not.toContain('hab-05');
    expect(walk.text).not.toMatch(/коврик|дневник|бутылка воды|даже если время не то/i);

    const meditate = await firstFive('habit', 'Meditate every day', 'I have never meditated before.');
    expect(meditate.keys).toEqual(expect.arrayContaining(['hab-med-setup', 'hab-med-first']));
    expect(meditate.text).not.toMatch(/journal|water bottle|the mat/i);

    const morning = await firstFive(
      'habit',
      'Завести утренний ритуал',
      'Хочу 20 минут утром на себя: вода, растяжка, план дня. Сейчас встаю впритык и сразу бегу.',
      'ru',
    );
    expect(morning.keys.slice(0, 4)).toEqual([
      'hab-morning-list',
      'hab-morning-alarm',
      'hab-morning-evening',
      'hab-morning-first',
    ]);
  });

  it('reads «Стать собранной» as getting organised, not the gentle generic start', async () => {
    const reader = createReader(
      pack,
      createGoalClassifier(model, kindNames(pack)),
      createSlotReader(pack.slots),
      holdings,
    );
    const read = reader.understand(
      aCoachContext({ goal: { id: 'g', title: 'Стать собранной', description: '', goalType: null }, locale: 'ru' }),
    );
    expect(read.kind?.id).toBe('habit');
    const steps = await firstFive('habit', 'Стать собранной', '', 'ru');
    expect(steps.keys[0]).toBe('hab-org-inbox');
    expect(steps.keys).not.toContain('gen-01');
  });

  it('gives a habit the person keeps forgetting no "restart at half" or "what helped last time"', async () => {
    const ru = await firstFive(
      'habit',
      'Каждый день делать упражнения для осанки',
      'Физиотерапевт дал комплекс, но я вспоминаю о нём раз в неделю.',
      'ru',
    );
    expect(ru.text).not.toMatch(/прежнего объёма|в прошлый раз/);
    const en = await firstFive('habit', 'Floss every night', 'The dentist showed me how, but I keep forgetting.');
    expect(en.text).not.toMatch(/half of what you used to|last time/i);
  });

  it('gives a weekly habit a weekly slot and a short version, with no daily anchor or daily tracker', async () => {
    const en = await firstFive('habit', 'Batch cook every Saturday', 'I always give up because it eats the whole day.');
    expect(en.keys.slice(0, 3)).toEqual(['hab-week-slot', 'hab-week-short', 'hab-week-track']);
    expect(en.keys).not.toContain('hab-01');
    expect(en.keys).not.toContain('hab-06');
    const ru = await firstFive(
      'habit',
      'Раз в неделю разбирать почту',
      'Коплю письма месяцами, потом тону в них.',
      'ru',
    );
    expect(ru.keys).toContain('hab-week-slot');
    expect(ru.keys).not.toContain('hab-01');
    const daily = await firstFive('habit', 'Floss every night', '');
    expect(daily.keys.some((key) => key.startsWith('hab-week-'))).toBe(false);
  });

  it('gives a breakfast habit that names the wake-up time food steps, not an earlier alarm', async () => {
    const en = await firstFive('habit', 'Start eating breakfast', 'I get up at 6:30 and cannot face food until lunch.');
    expect(en.keys.some((key) => key.startsWith('hab-wake-'))).toBe(false);
    expect(en.keys).toEqual(expect.arrayContaining(['hab-bfast-small', 'hab-bfast-pack']));
    const ru = await firstFive('habit', 'Начать завтракать', 'Встаю в 7, утром есть не хочется.', 'ru');
    expect(ru.keys.some((key) => key.startsWith('hab-wake-'))).toBe(false);
    expect(ru.keys).toContain('hab-bfast-small');
    // Breakfast as the anchor of another habit is no breakfast goal.
    const meditate = await firstFive('habit', 'Медитировать после завтрака', 'Каждое утро по 10 минут.', 'ru');
    expect(meditate.keys.some((key) => key.startsWith('hab-bfast-') || key.startsWith('hab-food-'))).toBe(false);
    const wake = await firstFive('habit', 'Get up at 6 every day', 'I want a quiet hour before work.');
    expect(wake.keys[0]).toBe('hab-wake-shift');
  });

  it('gives a habit through the day an hourly timer, not one daily anchor or a spot to set up', async () => {
    const en = await firstFive(
      'habit',
      'Stand up and stretch every hour at work',
      'I sit at a desk all day and my neck is stiff by lunch.',
    );
    expect(en.keys[0]).toBe('hab-hour-timer');
    expect(en.keys).not.toContain('hab-04');
    expect(en.keys).not.toContain('hab-09');
    expect(en.text).not.toMatch(/daily reminder/i);
    const ru = await firstFive(
      'habit',
      'Вставать из-за стола каждый час',
      'Работаю бухгалтером, сижу по восемь часов не вставая, спина болит.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hab-hour-timer', 'hab-hour-action']);
    // Water every hour keeps the water steps; a daily habit keeps its anchor and spot.
    const water = await firstFive('habit', 'Drink a glass of water every hour', 'I only remember with a headache.');
    expect(water.keys[0]).toBe('hab-water-setup');
    expect(anyWithPrefix(water.keys, 'hab-hour-')).toBe(false);
    const sketch = await firstFive('habit', 'Sketch every day', 'I bought a sketchbook but it stays in the drawer.');
    expect(sketch.keys).toEqual(expect.arrayContaining(['hab-01', 'hab-04']));
  });

  it('gives a shower habit no spot to set up, and a forgetting habit one anchor step, not two', async () => {
    const en = await firstFive('habit', 'Take a cold shower every morning', 'Did it twice and stopped.');
    expect(en.keys).not.toContain('hab-04');
    const ru = await firstFive('habit', 'Принимать холодный душ после пробежки', 'Каждый раз передумываю.', 'ru');
    expect(ru.keys).not.toContain('hab-04');
    const forget = await firstFive(
      'habit',
      'Вести ежедневник',
      'Вечно забываю записать, а потом не помню, что обещала.',
      'ru',
    );
    expect(forget.keys[0]).toBe('hab-forget-early');
    expect(forget.keys).not.toContain('hab-01');
  });

  it('gives going outside daily the walk set-up by the door, not "prepare a place for the habit"', async () => {
    const ru = await firstFive(
      'habit',
      'Выходить на улицу хотя бы раз в день',
      'Бывает, по три дня не выхожу из квартиры.',
      'ru',
    );
    expect(ru.keys).toContain('hab-walk-setup');
    expect(ru.keys).not.toContain('hab-04');
    const en = await firstFive(
      'habit',
      'Get outside every day',
      "I work from home and sometimes don't leave the flat.",
    );
    expect(en.keys).toContain('hab-walk-setup');
    const floss = await firstFive('habit', 'Floss every night', 'I always forget.');
    expect(floss.keys).not.toContain('hab-walk-setup');
  });

  it('reads a wake-up time given as a fact in a morning-exercise habit as no wake-up goal', async () => {
    const ru = await firstFive(
      'habit',
      'Делать растяжку по утрам',
      'Встаю в 6:30, выхожу в 7:10, хочу хотя бы 10 минут.',
      'ru',
    );
    expect(ru.keys).toContain('hab-stretch-setup');
    expect(ru.keys.some((key) => key.startsWith('hab-wake-'))).toBe(false);
    const wake = await firstFive(
      'habit',
      'Get up at 6 every day',
      'I want to wake up earlier to have time for myself.',
    );
    expect(wake.keys[0]).toBe('hab-wake-shift');
  });

  it('gives a habit one gives up on a "never miss twice" step that names no tracker not yet made', async () => {
    const ru = await firstFive(
      'habit',
      'Каждое утро делать зарядку',
      'Пробовала много раз, но бросаю через неделю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hab-14');
    expect(ru.text.split('\n')[0]).not.toMatch(/трекер/);
  });

  it("keeps a therapist's daily exercises at the therapist's amount: no restart review or half the volume", async () => {
    const ru = await firstFive(
      'habit',
      'Делать с дочкой упражнения логопеда каждый день',
      'Занимаемся раз в неделю, а надо ежедневно по 10 минут.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hab-set-card');
    expect(ru.keys.some((key) => ['hab-02', 'hab-03', 'hab-07'].includes(key))).toBe(false);
    const en = await firstFive(
      'habit',
      'Do the speech therapy practice with my son daily',
      'We used to do it, then it slipped to once a week.',
    );
    expect(en.keys.some((key) => ['hab-02', 'hab-03', 'hab-07'].includes(key))).toBe(false);
  });

  it('gives a work shutdown ritual its checklist, an alarm and an exit — never "do it right now"', async () => {
    const en = await firstFive(
      'habit',
      'Do a proper shutdown routine at 6pm so work stays at work',
      "I work from the spare bedroom in Leeds and end up answering emails until 9. I'd like a ten-minute ritual that actually ends the day, starting this week.",
    );
    expect(en.keys).toEqual(['hab-shut-list', 'hab-shut-alarm', 'hab-shut-phone', 'hab-shut-exit', 'hab-shut-tell']);
    expect(en.text).not.toMatch(/right now|Set up the spot/);
    const ru = await firstFive(
      'habit',
      'Закрывать рабочий день в шесть и не работать по вечерам',
      'Работаю из дома, отвечаю на письма до ночи.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hab-shut-list');
    expect(ru.text).toMatch(/ритуал/);
    const journal = await firstFive('habit', 'Start journaling every evening', 'Three lines before bed.');
    expect(journal.keys).toContain('hab-journal-setup');
    expect(journal.keys.some((key) => key.startsWith('hab-shut'))).toBe(false);
  });

  it('gives the morning rush to nursery and school the night before, a timetable and picture lists', async () => {
    const ru = await firstFive(
      'habit',
      'Собираться утром в садик и школу без крика',
      'Каждое утро беготня, выходим в 8:10 вместо 7:50. Младшему 4, старшей 7, муж уходит в семь, так что я одна.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['hab-school-evening', 'hab-school-times', 'hab-school-list']);
    expect(ru.text).not.toMatch(/место для новой привычки|самую маленькую версию/);
    const en = await firstFive('habit', 'Calmer school run mornings', 'We are late for school three days a week.');
    expect(en.keys[0]).toBe('hab-school-evening');
    // Any other habit's set-up step names what goes where.
    const floss = await firstFive('habit', 'Floss every night', 'I never remember.');
    expect(floss.keys).not.toContain('hab-school-evening');
  });

  it('gives eating slowly without the phone a place, the phone away and the pace — not a restart of an old habit', async () => {
    const ru = await firstFive(
      'habit',
      'Есть медленно и без телефона',
      'Обед у меня — пять минут над клавиатурой, потом тяжесть, а через час снова есть хочется. Гастроэнтеролог сказал жевать и не торопиться, но легко сказать.',
      'ru',
    );
    expect(ru.keys.map((key) => key.split(':')[0])).toEqual([
      'hab-eat-place',
      'hab-eat-phone',
      'hab-eat-pace',
      'hab-eat-pause',
      'hab-eat-week',
    ]);
    expect(ru.text).not.toMatch(/прервалась|четверть прежнего/);
    const en = await firstFive(
      'habit',
      'Eat more slowly and stop wolfing lunch at my desk',
      'I finish lunch in five minutes and feel bloated all afternoon.',
    );
    expect(en.keys[0]?.split(':')[0]).toBe('hab-eat-place');
    expect(en.keys.some((key) => key.startsWith('hab-02') || key.startsWith('hab-03'))).toBe(false);
    // Drinking more water keeps its own set-up.
    const water = await firstFive('habit', 'Drink more water', 'I forget to drink during the day.');
    expect(water.keys.some((key) => key.startsWith('hab-eat-'))).toBe(false);
  });

  it('gives someone who only cooks noodles vegetables added to that — not "restart at half"', async () => {
    const ru = await firstFive(
      'habit',
      'Есть овощи хотя бы раз в день',
      'Питаюсь макаронами, пельменями и дошираком, готовить умею только это.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hab-basic-add', 'hab-basic-raw']);
    expect(ru.keys).not.toContain('hab-03');
    expect(ru.keys).not.toContain('hab-02');
    const en = await firstFive('habit', 'Eat vegetables every day', 'I live on instant noodles and pasta.');
    expect(en.keys).toContain('hab-basic-add');
    // Drinking water with the same words about noodles gets no vegetable steps.
    const water = await firstFive('habit', 'Drink more water', 'I live on instant noodles and forget to drink.');
    expect(water.keys).not.toContain('hab-basic-add');
  });

  it('ties sunscreen to the morning — no evening backup before bed', async () => {
    const en = await firstFive(
      'habit',
      'Actually wear sunscreen every day',
      'I own three bottles of the stuff and only remember once I am already pink.',
    );
    expect(en.keys[0]).toBe('hab-sun-spot');
    expect(en.keys).not.toContain('hab-forget-early');
    expect(en.text).not.toMatch(/before bed/);
    const ru = await firstFive('habit', 'Каждый день мазаться солнцезащитным кремом', 'Всё время забываю.', 'ru');
    expect(ru.keys[0]).toBe('hab-sun-spot');
    // Another forgotten habit keeps the earlier anchor.
    const floss = await firstFive('habit', 'Floss every day', 'I keep forgetting to do it in the evening.');
    expect(floss.keys).toContain('hab-forget-early');
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

  it('gives hearing aids the audiologist and a slow build-up, not a companion; an evening habit stays in the evening', async () => {
    const en = await firstFive(
      'habit',
      'Actually use my hearing aids',
      'They squeal and feel odd, so most days they stay in their box.',
    );
    expect(en.keys[0]).toBe('hab-hear-refit');
    expect(en.keys).toContain('hab-hear-build');
    expect(en.keys).not.toContain('hab-company');
    const ru = await firstFive('habit', 'Носить слуховые аппараты', 'Свистят и мешают, лежат в шкафу.', 'ru');
    expect(ru.keys[0]).toBe('hab-hear-refit');
    expect(ru.keys).not.toContain('hab-company');
    const evening = await firstFive(
      'habit',
      'Наносить ночной крем перед сном',
      'Крем стоит в ванной, но постоянно забываю.',
      'ru',
    );
    expect(evening.keys).toContain('hab-forget-evening');
    expect(evening.keys).not.toContain('hab-forget-early');
    const eveningEn = await firstFive('habit', 'Floss every night', 'I keep forgetting.');
    expect(eveningEn.keys).toContain('hab-forget-evening');
    expect(eveningEn.keys).not.toContain('hab-forget-early');
    // Forgetting a habit with no time of day keeps the earlier anchor.
    const water = await firstFive('habit', 'Take my vitamins', 'I keep forgetting.');
    expect(water.keys).not.toContain('hab-forget-evening');
  });

  it('gives taking the stairs instead of the lift floors on the stairs — not a walk outside from the front door', async () => {
    const ru = await firstFive(
      'habit',
      'Подниматься пешком, а не на лифте',
      'Офис на 7 этаже. Хочу каждый день ходить по лестнице хотя бы вниз.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hab-stairs-pick');
    expect(ru.keys).toContain('hab-stairs-first');
    expect(ru.keys).not.toContain('hab-walk-setup');
    expect(ru.keys).not.toContain('hab-walk-first');
    const en = await firstFive(
      'habit',
      'Take the stairs every day',
      'I live on the 8th floor and always use the elevator.',
    );
    expect(en.keys[0]).toBe('hab-stairs-pick');
    expect(en.keys).not.toContain('hab-walk-setup');
    // A daily walk keeps the walk steps.
    const walk = await firstFive('habit', 'Go for a walk every day', 'I hardly leave the flat.');
    expect(walk.keys).toContain('hab-walk-setup');
    expect(walk.keys).not.toContain('hab-stairs-pick');
  });

  it('keeps the anchor in the smallest first habit step, so the reminder after it has a moment to follow', async () => {
    const ru = await firstFive(
      'habit',
      'Каждый день дышать пять минут',
      'Никогда не пробовала, хочу совсем понемногу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hab-01:smaller');
    expect(ru.keys).toContain('hab-09');
    expect(ru.texts[0]).toMatch(/После того как я/);
    const en = await firstFive('habit', 'Stretch every morning', "I've never done it, at least five minutes a day.");
    expect(en.keys[0]).toBe('hab-01:smaller');
    expect(en.keys).toContain('hab-09');
    expect(en.texts[0]).toMatch(/After I/);
    // The full-size first step always had the anchor, and keeps it.
    const full = await firstFive('habit', 'Floss every night', 'Never done it.');
    expect(full.keys[0]).toBe('hab-01');
    expect(full.texts[0]).toMatch(/After I/);
  });

  it('keeps the times a doctor set for a habit — never moved earlier or shrunk to a version done right now', async () => {
    const en = await tap(
      'habit',
      'Do my glucose readings',
      'The diabetes nurse wants a reading before each meal, and I forget at lunchtime.',
      'en',
      ['I keep'],
    );
    expect(en.keys[0]).toBe('hab-set-times');
    expect(en.keys).toContain('hab-set-alarms');
    expect(en.keys).not.toContain('hab-forget-early');
    expect(en.keys).not.toContain('hab-05');
    expect(en.keys).not.toContain('hab-09');
    const ru = await tap(
      'habit',
      'Не пропускать мазь для дочки',
      'Дерматолог велел мазать два раза в день, а я постоянно забываю.',
      'ru',
      ['Постоянно'],
    );
    expect(ru.keys[0]).toBe('hab-set-times');
    expect(ru.keys).not.toContain('hab-forget-early');
    // A habit with no set times keeps the earlier anchor.
    const free = await tap('habit', 'Stretch every day', 'I keep forgetting by the evening.', 'en', ['I keep']);
    expect(free.keys).toContain('hab-forget-early');
    expect(free.keys).not.toContain('hab-set-times');
  });

  it('keeps the pill steps for vitamins a doctor prescribed even when "I keep forgetting" is tapped', async () => {
    const en = await tap('habit', 'Remember my supplements', 'My GP put me on vitamin B12 and I forget them.', 'en', [
      'I keep',
    ]);
    expect(en.keys[0]).toBe('hab-pills-schedule');
    expect(en.keys).not.toContain('hab-forget-early');
    expect(en.keys).not.toContain('hab-09');
    const ru = await tap('habit', 'Пить витамины каждый день', 'Врач назначил витамин Д, а я забываю.', 'ru', [
      'Постоянно',
    ]);
    expect(ru.keys[0]).toBe('hab-pills-schedule');
    expect(ru.keys).not.toContain('hab-05');
    // A water habit is no medicine.
    const water = await tap('habit', 'Drink more water', 'I forget during the day.', 'en', ['I keep']);
    expect(water.keys).not.toContain('hab-pills-schedule');
  });

  it('sets up the plank or push-ups the person named — not three stretches instead', async () => {
    const ru = await tap('habit', 'делать планку каждое утро', '', 'ru', ['Планка']);
    expect(ru.keys).toContain('hab-move-setup');
    expect(ru.keys).toContain('hab-move-first');
    expect(ru.keys).not.toContain('hab-stretch-setup');
    expect(ru.keys).not.toContain('hab-stretch-first');
    const en = await tap('habit', 'Do 20 squats every day', '', 'en', ['A plank']);
    expect(en.keys).toContain('hab-move-setup');
    expect(en.keys).not.toContain('hab-stretch-setup');
    // Stretching keeps its three stretches.
    const stretch = await tap('habit', 'Stretch every evening', '', 'en', ['Stretching']);
    expect(stretch.keys).toContain('hab-stretch-setup');
    expect(stretch.keys).not.toContain('hab-move-setup');
  });

  it('gives water by the clock and the danger signs to someone drinking too little in the heat — never "restart at half"', async () => {
    const heat = ['hab-heat-clock', 'hab-heat-signs', 'hab-heat-tell'];
    const en = await tap(
      'habit',
      'Drink enough water on site',
      "I work construction and it's 44 degrees by noon. I only really drink at lunch because the toilets are far. Last week I went dizzy up on the scaffold.",
      'en',
      ['Drinking more water'],
    );
    expect(en.keys.slice(0, 3)).toEqual(heat);
    for (const comeback of ['hab-02', 'hab-03', 'hab-07']) expect(en.keys).not.toContain(comeback);
    const ru = await tap(
      'habit',
      'Пить больше воды на работе',
      'Работаю на стройке, на жаре под сорок, пью только в обед. Вчера наверху закружилась голова.',
      'ru',
      ['Пить больше воды'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(heat);
    expect(ru.keys).not.toContain('hab-03');
    // Water at a desk with no heat or dizziness keeps the ordinary water steps.
    const desk = await firstFive('habit', 'Drink more water', 'I forget to drink at my desk.');
    expect(desk.keys).toContain('hab-water-setup');
    expect(desk.keys.some((key) => key.startsWith('hab-heat-'))).toBe(false);
  });

  it('keeps a medicine hidden from roommates private — no alarm named after it, no box by the shared toothbrush', async () => {
    const en = await tap(
      'habit',
      'Take my HIV meds at the same time every day',
      "I'm 19 and living in the hostel. I keep missing the evening dose because I don't want my roommates to see me take them. At my last review my viral load had gone up.",
      'en',
    );
    expect(en.keys).toContain('hab-pills-alarm-private');
    expect(en.keys).toContain('hab-pills-private-spot');
    expect(en.keys).toContain('hab-pills-private-clinic');
    expect(en.keys).not.toContain('hab-pills-alarm');
    expect(en.keys).not.toContain('hab-pills-anchor');
    expect(en.keys).not.toContain('hab-pills-tick');
    expect(en.text).not.toContain('named after the medicine');
    expect(en.text).toContain('only you understand');
    const ru = await tap(
      'habit',
      'Пить таблетки от ВИЧ в одно и то же время',
      'Живу в общежитии и пропускаю вечерний приём: не хочу, чтобы соседи видели, как я пью таблетки.',
      'ru',
    );
    expect(ru.keys).toContain('hab-pills-alarm-private');
    expect(ru.keys).toContain('hab-pills-private-spot');
    expect(ru.keys).not.toContain('hab-pills-alarm');
    expect(ru.keys).not.toContain('hab-pills-anchor');
    expect(ru.text).not.toContain('назови его по лекарству');
    // A medicine with nothing to hide keeps the alarm named after it and the box by the toothbrush.
    const plain = await tap('habit', 'Take my blood pressure tablets every day', 'I keep forgetting the evening one.');
    expect(plain.keys).toContain('hab-pills-alarm');
    expect(plain.keys).not.toContain('hab-pills-alarm-private');
    expect(plain.keys).not.toContain('hab-pills-private-spot');
  });

  it('lays out an evening habit once, at the last thing before bed — no second "everything at the spot" step', async () => {
    const en = await tap(
      'habit',
      'check my feet every night like the diabetes nurse said',
      'Type 2, diagnosed in the spring. I just keep forgetting.',
      'en',
      ['I keep forgetting'],
    );
    expect(en.keys).toContain('hab-forget-evening');
    expect(en.keys).not.toContain('hab-04');
    const ru = await tap(
      'habit',
      'Каждый вечер осматривать стопы, как сказала медсестра',
      'Диабет второго типа, постоянно забываю.',
      'ru',
      ['Постоянно забываю'],
    );
    expect(ru.keys).toContain('hab-forget-evening');
    expect(ru.keys).not.toContain('hab-04');
    // An evening habit nobody forgets gets the same anchor at bedtime, not the spot step on top.
    const floss = await tap('habit', 'Floss every night', 'I want to start a proper routine.');
    expect(floss.keys).toContain('hab-forget-evening');
    expect(floss.keys).not.toContain('hab-04');
    // A habit with no time of day keeps the spot step.
    const sketch = await tap('habit', 'Sketch for ten minutes a day', 'I have a sketchbook and never open it.');
    expect(sketch.keys).toContain('hab-04');
    expect(sketch.keys).not.toContain('hab-forget-evening');
  });

  it('reads a thyroid pill named by its name as a medicine — never "the smallest version now, whatever the time"', async () => {
    const ru = await tap(
      'habit',
      'Пить эутирокс каждое утро натощак и не забывать',
      'У меня гипотиреоз, пью когда вспомню — то после кофе, то вообще в обед. Утром двое детей, и всё из головы вылетает.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hab-pills-schedule');
    expect(ru.keys).not.toContain('hab-05');
    expect(ru.keys).toContain('hab-pills-missed');
    const en = await tap(
      'habit',
      'Take my levothyroxine every morning before breakfast',
      'I keep forgetting until after coffee.',
      'en',
    );
    expect(en.keys[0]).toBe('hab-pills-schedule');
    expect(en.keys).not.toContain('hab-05');
    // A glass of water on an empty stomach is no medicine: the ordinary habit path.
    const near = await tap(
      'habit',
      'Drink a glass of water every morning',
      'Before coffee, on an empty stomach.',
      'en',
    );
    expect(near.keys).not.toContain('hab-pills-schedule');
  });

  it('keeps packing the evening before in the evening — not moved to the morning coffee', async () => {
    const ru = await tap('habit', 'собирать с вечера всё на утро', 'автобус в 6:10, вечно что-то забываю', 'ru', [
      'Только начинаю',
      'Постоянно забываю',
    ]);
    expect(ru.keys[0]).toBe('hab-forget-evening');
    expect(ru.keys).not.toContain('hab-forget-early');
    const en = await tap(
      'habit',
      'Pack my bag the night before',
      'I keep forgetting something for the 6am bus.',
      'en',
      ['Just starting', 'I keep forgetting'],
    );
    expect(en.keys[0]).toBe('hab-forget-evening');
    expect(en.keys).not.toContain('hab-forget-early');
    // A habit with no evening in it, forgotten: still moved to an earlier anchor.
    const near = await tap('habit', 'Stretch every day', 'I keep forgetting to do it.', 'en', [
      'Just starting',
      'I keep forgetting',
    ]);
    expect(near.keys).toContain('hab-forget-early');
  });

  it('asks the doctor for the amount before any more water when heart failure or swelling is named', async () => {
    const ru = await tap(
      'habit',
      'Пить больше воды каждый день',
      'Мне 68, по телевизору сказали пить полтора-два литра. Но у меня отёки на ногах и мочегонные от кардиолога.',
      'ru',
      ['Пить больше воды'],
    );
    expect(ru.keys).toEqual(FLUID);
    expect(ru.keys).not.toContain('hab-water-setup');
    expect(ru.keys).not.toContain('hab-water-first');
    const en = await tap(
      'habit',
      'Drink more water',
      "I'm 80 with heart failure and I keep reading that older people don't drink enough.",
      'en',
      ['Drinking more water'],
    );
    expect(en.keys[0]).toBe('hab-fluid-ask');
    expect(en.keys).not.toContain('hab-water-setup');
    // No condition that sets a limit: the ordinary water steps.
    const near = await tap('habit', 'Drink more water', 'I get headaches at work and only drink coffee.', 'en', [
      'Drinking more water',
    ]);
    expect(near.keys).toContain('hab-water-setup');
    expect(near.keys.filter((key) => key.startsWith('hab-fluid'))).toEqual([]);
  });

  it('puts an inhaler or drops themselves by the toothbrush — no weekly pill box', async () => {
    const en = await tap(
      'habit',
      'Remember my steroid inhaler morning and night',
      'I have asthma and I only take the preventer when my chest is bad; I use the reliever almost every night.',
      'en',
    );
    expect(en.keys[0]).toBe('hab-pills-schedule');
    expect(en.keys).toContain('hab-inh-review');
    expect(en.keys).toContain('hab-pills-anchor-item');
    expect(en.keys).not.toContain('hab-pills-organiser');
    expect(en.keys).not.toContain('hab-pills-anchor');
    const ru = await tap(
      'habit',
      'Не забывать капать глазные капли',
      'Окулист назначил капли от глаукомы утром и вечером, а я то утром забуду, то вечером.',
      'ru',
    );
    expect(ru.keys).toContain('hab-pills-anchor-item');
    expect(ru.keys).not.toContain('hab-pills-organiser');
    expect(ru.keys).not.toContain('hab-inh-review');
    // Tablets keep the pill box.
    const near = await tap('habit', 'Take my blood pressure tablets every day', 'I forget the evening one.', 'en');
    expect(near.keys).toContain('hab-pills-organiser');
    expect(near.keys).not.toContain('hab-pills-anchor-item');
  });

  it('ties an evening habit once — the things at the last evening moment do not repeat "After I…"', async () => {
    const ru = await tap(
      'habit',
      'Каждый вечер писать три строчки о дне',
      'Мне 23, хочу помнить, как проходят недели.',
      'ru',
      ['Только начинаю'],
    );
    const ruKeys = baseKeys(ru.keys);
    expect(ruKeys.slice(0, 2)).toEqual(['hab-01', 'hab-forget-evening']);
    expect(ru.texts[1]).not.toMatch(/Привяжи|После того как/);
    const en = await tap('habit', 'Read my Bible every night before bed', 'Just five minutes would be enough.', 'en', [
      'Just starting',
    ]);
    const enKeys = baseKeys(en.keys);
    expect(enKeys).toContain('hab-forget-evening');
    expect(en.texts[enKeys.indexOf('hab-forget-evening')]).not.toMatch(/^Tie|After I/);
    // Forgotten, the evening step leads on its own, with no anchor sentence before it.
    const near = await tap('habit', 'Floss every night', 'I keep forgetting.', 'en', [
      'Just starting',
      'I keep forgetting',
    ]);
    expect(baseKeys(near.keys)[0]).toBe('hab-forget-evening');
    expect(baseKeys(near.keys)).not.toContain('hab-01');
  });

  it('asks the doctor for the weather limit before walks with a baby or a frail person — never "go anyway"', async () => {
    const ru = await tap(
      'habit',
      'Выходить с малышом на улицу каждый день',
      'Дочке два месяца, живём в Якутске, в январе бывает минус 45 и метель.',
      'ru',
      ['Ежедневные прогулки'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['hab-weather-limit', 'hab-weather-check', 'hab-weather-indoor']);
    expect(ru.keys).not.toContain('hab-10');
    expect(ru.texts[0]).toMatch(/педиатр/);
    const en = await tap(
      'habit',
      'Walk with my grandpa every afternoon',
      'He is 86 and frail, and our summers bring a heatwave most weeks.',
      'en',
      ['Daily walks'],
    );
    expect(en.keys[0]).toBe('hab-weather-limit');
    expect(en.keys).not.toContain('hab-10');
    // Hard frost alone: the forecast rule and the indoor plan, no doctor's limit for a baby.
    const alone = await tap(
      'habit',
      'Walk every day through the winter',
      'It gets to minus 35 here with a wind chill.',
      'en',
      ['Daily walks'],
    );
    expect(alone.keys).toContain('hab-weather-check');
    expect(alone.keys).not.toContain('hab-weather-limit');
    expect(alone.keys).not.toContain('hab-10');
    // An ordinary daily walk keeps its path.
    const near = await tap('habit', 'Гулять каждый вечер', 'Хочу больше двигаться после работы.', 'ru', [
      'Ежедневные прогулки',
    ]);
    expect(near.keys).toContain('hab-walk-setup');
    expect(near.keys.filter((key) => key.startsWith('hab-weather'))).toEqual([]);
  });

  it('gives a voice warm-up its own exercises, and hand stretches moves for the hands — not a mat and a cat-cow', async () => {
    const voiceEn = await tap(
      'habit',
      'Do a vocal warm-up before my lectures',
      'I lecture four hours a day and I am hoarse by Friday.',
      'en',
      ['New habit'],
    );
    expect(voiceEn.keys).toContain('hab-voice-setup');
    expect(voiceEn.keys).toContain('hab-voice-first');
    for (const key of ['hab-04', 'hab-05', 'hab-stretch-setup']) expect(voiceEn.keys).not.toContain(key);
    const voiceRu = await tap(
      'habit',
      'Делать разминку для голоса перед сменой',
      'Работаю экскурсоводом, к вечеру голос садится.',
      'ru',
      ['Растяжка'],
    );
    expect(voiceRu.keys).toContain('hab-voice-setup');
    expect(voiceRu.keys).not.toContain('hab-stretch-setup');
    const handsEn = await tap(
      'habit',
      'Hand stretches every hour at my desk',
      'I type all day and my wrists ache by the evening.',
      'en',
      ['Stretching'],
    );
    expect(handsEn.keys).toContain('hab-hands-setup');
    expect(handsEn.keys).toContain('hab-hands-check');
    expect(handsEn.keys).not.toContain('hab-stretch-setup');
    const handsRu = await tap(
      'habit',
      'Разминка для кистей перед работой',
      'Шью на заказ, к вечеру ноют пальцы.',
      'ru',
      ['Растяжка'],
    );
    expect(handsRu.keys).toContain('hab-hands-first');
    expect(handsRu.keys).not.toContain('hab-stretch-first');
    // Stretching for the body keeps its moves.
    const near = await tap('habit', 'Stretch every morning', 'My back is stiff after sleep.', 'en', ['Stretching']);
    expect(near.keys).toContain('hab-stretch-setup');
    expect(near.keys.filter((key) => key.startsWith('hab-hands') || key.startsWith('hab-voice'))).toEqual([]);
  });

  it('keeps a child in a prescribed patch or glasses for the full time — never "the smallest version"', async () => {
    const en = await tap(
      'habit',
      'Get my son to keep his glasses on',
      "He's 6, the eye doctor says all day, but he takes them off at school.",
      'en',
    );
    expect(en.keys.slice(0, 3)).toEqual(['hab-wear-kid-time', 'hab-wear-kid-own', 'hab-wear-kid-chart']);
    for (const key of SMALLEST) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'habit',
      'Приучить внучку носить окклюдер',
      'Ей 5, врач велел заклеивать глаз по три часа в день, а она плачет и срывает.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hab-wear-kid-time');
    expect(ru.keys).toContain('hab-wear-kid-hard');
    for (const key of SMALLEST) expect(ru.keys).not.toContain(key);
    // Worn by the person themselves: the prescribed time, no child's sticker chart.
    const self = await tap(
      'habit',
      'Wear my back brace as prescribed',
      'The consultant said 20 hours a day and I manage about eight.',
      'en',
      ['None'],
    );
    expect(self.keys[0]).toBe('hab-wear-self-time');
    expect(self.keys.filter((key) => key.startsWith('hab-wear-kid'))).toEqual([]);
    // A habit that only names a child keeps its own path.
    const near = await tap('habit', 'Put on sunscreen every morning', 'Before I walk my son to school.', 'en', [
      'Just starting',
      'None',
    ]);
    expect(near.keys[0]).toBe('hab-sun-spot');
    expect(near.keys.filter((key) => key.startsWith('hab-wear'))).toEqual([]);
  });

  it('keeps a daily reading at its set time, walks part of the way to work from a chosen stop, and reads "everything in one place" as getting organised', async () => {
    const en = await tap(
      'habit',
      'Record the rain gauge every day',
      'Our school got a rain gauge for the geography club and I look after it.',
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['hab-log-time', 'hab-log-sheet', 'hab-log-first']);
    expect(en.keys).not.toContain('hab-05');
    const ru = await tap('habit', 'Каждое утро записывать показания счётчиков', 'Управляющая компания просит.', 'ru', [
      'Только',
    ]);
    expect(ru.keys[0]).toBe('hab-log-time');
    expect(ru.keys).not.toContain('hab-05');
    // A journal keeps "the smallest version right now".
    const journal = await tap('habit', 'Write in a journal', 'Never managed it before.', 'en', [
      'Just starting',
      'None',
    ]);
    expect(journal.keys).not.toContain('hab-log-time');

    const ruWalk = await tap('habit', 'Выходить из автобуса на остановку раньше', 'Хочу больше ходить пешком.', 'ru', [
      'Ежедневные',
    ]);
    expect(ruWalk.keys.slice(0, 2)).toEqual(['hab-commute-stop', 'hab-commute-first']);
    for (const key of ['hab-walk-setup', 'hab-02', 'hab-03']) expect(ruWalk.keys).not.toContain(key);
    const enWalk = await tap('habit', 'Get off the bus one stop early', 'To get more steps in on workdays.', 'en', [
      'Just starting',
      'Daily walks',
    ]);
    expect(enWalk.keys[0]).toBe('hab-commute-stop');
    expect(enWalk.keys).not.toContain('hab-walk-setup');
    // A walk from the door keeps its set-up.
    const walk = await tap('habit', 'Go for a walk every evening', 'I sit at a desk all day.', 'en', [
      'Just starting',
      'Daily walks',
    ]);
    expect(walk.keys).toContain('hab-walk-setup');

    const ruOrg = await tap(
      'habit',
      'Держать все дела в одном месте',
      'Вечно пропускаю платежи и забываю, что обещала, заметки в телефоне не открываю.',
      'ru',
      ['Стать'],
    );
    expect(ruOrg.keys[0]).toBe('hab-org-inbox');
    expect(withPrefix(ruOrg.keys, 'hab-screen-')).toEqual([]);
    const enOrg = await tap(
      'habit',
      'Keep everything in one place, not in my head',
      'I missed a payment and a shift last month.',
      'en',
      ['Getting organised'],
    );
    expect(enOrg.keys[0]).toBe('hab-org-inbox');
    // Less phone time keeps the screen steps.
    const phone = await tap('habit', 'Spend less time on my phone', 'Scrolling till 1 am every night.', 'en', [
      'Less phone',
    ]);
    expect(phone.keys.some((key) => key.startsWith('hab-screen-'))).toBe(true);
  });

  it('logs work hours the same day, and keeps "off my phone" from reading as screen time', async () => {
    const en = await steps(
      'habit',
      'Fill in my timesheet every day',
      'I bill by the hour as a contractor, but I only do the timesheet on Friday and guess the rest; half the week I work off my phone on site.',
      'en',
      ['Logging'],
    );
    expect(en.slice(0, 4)).toEqual(['hab-hours-log', 'hab-hours-block', 'hab-hours-day', 'hab-hours-week']);
    expect(withPrefix(en, 'hab-screen-')).toEqual([]);
    const ru = await steps(
      'habit',
      'Записывать рабочие часы каждый день',
      'Работаю фрилансером на трёх заказчиков, счёт выставляю раз в месяц и вечно не помню, сколько на кого потратил.',
      'ru',
      ['Только', 'Записывать'],
    );
    expect(ru[0]).toBe('hab-hours-log');
    expect(ru).toContain('hab-hours-day');
    // Less time on the phone keeps its limits.
    const phone = await steps(
      'habit',
      'Spend less time on my phone',
      "I'm scrolling social media every evening.",
      'en',
      ['Just starting', 'Less phone'],
    );
    expect(phone[0]).toBe('hab-screen-limits');
    expect(withPrefix(phone, 'hab-hours-')).toEqual([]);
  });

  it('words the place for glasses or lenses without a pronoun that fits only one of them', async () => {
    const ru = await tap(
      'habit',
      'Носить очки для компьютера',
      'Окулист выписал их ещё в марте, а они лежат в ящике стола, а я щурюсь в монитор.',
      'ru',
    );
    const spot = baseKeys(ru.keys).indexOf('hab-wear-self-spot');
    expect(spot).toBeGreaterThanOrEqual(0);
    expect(ru.texts[spot]).toContain('Заведи для этого одно постоянное место');
    expect(ru.texts[spot]).not.toContain('ему');
    const en = await tap(
      'habit',
      'Wear my glasses at my desk',
      'The optician prescribed them in spring, but they stay in my bag and I squint at the screen.',
      'en',
    );
    const at = baseKeys(en.keys).indexOf('hab-wear-self-spot');
    expect(en.texts[at]).toContain('Give it one home');
  });

  it("sets up a journal's notebook once, not a second time at the last thing of the evening", async () => {
    const en = await steps(
      'habit',
      'Get back to my gratitude journal',
      'I wrote three good things every night for a month last year, then stopped.',
      'en',
      ['Coming back', 'Journaling'],
    );
    expect(en[0]).toBe('hab-journal-setup');
    expect(en).not.toContain('hab-forget-evening');
    const ru = await steps(
      'habit',
      'Снова вести дневник по вечерам',
      'Год назад каждый вечер писала пару строк о дне, потом забросила.',
      'ru',
      ['Возвращаюсь', 'Личный дневник'],
    );
    expect(ru).not.toContain('hab-forget-evening');
    // An evening stretch keeps the cue at the last thing of the evening.
    const stretch = await steps(
      'habit',
      'Get back to stretching every evening',
      'I used to stretch for ten minutes every night before bed, then dropped it.',
      'en',
      ['Coming back', 'Stretching'],
    );
    expect(stretch).toContain('hab-forget-evening');
  });

  it('makes a required vehicle check the whole list every time, never its smallest version', async () => {
    const en = await steps(
      'habit',
      'Do my pre-trip check every morning',
      'I drive a school bus and skip the walkaround check when I am running late.',
      'en',
    );
    expect(en.slice(0, 2)).toEqual(['hab-check-card', 'hab-check-keys']);
    expect(en).not.toContain('hab-01');
    expect(en).not.toContain('hab-09');
    const ru = await steps(
      'habit',
      'Каждый день осматривать машину перед выездом',
      'Вожу автобус по району, предрейсовый осмотр делаю через раз, когда опаздываю.',
      'ru',
    );
    expect(ru[0]).toBe('hab-check-card');
    expect(ru).not.toContain('hab-01');
    // Flossing keeps the smallest version.
    const floss = await steps('habit', 'Floss every night', 'I always forget.', 'en');
    expect(floss).not.toContain('hab-check-card');
  });

  it("logs seizures or migraines for the doctor as they happen — the doctor's columns, no smallest version or tracker of crosses", async () => {
    const en = await tap(
      'habit',
      'Keep a migraine diary for my neurologist',
      'She wants every attack written down with the time, how long it lasted and what I ate or slept before. I keep forgetting.',
      'en',
      ['I keep forgetting to do it'],
    );
    expect(en.keys).toEqual(['hab-sym-sheet', 'hab-sym-place', 'hab-sym-time', 'hab-sym-evening', 'hab-sym-visit']);
    const ru = await tap(
      'habit',
      'Вести дневник приступов дочки для невролога',
      'Эпилепсию поставили весной, врач просит записывать каждый приступ: когда, сколько длился, что было перед ним.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hab-sym-sheet');
    expect(ru.keys).not.toContain('hab-05');
    // Taking the tablets for it is the medication path.
    const near = await tap(
      'habit',
      'Take my epilepsy tablets on time every day',
      'Twice a day, I miss the evening one.',
    );
    expect(withPrefix(near.keys, 'hab-sym')).toEqual([]);
  });

  it('looks in on a neighbour by agreeing it with her and planning for no answer — nothing laid out at a spot', async () => {
    const en = await tap(
      'habit',
      'Check in on the old man next door every day',
      "He's 87 and his kids live abroad.",
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('hab-visit-agree');
    expect(en.keys).toContain('hab-visit-noanswer');
    expect(en.keys).not.toContain('hab-04');
    const ru = await tap(
      'habit',
      'Заходить к соседке каждое утро',
      'Ей 88, живёт одна через стенку, дети в другом городе.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('hab-visit-agree');
    // Flossing keeps its things at the spot.
    const near = await tap('habit', 'Floss every night', '', 'en', ['Just starting']);
    expect(withPrefix(near.keys, 'hab-visit')).toEqual([]);
  });

  it('sets no phone reminder for someone who swipes reminders away', async () => {
    const ru = await tap(
      'habit',
      'Начать делать растяжку перед сном',
      'Ставила напоминалку — смахиваю и всё, потом ложусь.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('hab-09');
    const en = await tap('habit', 'Floss every night', 'I set a reminder but I just swipe it away.', 'en', [
      'Just starting',
    ]);
    expect(en.keys).not.toContain('hab-09');
    const near = await tap('habit', 'Floss every night', 'My dentist nags me about it.', 'en', ['Just starting']);
    expect(near.keys).toContain('hab-09');
  });

  it('starts morning exercises after a knee operation with what is allowed, sparing the knee', async () => {
    const ru = await tap(
      'habit',
      'Делать зарядку по утрам',
      'Мне 67, на пенсии, Гомель. Раньше всю жизнь делала, после операции на колене забросила.',
      'ru',
      ['Растяжка'],
    );
    expect(ru.keys[0]).toBe('hab-op-ask');
    expect(ru.keys).not.toContain('hab-stretch-setup');
    expect(ru.keys).not.toContain('hab-03');
    expect(ru.texts.join(' ')).not.toMatch(/кошк/);
    const en = await tap(
      'habit',
      'Stretch every morning',
      "I'm 70 and had a hip replacement last year; I used to stretch daily before it.",
      'en',
      ['Stretching'],
    );
    expect(en.keys).toContain('hab-op-ask');
    expect(en.keys).not.toContain('hab-stretch-setup');
    // Stretching with no operation keeps the three moves.
    const near = await tap(
      'habit',
      'Stretch every morning',
      "I'm 40 and stiff from the desk; I've never stretched.",
      'en',
      ['Stretching'],
    );
    expect(near.keys).toContain('hab-stretch-setup');
  });

  it('drinks more water with no restart template for someone who only drank tea', async () => {
    const en = await tap(
      'habit',
      'drink more water at work',
      'site foreman in Dubai, i get hedaches every afternoon in summer and i know its because i only drink tea',
      'en',
      ['New habit', 'Drinking more water'],
    );
    expect(en.keys).not.toContain('hab-02');
    expect(en.keys).not.toContain('hab-03');
    expect(en.keys).not.toContain('hab-07');
    const ru = await tap(
      'habit',
      'Пить больше воды',
      'Пью только чай и кофе, к вечеру болит голова, раньше никогда не следила.',
      'ru',
      ['Пить больше воды'],
    );
    expect(ru.keys).not.toContain('hab-03');
    expect(ru.keys).not.toContain('hab-07');
    // A real comeback keeps the restart steps.
    const near = await tap(
      'habit',
      'Drink more water again',
      'I used to drink two litres a day with an app but stopped last year.',
      'en',
      ['Drinking more water'],
    );
    expect(near.keys).toContain('hab-03');
  });

  it('takes a fasting sugar reading first thing, before tea — never tied to coffee or lunch, nor "the smallest version now"', async () => {
    const en = await tap(
      'habit',
      'checking my sugar every morning like the doctor said',
      "I'm 65, a retired schoolteacher in Thrissur, Kerala. I was diagnosed with type 2 diabetes in September and the doctor wants me to test my fasting sugar every morning and write it down. I keep forgetting until after I've had my tea and puttu. My next review is in six weeks and I'd like to bring a proper record.",
      'en',
      ["Doctor's advice", 'I keep forgetting'],
    );
    expect(en.keys[0]).toBe('hab-fastread-first');
    expect(en.keys).toContain('hab-fastread-log');
    expect(en.keys).not.toContain('hab-forget-early');
    expect(en.keys).not.toContain('hab-05');
    const ru = await tap(
      'habit',
      'Мерить сахар натощак каждое утро',
      'Эндокринолог велел записывать сахар натощак до следующего приёма, а я вспоминаю про глюкометр, только когда уже позавтракала.',
      'ru',
      ['Советы врача', 'Постоянно забываю'],
    );
    expect(ru.keys[0]).toBe('hab-fastread-first');
    expect(ru.keys).not.toContain('hab-forget-early');
    expect(ru.keys).not.toContain('hab-05');
    // A morning habit forgotten, with no fasting reading, keeps its earlier anchor.
    const near = await tap(
      'habit',
      'Stretch for ten minutes every day',
      'I keep forgetting until it is time for bed and then I am too tired.',
      'en',
      ['I keep forgetting'],
    );
    expect(withPrefix(near.keys, 'hab-fastread')).toEqual([]);
    expect(near.keys).toContain('hab-forget-early');
  });

  it('keeps a therapist’s exercises on their own path — no generic kit, tracker, anchor or doctor’s notes after it', async () => {
    const en = await tap(
      'habit',
      'Do my knee exercises daily',
      'The physio gave me a printed routine after I hurt my knee at football, but I only do it when the knee aches.',
      'en',
      ['Daily exercises a therapist set'],
    );
    expect(en.keys).toEqual(['hab-set-card', 'hab-set-moment', 'hab-set-chart', 'hab-set-ask', 'hab-set-restart']);
    // A habit with no therapist keeps its kit step.
    const near = await tap('habit', 'Floss every night', 'I buy floss and then never use it.');
    expect(near.keys).not.toContain('hab-set-restart');
  });

  it('gets the containers ready for cooking for the week, instead of floss by the toothbrush', async () => {
    const en = await tap(
      'habit',
      'Batch cook my lunches every Sunday',
      'I spend a fortune on sandwiches at work and have nothing to put food in.',
      'en',
      ['Something I do once a week'],
    );
    expect(en.keys).toContain('hab-batch-kit');
    expect(en.keys).not.toContain('hab-04');
    expect(en.keys).not.toContain('hab-05');
    const ru = await tap(
      'habit',
      'Готовить обеды на неделю по воскресеньям',
      'Трачу кучу денег на доставку, контейнеров нет.',
      'ru',
      ['Привычка раз в неделю'],
    );
    expect(ru.keys).toContain('hab-batch-kit');
    expect(ru.keys).not.toContain('hab-04');
    const near = await tap(
      'habit',
      'Call my grandmother every Sunday',
      'She lives alone and I forget until it is late.',
      'en',
      ['Something I do once a week'],
    );
    expect(near.keys).not.toContain('hab-batch-kit');
  });

  it('gives a dog that pulls the person over a harness, a trainer and a loop on a short lead — no long lead', async () => {
    const en = await tap(
      'habit',
      'Walk the dog for an hour every day',
      "He's a 10-month-old Rottweiler, already stronger than me, and pulls on the lead so hard he nearly knocked me over last week.",
      'en',
    );
    expect(en.keys.some((key) => key.startsWith('hab-dog-pull-hold'))).toBe(true);
    expect(en.keys.some((key) => key.startsWith('hab-dog-route-held'))).toBe(true);
    expect(en.keys.some((key) => key.startsWith('hab-dog-route:') || key === 'hab-dog-route')).toBe(false);
    const ru = await tap(
      'habit',
      'Гулять с собакой утром и вечером по 40 минут',
      'Овчарке год, она очень сильная и тащит меня за собой, я с трудом удерживаю поводок.',
      'ru',
    );
    expect(ru.keys.some((key) => key.startsWith('hab-dog-pull-hold'))).toBe(true);
    expect(ru.keys.some((key) => key.startsWith('hab-dog-route-held'))).toBe(true);
    // Near miss: a calm dog keeps the park loop on a long lead, and no harness step.
    const calm = await tap(
      'habit',
      'Walk my dog for longer',
      "She's an old beagle and we only do ten minutes round the block.",
      'en',
    );
    expect(calm.keys.some((key) => key.startsWith('hab-dog-pull-hold'))).toBe(false);
    expect(calm.keys.some((key) => key.startsWith('hab-dog-route-held'))).toBe(false);
  });

  it('keeps therapist exercises meant for the evening in the evening — a morning set keeps the breakfast anchor', async () => {
    const en = await tap(
      'habit',
      'do my back exercises every night before bed',
      'The physio gave me four exercises for my back. I always end up on my phone in bed instead.',
      'en',
      ['Daily exercises a therapist set'],
    );
    expect(en.keys).toContain('hab-set-moment-eve');
    expect(en.keys).not.toContain('hab-set-moment');
    expect(en.keys).not.toContain('hab-set-restart');
    const ru = await tap(
      'habit',
      'делать упражнения от логопеда каждый вечер',
      'Логопед дал комплекс на десять минут, а я вечером вместо этого сижу в телефоне.',
      'ru',
      ['Ежедневные упражнения'],
    );
    expect(ru.keys).toContain('hab-set-moment-eve');
    expect(ru.keys).not.toContain('hab-set-moment');
    const day = await tap(
      'habit',
      'do the exercises my physio set',
      'Ten minutes of knee exercises twice a day, and I keep skipping them.',
      'en',
      ['Daily exercises a therapist set'],
    );
    expect(day.keys).toContain('hab-set-moment');
    expect(day.keys).not.toContain('hab-set-moment-eve');
  });

  it('plans home cooking in place of delivery, with no "half the old volume" or floss by the toothbrush', async () => {
    const en = await tap(
      'habit',
      'cook dinner at home instead of ordering Uber Eats',
      "We order food almost every night. I can cook, I'm just wiped out after work. Our kitchen only has a small hob.",
      'en',
      ['New habit', 'Coming back'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['hab-cook-dishes', 'hab-cook-days']);
    expect(en.keys).not.toContain('hab-03');
    expect(en.keys).not.toContain('hab-04');
    const ru = await tap(
      'habit',
      'меньше заказывать еду, больше готовить дома',
      'Заказываем доставку еды три-четыре раза в неделю. Готовить умею, но после работы сил нет.',
      'ru',
      ['Новая привычка', 'Возвращаюсь'],
    );
    expect(ru.keys).toContain('hab-cook-ahead');
    expect(ru.keys).not.toContain('hab-03');
    // A habit that is not cooking keeps its own steps.
    const near = await tap('habit', 'Drink more water', 'I forget to drink during the day at work.');
    expect(near.keys).not.toContain('hab-cook-dishes');
  });

  it('gives a once-a-week habit no daily reminder after an anchor; a daily habit keeps it', async () => {
    const en = await tap(
      'habit',
      'batch cook lunches every Sunday',
      "I'm 28 and keep buying lunch at work. I want to spend Sunday afternoon cooking boxes for the week and keep it up for two months.",
      'en',
      ['Something I do once a week'],
    );
    expect(en.keys).toContain('hab-week-slot');
    expect(en.keys).not.toContain('hab-09');
    const ru = await tap(
      'habit',
      'по субботам готовить еду на всю неделю',
      'Мне 26, каждый день заказываю доставку. Хочу раз в неделю, по субботам, готовить контейнеры и продержаться хотя бы месяц.',
      'ru',
      ['Привычка раз в неделю'],
    );
    expect(ru.keys).toContain('hab-week-slot');
    expect(ru.keys).not.toContain('hab-09');
  });

  it('parks the phone for the time with a child, not overnight outside the bedroom; less phone before sleep keeps the charger step', async () => {
    const ru = await tap(
      'habit',
      'каждый вечер играть с дочкой полчаса без телефона в руках',
      'Мне 30. Прихожу с работы и вместо игры сижу в телефоне, а дочь просит поиграть.',
      'ru',
      ['Только начинаю', 'Меньше времени'],
    );
    expect(ru.keys).toContain('hab-phone-park');
    expect(ru.keys).not.toContain('hab-screen-bedroom');
    const en = await tap(
      'habit',
      'read to my son every night, phone-free',
      "I'm 34. I promise him a story but end up scrolling social media while he watches cartoons.",
      'en',
      ['Just starting', 'Less phone'],
    );
    expect(en.keys).toContain('hab-phone-park');
    expect(en.keys).not.toContain('hab-screen-bedroom');
    const near = await tap(
      'habit',
      'меньше сидеть в телефоне перед сном',
      'Мне 27. Листаю соцсети в кровати до часу ночи.',
      'ru',
      ['Только начинаю', 'Меньше времени'],
    );
    expect(near.keys).toContain('hab-screen-bedroom');
    expect(near.keys).not.toContain('hab-phone-park');
  });

  it('gives a real lunch break away from the desk its own steps, not slow chewing; a slow eater keeps the chewing', async () => {
    const en = await tap(
      'habit',
      'stop working through my lunch break',
      'I eat a sandwich at the keyboard every day and my neck hurts by the afternoon. I want half an hour outside or in the staff kitchen.',
      'en',
      ['Taking a real lunch break'],
    );
    expect(en.keys).toContain('hab-lunch-slot');
    expect(en.keys).toContain('hab-lunch-team');
    expect(en.keys).not.toContain('hab-eat-pace');
    const ru = await tap(
      'habit',
      'уходить на обед, а не есть за компьютером',
      'Пятый год обедаю прямо на рабочем месте и отвечаю на письма. К вечеру болит спина. Хочу нормальный обеденный перерыв.',
      'ru',
      ['Настоящий обеденный'],
    );
    expect(ru.keys).toContain('hab-lunch-slot');
    expect(ru.keys).not.toContain('hab-eat-pause');
    const near = await tap(
      'habit',
      'eat more slowly',
      'I wolf down every meal in five minutes and feel bloated.',
      'en',
      ['Eating slowly'],
    );
    expect(near.keys).not.toContain('hab-lunch-slot');
    expect(near.keys).toContain('hab-eat-pace');
  });

  it('takes a morning sugar check as a fasting reading, not the floss by the toothbrush', async () => {
    const en = await tap(
      'habit',
      'test my blood sugar each morning',
      'Type 2 for three years. The nurse gave me a meter but I only use it when I feel shaky, and I leave for work at five.',
      'en',
      [],
    );
    expect(en.keys).toContain('hab-fastread-first');
    expect(en.keys).not.toContain('hab-04');
    const ru = await tap(
      'habit',
      'мерить сахар каждое утро',
      'Диабет второго типа, глюкометр дали в поликлинике, а меряю, только когда плохо.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('hab-fastread-first');
    const near = await tap(
      'habit',
      'eat less sugar in the morning',
      'I have two sweet pastries with coffee every day.',
      'en',
      [],
    );
    expect(near.keys).not.toContain('hab-fastread-first');
  });

  it('gives a daily blood-pressure diary the monitor, one alarm for the reading and the tablet, the diary — not a pills-only alarm', async () => {
    const ru = await tap(
      'habit',
      'мерить давление по утрам и вести дневник',
      'Врач нашёл гипертонию, дал таблетки и велел записывать давление. Тонометр есть, но забываю, на работу выхожу в шесть.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('hab-bp-spot');
    expect(ru.keys).toContain('hab-bp-alarm');
    expect(ru.keys).not.toContain('hab-pills-alarm');
    const en = await tap(
      'habit',
      'check my blood pressure every morning',
      'The GP wants a week of readings and I take amlodipine. I have the monitor but it stays in the box.',
      'en',
      [],
    );
    expect(en.keys).toContain('hab-bp-spot');
    expect(en.keys).toContain('hab-bp-diary');
    const near = await tap(
      'habit',
      'take my blood pressure tablets every day',
      'I keep forgetting the evening pill.',
      'en',
      [],
    );
    expect(near.keys).not.toContain('hab-bp-spot');
    expect(near.keys).toContain('hab-pills-alarm');
  });
});
