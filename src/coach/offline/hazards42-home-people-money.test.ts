import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createHazardReader } from './hazards.js';

// The dangers of blind read 42 / 42b in content/goals/hazards/home.yaml, people.yaml and money.yaml (helper
// fix42-home-people-money): arc welding with a cracked or missing mask, a rotten step or deck someone nearly went
// through, quitting the stimulant that keeps a rider awake at night, a rental agent's fee or an advance before the
// place is seen — and a cluttered balcony no longer read as a blocked way out. Each leads the read's goal in its own
// words and another wording in English and Russian, through the real coach; a near miss — the same words in a harmless
// sense, or the danger said to be dealt with — keeps its own steps.
const { coach, pack } = shippedOfflineCoach();
const tap = tapThrough(coach);
const noHazard = (keys: string[]) => expect(hazardKeys(keys)).toEqual([]);
const reader = createHazardReader(pack.hazards);
const named = (text: string) => reader.read([text]).map((hazard) => hazard.id);
const leadOf = (text: string) => reader.lead(reader.read([text]), [], (steps) => steps).map((step) => step.key);

describe('welding with a cracked or missing mask, or bare hands (weld_no_mask)', () => {
  it('leads the read-42b goal with no arc until the helmet and gloves are there (en-31)', async () => {
    const { keys, texts } = await tap(
      'skill',
      'Learn to weld properly',
      "I'm 19 and I help my uncle at his jua kali workshop in Kisumu, we make gates and window grills. He does all the welding, I do grinding and painting. I want to do clean stick welds myself by end of the year so he trusts me with small jobs. We have one arc welder and power goes off half the day, and for now I borrow his mask which has a crack in the glass.",
      'en',
    );
    expect(keys.slice(0, 2)).toEqual(['hz-weld-mask', 'hz-weld-place']);
    expect(texts[0]).toMatch(/Don't strike an arc/);
    expect(texts[0]).toMatch(/EN 379/);
  });

  it('leads for other wordings: sunglasses and no helmet, a cracked glass and bare hands (en + ru)', async () => {
    const en = await tap(
      'repair',
      'Build a new gate for the yard',
      "I'll MIG weld the frame in the garage this weekend. I don't have a helmet yet, so I'll just squint through sunglasses for the tacks.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-weld-mask');
    const ru = await tap(
      'skill',
      'Научиться варить самому',
      'Купил сварочный инверторный аппарат, хочу сварить каркас теплицы. Маска у соседа с треснутым стеклом, варю без перчаток.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-weld-mask');
    expect(ru.texts[0]).toMatch(/Не зажигай дугу/);
  });

  it('leads for read 43b ru-31: no proper mask, sunglasses once, sore eyes after', async () => {
    const { keys } = await tap(
      'skill',
      'Научиться варить',
      'Мне 22, живу в деревне под Кунгуром, работаю в основном у отца по хозяйству. У него есть старый сварочный аппарат, маски нормальной нет, варил пару раз через очки от солнца, глаза потом болели. Хочу сам варить ворота, теплицы, прицеп подлатать.',
      'ru',
    );
    expect(keys[0]).toBe('hz-weld-mask');
  });

  it('stays out of welding with proper gear named, a replaced glass, a crack in a weld and cooking', () => {
    expect(
      named(
        "I weld on weekends with an auto-darkening helmet set to shade 11, leather gloves and a cotton jacket; there's a crack in the weld on the trailer hitch I want to redo.",
      ),
    ).not.toContain('weld_no_mask');
    expect(
      named(
        'My welding mask had a crack in the glass, but I replaced the glass last week and now I practise stick welds.',
      ),
    ).not.toContain('weld_no_mask');
    expect(named('Хочу научиться варить борщ и сварить компот, готовлю без перчаток.')).not.toContain('weld_no_mask');
    expect(
      named('Сварщиком работаю пятнадцать лет, маска-хамелеон и краги у меня свои, хочу сдать на разряд.'),
    ).not.toContain('weld_no_mask');
  });
});

describe('a rotten step, deck, balcony floor or railing someone nearly went through (rotten_step)', () => {
  it('leads the read-42b goal with the steps blocked off before any rebuild (en-47)', async () => {
    const { keys, texts } = await tap(
      'repair',
      'Rebuild the porch steps',
      "The porch steps on our place in eastern Kentucky are rotting and my wife nearly went through one last week. I'm 58, laid off from the mine, pretty handy but I've never built stairs from scratch. Want to do it myself before winter, budget's maybe $300.",
      'en',
      ['Rotten steps'],
    );
    // Repair's own `rot_steps` first step does the same where it stands; the hazard yields to it.
    expect(['hz-rot-block', 'fix-rotstep-safe']).toContain(keys[0]);
    expect(texts[0]).toMatch(/board/);
  });

  it('leads for other wordings in goals of other kinds (en + ru)', async () => {
    const en = await tap(
      'family',
      'Host Thanksgiving at our place this year',
      'Twelve people coming, and the back deck stairs are rotten — my dad almost fell through one in October.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-rot-block');
    const ru = await tap(
      'home',
      'Подготовить дачу к сезону',
      'Дача досталась от свекрови. Пол на веранде прогнил, муж в прошлом году провалился ногой, и перила шатаются.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-rot-block');
    expect(ru.texts[0]).toMatch(/другой дверью/);
  });

  it('stays out of rot in nothing walked on, rotten teeth and a knee that gives way on the stairs', () => {
    expect(named('Replace the rotten fence posts along the back garden before the dog gets out.')).not.toContain(
      'rotten_step',
    );
    expect(named('Подоконник на кухне прогнил, хочу заменить его сам.')).not.toContain('rotten_step');
    expect(named('My knee gave way on the stairs last week, so I want to build up my legs.')).not.toContain(
      'rotten_step',
    );
    expect(named('I have two rotten teeth and I take the stairs to the dentist on the third floor.')).not.toContain(
      'rotten_step',
    );
  });
});

describe('quitting the stimulant that keeps a rider or driver awake at night (wake_quit_wheel)', () => {
  it('leads the read-42b goal with the first days off it planned off the night rides (en-41)', async () => {
    const { keys, texts } = await tap(
      'quit',
      'Quit miraa',
      "I'm 27, boda boda rider in Meru. I started chewing miraa to stay awake on long night rides, now it's every afternoon, I don't sleep and it eats 300 bob a day. My wife is expecting in March and I want to be done with it before the baby comes.",
      'en',
      ['Quitting before'],
    );
    expect(keys.slice(0, 2)).toEqual(['hz-wakequit-plan', 'hz-wakequit-rides']);
    expect(texts[0]).toMatch(/pull in somewhere safe/);
  });

  it('leads for other wordings: khat on a night taxi, energy drinks on night runs (en + ru)', async () => {
    const en = await tap(
      'finance',
      'Save for my own taxi',
      'I drive a rented taxi overnight and chew khat to stay alert; I want to give it up and put that money aside instead.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-wakequit-plan');
    const ru = await tap(
      'fitness',
      'Похудеть на 10 кг',
      'Таксую по ночам, чтобы не уснуть за рулём, пью по три энергетика за смену. Хочу бросить энергетики и начать худеть.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-wakequit-plan');
    expect(ru.texts[0]).toMatch(/без ночных поездок/);
  });

  it('leads instead of the drowsy-driving rule when both are named', () => {
    const text = 'I drive a truck on night runs and take caffeine pills to stay awake; I want to quit them this month.';
    expect(named(text)).toEqual(expect.arrayContaining(['drowsy_wheel', 'wake_quit_wheel']));
    expect(leadOf(text)).toEqual(['hz-wakequit-plan', 'hz-wakequit-rides']);
  });

  it('stays out of quitting energy drinks with no driving, and a rider who is not quitting', () => {
    expect(
      named('I want to quit energy drinks: I have three a night to stay awake while I study for exams.'),
    ).not.toContain('wake_quit_wheel');
    expect(named('Хочу бросить энергетики, пью их по ночам за компьютером.')).not.toContain('wake_quit_wheel');
    expect(
      named('I chew miraa to stay awake on night rides on my boda and want to save for a bike of my own.'),
    ).not.toContain('wake_quit_wheel');
  });
});

describe("a rental agent's fee, or an advance before the place is seen (rent_agent_fee)", () => {
  it('leads the read-42b goal with no money before the place and the owner are seen (en-54)', async () => {
    const { keys, texts } = await tap(
      'moving',
      'Move to Accra for national service',
      "I finished at UHAS and got posted to a hospital in Accra for national service starting 1 September. I'm 22 and have never lived in Accra. Landlords want one year advance which I don't have. I need to find a room, move my things from Ho and not get cheated by agents.",
      'en',
    );
    expect(keys[0]).toBe('hz-agent-pay');
    expect(texts[0]).toMatch(/never cash handed to an agent/);
  });

  it('leads for other wordings: a viewing fee, a paid "database" of flats (en + ru)', async () => {
    const en = await tap(
      'career',
      'Start my first job in Lagos',
      "I start at a bank in Victoria Island in March. An agent wants a viewing fee of 10,000 naira before he'll show me any rooms.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-agent-pay');
    const ru = await tap(
      'finance',
      'Накопить на переезд',
      'Хочу снять комнату в Казани. Агентство предлагает доступ к базе квартир за 3000 рублей, а смотреть потом.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-agent-pay');
    expect(ru.texts[0]).toMatch(/никогда наличными агенту/);
  });

  it("stays out of an estate agent's fee for a sale, a race's registration fee and a tenancy already signed", () => {
    expect(named("The estate agent's fee for selling our house is 1.5% and we want to move by spring.")).not.toContain(
      'rent_agent_fee',
    );
    expect(
      named("The marathon registration fee is $80 and I've booked a hostel room near the start line."),
    ).not.toContain('rent_agent_fee');
    expect(
      named('I was scared of fake agents, but we viewed the flat, met the owner and signed the tenancy last week.'),
    ).not.toContain('rent_agent_fee');
  });
});

describe('a cluttered balcony is no blocked way out (exit_blocked tightened after read 42)', () => {
  it('leaves the read-42 balcony goal to its own sorting steps (ru-07)', async () => {
    const { keys } = await tap(
      'home',
      'Разобрать балкон',
      'Мне 55, Самара, двушка. Балкон забит так, что дверь открывается наполовину: банки с прошлых лет, лыжи, которыми никто не пользуется, старые шины, коробки от техники «на всякий случай». Муж против выбрасывать, говорит, всё пригодится. Хочу к лету поставить туда столик и кресло и пить там чай.',
      'ru',
      ['Разобрать одну'],
    );
    noHazard(keys);
    expect(named('The balcony is so full the door only opens halfway: boxes, old bikes and paint tins.')).not.toContain(
      'exit_blocked',
    );
  });

  it('still leads where the way out of the flat is blocked (en + ru)', async () => {
    const ru = await tap(
      'home',
      'Разобрать квартиру после мамы',
      'Коридор заставлен коробками, входная дверь открывается наполовину, к балконной двери не подойти из-за мешков.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-exit-clear');
    expect(named('The back door is blocked by boxes and the hall is down to a path one person wide.')).toContain(
      'exit_blocked',
    );
  });
});
