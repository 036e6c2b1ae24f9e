import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

/** A step's key without its variant (`hab-forget-evening:smaller`). */
const base = (keys: string[]) => keys.map((key) => key.split(':')[0]);

const DRIVE = ['sleep-drive-rule', 'sleep-drive-other', 'sleep-drive-stops', 'sleep-drive-doctor'];
const BREATH = [
  'sleep-breath-gp',
  'sleep-breath-notes',
  'sleep-breath-meantime',
  'sleep-breath-night',
  'sleep-breath-after',
];
const FLUID = ['hab-fluid-ask', 'hab-fluid-log', 'hab-fluid-signs', 'hab-fluid-jug', 'hab-fluid-spread'];

describe('the thirty-second blind read, fixed in general (helper fix32e)', () => {
  it('plans the drive first for someone nodding off at the wheel — no "home quickly, sunglasses on"', async () => {
    const en = await tap(
      'sleep',
      'Get enough sleep on my night rotation',
      'Paramedic, 34. Three nights on, then off. My commute is 50 minutes on a dual carriageway and last week I drifted into the other lane for a second.',
      'en',
      ['Working night shifts'],
    );
    expect(en.keys.slice(0, 4)).toEqual(DRIVE);
    expect(en.keys).toContain('sleep-shiftwork-plan-drive');
    expect(en.keys).not.toContain('sleep-shiftwork-home');
    expect(en.keys).not.toContain('sleep-shiftwork-plan');
    expect(en.texts[0]).toMatch(/pull in somewhere safe/);
    const ru = await tap(
      'sleep',
      'Высыпаться между ночными сменами',
      'Мне 41, работаю охранником на складе, ночные смены. Утром еду домой на своей машине по кольцевой, и уже засыпал за рулём на светофоре.',
      'ru',
      ['Работа в ночные смены'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(DRIVE));
    expect(ru.keys).not.toContain('sleep-shiftwork-home');
    expect(ru.text).toMatch(/20 минут сна/);
    // A night worker who goes home by bus keeps the quiet way home.
    const near = await tap(
      'sleep',
      'Sleep better after night shifts',
      'I take the bus home after nights and then lie awake till noon.',
      'en',
      ['Working night shifts'],
    );
    expect(near.keys).toContain('sleep-shiftwork-home');
    expect(near.keys.filter((key) => key.startsWith('sleep-drive'))).toEqual([]);
  });

  it('sends breathlessness lying flat and swollen ankles to the GP first — no sleep-hygiene steps', async () => {
    const en = await tap(
      'sleep',
      'Stop sleeping on the sofa propped up',
      "I'm 69 and for weeks I've only been able to sleep propped up on the sofa. If I lie down I wake up breathless, and my ankles are swollen by the evening. Should I get a wedge pillow?",
      'en',
    );
    expect(en.keys).toEqual(BREATH);
    expect(en.texts[0]).toMatch(/emergency number/);
    const ru = await tap(
      'sleep',
      'Снова спать лёжа, а не в кресле',
      'Мне 77, уже два месяца сплю сидя в кресле: лёжа задыхаюсь, а к вечеру отекают ноги. Может, купить ортопедический матрас?',
      'ru',
    );
    expect(ru.keys[0]).toBe('sleep-breath-gp');
    expect(ru.keys).not.toContain('sleep-wake');
    expect(ru.keys).not.toContain('sleep-caffeine');
    // Dozing in the armchair in front of the telly, nothing about breathing, keeps its own steps.
    const near = await tap(
      'sleep',
      'Go to bed instead of dozing in my armchair',
      "I'm 72 and I nod off in my chair after supper, then I'm awake at 4.",
      'en',
    );
    expect(near.keys.filter((key) => key.startsWith('sleep-breath'))).toEqual([]);
    expect(near.keys[0]).toBe('sleep-doze-evening');
  });

  it('keeps the phone by the bed for night sirens — alerts through, never "charge it outside the bedroom"', async () => {
    const en = await tap(
      'sleep',
      'Get back to sleep after the air-raid alerts',
      'We live in Kharkiv. The alerts go off two or three times a night, we go to the corridor with the kids, and afterwards I lie awake until it is light.',
      'en',
    );
    expect(en.keys[0]).toBe('sleep-siren-phone');
    expect(en.keys).not.toContain('sleep-screens');
    expect(en.text).toMatch(/alert app/);
    const ru = await tap(
      'sleep',
      'Высыпаться, несмотря на обстрелы',
      'Живу в Белгороде, ночью бывают сирены, спускаемся в подвал. Потом до утра не могу уснуть, а в восемь на работу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sleep-siren-phone');
    expect(ru.keys).not.toContain('sleep-screens');
    // A phone scrolled in bed, no sirens: the screens step stays.
    const near = await tap('sleep', 'Stop scrolling my phone in bed', 'I scroll TikTok until 2am every night.', 'en');
    expect(near.keys).toContain('sleep-screens');
    expect(near.keys).not.toContain('sleep-siren-phone');
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
    const ruKeys = base(ru.keys);
    expect(ruKeys.slice(0, 2)).toEqual(['hab-01', 'hab-forget-evening']);
    expect(ru.texts[1]).not.toMatch(/Привяжи|После того как/);
    const en = await tap('habit', 'Read my Bible every night before bed', 'Just five minutes would be enough.', 'en', [
      'Just starting',
    ]);
    const enKeys = base(en.keys);
    expect(enKeys).toContain('hab-forget-evening');
    expect(en.texts[enKeys.indexOf('hab-forget-evening')]).not.toMatch(/^Tie|After I/);
    // Forgotten, the evening step leads on its own, with no anchor sentence before it.
    const near = await tap('habit', 'Floss every night', 'I keep forgetting.', 'en', [
      'Just starting',
      'I keep forgetting',
    ]);
    expect(base(near.keys)[0]).toBe('hab-forget-evening');
    expect(base(near.keys)).not.toContain('hab-01');
  });

  it('asks about blood thinners before any weight, and the first session holds only a weight lifted with ease', async () => {
    const en = await tap(
      'fitness',
      'Start lifting the dumbbells in the spare room',
      "I'm 71, I take apixaban for my heart rhythm, and I haven't done any exercise in years. There are 10 kg dumbbells upstairs.",
      'en',
      ['Using dumbbells'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fit-thin-ask', 'fit-thin-first']);
    expect(en.keys).not.toContain('fit-kit-first');
    expect(en.keys).not.toContain('fit-02');
    const ru = await tap(
      'fitness',
      'Заниматься с гирей дома',
      'Мне 63, после инсульта пью ксарелто. Сын оставил гирю на 24 кг, хочу по утрам махать, как в видео.',
      'ru',
      ['Занятия с гантелями'],
    );
    expect(ru.keys[0]).toBe('fit-thin-ask');
    expect(ru.keys).not.toContain('fit-kit-first');
    expect(ru.text).not.toMatch(/жим лёжа/);
    // No blood thinner: the weights session stays, with the lightest weight or none.
    const near = await tap(
      'fitness',
      'Use my dumbbells at home',
      "I'm 30, I bought a pair of 4 kg dumbbells, I'm healthy and used to play football.",
      'en',
      ['Using dumbbells'],
    );
    expect(near.keys).toContain('fit-kit-first');
    expect(near.keys).not.toContain('fit-thin-ask');
    expect(near.texts[near.keys.indexOf('fit-kit-first')]).toMatch(/lightest weight, or none at all/);
  });

  it('sets the machines up from their plates for someone who wants no trainer', async () => {
    const ru = await tap(
      'fitness',
      'Начать ходить в тренажёрный зал',
      'Мне 38, сижу в офисе, в зале никогда не был. Без тренера, разберусь по роликам.',
      'ru',
      ['Начать ходить в тренажёрный зал'],
    );
    expect(ru.keys).toContain('fit-gym-self');
    expect(ru.keys).not.toContain('fit-gym-induction');
    expect(ru.text).not.toMatch(/вводного занятия/);
    const en = await tap(
      'fitness',
      'Start going to the gym after work',
      "I don't want a personal trainer, I'll follow an app. I've never really exercised.",
      'en',
      ['Starting at a gym'],
    );
    expect(en.keys).toContain('fit-gym-self');
    expect(en.keys).not.toContain('fit-gym-induction');
    // Nothing said against a trainer: the induction stays.
    const near = await tap('fitness', 'Start going to the gym', 'I have never been to one and feel lost.', 'en', [
      'Starting at a gym',
    ]);
    expect(near.keys).toContain('fit-gym-induction');
    expect(near.keys).not.toContain('fit-gym-self');
  });

  it('gives a retired driver no stops or driver’s seat, and the back routine no walk said twice', async () => {
    const en = await tap(
      'fitness',
      'Get my strength back',
      "I'm 70, a retired lorry driver, and I get out of breath in the garden now.",
      'en',
    );
    expect(en.keys.filter((key) => key.startsWith('fit-drive'))).toEqual([]);
    const ru = await tap(
      'fitness',
      'Начать делать зарядку',
      'Мне 66, бывший таксист, теперь на пенсии, спина затекает.',
      'ru',
    );
    expect(ru.keys.filter((key) => key.startsWith('fit-drive'))).toEqual([]);
    // Someone driving a taxi now keeps the stops.
    const near = await tap(
      'fitness',
      'Move more on my taxi shifts',
      'I drive a taxi twelve hours a day and my neck is stiff.',
      'en',
      ['Long hours at the wheel'],
    );
    expect(near.keys).toContain('fit-drive-stop');
    const back = await tap(
      'fitness',
      'Do something for my sore back',
      'Office job, 40, my back hurts after long days.',
      'en',
      ['Exercise with back pain'],
    );
    expect(back.keys).toContain('fit-back-walk');
    expect(back.text).not.toMatch(/walking is your exercise/);
  });
});
