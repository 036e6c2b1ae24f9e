import { describe, expect, it } from 'vitest';
import { aCoachContext, contextFrom } from '../../../test/factories/coach-context.js';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import type { CoachContext } from '../../core/goals/coach.port.js';

// content/goals/hazards/people.yaml after blind read 39 (helper fix39-people): an older driver with dementia or failing
// sight, the railway tracks, anger at the wheel, a long winter drive on remote roads, a sleeping pill or a night's
// drinking before a shift at the wheel — and the dangers of the outdoors thought ahead (altitude climbed too fast,
// off-piste without avalanche kit, roofs, cranes and abandoned buildings, hitchhiking alone, floodwater crossed).
// Each leads its goal in English and Russian, and a near miss keeps its own steps.
const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const without = (keys: string[], hazardKey: string) => expect(keys).not.toContain(hazardKey);

/** More than five steps of a goal of a settled kind, each completed: a dropped step could have come after the fifth. */
async function walk(kind: string, title: string, description: string, locale: 'en' | 'ru', count: number) {
  const ctx = aCoachContext({ goal: { id: 'g', title, description, goalType: kind }, locale, mayAsk: false });
  const history: CoachContext['history'] = [];
  for (let i = 0; i < count; i++) {
    const result = await coach.nextStep(contextFrom(ctx, history));
    if (result.status !== 'ok') break;
    history.push({
      text: result.step,
      coachKey: result.coachKey ?? null,
      completedAt: new Date(),
      estimatedMinutes: result.estimatedMinutes,
    });
  }
  return history.map((step) => step.coachKey ?? '');
}

