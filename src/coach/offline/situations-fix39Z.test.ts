import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const starting = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));
/** A path's own steps, without the hazard steps another helper's danger may put first. */
const own = (keys: string[]) => keys.filter((key) => hazardKeys([key]).length === 0);
/** The buttons every question of a conversation offered. */
const offered = (asked: { choices?: string[] }[]) => asked.flatMap((question) => question.choices ?? []);

describe('the thirty-ninth blind read, fixed in general (helper fix39Z)', () => {
  it('claims a discount for fewer people at home: the rule, the date and its proof, backdated, the bill checked — no benefits calculator', async () => {
    const en = await tap(
      'admin',
      'Get the 25% council tax discount now I live alone',
      'My lodger left in March and the bill still counts two adults.',
      'en',
    );
    expect(en.keys).toEqual(['adm-disc-rule', 'adm-disc-date', 'adm-disc-apply', 'adm-disc-bill', 'adm-disc-tell']);
    expect(en.text).toMatch(/backdate/);
    const ru = await tap(
      'admin',
      'Сделать перерасчёт за вывоз мусора',
      'Сын с сентября учится в Томске, а мусор нам всё ещё начисляют на троих.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-disc-rule');
    expect(ru.keys).toContain('adm-disc-apply');
    for (const key of ['adm-ben-check', 'adm-02', 'adm-04']) expect(ru.keys).not.toContain(key);
    // A means-tested benefit keeps the benefits check.
    const near = await tap(
      'admin',
      'Apply for council tax support',
      "I lost my job in May and I'm on universal credit now.",
      'en',
      ['Claiming a benefit'],
    );
    expect(near.keys).toContain('adm-ben-check');
    expect(starting(near.keys, 'adm-disc-')).toEqual([]);
  });

  it('tames school papers and children’s drawings: a landing spot, an evening sort, an art spot, a keep box — no cleaning rota', async () => {
    const en = await tap(
      'home',
      'Stop the school paperwork taking over the hall table',
      'Two boys in primary school. Letters from school get lost under the pile and their drawings are everywhere.',
      'en',
      ['Keeping the home tidy'],
    );
    expect(en.keys).toEqual(['home-kidp-spot', 'home-kidp-sort', 'home-kidp-art', 'home-kidp-box', 'home-kidp-school']);
    expect(offered(en.asked)).not.toContain('Keeping the home tidy day to day');
    const ru = await tap(
      'home',
      'Навести порядок с детскими рисунками и поделками',
      'Дочке шесть, сыну девять, каждый день из садика и школы что-то несут, комод завален, выбрасывать жалко.',
      'ru',
      ['Поддерживать порядок'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['home-kidp-spot', 'home-kidp-sort', 'home-kidp-art']);
    expect(starting(ru.keys, 'home-routine-')).toEqual([]);
    // A kitchen that fills up every day keeps the daily routine.
    const near = await tap(
      'home',
      'Keep the kitchen tidy every day',
      'Three kids and the counters are always full.',
      'en',
      ['Keeping the home tidy'],
    );
    expect(starting(near.keys, 'home-kidp-')).toEqual([]);
    expect(starting(near.keys, 'home-routine-').length).toBeGreaterThan(0);
  });

  it('sets up a food store for a monthly shop: what a month uses, a home for each kind, a list, the trip — no freezer defrost', async () => {
    const en = await tap(
      'home',
      'Stock the pantry so we shop once a month',
      "We're an hour and a half from the nearest supermarket and we always run out of something. Two chest freezers, both crammed.",
      'en',
    );
    expect(en.keys).toEqual([
      'home-stock-count',
      'home-stock-places',
      'home-stock-list',
      'home-stock-trip',
      'home-stock-rotate',
    ]);
    const ru = await tap(
      'home',
      'Сделать запас продуктов, чтобы ездить в город раз в месяц',
      'Живём в деревне, зимой дорогу заметает, в сенях стоит морозильный ларь.',
      'ru',
    );
    expect(ru.keys[0]).toBe('home-stock-count');
    expect(starting(ru.keys, 'home-frz-')).toEqual([]);
    // A freezer to defrost keeps its own steps.
    const near = await tap('home', 'Defrost the chest freezer', "It's iced up and I can't see the bottom.", 'en');
    expect(near.keys[0]).toBe('home-frz-day');
    expect(starting(near.keys, 'home-stock-')).toEqual([]);
  });

  it('replaces an exhaust at home: the car held safely, the part, the rusted nuts, the fit — no oil grade, no wiring question', async () => {
    const en = await tap(
      'repair',
      'Fit a new back box on my Corolla',
      "It's blowing and the garage wants too much. I've got a socket set and a jack, did my own oil change last year.",
      'en',
    );
    expect(own(en.keys)).toEqual(['fix-exh-lift', 'fix-exh-part', 'fix-exh-rust', 'fix-04', 'fix-exh-fit']);
    expect(en.text).toMatch(/a jack only lifts/);
    expect(offered(en.asked)).not.toContain('A faulty socket, switch or wiring');
    const ru = await tap(
      'repair',
      'Заменить глушитель на «Ладе» своими руками',
      'Прогорела задняя банка, хомуты все ржавые. Подниму машину за порог и залезу под неё.',
      'ru',
    );
    expect(own(ru.keys).slice(0, 3)).toEqual(['fix-exh-lift', 'fix-exh-part', 'fix-exh-rust']);
    expect(offered(ru.asked)).not.toContain('Гнилое дерево: порог, рама, столб');
    for (const key of ['fix-02', 'fix-03', 'fix-svc-spec']) expect(ru.keys).not.toContain(key);
    // An oil change keeps the service path.
    const near = await tap('repair', 'Change the oil on my car myself', 'A 2015 Focus, never done it before.', 'en', [
      'Servicing',
    ]);
    expect(near.keys).toContain('fix-svc-spec');
    expect(starting(near.keys, 'fix-exh-')).toEqual([]);
  });

  it('puts a barrier across only when animals get through: a trough valve for cattle gets the part, not a fence gap', async () => {
    const en = await tap(
      'repair',
      'Replace the ball valve on the horse trough',
      'It sticks open and floods the paddock every night.',
      'en',
    );
    expect(en.keys).not.toContain('fix-stock-gap');
    expect(en.keys).toContain('fix-02');
    const ru = await tap(
      'repair',
      'Починить поилку для коров',
      'Поплавок не перекрывает воду, всё время переливается.',
      'ru',
    );
    expect(ru.keys).not.toContain('fix-stock-gap');
    // A hedge the sheep push through keeps the barrier first.
    const near = await tap(
      'repair',
      'Mend the hedge at the bottom of the field',
      "There's a gap the neighbour's sheep keep pushing through.",
      'en',
    );
    expect(near.keys).toContain('fix-stock-gap');
  });

  it('tiles outside for frost and wet: the right tile, the base and its fall, the weather, a dry run, safe edges — no shower or grout test', async () => {
    const en = await tap(
      'repair',
      'Retile the front steps',
      "The old tiles have cracked in the frost and they're lethal when wet. Never tiled anything outdoors.",
      'en',
      ['Grout'],
    );
    expect(en.keys).toEqual(['fix-tout-tile', 'fix-tout-base', 'fix-tout-weather', 'fix-tout-lay', 'fix-tout-edge']);
    expect(en.text).not.toMatch(/shower/);
    const ru = await tap(
      'repair',
      'Положить новую плитку на террасе',
      'Терраса бетонная, у дома, старая плитка отвалилась, хочу морозостойкую, чтобы зимой не скользило.',
      'ru',
      ['Затирка'],
    );
    expect(ru.keys[0]).toBe('fix-tout-tile');
    expect(ru.keys).not.toContain('fix-surf-safe');
    expect(ru.keys).not.toContain('fix-surf-test');
    // Grout in the bathroom keeps the indoor precautions and the test patch.
    const near = await tap('repair', 'Regrout the bathroom floor tiles', 'The grout has cracked in places.', 'en', [
      'Grout',
    ]);
    expect(near.keys).toContain('fix-surf-test');
    expect(starting(near.keys, 'fix-tout-')).toEqual([]);
  });

  it('reads housing that comes with the job as a home found: what is there, not listings and viewings', async () => {
    const en = await tap(
      'moving',
      'Move to Shetland for a two-year teaching job',
      'The school provides accommodation, but I have to sort out my cat and my furniture.',
      'en',
      ['Moving with a pet'],
    );
    expect(en.keys).toContain('move-home-ask');
    expect(en.keys).not.toContain('move-09');
    const ru = await tap(
      'moving',
      'Переехать на Сахалин по контракту',
      'Работодатель предоставляет жильё, квартира с мебелью, еду с собакой.',
      'ru',
      ['Переезд с питомцем'],
    );
    expect(ru.keys).toContain('move-home-ask');
    expect(ru.keys).not.toContain('move-09');
    // A move for a job with no home yet keeps the search.
    const near = await tap(
      'moving',
      'Move to Leeds with my dog',
      "I still haven't found a flat that takes dogs.",
      'en',
      ['Moving with a pet'],
    );
    expect(near.keys).toContain('move-09');
  });

  it('brings an older relative into the family home: their things chosen with them, their room, the rest placed, their doctor — no flat search or declutter', async () => {
    const ru = await tap(
      'moving',
      'Забрать маму к себе из Рубцовска',
      'Маме 79, одной в частном доме ей тяжело. Решили, что будет жить у нас в двушке, но она не хочет расставаться с вещами.',
      'ru',
    );
    expect(ru.keys).toEqual(['move-kin-talk', 'move-kin-room', 'move-kin-rest', 'move-kin-care', 'move-kin-day']);
    const en = await tap(
      'moving',
      'Move my dad in with us',
      "He's 83 and can't manage the farmhouse any more. He wants to bring half the furniture and his two dogs.",
      'en',
    );
    expect(en.keys[0]).toBe('move-kin-talk');
    for (const key of ['move-09', 'move-01', 'move-03']) expect(en.keys).not.toContain(key);
    expect(starting(en.keys, 'partner-')).toEqual([]);
    // A move in to care for a parent in their home keeps the care steps.
    const near = await tap(
      'moving',
      'Move in with my mum to care for her',
      'She broke her hip and lives alone two hours away.',
      'en',
    );
    expect(near.keys[0]).toBe('move-care-needs');
    expect(starting(near.keys, 'move-kin-')).toEqual([]);
  });

  it('gets tickets for a ticketed event first and drops the sky-watcher’s spot and day plan', async () => {
    const en = await tap(
      'travel',
      'See the Champions League final in Budapest with my dad',
      "We've never been to a final; no idea how the tickets work.",
      'en',
      ['A trip built around'],
    );
    expect(en.keys).toContain('trip-event-tickets');
    expect(en.keys).not.toContain('trip-event-spot');
    expect(en.keys).not.toContain('trip-event-day');
    const ru = await tap(
      'travel',
      'Съездить на концерт любимой группы в Стамбул',
      'Концерт в октябре, билеты ещё не продаются, поедем вдвоём с подругой.',
      'ru',
      ['Поездка ради события'],
    );
    expect(ru.keys).toContain('trip-event-tickets');
    expect(ru.keys).not.toContain('trip-event-spot');
    // An eclipse keeps the viewing spot and the day's plan.
    const near = await tap('travel', 'See the total eclipse in Spain', 'August, with my partner.', 'en', [
      'A trip built around',
    ]);
    expect(near.keys).toContain('trip-event-spot');
    expect(near.keys).not.toContain('trip-event-tickets');
  });

  it('gives a grandparent alone with the grandchildren on a train their papers and the carriage — no passports or airport', async () => {
    const ru = await tap(
      'travel',
      'Свозить внуков на море поездом',
      'Внукам 7 и 10, поеду одна с ними в Анапу, родители работают.',
      'ru',
    );
    expect(ru.keys).toContain('kids-grand-papers');
    expect(ru.keys).toContain('kids-alone-train');
    expect(ru.keys).not.toContain('kids-alone-papers');
    expect(ru.keys).not.toContain('kids-alone-airport');
    const en = await tap(
      'travel',
      'Take the grandkids on the Welsh Highland Railway',
      "I'll be on my own with the grandchildren, 6 and 9, for a week in August.",
      'en',
    );
    expect(en.keys).toContain('kids-alone-train');
    expect(en.keys).not.toContain('kids-alone-airport');
    // A parent flying alone with the children keeps the parent's papers and the airport.
    const near = await tap(
      'travel',
      'Fly alone with my two kids to Spain',
      "My husband can't come; the kids are 4 and 7.",
      'en',
    );
    expect(near.keys).toContain('kids-alone-papers');
    expect(near.keys).toContain('kids-alone-airport');
    expect(near.keys).not.toContain('kids-grand-papers');
  });

  it('lifts a freeze over someone else’s debt: what shows it is not them, the statement, money for now, the chase — no debt advice or debt table', async () => {
    const ru = await tap(
      'finance',
      'Снять арест с карты за чужой долг',
      'Приставы арестовали зарплатную карту: долг у однофамильца из другого города, я кредитов никогда не брал.',
      'ru',
      ['Приставы'],
    );
    expect(ru.keys).toContain('fin-wrong-case');
    expect(ru.keys).toContain('fin-wrong-claim');
    for (const key of ['fin-enf-advice', 'fin-enf-list', 'fin-enf-budget', 'fin-arr-plan'])
      expect(ru.keys).not.toContain(key);
    const en = await tap(
      'finance',
      'Get my bank account unfrozen',
      'Bailiffs froze it over a debt that isn’t mine — a woman with the same name and a different date of birth.',
      'en',
      ['Bailiffs'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fin-wrong-case', 'fin-wrong-claim']);
    expect(en.keys).not.toContain('fin-enf-advice');
    // Bailiffs taking money for one's own debt keep the debt advice.
    const near = await tap(
      'finance',
      'Deal with the bailiffs',
      "They're taking money from my wages for an old credit card I stopped paying.",
      'en',
      ['Bailiffs'],
    );
    expect(near.keys).toContain('fin-enf-advice');
    expect(starting(near.keys, 'fin-wrong-')).toEqual([]);
  });

  it('makes one season’s money last to the next: the allowance to the next season’s pay — no share of every payment', async () => {
    const en = await tap(
      'finance',
      'Make my harvest money last till spring',
      'I do the grape harvest every autumn and earn most of the year in two months; by February I am always broke.',
      'en',
    );
    expect(en.keys).toContain('fin-season-months');
    expect(en.keys).not.toContain('fin-irr-share');
    expect(en.keys).not.toContain('fin-irr-lean');
    const ru = await tap(
      'finance',
      'Растянуть деньги за сезон до весны',
      'Летом работаю гидом на Байкале, за сезон заработал почти всё, а зимой работы нет.',
      'ru',
    );
    expect(ru.keys).toContain('fin-season-months');
    expect(ru.keys).toContain('fin-irr-salary');
    expect(ru.keys).not.toContain('fin-irr-share');
    // A freelancer paid through the year keeps a share of every payment.
    const near = await tap('finance', 'Save on a freelance income', 'Some months are great, some are empty.', 'en');
    expect(near.keys).toContain('fin-irr-share');
    expect(near.keys).not.toContain('fin-season-months');
  });

  it('saves from a pension per pension payment, not per payday', async () => {
    const ru = await tap(
      'finance',
      'Накопить на слуховой аппарат',
      'Мне 71, пенсия у меня 24 тысячи, хочу откладывать с пенсии понемногу к осени.',
      'ru',
      ['Накопить деньги'],
    );
    expect(ru.keys).toContain('fin-13-pension');
    expect(ru.keys).not.toContain('fin-13');
    expect(ru.text).not.toMatch(/зарплат/);
    const en = await tap(
      'finance',
      'Save for a new mobility scooter',
      "I'm retired and on the state pension; I'd like it by next summer.",
      'en',
      ['Saving up money'],
    );
    expect(en.keys).toContain('fin-13-pension');
    expect(en.text).not.toMatch(/payday/);
    // A saver on a salary keeps the paydays.
    const near = await tap('finance', 'Save for a new laptop', 'I get paid monthly; I want it by Christmas.', 'en', [
      'Saving up money',
    ]);
    expect(near.keys).toContain('fin-13');
    expect(near.keys).not.toContain('fin-13-pension');
  });
});
