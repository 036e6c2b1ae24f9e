import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fiftieth blind read, fixed in general (helper fix50B)', () => {
  it('challenges a benefit decision with medical evidence and a written request, no repair estimate or generic form', async () => {
    const en = await tap(
      'admin',
      'fight the refusal of my disability benefit',
      'The assessment said I can walk fine but my MS means I fall most days. The letter came last week and I want to challenge the decision.',
      'en',
      ['Challenging a decision'],
    );
    expect(en.keys[0]).toBe('adm-dec-deadline');
    expect(en.keys).toContain('adm-dec-evidence-ben');
    expect(en.keys).toContain('adm-dec-write');
    expect(en.keys).not.toContain('adm-dec-evidence');
    expect(en.keys).not.toContain('adm-05');
    expect(en.texts.join(' ')).not.toMatch(/repair estimate|insurance advice/);
    const ru = await tap(
      'admin',
      'обжаловать решение по инвалидности',
      'На МСЭ сняли группу инвалидности, хотя после операции я почти не хожу. Хочу оспорить это решение.',
      'ru',
      ['Оспорить'],
    );
    expect(ru.keys).toContain('adm-dec-evidence-ben');
    expect(ru.keys).not.toContain('adm-dec-evidence');
    // An insurer's offer challenged: the shared evidence step stays.
    const near = await tap(
      'admin',
      'challenge the insurance payout for my car',
      'The insurer offered me far less than the car was worth after the crash. I want to dispute the offer.',
      'en',
      ['Challenging a decision'],
    );
    expect(near.keys).toContain('adm-dec-evidence');
    expect(near.keys).not.toContain('adm-dec-evidence-ben');
  });

  it('takes a licence from abroad to exchange into admin, with the test and the weeks without driving planned', async () => {
    const ru = await tap(
      'generic',
      'сменить украинские права на польские',
      'Живём во Вроцлаве с весны, езжу на машине к клиентам, скоро кончится срок, когда можно ездить по старым правам.',
      'ru',
    );
    expect(ru.keys).toContain('adm-swap-tests');
    expect(ru.keys).toContain('adm-swap-meanwhile');
    expect(ru.keys).not.toContain('gen-act-list');
    // Learning to drive from scratch is no licence swap.
    const near = await tap(
      'generic',
      'получить права',
      'Хочу научиться водить и сдать экзамен в ГИБДД этим летом.',
      'ru',
    );
    expect(near.keys).not.toContain('adm-swap-tests');
  });

  it('sends a student whose parents withhold their details to the financial aid office first', async () => {
    const en = await tap(
      'admin',
      'apply for college grants on my own',
      "I'm 18 and estranged from my parents, I rent a room with a friend. The grant form asks for their income and I have no way to get it.",
      'en',
    );
    expect(en.keys[0]).toBe('adm-aid-parents');
    expect(en.keys).toContain('adm-aid-letter');
    expect(en.keys).not.toContain('adm-04');
    // Parents who help with the form: the ordinary official path.
    const near = await tap(
      'admin',
      'apply for college grants',
      "I'm 18, my mum is helping me find her tax papers for the grant form this weekend.",
      'en',
    );
    expect(near.keys).not.toContain('adm-aid-parents');
  });

  it('reads a move back from abroad to a parent after a stroke as care, with no visa or pet-friendly let', async () => {
    const ru = await tap(
      'moving',
      'возвращаюсь из Лимассола домой в Тверь',
      'Прожила там шесть лет, папа перенес инсульт и живёт один, буду жить у него. С собой кот.',
      'ru',
      ['Переезд с питомцем'],
    );
    expect(ru.keys).not.toContain('abroad-visa');
    expect(ru.keys).not.toContain('abroad-pet-stay');
    expect(ru.keys).toContain('move-care-needs');
    const en = await tap(
      'moving',
      'coming back from Doha to be near mum',
      'Eight years in the Gulf. Mum has been on her own since her stroke in spring and I want to be there for her.',
      'en',
    );
    expect(en.keys).not.toContain('abroad-visa');
    expect(en.keys).toContain('move-care-needs');
    // A first move abroad, a parent named: the visa step stays.
    const near = await tap(
      'moving',
      'переезд из Самары в Израиль',
      'Уезжаем с мамой через полгода, надо разобраться с документами.',
      'ru',
      ['Переезд в другую страну'],
    );
    expect(near.keys).toContain('abroad-visa');
    expect(near.keys).not.toContain('move-care-needs');
  });

  it('drops the visa search once the visa is approved, and puts the pet import rules before a pet-friendly let', async () => {
    const en = await tap(
      'moving',
      'relocate to Brisbane with my partner and our dog',
      'My skilled visa was approved last month, we fly in March. We own our house here and will rent it out.',
      'en',
      ['Moving to another country'],
    );
    expect(en.keys).not.toContain('abroad-visa');
    const travel = en.keys.indexOf('abroad-pet-travel');
    const stay = en.keys.indexOf('abroad-pet-stay');
    expect(travel).toBeGreaterThanOrEqual(0);
    if (stay >= 0) expect(travel).toBeLessThan(stay);
    const ru = await tap('moving', 'переезд в Канаду', 'Визу одобрили, вылетаем в августе всей семьёй.', 'ru', [
      'Переезд в другую страну',
    ]);
    expect(ru.keys).not.toContain('abroad-visa');
    // A visa still to be chosen: the visa step stays.
    const near = await tap(
      'moving',
      'relocate to Brisbane',
      "We'd like to go next spring but haven't looked into which visa we could get.",
      'en',
      ['Moving to another country'],
    );
    expect(near.keys).toContain('abroad-visa');
  });

  it('keeps the passport-validity warning off a goal that is the renewal itself', async () => {
    const en = await tap(
      'admin',
      'renew my Indian passport before our trip',
      "It runs out in five months and we fly to Goa for my cousin's wedding in eight weeks.",
      'en',
      ['A passport'],
    );
    expect(en.keys).not.toContain('hz-passport-check');
    // A trip with a passport running out, no renewal named: the warning leads.
    const near = await tap(
      'travel',
      'family trip to Bali',
      'We fly in June. My passport expires in October, I think that should be fine.',
      'en',
    );
    expect(near.keys).toContain('hz-passport-check');
  });

  it('tells someone who already paid a job placement fee how to claim it back', async () => {
    const en = await tap(
      'moving',
      'start my job in Dubai',
      'The recruitment agency took a placement fee from me last month, and I fly out in six weeks for the job.',
      'en',
      ['Moving to another country'],
    );
    expect(en.keys[0]).toBe('hz-jobfee-stop');
    expect(en.texts[0]).toMatch(/already paid/);
  });
});