describe('a driver with dementia or failing sight still at the wheel', () => {
  it('leads with another driver for the children and a doctor about driving, in family goals (en + ru)', async () => {
    const en = await tap(
      'family',
      "Keep Saturdays at Grandma's for the kids",
      "My mum is 82 and has macular degeneration, but she still drives and picks the kids up in her car for their Saturday sleepovers. They love it and I don't want to take it away.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-unfit-drive-ride', 'hz-unfit-drive-check']);
    expect(en.texts[0]).toMatch(/change only who drives/);
    const ru = await tap(
      'family',
      'Чтобы папа не обижался на нас',
      'Папе 80, у него начальная деменция, но он до сих пор водит и по пятницам возит внуков в бассейн. Сестра говорит, что пора отобрать ключи, а я боюсь его обидеть.',
      'ru',
      ['Близкий человек с деменцией'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-unfit-drive-ride', 'hz-unfit-drive-check']);
    expect(ru.keys).toContain('fam-dem-slot');
  });

  it('leaves the one who drives to visit, and a parent who has stopped driving, alone', async () => {
    const visit = await tap(
      'family',
      'Visit Mum more often',
      'She has dementia and lives in a care home; I still drive two hours each way every Sunday and take the kids.',
      'en',
    );
    without(visit.keys, 'hz-unfit-drive-ride');
    const stopped = await tap(
      'family',
      'Поддержать папу после диагноза',
      'У папы альцгеймер, он уже не водит и продал машину, я вожу его сама и вожу к нему внуков.',
      'ru',
    );
    without(stopped.keys, 'hz-unfit-drive-ride');
  });
});

describe('on railway tracks, rail bridges or tunnels', () => {
  it('leads with staying off the line and the legal way to the view, in creative and fitness goals (en + ru)', async () => {
    const en = await tap(
      'creative',
      'Shoot a music video for my band',
      'We want the opening shots walking along the railway tracks outside town at sunset; trains only come through a few times a day.',
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-rail-off', 'hz-rail-way']);
    expect(en.texts[0]).toMatch(/can't swerve/);
    const ru = await tap(
      'fitness',
      'Проходить по 10 тысяч шагов в день',
      'Самый короткий путь до работы — по шпалам вдоль железки, там тихо, поезда ходят редко.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-rail-off');
  });

  it('leaves a bridge photographed from the bank, a model railway and a rail trail alone', async () => {
    const bank = await tap(
      'creative',
      'A photo series of the old railway bridge',
      'I shoot it from the river bank at sunset and from the footbridge upstream.',
      'en',
    );
    without(bank.keys, 'hz-rail-off');
    const model = await tap(
      'creative',
      'Finish my model railway',
      'An OO gauge layout of the Settle–Carlisle line in the loft.',
      'en',
    );
    without(model.keys, 'hz-rail-off');
    const trail = await tap(
      'fitness',
      'Бегать по выходным',
      'Бегаю по старой железной дороге: она давно заброшенная, рельсы сняли, теперь там тропа.',
      'ru',
    );
    without(trail.keys, 'hz-rail-off');
  });
});

describe('chasing, cutting off or confronting drivers in anger', () => {
  it('leads with the let-them-go rule and help with the anger, in family and sleep goals (en + ru)', async () => {
    const en = await tap(
      'family',
      'Calmer school mornings',
      "We're always late and I lose my temper in traffic — last week I chased him down after a guy cut me off, with both kids in the back.",
      'en',
      ['Calm school-run mornings'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-rage-let-go', 'hz-rage-help']);
    expect(en.texts[0]).toMatch(/let them go/);
    const ru = await tap(
      'sleep',
      'Высыпаться и не срываться',
      'Из-за недосыпа за рулём бешусь: вчера сел на хвост тому, кто меня подрезал, и тормозил перед ним.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-rage-let-go');
  });

  it("yields to quit's own road-rage steps, and leaves a cut-off friend and angry words at other drivers alone", async () => {
    const quit = await tap(
      'quit',
      'Перестать злиться за рулём',
      'В пробках ору на водителей, а пару раз догонял и подрезал в ответ, сын был в машине.',
      'ru',
    );
    without(quit.keys, 'hz-rage-let-go');
    const brother = await tap(
      'family',
      'Cut my brother off for good',
      "I'm furious with him: he borrowed money again, and I cut him off after he crashed my car.",
      'en',
    );
    without(brother.keys, 'hz-rage-let-go');
    const swear = await tap(
      'habit',
      'Be calmer on my commute',
      'I get angry when other drivers cut me off, but I only swear under my breath.',
      'en',
    );
    without(swear.keys, 'hz-rage-let-go');
  });
});

describe('a long winter drive on remote roads without experience or winter gear', () => {
  it('leads with the winter kit and check-ins, then company for the first days, in moving goals (en + ru)', async () => {
    const en = await tap(
      'moving',
      'Move to Yellowknife for my nursing job',
      "Starting in February, driving up from Edmonton in my Civic — I've never driven on ice and I'm on all-season tires.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-winter-road-kit', 'hz-winter-road-company']);
    expect(en.texts[0]).toMatch(/exhaust pipe clear of snow/);
    const ru = await tap(
      'moving',
      'Переехать в Магадан',
      'В январе поеду из Иркутска на своей машине по трассе Колыма. Зимой так далеко не ездил, резина пока всесезонка.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-winter-road-kit');
  });

  it('leaves a summer drive, a new driver learning in town, and a move by plane alone', async () => {
    const summer = await tap('travel', 'Drive the Alaska Highway with my kids', 'In July, our first long drive.', 'en');
    without(summer.keys, 'hz-winter-road-kit');
    const town = await tap('skill', 'Learn to drive in winter', 'New driver, scared of black ice on my commute.', 'en');
    without(town.keys, 'hz-winter-road-kit');
    const plane = await tap('moving', 'Переехать в Якутск', 'Зимой, лечу самолётом, вещи отправлю контейнером.', 'ru');
    without(plane.keys, 'hz-winter-road-kit');
  });
});

describe('a sleeping pill or a drink before a shift at the wheel, and nodding off on the road (drowsy_wheel widened)', () => {
  it('leads with the no-driving-drowsy-or-foggy rule and the doctor (en + ru)', async () => {
    const en = await tap(
      'career',
      'Pass my bus driver probation',
      "I take a sleeping pill most nights to get to sleep, and I'm still groggy when I start the 6 a.m. route as a bus driver.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-drowsy-rule', 'hz-drowsy-doctor']);
    expect(en.texts[0]).toMatch(/after a sleeping pill/);
    const ru = await tap(
      'sleep',
      'Нормально высыпаться',
      'Вожу маршрутку, выезд в шесть. Чтобы уснуть, пью донормил, утром голова как в тумане.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-drowsy-rule');
    expect(ru.texts[0]).toMatch(/после снотворного/);
  });

  it('drops the caffeine cut-off for the second half of a shift while it leads', async () => {
    const keys = await walk(
      'quit',
      'Cut down on coffee',
      "I work nights at the hospital and drive home at 8; last week I drifted onto the hard shoulder. I'm on eight cups a shift.",
      'en',
      11,
    );
    expect(keys.slice(0, 2)).toEqual(['hz-drowsy-rule', 'hz-drowsy-doctor']);
    // Without the drop the cut-off comes tenth, after the taper and the slump.
    expect(keys).toContain('quit-caffeine');
    without(keys, 'quit-caf-cutoff');
  });

  it('leaves sleeping pills with no driving, and a student nodding off at lectures, alone', async () => {
    const pills = await tap(
      'sleep',
      'Sleep without the sleeping pills',
      "I've taken one most nights for a year; I work from home.",
      'en',
    );
    without(pills.keys, 'hz-drowsy-rule');
    const lectures = await tap(
      'sleep',
      'Перестать засыпать на лекциях',
      'Клюю носом на парах, хотя сплю по восемь часов; езжу на учёбу на маршрутке.',
      'ru',
    );
    without(lectures.keys, 'hz-drowsy-rule');
  });
});

describe('going high too fast, or climbing on with altitude sickness', () => {
  it('leads with the acclimatisation rule and the doctor, in fitness and career goals (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Get fit for my Kilimanjaro trip',
      'We booked the 5-day Marangu route because it was the cheapest, so I want to be fit enough to push through.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-altitude-slow', 'hz-altitude-doctor']);
    expect(en.texts[0]).toMatch(/300–500 m/);
    const ru = await tap(
      'career',
      'Взять отпуск без скандала с начальником',
      'Хочу в августе за выходные сходить на Эльбрус: в пятницу прилёт, в субботу сразу наверх.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-altitude-slow');
  });

  it("yields to travel's own altitude steps, and leaves a slow itinerary alone", async () => {
    const trip = await tap(
      'travel',
      'Отпуск в Грузии',
      'Хотим за выходные сходить на Казбек: прилетаем в пятницу, в субботу сразу наверх.',
      'ru',
    );
    without(trip.keys, 'hz-altitude-slow');
    const slow = await tap(
      'fitness',
      'Get fit for Elbrus',
      'A ten-day route with two acclimatisation climbs, in August with a guided group.',
      'en',
    );
    without(slow.keys, 'hz-altitude-slow');
  });
});

describe('off-piste or backcountry without avalanche kit, training or a guide', () => {
  it('leads with the kit, the forecast and a trained leader, then a course (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Get my legs strong for ski season',
      'This year I want to ride off-piste with my mates in Revelstoke. None of us has a beacon or has done a course.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-avalanche-kit', 'hz-avalanche-course']);
    expect(en.texts[0]).toMatch(/transceiver/);
    const ru = await tap(
      'fitness',
      'Подготовиться к горнолыжному сезону',
      'Хочу кататься на сноуборде вне трасс в Шерегеше, пойду за местными, без бипера.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-avalanche-kit');
  });

  it('leaves a guided off-piste day with beacons, a summer backcountry trip and a first week on the pistes alone', async () => {
    const guided = await tap(
      'travel',
      'Ski week in Chamonix',
      'One off-piste day with a mountain guide; we all carry beacons, shovels and probes.',
      'en',
    );
    without(guided.keys, 'hz-avalanche-kit');
    const summer = await tap(
      'travel',
      'Backcountry camping in Yosemite',
      'Four nights in August with my brother.',
      'en',
    );
    without(summer.keys, 'hz-avalanche-kit');
    const first = await tap(
      'sport',
      'Научиться кататься на горных лыжах',
      'Первый раз на склоне, буду на зелёных трассах с инструктором.',
      'ru',
    );
    without(first.keys, 'hz-avalanche-kit');
  });
});

describe('roofs, cranes, pylons and abandoned buildings climbed for photos or the thrill', () => {
  it('leads with the view kept and the climb dropped, in creative and family goals (en + ru)', async () => {
    const en = await tap(
      'creative',
      'Grow my night photography account',
      'My best shots come from rooftopping: we get onto the roofs of high-rises downtown at night and shoot from the edge.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-height-ground');
    expect(en.texts[0]).toMatch(/high-voltage lines/);
    const ru = await tap(
      'family',
      'Найти общий язык с сыном-подростком',
      'Ему 15, он с друзьями лазает по заброшкам и по крышам, выкладывает видео.',
      'ru',
      ['Время вместе с подростком'],
    );
    expect(ru.keys[0]).toBe('hz-height-ground');
  });

  it('leaves a garage roof to fix, cranes the birds and a ruin bought to restore alone', async () => {
    const roof = await tap('repair', 'Fix the roof of our garage', 'It leaks at the back edge of the roof.', 'en');
    without(roof.keys, 'hz-height-ground');
    const birds = await tap(
      'creative',
      'Photograph the sandhill cranes',
      'At dawn from the blind, shots from across the marsh.',
      'en',
    );
    without(birds.keys, 'hz-height-ground');
    const ruin = await tap(
      'repair',
      'Восстановить дом в деревне',
      'Купили заброшенный дом, лазаю на чердак смотреть перекрытия.',
      'ru',
    );
    without(ruin.keys, 'hz-height-ground');
  });
});

describe('hitchhiking alone, at night or as a teenager', () => {
  it('leads with the rules for every ride and the other ways, in travel goals (en + ru)', async () => {
    const en = await tap(
      'travel',
      'Backpack around Europe on a budget',
      "I'm 19 and plan to hitchhike alone from Berlin to Lisbon to save money.",
      'en',
      ['A trip on a tight budget'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-hitch-rules', 'hz-hitch-other']);
    expect(en.texts[0]).toMatch(/number plate/);
    const ru = await tap(
      'travel',
      'Доехать до Байкала летом',
      'Денег мало, поеду автостопом одна из Новосибирска.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-hitch-rules');
  });

  it('leaves a couple hitching together and a ride-share app alone', async () => {
    const couple = await tap(
      'travel',
      'Hitchhike across New Zealand',
      'With my boyfriend next summer, we have done it before.',
      'en',
    );
    without(couple.keys, 'hz-hitch-rules');
    const app = await tap('travel', 'Доехать до Казани подешевле', 'Поеду одна через блаблакар.', 'ru');
    without(app.keys, 'hz-hitch-rules');
  });
});

describe('driving or wading through floodwater', () => {
  it('leads with turning around and a plan for the days it floods, in career and habit goals (en + ru)', async () => {
    const en = await tap(
      'career',
      'Keep my job at the mine',
      'Every wet season the creek crossing floods and I just drive through it in the ute to make my shift.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-flood-turn', 'hz-flood-plan']);
    expect(en.texts[0]).toMatch(/turn around/);
    const ru = await tap(
      'habit',
      'Не опаздывать на работу',
      'Весной дорогу затопило, и я каждое утро проскакиваю вброд на ниве.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('hz-flood-turn');
  });

  it('leaves a flooded kitchen and grief after a flood alone', async () => {
    const kitchen = await tap(
      'admin',
      'Claim on our home insurance',
      'After the flood from the flat upstairs damaged our kitchen.',
      'en',
    );
    without(kitchen.keys, 'hz-flood-turn');
    const grief = await tap(
      'grief',
      'Пережить первый паводок после гибели сына',
      'Весной вода снова поднимется, и я не знаю, как это выдержать.',
      'ru',
    );
    without(grief.keys, 'hz-flood-turn');
  });
});
