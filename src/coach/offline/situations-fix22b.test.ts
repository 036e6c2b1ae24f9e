import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createSlotReader } from './slots.js';

const { coach, pack } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twenty-second blind read, fixed in general (helper fix22b)', () => {
  it('gives a dangerous tool its pre-use checks and a simplest first job, not "start in under a minute"', async () => {
    const en = await firstFive(
      'skill',
      'Learn to use a chainsaw safely before we clear the woodland plot',
      "We bought two acres with a dozen fallen ash trees on it. I've never touched a chainsaw, so I want proper training before we start cutting in October.",
    );
    expect(en.keys).toEqual([
      'skill-hazard-kit',
      'skill-hazard-teacher',
      // fix46G: a chainsaw's own safe place, not the welding bench's cable and plug.
      'skill-hazard-space-saw',
      'skill-hazard-checks',
      'skill-hazard-first',
    ]);
    expect(en.text).toMatch(/chain brake/);
    expect(en.text).not.toMatch(/start in under a minute/);
    const ru = await firstFive(
      'skill',
      'Научиться работать болгаркой',
      'Хочу сам резать профиль для забора, раньше не пробовал.',
      'ru',
    );
    expect(ru.keys).toContain('skill-hazard-checks');
    expect(ru.keys).not.toContain('skill-04');
    expect(ru.text).toMatch(/защитный кожух/);
    // A harmless skill keeps its quick-start set-up.
    const juggle = await firstFive('skill', 'Learn to juggle three balls', "I've never tried.");
    expect(juggle.keys).toContain('skill-04');
    expect(juggle.keys.some((key) => key.startsWith('skill-hazard'))).toBe(false);
  });

  it('turns old slides or photos into a film by picking, digitising and naming them, not a 30-second video of tea', async () => {
    const en = await firstFive(
      'creative',
      "Turn Grandad's old slides into a short film for his 90th",
      "There are about 400 Kodachrome slides in a shoebox from the 60s and 70s. I've got a laptop and a phone but no scanner, and the party is on 9 March.",
    );
    expect(en.keys).toEqual(['cre-arch-pick', 'cre-arch-way', 'cre-arch-test', 'cre-arch-names', 'cre-arch-draft']);
    expect(en.text).toMatch(/scanning service/);
    expect(en.text).not.toMatch(/making tea|1080p at 30 fps/);
    const ru = await firstFive(
      'creative',
      'Оцифровать старые слайды и сделать фильм к юбилею мамы',
      'Дома коробка слайдов из 80-х на плёнке, сканера нет.',
      'ru',
    );
    expect(ru.keys[0]).toBe('cre-arch-pick');
    expect(ru.keys).not.toContain('cre-film-meter');
    expect(ru.text).toMatch(/сервис сканирования/);
    // A film shot now, and film photography, keep their own steps.
    const street = await firstFive(
      'creative',
      'Make a short film about my street',
      'I have a phone and want to learn editing.',
    );
    expect(street.keys).toContain('cre-video-first');
    expect(street.keys.some((key) => key.startsWith('cre-arch'))).toBe(false);
    const film = await firstFive('creative', 'Научиться снимать на плёнку', 'Купил Зенит, ни разу не снимал.', 'ru');
    expect(film.keys[0]).toBe('cre-film-meter');
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

  it('fits a cat or dog flap by the panel, the pet and a template — no stop valve or circuit breaker', async () => {
    const en = await firstFive('repair', 'Fit a cat flap in our uPVC back door', '');
    expect(en.keys).toEqual(['fix-flap-where', 'fix-flap-measure', 'fix-flap-choose', 'fix-flap-mark', 'fix-flap-cut']);
    expect(en.text).toMatch(/glazier/);
    expect(en.text).not.toMatch(/stop valve|circuit breaker/);
    const ru = await firstFive(
      'repair',
      'Врезать лаз для кошки в дверь',
      'Дверь металлическая с пластиковой вставкой внизу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fix-flap-where');
    expect(ru.keys).not.toContain('fix-03');
    // A leaking tap keeps the water stop valve first.
    const tap = await firstFive('repair', 'Fix the dripping kitchen tap', 'It drips all night.');
    expect(tap.keys).toContain('fix-03');
    expect(tap.keys.some((key) => key.startsWith('fix-flap'))).toBe(false);
  });

  it('takes a guide dog or a dog by train or plane through pet travel rules and carriers, never practice drives', async () => {
    const en = await firstFive(
      'travel',
      'Take my guide dog on our first holiday abroad',
      "Me and Bramble have been a team for two years, I've only taken her on UK trains. Thinking of a week in the Netherlands in September but I don't know what the rules are for bringing her back.",
    );
    expect(en.keys).toContain('dog-transit-rules');
    expect(en.keys).not.toContain('dog-car');
    expect(en.text).toMatch(/rabies/);
    const ru = await firstFive(
      'travel',
      'Поехать с собакой-поводырём в Финляндию',
      'Едем на поезде в августе на неделю.',
      'ru',
    );
    expect(ru.keys).toContain('dog-transit-carrier');
    expect(ru.keys).not.toContain('dog-car');
    const fly = await firstFive('travel', 'Fly to Spain with my dog', 'She is a small terrier, first time on a plane.');
    expect(fly.keys).not.toContain('dog-car');
    expect(fly.text).not.toMatch(/practice drives|how long the drives/);
    // A road trip with a dog keeps the car steps, with no carriers to tell.
    const road = await firstFive('travel', 'Road trip to Scotland with our dog', 'Two weeks in the car in July.');
    expect(road.keys).toContain('road-route');
    expect(road.keys.some((key) => key.startsWith('dog-transit'))).toBe(false);
  });

  it('rewires a plug-in lamp unplugged, with an earth and a check — no breaker box or house electrician', async () => {
    const en = await firstFive(
      'repair',
      'Rewire the brass lamp my nan left me',
      "It still has the old braided flex and the switch crackles when you turn it. I can change a plug but I've never done more than that.",
    );
    // Read 48: what goes to a lamp restorer is decided before the rewiring, not after it (fix round 48).
    expect(en.keys).toEqual(['fix-lamp-look', 'fix-lamp-parts', 'fix-lamp-help', 'fix-lamp-guide', 'fix-lamp-check']);
    expect(en.text).toMatch(/Unplug/);
    expect(en.text).toMatch(/earth/);
    expect(en.text).not.toMatch(/breaker box|faceplate/);
    const ru = await firstFive(
      'repair',
      'Заменить провод у старой настольной лампы',
      'Провод потрескался, вилку менять умею.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fix-lamp-look');
    expect(ru.text).toMatch(/заземлени/);
    // A socket or a switch in the wall keeps the electrician path.
    const socket = await firstFive('repair', 'Поменять розетку на кухне', 'Розетка болтается и искрит.', 'ru');
    expect(socket.keys[0]).toBe('fix-elec-check');
    const lightSwitch = await firstFive(
      'repair',
      'Replace a broken light switch in the hall',
      'It crackles and sparks.',
    );
    expect(lightSwitch.keys).toContain('fix-elec-pro');
    expect(lightSwitch.keys.some((key) => key.startsWith('fix-lamp'))).toBe(false);
  });

  it('gives a cleaning or a routine home goal with no named situation cleaning steps, not keep/give/throw boxes', async () => {
    const en = await firstFive('home', 'Get the house sparkling before my in-laws visit', 'They come in two weeks.');
    expect(en.keys[0]).toBe('home-clean-plan');
    expect(en.text).not.toMatch(/'Keep', 'Give away' and 'Throw out'/);
    const windows = await firstFive('home', 'Wash all the windows in the flat', '');
    expect(windows.keys).not.toContain('home-15');
    const ru = await firstFive('home', 'Мыть посуду сразу после ужина', 'Раковина вечно полная.', 'ru');
    expect(ru.keys[0]).toBe('home-routine-reset');
    expect(ru.text).not.toMatch(/«Оставить», «Отдать» и «Выбросить»/);
    // Clutter still gets the sorting boxes.
    const clutter = await firstFive('home', 'Избавиться от хлама в квартире', 'Вещей слишком много.', 'ru');
    expect(clutter.keys).toContain('home-15');
  });

  it('reads «срочно» as a deadline in days, but not «срочные расходы»', () => {
    const reader = createSlotReader(pack.slots);
    expect(reader.read('Накопить на срочные расходы', ['Хочу подушку на три месяца.']).horizon).not.toBe('days');
    expect(reader.read('Отложить на срочное лечение зубов', []).horizon).not.toBe('days');
    expect(reader.read('Срочно навести порядок в квартире', ['Приезжают гости.']).horizon).toBe('days');
    expect(reader.read('Fix the boiler urgently', []).horizon).toBe('days');
  });
});
