import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fifty-third blind read, helper fix54E: repairs', () => {
  it('gives redoing a bath or shower seal the sealant steps, not a renovation; a kitchen redo keeps the renovation', async () => {
    const en = await tap(
      'repair',
      'redo the caulk round our shower properly',
      'The old caulk has black spots and is lifting at one end. Last time I did it myself it was lumpy. I have a gun and a tube.',
      'en',
      ['None'],
    );
    expect(en.keys).toContain('fix-seal-safe');
    expect(en.keys).not.toContain('fix-ren-scope');
    expect(en.keys).not.toContain('fix-ren-tools');
    const ru = await tap(
      'repair',
      'переделать силикон вокруг ванны самой',
      'Герметик почернел от плесени и отходит в углу, мастера звать не хочу.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('fix-seal-safe');
    expect(ru.keys).not.toContain('fix-ren-budget');
    const near = await tap(
      'repair',
      'redo the kitchen this spring',
      'New worktops, paint the cabinet doors and a tiled splashback. Budget about 4k.',
      'en',
      ['None'],
    );
    expect(near.keys).toContain('fix-ren-scope');
  });

  it('ends a whole bathroom to tile on its budget, not a broken part’s photos, with an hour for the practice board', async () => {
    const ru = await tap(
      'repair',
      'положить плитку в ванной своими руками',
      'Старая плитка местами отвалилась, плитку никогда не клал, бюджет тысяч 40 на материалы, сделать хочу в отпуск.',
      'ru',
      ['Положить плитку'],
    );
    expect(ru.keys).toContain('fix-btile-scope');
    expect(ru.keys).toContain('fix-btile-budget');
    expect(ru.keys).not.toContain('fix-01');
    expect(ru.keys).not.toContain('fix-02');
    expect(ru.keys).not.toContain('fix-03');
    const en = await tap(
      'repair',
      'tile our bathroom ourselves this summer',
      'The tiles are cracked and a few fell off. Never tiled before, about 1500 for materials.',
      'en',
      ['Tiling a whole'],
    );
    expect(en.keys).toContain('fix-btile-budget');
    expect(en.keys).not.toContain('fix-01');
    const practice = en.keys.indexOf('fix-btile-practice');
    expect(practice).toBeGreaterThanOrEqual(0);
    expect(en.minutes[practice]).toBeGreaterThanOrEqual(60);
  });

  it('gives a leaking roof with a price out of reach the roof climb split off, never a model sticker; a roof with no price keeps the quotes', async () => {
    const en = await tap(
      'repair',
      'stop the leak in the roof above my daughter’s room',
      'It drips whenever it pours. A roofer quoted me $3,000 which I can’t afford. I can use tools but have a bad knee.',
      'en',
      ['A leaking roof'],
    );
    expect(en.keys).toContain('fix-roof-part');
    expect(en.keys).not.toContain('fix-01');
    expect(en.keys).not.toContain('fix-02');
    expect(en.keys).not.toContain('fix-04');
    const ru = await tap(
      'repair',
      'починить протекающую крышу над кухней',
      'Крыша течёт в сильный дождь, кровельщик насчитал 60 тысяч, таких денег нет. Сам на крыше не работал.',
      'ru',
      ['Протекает крыша'],
    );
    expect(ru.keys).toContain('fix-roof-part');
    expect(ru.keys).not.toContain('fix-01');
    const near = await tap(
      'repair',
      'fix the leaking roof on our bungalow',
      'Water comes in by the chimney when it rains.',
      'en',
      ['A leaking roof'],
    );
    expect(near.keys).not.toContain('fix-roof-part');
    expect(near.keys).toContain('fix-roof-quote');
  });

  it('puts the load rules first for old wiring with a socket that has partly melted', async () => {
    const ru = await tap(
      'repair',
      'заменить проводку в старой квартире',
      'Проводка алюминиевая, при чайнике и микроволновке выбивает пробки, одна розетка в комнате подплавилась.',
      'ru',
      ['Неисправна'],
    );
    expect(ru.keys[0]).toBe('fix-rewire-hot');
    expect(ru.keys).not.toContain('fix-rewire-load');
    const en = await tap(
      'repair',
      'rewire the house before it burns down',
      'The wiring is from the 60s and the kitchen socket has partly melted.',
      'en',
      ['None'],
    );
    expect(en.keys[0]).toBe('fix-rewire-hot');
    const near = await tap(
      'repair',
      'rewire the whole cottage',
      'Old rubber cables and only four sockets downstairs.',
      'en',
      ['None'],
    );
    expect(near.keys).not.toContain('fix-rewire-hot');
    expect(near.keys).toContain('fix-rewire-load');
  });
});

