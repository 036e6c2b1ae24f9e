import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const WRITTEN = ['exam-practice', 'exam-material', 'exam-topics', 'exam-official', 'exam-past-paper'];
const without = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the thirty-fourth blind read, fixed in general (helper fix34g)', () => {
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
    expect(without(near.keys, 'exam-phys')).toEqual([]);
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
    expect(without(near.keys, 'intv-scheme')).toEqual([]);
  });

  it('learns a family recipe from the relative — not three weeknight dinners or a video recipe', async () => {
    const en = await tap(
      'skill',
      "Learn my grandmother's recipe for pierogi",
      "She's 90 and can't knead any more, but she still tells me when the dough is wrong. I want to make them for Easter.",
      'en',
      ['Mastering one particular dish', 'Cooking'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['skill-family-write', 'skill-family-shop', 'skill-family-trial']);
    expect(en.keys).toContain('skill-dish-crowd');
    for (const key of ['skill-dish-recipe', 'skill-dish-half', 'skill-cook-plan']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'skill',
      'Научиться лепить пельмени по бабушкиному рецепту',
      'Бабушке 85, сама уже не лепит, но подсказывает. Хочу к Новому году налепить на всю семью.',
      'ru',
      ['Научиться готовить одно блюдо'],
    );
    expect(ru.keys[0]).toBe('skill-family-write');
    expect(ru.keys).not.toContain('skill-dish-recipe');
    // A dish with no family recipe keeps its trusted recipe.
    const near = await tap('skill', 'Learn to make paella', 'I want to cook it for friends this summer.', 'en', [
      'Mastering one particular dish',
    ]);
    expect(near.keys[0]).toBe('skill-dish-recipe');
    expect(without(near.keys, 'skill-family')).toEqual([]);
  });

  it('gives hosting a wedding or a party the running order, names and cards — no lesson video or tools', async () => {
    const en = await tap(
      'skill',
      "MC my best friend's wedding",
      "About 120 guests. I talk way too fast when I'm nervous. It's in June.",
      'en',
      ['Hosting a wedding'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['skill-host-order', 'skill-host-people']);
    expect(en.keys).toContain('skill-host-aloud');
    for (const key of ['skill-03', 'skill-04', 'skill-05']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'skill',
      'Стать тамадой на юбилее отца',
      'Папе 60, гостей будет человек пятьдесят, ведущего решили не брать. Боюсь сбиться.',
      'ru',
      ['Вести свадьбу'],
    );
    expect(ru.keys[0]).toBe('skill-host-order');
    expect(ru.keys).not.toContain('skill-03');
    // Public speaking at work keeps its own steps.
    const near = await tap(
      'skill',
      'Get better at public speaking',
      'I mumble in meetings and want to present at work with confidence.',
      'en',
      ['Public speaking'],
    );
    expect(near.keys).toContain('skill-speak-record');
    expect(without(near.keys, 'skill-host')).toEqual([]);
  });

  it('teaches climbing trees with a climber, a safety belt and low first climbs — no club, rink or hired skates', async () => {
    const en = await tap(
      'skill',
      'Learn to climb the palm trees on our farm',
      "They're about 12 metres tall and I've never climbed higher than a few metres.",
      'en',
      ['Sailing', 'Just starting'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['skill-tree-teacher', 'skill-tree-gear']);
    expect(en.keys).toContain('skill-tree-first');
    expect(without(en.keys, 'skill-coach')).toEqual([]);
    const ru = await tap(
      'skill',
      'Научиться лазить на пальмы за кокосами',
      'Отец больше не может, а нанимать сборщика дорого. Деревья метров десять.',
      'ru',
      ['Парус', 'Только начинаю'],
    );
    expect(ru.keys[0]).toBe('skill-tree-teacher');
    expect(without(ru.keys, 'skill-coach')).toEqual([]);
    // Climbing on rock keeps the club's taster session.
    const near = await tap('skill', 'Learn rock climbing', "I've been to a climbing wall once and loved it.", 'en', [
      'Sailing',
      'Just starting',
    ]);
    expect(near.keys[0]).toBe('skill-coach-book');
    expect(without(near.keys, 'skill-tree')).toEqual([]);
  });

  it("cuts in a big tree after the line for a tree surgeon and with a drop zone — not the welding shop's safe place", async () => {
    const en = await tap(
      'skill',
      'Cut back the big oak over our garage',
      "I have a pole saw, my neighbour's chainsaw and a long ladder.",
      'en',
      ['Just starting'],
    );
    // A chainsaw up a ladder is a danger named in passing (fix round 38): its step leads, then the tree's own.
    expect(en.keys[0]).toBe('hz-ladder-stop');
    expect(en.keys.find((key) => !key.startsWith('hz-'))).toBe('skill-treework-line');
    expect(en.keys).toContain('skill-hazard-kit');
    expect(en.keys).toContain('skill-treework-zone');
    expect(en.keys).not.toContain('skill-hazard-space');
    expect(en.text).not.toMatch(/bucket of sand/);
    const ru = await tap(
      'skill',
      'Спилить большие ветки у старого дерева над сараем',
      'Есть бензопила и длинная лестница, сам раньше не пилил.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys.find((key) => !key.startsWith('hz-'))).toBe('skill-treework-line');
    expect(ru.keys).not.toContain('skill-hazard-space');
    // Without a chainsaw: the tree's own kit and teacher.
    const saw = await tap(
      'skill',
      'Prune the tall pine by our drive',
      'I have loppers and a pruning saw on a pole, nothing else.',
      'en',
      ['Just starting'],
    );
    expect(saw.keys.slice(0, 3)).toEqual(['skill-treework-line', 'skill-treework-kit', 'skill-treework-teacher']);
    // Welding keeps its safe place.
    const near = await tap('skill', 'Learn to weld', 'I want to make a gate for the garden.', 'en', ['Just starting']);
    expect(near.keys).toContain('skill-hazard-space');
    expect(without(near.keys, 'skill-treework')).toEqual([]);
  });

  it('teaches mending fishing nets as a craft on shore — no licence, life jacket or emergency plan', async () => {
    const en = await tap(
      'skill',
      'Learn to repair fishing nets',
      'My dad is a fisherman and his knees are bad; my mends slip after one trip.',
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['skill-netmend-watch', 'skill-netmend-kit', 'skill-netmend-knot']);
    expect(without(en.keys, 'skill-risky')).toEqual([]);
    expect(without(en.keys, 'skill-fish')).toEqual([]);
    expect(en.text).not.toMatch(/life jacket|licence/);
    const ru = await tap(
      'skill',
      'Научиться чинить рыболовные сети',
      'Дед всю жизнь чинил, а теперь руки не те. Мои заплатки расползаются.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('skill-netmend-watch');
    expect(without(ru.keys, 'skill-risky')).toEqual([]);
    // Setting nets under the ice keeps the teacher-first safety steps.
    const near = await tap(
      'skill',
      'Learn to set nets under the ice',
      'My uncle fishes on the lake every winter.',
      'en',
      ['Just starting'],
    );
    expect(near.keys[0]).toBe('skill-risky-teacher');
    expect(without(near.keys, 'skill-netmend')).toEqual([]);
  });
});
