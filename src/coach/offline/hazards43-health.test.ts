import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createHazardReader } from './hazards.js';

// The health dangers added or widened after blind read 43 (content/goals/hazards/health.yaml, helper hazards43-health),
// through the real coach: each leads the path of the read's own goal and of another wording, and stays out of a goal
// that uses its words in a harmless sense or says the danger is dealt with.
const { coach, pack } = shippedOfflineCoach();
const tap = tapThrough(coach);
const reader = createHazardReader(pack.hazards);
const named = (text: string) => reader.read([text]).map((hazard) => hazard.id);

describe("someone else's prescription medicine", () => {
  it("leads a sleep goal with a crewmate's sleeping pills (read 43b en-42)", async () => {
    const { keys } = await tap(
      'sleep',
      'Sleep properly on my two-week rotation',
      "I'm 29 and work fly-in fly-out at a diamond mine north of Yellowknife, two weeks on, two weeks off, 12-hour shifts that flip between days and nights. In summer it barely gets dark at camp and I'm lucky to get five hours. When I get home I sleep all day for three days and then I'm a zombie with my girlfriend. A guy on my crew gave me some sleeping pills from his own prescription but I don't want to go that route.",
      'en',
    );
    expect(keys[0]).toBe('hz-notmine-dont');
  });

  it('leads for another wording (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Get back to the gym',
      "My back is bad so I've been borrowing my mum's painkillers before sessions.",
      'en',
    );
    expect(en.keys[0]).toBe('hz-notmine-dont');
    const ru = await tap(
      'sleep',
      'Наладить сон',
      'Не сплю до трёх ночи. Соседка дала своё снотворное, пью его через день.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-notmine-dont');
  });

  it('stays out when a doctor prescribed them', () => {
    expect(named('My GP prescribed me sleeping pills for two weeks; the doctor gave me a short course.')).not.toContain(
      'meds_not_mine',
    );
    expect(named('Врач выписал мне снотворное на две недели.')).not.toContain('meds_not_mine');
  });
});

describe('a blood-pressure pill taken only "when I remember"', () => {
  it('leads a check-up goal (read 43b ru-55)', async () => {
    const { keys } = await tap(
      'checkup',
      'Пройти диспансеризацию',
      'Мне 64, живу в деревне в Свердловской области. ФАП у нас закрыли, до поликлиники в райцентре 40 км, автобус два раза в день. Давление скачет, пью эналаприл, когда вспоминаю, анализы не сдавал года три. Дочь настаивает, чтобы я наконец прошёл всё по полной.',
      'ru',
    );
    expect(keys[0]).toBe('hz-bpstop-doctor');
  });

  it('leads for another wording and stays out of a daily pill', () => {
    expect(named('I take my amlodipine when I remember, maybe four days a week.')).toContain('bp_meds_stopped');
    expect(named('Пью лозартан каждый день утром, давление в норме.')).not.toContain('bp_meds_stopped');
  });
});

describe('snus, nasvay or chewing tobacco with a sore mouth', () => {
  it('leads both quit goals of the read (read 43 ru-11, 43b ru-41)', async () => {
    const snus = await tap(
      'quit',
      'бросить снюс',
      '22 года, склад в питере, пачка уходит за два дня, десна уже болит',
      'ru',
    );
    expect(snus.keys[0]).toBe('hz-oral-dentist');
    const nasvay = await tap(
      'quit',
      'Бросить насвай',
      'мне 19, живу в кишлаке под Кулябом, начал в 14 как все пацаны. сейчас по 6-7 раз в день, дёсны болят и зубы портятся. в апреле еду на заработки в россию и хочу уже без этого. пробовал бросить сам неделю держался.',
      'ru',
    );
    expect(nasvay.keys[0]).toBe('hz-oral-dentist');
  });

  it('leads for another wording (en)', async () => {
    const { keys } = await tap(
      'quit',
      'Quit chewing tobacco',
      "Ten years of chewing tobacco, and there's a white patch inside my lip where I keep it.",
      'en',
    );
    expect(keys[0]).toBe('hz-oral-dentist');
  });

  it("stays out of a smoker's sore gums and a patch the dentist has seen", () => {
    expect(named('I smoke 20 a day and my gums bleed when I brush.')).not.toContain('oral_tobacco_mouth');
    expect(named('Quit gutka: my dentist found a white patch last month and said it has to stop.')).not.toContain(
      'oral_tobacco_mouth',
    );
  });
});

describe('glaucoma in the family and an eye test', () => {
  it('leads the eye-test goal (read 43b en-55)', async () => {
    const { keys } = await tap(
      'checkup',
      'Get my eyes tested and proper glasses',
      'I am 57 and teach Standard 6 in a primary school outside Moshi. The blackboard and my marking have become blurry and I use cheap reading glasses from the market. The last time I saw an eye doctor was 2015. The nearest eye clinic is at KCMC and I have to take a day off and two daladalas to get there. My brother has glaucoma, so I worry.',
      'en',
    );
    expect(keys[0]).toBe('hz-glaucoma-ask');
  });

  it('leads for another wording (ru)', async () => {
    const { keys } = await tap(
      'checkup',
      'Проверить зрение',
      'Мне 50, стал хуже видеть вблизи. У мамы была глаукома.',
      'ru',
    );
    expect(keys[0]).toBe('hz-glaucoma-ask');
  });

  it("stays out of one's own known glaucoma and of a relative's care", () => {
    expect(named('I have glaucoma and keep forgetting my eye drops; my mum reminds me.')).not.toContain(
      'glaucoma_family',
    );
    expect(named('Drive my dad to his glaucoma appointments every month.')).not.toContain('glaucoma_family');
  });
});

describe('training on a joint under treatment', () => {
  it('leads the paddle goal and drops the interval session (read 43 en-26)', async () => {
    const { keys } = await tap(
      'sport',
      'Paddle the full Murray Marathon',
      "45, Mildura. Been kayaking for 6 years and did the 111 km Classic once. Now I want to do the full 5 days / 404 km in December, solo in a K1. Longest back-to-back I've done is 2 x 40 km. Had a cortisone shot in my right shoulder in February and the physio says build slowly. I work full time as a pharmacist so weekdays are tight.",
      'en',
    );
    // fix44B: sport's `past_injury` now reads the cortisone shot and the physio's "build slowly", so the hazard gives way
    // (`yields`) and the sport path's own physio step, which carries the injection's caution, leads.
    expect(keys[0]).toBe('sport-injury-check');
    expect(keys).not.toContain('sport-07');
  });

  it('leads for another wording (ru)', async () => {
    const { keys } = await tap(
      'sport',
      'Пробежать полумарафон в мае',
      'Месяц назад сделали укол в колено (дипроспан), тренируюсь три раза в неделю.',
      'ru',
    );
    expect(keys[0]).toBe('sport-injury-check');
  });

  it('stays out when the physio has cleared the training', () => {
    expect(named('Had a cortisone shot in my knee last spring; the physio cleared me to race.')).not.toContain(
      'joint_under_treatment',
    );
  });
});