describe('the fifty-third blind read, helper fix54E: admin', () => {
  it('reads a feared deportation in other words as no order received: a permit renewal, and the certificate question settled', async () => {
    const ru = await tap(
      'admin',
      'продлить вид на жительство в Грузии до марта',
      'ВНЖ истекает в марте. Одни говорят, что нужна справка о несудимости с родины, другие — что нет. Боюсь опоздать и нарваться на штраф или депортацию.',
      'ru',
      ['Продлить'],
    );
    expect(ru.keys).not.toContain('adm-order-deadline');
    expect(ru.keys).not.toContain('adm-order-file');
    expect(ru.keys).toContain('adm-renew-when');
    expect(ru.keys).toContain('adm-police-cert');
    const en = await tap(
      'admin',
      'renew my residence permit before it runs out in May',
      'The office says I may need a police certificate from home. I am scared of a fine or even deportation if I am late.',
      'en',
      ['Renewing'],
    );
    expect(en.keys).not.toContain('adm-order-deadline');
    expect(en.keys).toContain('adm-police-cert');
    const near = await tap(
      'admin',
      'обжаловать решение о выдворении',
      'Мне вручили решение о выдворении, срок на обжалование десять дней.',
      'ru',
      [],
    );
    expect(near.keys).toContain('adm-order-deadline');
  });

  it('gives tax back on one medical bill no repeated “find the official page” step and no level question', async () => {
    const ru = await tap(
      'admin',
      'вернуть вычет за лечение зубов',
      'В прошлом году заплатила за лечение 90 тысяч, в кабинете налоговой никогда не была, справку из клиники ещё не брала.',
      'ru',
      ['Налоговая'],
    );
    expect(ru.keys).toContain('adm-ded-rules');
    expect(ru.keys).not.toContain('adm-01-open');
    expect(
      ru.asked.some((question) => (question.choices ?? []).some((choice) => choice.startsWith('Только начинаю'))),
    ).toBe(false);
    const near = await tap(
      'admin',
      'подать декларацию 3-НДФЛ за сдачу квартиры',
      'Сдаю квартиру второй год, декларацию не подавал.',
      'ru',
      ['Ничего'],
    );
    expect(near.keys).not.toContain('adm-ded-rules');
  });

  it('traces a parent’s uncounted years abroad through that country’s archives and a recalculation, not their own statement', async () => {
    const ru = await tap(
      'admin',
      'добиться перерасчёта пенсии отцу за стаж в Казахстане',
      'Папе 70, пенсию ему назначили маленькую: казахстанский стаж не засчитали, трудовая потерялась, справки надо писать в архивы.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('adm-svc-abroad');
    expect(ru.keys).toContain('adm-svc-recalc');
    expect(ru.keys).not.toContain('adm-two-records');
    expect(ru.keys).not.toContain('adm-ben-check');
    const en = await tap(
      'admin',
      'get my mum’s years in Ukraine counted for her pension',
      'She worked 20 years at a plant in Ukraine, but her pension was awarded without those years because they were not counted: the employment records were lost.',
      'en',
      ['None'],
    );
    expect(en.keys).toContain('adm-svc-abroad');
    const near = await tap(
      'admin',
      'claim my pension from my years in Canada',
      'I worked eight summers in Canada and have my old pay slips; I am 64 and live back home now.',
      'en',
      ['None'],
    );
    expect(near.keys).toContain('adm-two-records');
    expect(near.keys).not.toContain('adm-svc-abroad');
  });
});

describe('the fifty-third blind read, helper fix54E: family', () => {
  it('gives a mother-in-law who lives with us for good the shared-home steps, not a guests’ stay', async () => {
    const ru = await tap(
      'family',
      'найти общий язык с тёщей, которая живёт у нас',
      'Тёща переехала к нам три года назад, помогает с сыном, но вмешивается во всё. Жена отмалчивается.',
      'ru',
      ['Отношения с роднёй'],
    );
    expect(ru.keys).not.toContain('fam-stay-plan');
    expect(ru.keys).not.toContain('fam-stay-checkin');
    expect(ru.keys).toContain('fam-in-roles');
    const en = await tap(
      'family',
      'stop fighting with my father-in-law who lives with us',
      'He moved in with us in 2021 after his wife died. He criticises how we run the house and my husband says nothing.',
      'en',
      ['Getting on with the in-laws'],
    );
    expect(en.keys).not.toContain('fam-stay-plan');
    const near = await tap(
      'family',
      'пережить лето, когда свекровь поживёт у нас',
      'Свекровь приезжает на два месяца, в прошлый раз мы всё время ссорились.',
      'ru',
      ['Отношения с роднёй'],
    );
    expect(near.keys).toContain('fam-stay-plan');
  });

  it('gives a parent who stays in after a stroke with speech back the going-out steps, not aphasia steps; lost speech keeps them', async () => {
    const ru = await tap(
      'family',
      'вытащить маму из дома после инсульта',
      'Маме 75, после инсульта прошёл год, говорит нормально, ходит с ходунками, но целыми днями лежит перед телевизором. Папа с ней один и устал.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('fam-out-doctor');
    expect(ru.keys).toContain('fam-out-first');
    expect(ru.keys).not.toContain('fam-speech-board');
    expect(ru.keys).not.toContain('fam-speech-yesno');
    const en = await tap(
      'family',
      'help my dad get out of the house again',
      'He had a stroke last spring. His speech has come back, but he watches TV all day and refuses to go anywhere. Mum is worn out.',
      'en',
      [],
    );
    expect(en.keys).toContain('fam-out-carer');
    expect(en.keys).not.toContain('fam-speech-board');
    const near = await tap(
      'family',
      'навещать дедушку после инсульта',
      'После инсульта дедушка почти не говорит, слов подобрать не может, но всё понимает.',
      'ru',
      [],
    );
    expect(near.keys).toContain('fam-speech-board');
    const teen = await tap(
      'family',
      'my son never leaves the house',
      'He is 16 and games all day in his room.',
      'en',
      [],
    );
    expect(teen.keys).not.toContain('fam-out-doctor');
  });
});

describe('the fifty-third blind read, helper fix54E: moving and check-ups', () => {
  it('gives a family moving to care for a parent the last school year and the partner’s work, not a lone carer’s remote work', async () => {
    const en = await tap(
      'moving',
      'move the family back to my hometown to look after my dad',
      'Dad is 82 and can no longer manage alone. My husband will need a job there, and our daughter is in her senior year of high school.',
      'en',
      [],
    );
    expect(en.keys).toContain('move-final-year');
    expect(en.keys).toContain('move-partner-work');
    expect(en.keys).not.toContain('move-care-own');
    const ru = await tap(
      'moving',
      'переехать к маме в Саратов, ухаживать за ней',
      'Маме 80, одна не справляется. Сын в выпускном классе, мужу придётся искать работу там.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('move-final-year');
    expect(ru.keys).not.toContain('move-care-own');
    const near = await tap(
      'moving',
      'move in with my mum to look after her',
      'She is 85 and can no longer cope alone. I live alone and work in an office.',
      'en',
      [],
    );
    expect(near.keys).toContain('move-care-own');
    expect(near.keys).not.toContain('move-final-year');
  });

  it('checks a screening is due before planning the long trip to it', async () => {
    const en = await tap(
      'checkup',
      'finally get a mammogram, skipped it for years',
      'I live on a farm and the nearest hospital with a mammogram is 100 miles away. My aunt had breast cancer.',
      'en',
      ['Cancer screening'],
    );
    const due = en.keys.indexOf('chk-scr-invite');
    const trip = en.keys.indexOf('chk-far-trip');
    expect(due).toBeGreaterThanOrEqual(0);
    expect(trip).toBeGreaterThan(due);
    expect(en.texts.join(' ')).not.toMatch(/screening invitation/);
    const ru = await tap(
      'checkup',
      'сделать маммографию, три года откладываю',
      'Живу в деревне, до районной больницы полдня на автобусе. У мамы был рак груди.',
      'ru',
      ['Скрининг'],
    );
    if (ru.keys.includes('chk-far-trip') && ru.keys.includes('chk-scr-invite')) {
      expect(ru.keys.indexOf('chk-far-trip')).toBeGreaterThan(ru.keys.indexOf('chk-scr-invite'));
    }
  });
});
