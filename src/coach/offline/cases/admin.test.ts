import { describe, expect, it } from 'vitest';
import { hazardKeys } from '../../../../test/factories/converse.js';
import { anyWithPrefix, firstFive, ownSteps, talk, tap, withPrefix } from '../../../../test/factories/offline-cases.js';

// Goals of the admin kind (content/goals/types/admin.yaml), walked through the offline coach as a person would: the
// situation named and the steps it brings, the level, and a danger named in passing that leads the path. Where a new
// case goes: docs/coach.md.
/** The official-procedure steps of the admin path: a deadline, a document list, a form, an appointment. */
const FORM_STEPS = ['adm-01', 'adm-02', 'adm-03', 'adm-04', 'adm-05'];

/** Taps the button named `name` when the question offers it, else the first one. */
const tap2 = (name: string) => (choices: string[]) => (choices.includes(name) ? name : choices[0]!);

const FORM = ['adm-01', 'adm-01-open', 'adm-02', 'adm-03', 'adm-04', 'adm-05'];

const ORDER = ['adm-order-deadline', 'adm-order-aid', 'adm-order-nosign'];

describe("harmful steps named in an admin goal lead its path, and near misses keep the kind's own steps", () => {
  it('asks about the two routes when the time to accept an inheritance has passed, with no pressure warning — a recent death keeps the deadline', async () => {
    const ru = await tap(
      'admin',
      'Оформить квартиру на себя после отца',
      'Папа умер шесть лет назад, я так и живу в его квартире. К нотариусу не ходил, говорят, срок пропущен.',
      'ru',
      ['Наследство'],
    );
    expect(ru.keys).toContain('adm-inh-late');
    expect(ru.keys).not.toContain('adm-inh-deadline');
    expect(hazardKeys(ru.keys)).toEqual([]);
    const en = await tap(
      'admin',
      "put my late mother's house in my own name",
      'She died in 2016 and I never applied for probate. The council now wants proof of ownership.',
      'en',
      ['Inheritance'],
    );
    expect(en.keys).toContain('adm-inh-late');
    expect(en.keys).not.toContain('adm-inh-deadline');
    const recent = await tap(
      'admin',
      'Вступить в наследство после мамы',
      'Мама умерла в прошлом месяце, оставила квартиру.',
      'ru',
      ['Наследство'],
    );
    expect(recent.keys).toContain('adm-inh-deadline');
    expect(recent.keys).not.toContain('adm-inh-late');
  });

  it('still warns before a home is signed over under pressure, even with an inheritance named', async () => {
    const pressed = await tap(
      'admin',
      'Сожитель мамы требует переписать квартиру на него',
      'Мама пожилая, он давит каждый день, говорит, что иначе уйдёт.',
      'ru',
    );
    expect(pressed.keys[0]).toBe('hz-homesign-stop');
  });

  it('pays a work patent on time, with no recruiter-fee warning for an employer who pays late', async () => {
    const ru = await tap(
      'admin',
      'Не просрочить патент в этом месяце',
      'Я из Узбекистана, работаю на складе в Казани. Патент нужно оплатить до 20-го, а работодатель платит с задержкой. Регистрацию продлевал в прошлом году.',
      'ru',
    );
    expect(ru.keys).toContain('adm-pat-date');
    expect(ru.keys).not.toContain('hz-recruitfee-stop');
    // A recruiter who wants a fee for registration before the job still gets the warning.
    const near = await tap(
      'career',
      'Устроиться на склад',
      'Рекрутер предложил работу на складе в Москве, но просит сначала оплатить оформление и регистрацию, 15 тысяч.',
      'ru',
    );
    expect(near.keys).toContain('hz-recruitfee-stop');
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

  it('gives no heirs’ six-month deadline to someone making her own will after a death in the family; an estate put off keeps it', async () => {
    const en = await tap(
      'admin',
      'write my will so my sons do not fight over the house later',
      'I am 60, my wife died three years ago, and my two sons barely speak. The house is in my name and I want it split fairly.',
      'en',
      ['None'],
    );
    expect(en.keys).not.toContain('hz-inherit-notary');
    expect(en.keys).not.toContain('hz-inherit-family');
    expect(en.keys).toContain('adm-will-list');
    const ru = await tap(
      'admin',
      'оформить завещание на дом, чтобы внуки потом не судились',
      'Мне 70, муж умер пять лет назад. Дом мой, внуков трое, хочу всё решить заранее.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).not.toContain('hz-inherit-notary');
    expect(ru.keys).toContain('adm-will-list');
    const near = await tap(
      'family',
      'разобраться с папиной квартирой',
      'Папа умер в октябре, с наследством и нотариусом решили разобраться потом, после годовщины.',
      'ru',
      [],
    );
    expect(near.keys).toContain('hz-inherit-notary');
  });
});

describe('admin: the level and what the person already has or does', () => {
  it('renews a card or permit already held without naturalisation conditions or a trip list', async () => {
    const en = await firstFive(
      'admin',
      'Renew my green card before it expires in June',
      "It runs out in June and I've moved address twice since I got it, so I'm not sure what I need to update first. I also want to travel to see family in Manila in the summer.",
    );
    expect(en.keys).toEqual(expect.arrayContaining(['adm-renew-when', 'adm-renew-address']));
    expect(en.keys.some((key) => key === 'adm-res-eligible' || key === 'adm-res-trips')).toBe(false);
    const ru = await firstFive(
      'admin',
      'Продлить ВНЖ в Сербии',
      'Срок заканчивается в октябре, за год сменила квартиру.',
      'ru',
    );
    expect(ru.keys).toContain('adm-renew-when');
    expect(ru.text).not.toMatch(/экзамен по языку/);
    // Citizenship keeps the conditions.
    const citizen = await firstFive('admin', 'Apply for British citizenship', 'I got settled status five years ago.');
    expect(citizen.keys).toContain('adm-res-eligible');
  });

  it('reports a second citizenship already held — no application conditions or trips abroad', async () => {
    const ru = await tap(
      'admin',
      'Понять, надо ли уведомлять о паспорте Греции',
      'Получила греческое гражданство в марте через отца, живу в Самаре.',
      'ru',
      ['Вид на'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['adm-notify-rule', 'adm-notify-docs', 'adm-notify-file']);
    expect(anyWithPrefix(ru.keys, 'adm-res-')).toBe(false);
    const en = await tap(
      'admin',
      'Find out if I must report my dual nationality',
      'I got an Irish passport through my grandmother last month.',
      'en',
      ['A residence'],
    );
    expect(en.keys[0]).toBe('adm-notify-rule');
    expect(anyWithPrefix(en.keys, 'adm-res-')).toBe(false);
    // An application for citizenship keeps its conditions.
    const apply = await tap(
      'admin',
      'Apply for citizenship after six years here',
      'I have permanent residence and want to naturalise this year.',
      'en',
      ['A residence'],
    );
    expect(anyWithPrefix(apply.keys, 'adm-notify-')).toBe(false);
  });

  it('does not send someone to look up an inheritance deadline the notary already gave', async () => {
    const ru = await tap(
      'admin',
      'наследство на бабушкин дом, а документов толком нет',
      'Бабушка умерла весной, дом в деревне так и не был оформлен: земля в собственности, а дом нет. Нотариус сказал, что на принятие наследства полгода, то есть срок в октябре.',
      'ru',
      ['Наследство'],
    );
    expect(ru.keys).toContain('adm-inh-notary');
    expect(ru.keys).not.toContain('adm-inh-deadline');
    const en = await tap(
      'admin',
      "Sort out my father's estate",
      'Dad died in February. The solicitor told me the deadline is 30 August for the inheritance tax form.',
      'en',
      ['Inheritance'],
    );
    expect(en.keys).not.toContain('adm-inh-deadline');
    const near = await tap(
      'admin',
      'Вступить в наследство после мамы',
      'Мама умерла два месяца назад, осталась квартира. Не знаю, с чего начинать.',
      'ru',
      ['Наследство'],
    );
    expect(near.keys).toContain('adm-inh-deadline');
  });

  it('updates the document that carries the old passport number when the new passport is already in hand', async () => {
    const en = await tap(
      'admin',
      'OCI card reissue after my new passport',
      "I got a new British passport in March. Apparently my OCI card has to be updated too and I've never done that online form before. We fly to Kochi on 14 December.",
      'en',
      ['None'],
    );
    expect(en.keys[0]).toBe('adm-pass-done-update');
    expect(en.keys).not.toContain('adm-docs-overlap');
    expect(en.keys).not.toContain('adm-02');
    const ru = await tap(
      'admin',
      'Перенести визу в новый паспорт',
      'Получила новый паспорт в сентябре, а виза в старом паспорте. Летим в декабре, не знаю, что делать с визой.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('adm-pass-done-update');
    expect(ru.keys).not.toContain('adm-docs-overlap');
    // Both still to do: the order and the overlap stay.
    const near = await tap(
      'admin',
      "Renew my son's passport and his OCI card",
      'His passport expires in March and the OCI card is in the old passport. Not sure which one to do first.',
      'en',
      ['None'],
    );
    expect(near.keys[0]).toBe('adm-docs-order');
    expect(near.keys).not.toContain('adm-pass-done-update');
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
});

describe('admin: the situation named and the steps it brings', () => {
  it('admin: a will gets an own-and-owe list, an executor and a solicitor or notary, never government-form steps', async () => {
    const will = await firstFive('admin', 'Make a will', '');
    expect(will.keys).toEqual(expect.arrayContaining(['adm-will-list', 'adm-will-people', 'adm-will-book']));
    expect(will.keys.filter((key) => FORM_STEPS.includes(key!))).toEqual([]);
    expect(will.text).toMatch(/executor/i);
    expect(will.text).toMatch(/solicitor|notary/i);
    expect(will.text).not.toMatch(/required documents|official page/i);

    const ru = await firstFive('admin', 'Составить завещание', 'Есть квартира и дача', 'ru');
    expect(ru.keys).toContain('adm-will-book');
    expect(ru.text).toMatch(/нотариус/);

    // A passport with a two-month queue at the office gets the look-for-an-earlier-slot step early.
    const passport = await firstFive(
      'admin',
      'Сделать загранпаспорт через Госуслуги',
      'В августе летим в Турцию, а старый паспорт заканчивается в июне. В МФЦ запись на два месяца вперёд.',
      'ru',
    );
    expect(passport.keys).toContain('adm-pass-slot');
  });

  describe('a step already done is skipped', () => {
    it('challenges a decision instead of claiming again', async () => {
      const pip = await firstFive(
        'admin',
        'Challenge my PIP decision',
        'They gave me zero points after a phone assessment. I have a month to ask for a mandatory reconsideration.',
      );
      // a benefit decision gets the benefit twins of the evidence and advice steps (`ben_decided`).
      expect(pip.keys.slice(0, 3)).toEqual(['adm-dec-deadline', 'adm-dec-evidence-ben', 'adm-dec-help-ben']);
      expect(pip.keys).not.toContain('adm-ben-check');
      const osago = await firstFive(
        'admin',
        'Выбить из страховой нормальную выплату по ОСАГО',
        'Страховая насчитала 58 тысяч, а в сервисе ремонт оценили в 170.',
        'ru',
      );
      expect(osago.keys).not.toContain('adm-claim-report');
      expect(osago.keys).not.toContain('adm-claim-form');
    });

    it('does not search for a home when the keys are in hand', async () => {
      const keys = await firstFive(
        'moving',
        'Переехать в новостройку, пока там нет ремонта',
        'Ключи дали, а ремонт будет только к осени. Съёмную надо освободить через месяц.',
        'ru',
      );
      expect(keys.keys).not.toContain('move-09');
    });

    it('does not reinstall an app in use, and moves a forgotten habit earlier', async () => {
      const duo = await firstFive(
        'habit',
        'Do my Duolingo every single day',
        'My longest streak is 12 days. I forget in the evening and lose the streak.',
      );
      expect(duo.keys[0]).toBe('hab-forget-early');
      expect(duo.keys).not.toContain('hab-07');
      expect(duo.keys).not.toContain('hab-03');
    });
  });

  it('gives a refused consent the owner’s reasons and an offer before any appointment or form', async () => {
    const ru = await firstFive(
      'admin',
      'Сделать временную регистрацию в съёмной квартире',
      'Живу здесь полгода, собственник не хочет регистрировать. Регистрация нужна для школы.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['adm-consent-why', 'adm-consent-facts', 'adm-consent-offer']);
    const en = await firstFive(
      'admin',
      'Register at my rented address',
      "My landlord won't sign the form and the council needs it.",
    );
    expect(en.keys[0]).toBe('adm-consent-why');
  });

  it('gives a council tax band or cadastral value challenge its own steps, not a decision-letter appeal', async () => {
    const en = await firstFive(
      'admin',
      'Challenge our council tax band',
      'We are band E; the same semis next door are band D.',
    );
    expect(en.keys[0]).toBe('adm-band-check');
    expect(en.keys.some((key) => key.startsWith('adm-dec-'))).toBe(false);
    expect(en.text).not.toMatch(/doctor/i);
    const ru = await firstFive(
      'admin',
      'Оспорить кадастровую стоимость квартиры',
      'У соседей такая же квартира, а стоимость в полтора раза ниже.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-band-check');
    const benefit = await firstFive(
      'admin',
      'Appeal the PIP decision',
      'They gave me zero points; the decision letter came last week.',
    );
    expect(benefit.keys).toContain('adm-dec-deadline');
  });

  it('asks for the reason of a refusal the person could not read before any challenge', async () => {
    const ru = await firstFive(
      'admin',
      'Получить пособие на ребёнка',
      'Подавала заявление, получила отказ, а из ответа непонятно, почему.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-dec-reason');
    expect(ru.keys).not.toContain('adm-01');
    const en = await firstFive(
      'admin',
      'Get the child benefit sorted',
      "I applied and got refused, and I don't know why.",
    );
    expect(en.keys[0]).toBe('adm-dec-reason');
    // A refusal whose reason is known keeps the challenge steps without the reason step.
    const known = await firstFive(
      'admin',
      'Challenge my PIP decision',
      'They gave me zero points for mobility although I cannot walk 50 metres.',
    );
    expect(known.keys).not.toContain('adm-dec-reason');
    expect(known.keys).toContain('adm-dec-deadline');
  });

  it('speaks of an inheritance from a mother without a masculine pronoun', async () => {
    const ru = await firstFive(
      'admin',
      'Вступить в наследство после мамы',
      'Мамы не стало весной, осталась квартира и вклад.',
      'ru',
    );
    expect(ru.text).not.toMatch(/он был должен/);
  });

  it('gives a household paperwork pile the paperwork steps, not insurance shopping, and keeps insurance for a renewal', async () => {
    const en = await firstFive(
      'admin',
      'Set up a filing system for our paperwork',
      'Bills and school letters live in a pile on the kitchen table; we missed a car insurance renewal.',
    );
    expect(en.keys[0]).toBe('adm-back-gather');
    expect(en.text).not.toMatch(/quotes?/i);
    const enToo = await firstFive('admin', 'Sort out the household paperwork', 'It lives in a pile on the hall table.');
    expect(enToo.keys[0]).toBe('adm-back-gather');
    const renew = await firstFive('admin', 'Renew my car insurance', 'It ends next month and the price went up.');
    expect(renew.text).toMatch(/quote/i);
  });

  it('gives a wrong energy bill a written complaint and the ombudsman, not an application form', async () => {
    const en = await firstFive(
      'admin',
      'Dispute my gas bill',
      'They sent a catch-up bill after a year of estimated readings; I have photos of the meter.',
    );
    expect(en.keys).toContain('adm-refund-request');
    expect(en.keys).not.toContain('adm-01');
    expect(en.text).toMatch(/ombudsman/);
    const ru = await firstFive(
      'admin',
      'Оспорить счёт за электричество',
      'Насчитали по нормативу, а показания счётчика у меня есть.',
      'ru',
    );
    expect(ru.keys).toContain('adm-refund-request');
    const sofa = await firstFive(
      'admin',
      'Вернуть деньги за бракованный шкаф',
      'Магазин говорит, что мы сами сломали. Никогда претензии не писала.',
      'ru',
    );
    expect(sofa.keys[0]).toBe('adm-refund-rights');
    expect(sofa.text).not.toMatch(/больничн|справк[аи] от врача/i);
  });

  it('gives a deed of gift the giver, a notary and the papers, not a deadline, a form or court steps', async () => {
    const ru = await firstFive(
      'admin',
      'Оформить договор дарения дома от отца',
      'Папа хочет подарить мне дом в деревне, сестра недовольна и говорит, что пойдёт в суд.',
      'ru',
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['adm-gift-talk', 'adm-gift-notary']));
    expect(ru.keys.some((key) => key === 'adm-01' || key === 'adm-05' || key.startsWith('adm-court-'))).toBe(false);
    const en = await firstFive(
      'admin',
      'Sign the house over to my daughter',
      'Deed of gift, I want it done this year.',
    );
    expect(en.keys).toContain('adm-gift-notary');
    expect(en.keys).not.toContain('adm-01');
  });

  it('gives a special needs plan a read of the draft, free advice and a written response, no form or appointment', async () => {
    const en = await firstFive(
      'admin',
      'Sort out the EHC plan for my daughter',
      'The draft names the wrong support and we must reply within 15 days.',
    );
    expect(en.keys).toEqual(expect.arrayContaining(['adm-send-read', 'adm-send-advice', 'adm-send-reply']));
    expect(en.keys.some((key) => key === 'adm-04' || key === 'adm-05' || key === 'adm-02')).toBe(false);
    const ru = await firstFive(
      'admin',
      'Получить заключение ПМПК для сына',
      'В проекте указали не ту программу, хотим адаптированную и тьютора.',
      'ru',
    );
    expect(ru.keys).toContain('adm-send-reply');
    expect(ru.keys).not.toContain('adm-05');
  });

  it('walks a deposit dispute through proof, the rules, a formal letter and the free dispute route', async () => {
    const en = await firstFive(
      'admin',
      "Get my tenancy deposit back from a landlord who's ignoring me",
      "I moved out of my flat in Bristol seven weeks ago, left it spotless, and he hasn't replied to any emails. I'm not even sure my deposit was protected in a scheme.",
    );
    expect(en.keys.slice(0, 4)).toEqual(['adm-dep-proof', 'adm-dep-rules', 'adm-dep-letter', 'adm-dep-next']);
    expect(en.text).toMatch(/deposit protection schemes/);
    // Placed under "Something else" (generic), such a goal is still claimed by admin.
    const ru = await firstFive(
      'generic',
      'Вернуть залог за съёмную квартиру',
      'Съехали два месяца назад, хозяйка не отвечает на звонки и не возвращает залог.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-dep-proof');
    expect(ru.text).toMatch(/претензи/);
    // A company refund keeps its own path.
    const flight = await firstFive(
      'admin',
      'Get compensation for my cancelled flight',
      'Cancelled two hours before, no help.',
    );
    expect(flight.keys).toContain('adm-refund-rights');
    expect(flight.keys.some((key) => key.startsWith('adm-dep-'))).toBe(false);
  });

  it('compares no business forms when the person has chosen one', async () => {
    const ru = await firstFive(
      'admin',
      'Встать на учёт как самозанятая',
      'Начала шить на заказ, заказчицы просят чеки. Приложение «Мой налог» скачала, но боюсь ошибиться и потом платить штрафы, хочу разобраться до конца месяца.',
      'ru',
    );
    expect(ru.keys).not.toContain('adm-reg-options');
    expect(ru.keys).toContain('adm-reg-register');
    const en = await firstFive(
      'admin',
      'Register as a sole trader',
      'I start taking dog-grooming clients next month and want to do it properly.',
    );
    expect(en.keys).not.toContain('adm-reg-options');
    // Not yet chosen: the comparison stays.
    const unsure = await firstFive(
      'admin',
      'Открыть ИП или самозанятость?',
      'Не знаю, что выбрать для репетиторства.',
      'ru',
    );
    expect(unsure.keys).toContain('adm-reg-options');
  });

  it('gives copies of birth or marriage certificates the registry, the receiving office and the order — not the permit they are for', async () => {
    const title = 'Get copies of my birth and marriage certificates from Nigeria for my ILR application';
    const description =
      "Home Office wants originals and mine were lost when we moved. My visa runs out in November and I've heard the registry in Lagos can take months.";
    const en = await firstFive('admin', title, description);
    expect(en.keys).toEqual([
      'adm-cert-where',
      'adm-cert-need',
      'adm-cert-details',
      'adm-cert-order',
      'adm-cert-dates',
    ]);
    expect(en.text).toMatch(/embassy or consulate/);
    expect(en.text).not.toMatch(/every trip|years lived here/);
    // The question offers the certificates first.
    const tapped = await talk('admin', title, description, 'en', (choices) => choices[0]!);
    expect(tapped.asked[0]?.choices?.[0]).toBe('Copies of birth or marriage certificates');
    expect(tapped.keys[0]).toBe('adm-cert-where');
    const ru = await firstFive(
      'admin',
      'Получить повторное свидетельство о рождении из Казахстана',
      'Нужно для замены паспорта, оригинал потерялся при переезде.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-cert-where');
    expect(ru.text).toMatch(/посольство или консульство/);
    // Registering a newborn's birth keeps its own path, and ILR itself keeps its trips abroad.
    const newborn = await firstFive(
      'admin',
      'Зарегистрировать рождение сына',
      'Родился неделю назад, нужно получить свидетельство о рождении в ЗАГСе.',
      'ru',
    );
    expect(newborn.keys.some((key) => key.startsWith('adm-cert-'))).toBe(false);
    const ilr = await firstFive('admin', 'Apply for ILR', "I've been on a skilled worker visa for five years.");
    expect(ilr.keys).toContain('adm-res-trips');
  });

  it('gives a first residence permit on a basis (a business, a job) its requirements and legal stay — no trips abroad', async () => {
    const title = 'Получить ВНЖ в Сербии через регистрацию ИП';
    const description =
      'Живём в Белграде по визаранам уже год, надоело каждые 90 дней ездить в Боснию. Слышала, что проще всего через предпринимательство, но не понимаю, с чего начать.';
    const permit = 'ВНЖ через работу, учёбу или бизнес';
    const ru = await talk('admin', title, description, 'ru', (choices) =>
      choices.includes(permit) ? permit : choices[0]!,
    );
    expect(ru.asked[0]?.choices).toContain(permit);
    // adm-02 repeated adm-res-basis (the list from the official page), so it gives way to it.
    expect(ru.keys).toEqual(expect.arrayContaining(['adm-01-open', 'adm-res-basis', 'adm-res-stay', 'adm-03']));
    expect(ru.keys).not.toContain('adm-02');
    expect(ru.text).not.toMatch(/поездок за границу|сколько нужно прожить/);
    const en = await firstFive(
      'admin',
      'Get a residence permit through my business in Portugal',
      'I want to move there next year and run my design studio from Lisbon.',
    );
    expect(en.keys).toContain('adm-res-basis');
    expect(en.keys).not.toContain('adm-res-trips');
    // Citizenship keeps the conditions and the trips.
    const citizenship = await firstFive('admin', 'Получить гражданство Германии', 'Живу здесь восемь лет.', 'ru');
    expect(citizenship.keys).toEqual(expect.arrayContaining(['adm-res-eligible', 'adm-res-trips']));
    expect(citizenship.keys).not.toContain('adm-res-basis');
  });

  it('gives taxes filed from abroad the rules for citizens abroad, years, foreign accounts and an adviser — no home tax account', async () => {
    const title = 'File my US taxes and FBAR while living in Scotland';
    const description =
      "I'm a US citizen, moved to Edinburgh in 2021 and haven't filed anything since. I only just found out about FBAR and the streamlined procedure and I'm panicking a bit.";
    const en = await firstFive('admin', title, description);
    expect(en.keys).toEqual([
      'adm-01-open',
      'adm-abroad-rules',
      'adm-abroad-years',
      'adm-abroad-accounts',
      'adm-abroad-help',
    ]);
    expect(en.text).not.toMatch(/activation code/);
    // A stated fact, never offered: tapping the tax return keeps it.
    const tapped = await talk('admin', title, description, 'en', tap2('A tax return or claiming tax back'));
    expect(tapped.keys).toContain('adm-abroad-rules');
    expect(tapped.keys).not.toContain('adm-tax-account');
    const ru = await firstFive(
      'admin',
      'Подать отчёт о зарубежных счетах в налоговую',
      'Живу в Грузии с 2022 года, счета в двух местных банках, ничего не подавал.',
      'ru',
    );
    expect(ru.keys).toContain('adm-abroad-accounts');
    expect(ru.keys).not.toContain('adm-tax-account');
    // An ordinary return keeps the online account.
    const home = await firstFive('admin', 'File my tax return', 'Self-employed, deadline 31 January.');
    expect(home.keys).toContain('adm-tax-account');
    expect(home.keys.some((key) => key.startsWith('adm-abroad-'))).toBe(false);
  });

  it('gives closing a sole trader business what is owed, the missing returns and the closing — no personal deduction', async () => {
    const ru = await firstFive(
      'admin',
      'Закрыть ИП и не остаться должной налоговой',
      'ИП на упрощёнке четыре года, больше им не пользуюсь. Декларацию за прошлый год не подавала, взносы платила не все.',
      'ru',
    );
    expect(ru.keys).toEqual([
      'adm-close-owed',
      'adm-close-returns',
      'adm-close-contrib',
      'adm-close-apply',
      'adm-close-after',
    ]);
    expect(ru.text).not.toMatch(/лечени|обучени|ипотек/);
    const en = await firstFive(
      'admin',
      'Close my limited company properly',
      "I stopped trading in the spring and haven't filed this year's return yet.",
    );
    expect(en.keys[0]).toBe('adm-close-owed');
    expect(en.keys.some((key) => key.startsWith('adm-tax-'))).toBe(false);
    // A personal tax return keeps its own path.
    const tax = await firstFive(
      'admin',
      'Получить налоговый вычет за лечение зубов',
      'Лечила зубы в прошлом году.',
      'ru',
    );
    expect(tax.keys.some((key) => key.startsWith('adm-close-'))).toBe(false);
    expect(tax.keys).toContain('adm-tax-account');
  });

  it('gives a school place the admissions page, the priority rules and the schools compared before the form', async () => {
    const en = await firstFive(
      'admin',
      "Apply for my daughter's primary school place before the deadline",
      "We moved to Manchester and she starts Reception next year. The deadline is 15 January and I don't understand the catchment areas or how to rank the six choices.",
    );
    expect(en.keys).toEqual([
      'adm-school-page',
      'adm-school-rules',
      'adm-school-compare',
      'adm-school-rank',
      'adm-school-apply',
    ]);
    expect(en.keys).not.toContain('adm-05');
    const ru = await firstFive(
      'admin',
      'Записать сына в первый класс',
      'Переехали в новый район, не понимаю, какая школа закреплена за нашим домом.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['adm-school-page', 'adm-school-rules']);
    // A passport for the child keeps the ordinary documents path.
    const passport = await firstFive('admin', 'Renew my son’s passport before the summer', 'It expires in June.');
    expect(passport.keys.some((key) => key.startsWith('adm-school-'))).toBe(false);
  });

  it('gives paying a work patent on time the paid-until date and reminders — not a document list or a form', async () => {
    const ru = await tap(
      'admin',
      'Не пропустить оплату патента',
      'В прошлом году опоздал с оплатой на два дня — патент аннулировали. Следующий платёж до 12-го.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['adm-pat-date', 'adm-pat-remind']);
    expect(ru.keys).not.toContain('adm-02');
    expect(ru.keys).not.toContain('adm-04');
    expect(ru.keys).not.toContain('adm-05');
    const en = await tap('admin', 'Never miss my work patent payment', 'I work on a building site in Moscow.');
    expect(en.keys[0]).toBe('adm-pat-date');
    expect(en.keys).not.toContain('adm-02');
    // Renewing a patent keeps the renewal path.
    const renew = await tap('admin', 'Продлить патент на работу', 'Патент заканчивается через месяц.', 'ru');
    expect(renew.keys).not.toContain('adm-pat-date');
  });

  it('gives health cover and a tax number after arriving the order of the numbers — not residence conditions', async () => {
    const en = await tap(
      'admin',
      'Sort out Medicare and a tax file number',
      'I moved to Brisbane in March on a partner visa and every form seems to ask for a number from another form.',
    );
    expect(en.keys[0]).toBe('adm-ids-order');
    expect(en.keys).toContain('adm-ids-costs');
    expect(en.keys).not.toContain('adm-res-eligible');
    expect(en.keys).not.toContain('adm-res-trips');
    expect(en.keys).not.toContain('adm-01');
    const ru = await tap('admin', 'Получить СНИЛС и полис ОМС', 'Переехала в Россию по ВНЖ полгода назад.', 'ru');
    expect(ru.keys[0]).toBe('adm-ids-order');
    expect(ru.keys).not.toContain('adm-res-eligible');
    // A partner visa itself keeps its own path.
    const visa = await tap('admin', 'Apply for a partner visa for my wife', 'She lives in Manila.');
    expect(visa.keys).not.toContain('adm-ids-order');
  });

  it('asks why a payment stopped before any deadline, eligibility check or form', async () => {
    const en = await tap(
      'admin',
      'Get my state pension paid again',
      'It was suspended after I moved to Spain and nobody explains it.',
    );
    expect(en.keys[0]).toBe('adm-stop-why');
    expect(en.keys).toContain('adm-stop-log');
    expect(en.keys).not.toContain('adm-01');
    expect(en.keys).not.toContain('adm-01-open');
    const ru = await tap(
      'admin',
      'Разобраться, почему перестала приходить пенсия',
      'Переехала к дочери в Казахстан, и с весны выплат нет.',
      'ru',
      ['Пособие, выплата или льгота'],
    );
    expect(ru.keys[0]).toBe('adm-stop-why');
    expect(ru.keys).not.toContain('adm-ben-check');
    // A new claim keeps the eligibility check.
    const claim = await tap('admin', 'Claim pension credit for my mother', 'She is 81 and lives alone.', 'en', [
      'Claiming a benefit or allowance',
    ]);
    expect(claim.keys).toContain('adm-ben-check');
    expect(claim.keys).not.toContain('adm-stop-why');
  });

  it('replaces every document lost at once in order, ID first — not one deadline or travel dates', async () => {
    const en = await tap(
      'admin',
      'Replace our papers after the flood',
      'The ground floor flooded; passports, birth certificates and the car logbook are gone.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['adm-lost-list', 'adm-lost-proof', 'adm-lost-order']);
    expect(en.keys).not.toContain('adm-pass-dates');
    expect(en.keys).not.toContain('adm-01');
    const ru = await tap(
      'admin',
      'Восстановить документы после кражи',
      'В электричке украли сумку: паспорт, СНИЛС и права.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-lost-list');
    expect(ru.keys).toContain('adm-lost-order');
    expect(ru.keys).not.toContain('adm-pass-dates');
    // A passport running out keeps its ordinary path.
    const renew = await tap('admin', 'Renew my passport', 'It runs out in May.');
    expect(renew.keys).not.toContain('adm-lost-list');
  });

  it('asks for "the exact deadline" only when the goal gives a date', async () => {
    const en = await tap('admin', 'Get a criminal record certificate', 'A new employer asked for one.');
    expect(en.keys[0]).toBe('adm-01-open');
    expect(en.keys).not.toContain('adm-01');
    const ru = await tap('admin', 'Получить справку о несудимости', 'Нужна для новой работы.', 'ru');
    expect(ru.keys[0]).toBe('adm-01-open');
    expect(ru.text).not.toContain('точный срок');
    // A goal with a date keeps the deadline step.
    const dated = await tap('admin', 'Renew my driving licence', 'It expires on 14 March.');
    expect(dated.keys[0]).toBe('adm-01');
  });

  it("names Russia's benefit portals only as an example for a Russian speaker claiming elsewhere", async () => {
    const ru = await tap('admin', 'Оформить детское пособие в Германии', 'Переехали в Берлин, двое детей.', 'ru', [
      'Пособие, выплата или льгота',
    ]);
    expect(ru.keys).toContain('adm-ben-check');
    expect(ru.text).toContain('в твоей стране');
    expect(ru.text).not.toMatch(/прочитай условия на Госуслугах/);
    const en = await tap('admin', 'Claim child benefit in Ireland', 'We just moved to Cork with two kids.', 'en', [
      'Claiming a benefit or allowance',
    ]);
    expect(en.keys).toContain('adm-ben-check');
    expect(en.text).not.toContain('Gosuslugi');
    // Someone claiming in Russia still gets the check.
    const home = await tap('admin', 'Оформить детское пособие', 'Двое детей, живём в Самаре.', 'ru', [
      'Пособие, выплата или льгота',
    ]);
    expect(home.keys).toContain('adm-ben-check');
  });

  it('gives someone with no internet the office by phone and paper, and keeps help-while-waiting after applying', async () => {
    const ru = await tap(
      'admin',
      'Получить льготу на оплату капремонта',
      'Мне 75, не знаю, какие нужны бумаги. Интернетом не пользуюсь, телефон кнопочный.',
      'ru',
      ['Пособие, выплата или льгота'],
    );
    expect(ru.keys[0]).toBe('adm-off-call');
    expect(ru.keys).toContain('adm-off-list');
    expect(ru.keys).not.toContain('adm-ben-check');
    expect(ru.keys).not.toContain('adm-01-open');
    expect(ru.keys).not.toContain('adm-ben-advance');
    expect(ru.keys).not.toContain('adm-ben-refused');
    const en = await tap(
      'admin',
      'Claim pension credit for my dad',
      "He doesn't know where to start with the forms, and he's not good with computers at all.",
      'en',
      ['Claiming a benefit or allowance'],
    );
    expect(en.keys[0]).toBe('adm-off-call');
    expect(en.keys).not.toContain('adm-ben-check');
    // Online, the benefit steps stay — but waiting and refusal come after the claim, not before it.
    const online = await tap(
      'admin',
      'Apply for housing benefit',
      "I'm not sure which papers they want. I'll do it on the council website.",
      'en',
      ['Claiming a benefit or allowance'],
    );
    expect(online.keys[0]).toBe('adm-ben-check');
    expect(online.keys).not.toContain('adm-off-call');
    expect(online.keys.slice(0, 3)).not.toContain('adm-ben-advance');
    expect(online.keys.slice(0, 3)).not.toContain('adm-ben-refused');
    const onlineRu = await tap(
      'admin',
      'Оформить субсидию на оплату ЖКУ',
      'Не знаю, какие справки нужны для субсидии. Заполню на Госуслугах.',
      'ru',
      ['Пособие, выплата или льгота'],
    );
    expect(onlineRu.keys[0]).toBe('adm-ben-check');
    expect(onlineRu.keys).toContain('adm-02');
    expect(onlineRu.keys.slice(0, 3)).not.toContain('adm-ben-advance');
    expect(onlineRu.keys.slice(0, 3)).not.toContain('adm-ben-refused');
  });

  it('gives a name change on every document its own order — not the steps for papers lost in a fire', async () => {
    const en = await firstFive(
      'admin',
      'Get my new name on all my documents',
      'The deed poll is next; then the passport, the bank and the payroll at work still show my old name.',
    );
    expect(en.keys[0]).toBe('adm-name-base');
    expect(en.keys).toContain('adm-name-list');
    expect(en.keys).toContain('adm-name-order');
    expect(en.keys).not.toContain('adm-lost-list');
    expect(en.keys).not.toContain('adm-lost-proof');
    expect(en.keys).not.toContain('adm-02');
    const ru = await firstFive(
      'admin',
      'Поменять фамилию во всех документах',
      'Вышла замуж в мае, а в паспорте, СНИЛС и банке всё ещё девичья.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-name-base');
    expect(ru.keys).toContain('adm-name-order');
    expect(ru.keys).not.toContain('adm-ids-order');
    expect(ru.keys).not.toContain('adm-lost-list');
    // Papers lost in a fire keep the lost-documents steps.
    const fire = await firstFive(
      'admin',
      'Replace all my documents',
      'Everything burned in the kitchen fire last week.',
    );
    expect(fire.keys[0]).toBe('adm-lost-list');
    expect(fire.keys).not.toContain('adm-name-base');
  });

  it('has someone who barely uses the internet ask a person who did it, then apply with the office — never fill in a form alone', async () => {
    const en = await firstFive(
      'admin',
      'Claim the bereavement benefit',
      "I'm 70, I hardly use the internet and I'm frightened of getting the paperwork wrong.",
    );
    expect(en.keys[0]).toBe('adm-off-call');
    expect(en.keys).toContain('adm-off-form');
    expect(en.keys.indexOf('adm-off-ask')).toBeGreaterThan(-1);
    expect(en.keys.indexOf('adm-off-ask')).toBeLessThan(en.keys.indexOf('adm-off-form'));
    expect(en.keys).not.toContain('adm-05');
    expect(en.keys).not.toContain('adm-09');
    const ru = await firstFive(
      'admin',
      'Оформить субсидию на коммуналку',
      'Мне 68, интернетом почти не пользуюсь, до МФЦ ехать далеко.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-off-call');
    expect(ru.keys).toContain('adm-off-form');
    expect(ru.keys).not.toContain('adm-02');
    expect(ru.keys).not.toContain('adm-05');
    // Someone applying online keeps the form.
    const online = await firstFive('admin', 'Apply for child benefit', "I'll do it online this weekend.");
    expect(online.keys).toContain('adm-05');
    expect(online.keys).not.toContain('adm-off-form');
  });

  it('has a change of who is on a tenancy go through the agreement, the agent, free advice and the other tenant', async () => {
    const en = await tap(
      'admin',
      'Take my flatmate off our joint tenancy',
      'She moved abroad and the letting agent says she has to sign. The lease renews in September.',
      'en',
      ['Changing who'],
    );
    expect(en.keys.slice(0, 4)).toEqual(['adm-ten-read', 'adm-ten-agent', 'adm-ten-advice', 'adm-ten-ask']);
    expect(en.keys).not.toContain('adm-01');
    expect(en.keys).not.toContain('adm-02');
    expect(en.keys).not.toContain('adm-04');
    expect(en.keys).not.toContain('adm-05');
    const ru = await tap(
      'admin',
      'Переоформить договор аренды на себя',
      'Муж съехал, а хозяйка говорит, что без его подписи не может.',
      'ru',
      ['Переоформить'],
    );
    expect(ru.keys[0]).toBe('adm-ten-read');
    expect(ru.keys).not.toContain('adm-05');
    // A tenancy deposit keeps the deposit steps.
    const deposit = await tap(
      'admin',
      'Get my tenancy deposit back',
      'The landlord is keeping it for wear and tear.',
      'en',
      ['Getting a deposit'],
    );
    expect(deposit.keys).toContain('adm-dep-proof');
    expect(deposit.keys).not.toContain('adm-ten-read');
  });

  it('sends a cooling-off cancellation today with proof of the date — no draft form or appointment', async () => {
    const ru = await firstFive(
      'admin',
      'Отказаться от страховки по ипотеке',
      'Навязали страховку жизни, прошло 10 дней, говорят, что отказаться можно только в период охлаждения.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-cool-send');
    expect(ru.keys).toContain('adm-cool-complain');
    expect(ru.keys).not.toContain('adm-05');
    expect(ru.keys).not.toContain('adm-04');
    const en = await firstFive(
      'admin',
      'Cancel the insurance they added to my car loan',
      "The dealer said I needed it. I'm still inside the 14-day cooling-off period.",
    );
    expect(en.keys[0]).toBe('adm-cool-send');
    expect(en.keys).not.toContain('adm-05');
    // An application with no cooling-off keeps the form.
    const online = await firstFive('admin', 'Apply for child benefit', "I'll do it online this weekend.");
    expect(online.keys).toContain('adm-05');
    expect(online.keys).not.toContain('adm-cool-send');
    // A deadline of fourteen days is no cooling-off period.
    const arrival = await firstFive(
      'admin',
      'Register my address after the move',
      'It has to be done within 14 days of arriving.',
    );
    expect(arrival.keys).not.toContain('adm-cool-send');
    const arrivalRu = await firstFive(
      'admin',
      'Встать на учёт по месту пребывания',
      'Нужно сделать в течение 14 дней после приезда.',
      'ru',
    );
    expect(arrivalRu.keys).not.toContain('adm-cool-send');
  });

  it("gives a child's citizenship through a parent the consulate's route and the other parent's consent — no adult naturalisation", async () => {
    const ru = await tap(
      'admin',
      'Оформить сыну российское гражданство — родился в Турции',
      'Живём в Анталии второй год, сын родился в марте. Турецкое свидетельство о рождении есть, апостиль вроде поставили. Надо оформить гражданство через консульство, а потом загран. Муж турок, нужно его согласие.',
      'ru',
      ['Вид на жительство'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['adm-kid-route', 'adm-kid-consent', 'adm-kid-birth']));
    expect(ru.keys).not.toContain('adm-res-eligible');
    expect(ru.keys).not.toContain('adm-res-trips');
    expect(ru.text).not.toMatch(/экзамен по языку|поездках за границу/);
    const en = await tap(
      'admin',
      'Get British citizenship for my baby',
      "She was born in Madrid in January; I'm British, her dad is Spanish. The consulate website confuses me.",
      'en',
      ['A residence permit'],
    );
    expect(en.keys).toContain('adm-kid-route');
    expect(en.keys).not.toContain('adm-res-eligible');
    // An adult's own naturalisation keeps the conditions and the trips abroad.
    const adult = await tap(
      'admin',
      'Apply for British citizenship',
      "I've had settled status for six years and travel to Poland a lot.",
      'en',
      ['A residence permit'],
    );
    expect(adult.keys).toContain('adm-res-eligible');
    expect(adult.keys).not.toContain('adm-kid-route');
  });

  it('starts an application that was sent back from its reason and the fix — not "does it apply to me"', async () => {
    const ru = await tap(
      'admin',
      'Оформить дальневосточный гектар под пасеку',
      'Мне 50, живу в Приморье. На сайте выбрал участок, а заявку вернули, пишут, что он с чем-то пересекается. С компьютером не дружу, зять помогает, но он в городе.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['adm-ret-reason', 'adm-ret-fix']);
    expect(ru.keys).not.toContain('adm-off-call');
    expect(ru.text).not.toMatch(/положено ли тебе/);
    const en = await tap(
      'admin',
      'Get my blue badge application through',
      "They sent my application back saying a form was missing. I'm not good with computers.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['adm-ret-reason', 'adm-ret-fix']);
    expect(en.keys).not.toContain('adm-off-call');
    // A first application without the internet still starts with the call about whether it applies.
    const first = await tap(
      'admin',
      "Apply for Carer's Allowance for looking after my wife",
      "My wife has MS and I've cut my hours to look after her. The online form looks enormous. I'm 61 and not great with computers.",
      'en',
      ['Documents and admin'],
    );
    expect(first.keys[0]).toBe('adm-off-call');
    expect(first.keys).not.toContain('adm-ret-reason');
    // Going through the form with the office takes an hour.
    expect(first.minutes[first.keys.indexOf('adm-off-form')]).toBe(60);
  });

  it('opens an estate through the succession court — no case number or reply deadline', async () => {
    const en = await tap(
      'admin',
      "Get my late father's land transferred into our names",
      "Dad died two years ago and the title is still in his name. The chief's letter is done but I don't understand the succession court at all.",
      'en',
      // A person offered the court button taps it (the thirty-first read): it must not be offered.
      ['A court case', 'Inheritance'],
    );
    expect(en.asked.flatMap((asked) => asked.choices ?? [])).not.toContain('A court case or legal claim');
    expect(en.keys[0]).toBe('adm-inh-certs');
    expect(en.keys.some((key) => key.startsWith('adm-court'))).toBe(false);
    const ru = await tap(
      'admin',
      'Вступить в наследство на дом отца',
      'Папа умер год назад, дом на нём. Нотариус говорит, теперь только через суд.',
      'ru',
      ['Суд', 'Наследство'],
    );
    expect(ru.keys.some((key) => key.startsWith('adm-court'))).toBe(false);
    expect(ru.keys.some((key) => key.startsWith('adm-inh'))).toBe(true);
    // A summons keeps the court steps.
    const summons = await tap(
      'admin',
      'Respond to a court summons about a debt',
      'A county court claim arrived and I have 14 days to reply.',
      'en',
      ['A court case'],
    );
    expect(summons.keys[0]).toBe('adm-court-deadline');
  });

  it('starts land used for years with no papers from what stands in for them', async () => {
    const ru = await tap(
      'admin',
      'Оформить в аренду участок под сенокос',
      'Косим лет десять на одном месте, а документов никаких. В администрации говорят — межевание, аукцион.',
      'ru',
      ['Регистрация прав', 'Только'],
    );
    expect(ru.keys[0]).toBe('adm-prop-nopapers');
    expect(ru.keys).not.toContain('adm-prop-papers');
    const en = await tap(
      'admin',
      'Register the land we farm',
      "We've farmed this plot for twenty years but have no papers; the council mentions a land registry survey.",
      'en',
      ['Registering property', 'Just starting'],
    );
    expect(en.keys[0]).toBe('adm-prop-nopapers');
    // Papers in hand: they are laid out first.
    const papers = await tap(
      'admin',
      'Оформить дачный участок в собственность',
      'Есть членская книжка и старое свидетельство 1994 года, межевания не было.',
      'ru',
      ['Регистрация прав', 'Только'],
    );
    expect(papers.keys[0]).toBe('adm-prop-papers');
  });

  it('gets a treatment quota moving through the papers and the insurer — not the catch-all steps', async () => {
    const ru = await tap(
      'admin',
      'Оформить маме квоту на эндопротез колена',
      'Хирург сказал оперировать, а в поликлинике гоняют за справками. Я живу в другом городе.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['adm-quota-papers', 'adm-quota-insurer']);
    expect(ru.keys).toContain('adm-quota-consent');
    const en = await tap(
      'admin',
      "Get my dad's knee replacement referral sorted",
      'The surgeon agreed he needs it, but the GP practice keeps asking for new X-rays.',
      'en',
    );
    expect(en.keys[0]).toBe('adm-quota-papers');
    // A passport renewal gets no quota steps.
    const passport = await tap('admin', 'Renew my passport', 'It runs out in May and I fly in June.', 'en', [
      'A passport',
    ]);
    expect(anyWithPrefix(passport.keys, 'adm-quota-')).toBe(false);
  });

  it('puts the deadline and free legal aid first for a decision against the person — never the form alone', async () => {
    const ru = await tap(
      'admin',
      'Не отдать половину двора под новую дорогу',
      'Из администрации пришло уведомление об изъятии земли для муниципальных нужд, выкуп предлагают смешной. Там есть срок, чтобы возразить.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(ORDER);
    for (const key of FORM) expect(ru.keys).not.toContain(key);
    expect(ru.texts[1]).toMatch(/бесплатной юридической помощью/);
    const en = await tap(
      'admin',
      'Fight the compulsory purchase of our field',
      'The county wants a strip of our farm for a bypass and the compensation they offer is far too low. The letter gives a date to object by.',
      'en',
      ['None of these'],
    );
    expect(en.keys.slice(0, 3)).toEqual(ORDER);
    for (const key of [...FORM, 'adm-refund-rights', 'adm-refund-request']) expect(en.keys).not.toContain(key);
    const removal = await tap(
      'admin',
      'Challenge the removal order I was sent',
      'I got the deportation letter on Monday and it says I have 14 days.',
      'en',
    );
    expect(removal.keys.slice(0, 2)).toEqual(['adm-order-deadline', 'adm-order-aid']);
    expect(removal.keys).not.toContain('adm-res-eligible');
    // Put under another area, the title still takes it to these steps.
    const home = await tap('home', 'Stop the expropriation of our garden', 'A letter came about a new road.', 'en');
    expect(home.keys[0]).toBe('adm-order-deadline');
    // A court letter keeps the court steps (the same order), and registering land keeps its own path.
    const court = await tap('admin', 'Answer the court summons', 'A claim for unpaid rent, I have 14 days.', 'en', [
      'A court case',
    ]);
    expect(court.keys.slice(0, 2)).toEqual(['adm-court-deadline', 'adm-court-lawyer']);
    expect(court.keys.filter((key) => key.startsWith('adm-order'))).toEqual([]);
    const land = await tap('admin', 'Оформить дачный участок в собственность', 'Купили в прошлом году.', 'ru', [
      'Регистрация прав',
    ]);
    expect(land.keys.filter((key) => key.startsWith('adm-order'))).toEqual([]);
    expect(land.keys.some((key) => key.startsWith('adm-prop'))).toBe(true);
  });

  it('traces a pension or super left abroad — no newcomer health-cover and tax-number steps', async () => {
    const en = await tap(
      'admin',
      'Withdraw my superannuation now that I have left Australia',
      'I worked in Perth for three years, I still have my tax file number but forgot every password.',
      'en',
    );
    expect(en.keys[0]).toBe('adm-abr-find');
    expect(en.keys).toContain('adm-abr-rules');
    expect(en.keys.filter((key) => key.startsWith('adm-ids'))).toEqual([]);
    const ru = await tap(
      'admin',
      'Вернуть пенсионные накопления из Австралии',
      'Два года работал в Сиднее, там остались деньги в двух фондах, доступа к ним нет.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-abr-find');
    for (const key of FORM) expect(ru.keys).not.toContain(key);
    // Someone who has just arrived still gets the first numbers in order.
    const near = await tap(
      'admin',
      'Get my tax file number',
      'Just arrived in Sydney on a working holiday visa.',
      'en',
    );
    expect(near.keys[0]).toBe('adm-ids-order');
  });

  it('links an ID number to a line or account by the official code or office — no form to draft', async () => {
    const en = await tap(
      'admin',
      'Link my BVN to my account before it is frozen',
      'The bank keeps sending reminders and I run my shop payments through it.',
      'en',
    );
    expect(en.keys[0]).toBe('adm-link-status');
    expect(en.keys).toContain('adm-link-do');
    for (const key of FORM) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'admin',
      'Подтвердить номер на Госуслугах',
      'Пришло СМС, что иначе заблокируют симку, а я по ней работаю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-link-status');
    for (const key of FORM) expect(ru.keys).not.toContain(key);
    // An ordinary application keeps the form.
    const near = await tap('admin', 'Apply for a fishing licence', 'First time, for the summer.', 'en');
    expect(near.keys).toContain('adm-05');
    expect(near.keys.filter((key) => key.startsWith('adm-link'))).toEqual([]);
  });

  it('says what follows a refused fine appeal instead of a generic filing system', async () => {
    const en = await tap(
      'admin',
      'Contest a speeding ticket',
      'The camera caught the car behind me, I am sure.',
      'en',
      ['A parking'],
    );
    expect(en.keys).toContain('adm-fine-next');
    expect(en.keys).not.toContain('adm-17');
    const ru = await tap(
      'admin',
      'Обжаловать штраф за парковку у поликлиники',
      'Паркомат не работал, постановление пришло вчера.',
      'ru',
      ['Штраф'],
    );
    expect(ru.keys).toContain('adm-fine-next');
    expect(ru.keys).not.toContain('adm-17');
    // A fine the person pays keeps the payment step.
    const near = await tap('admin', 'Pay my parking fine', 'It came yesterday, fair enough.', 'en', ['A parking']);
    expect(near.keys).toContain('adm-fine-pay');
  });

  it('reads a cadastral value that names a court as the valuation challenge, and reads "плохо разбираюсь" in any order', async () => {
    const ru = await tap(
      'admin',
      'Снизить кадастровую стоимость квартиры',
      'Налог вырос втрое; говорят, можно через комиссию или через суд.',
      'ru',
      ['Оспорить кадастровую'],
    );
    expect(ru.asked.flatMap((asked) => asked.choices ?? [])).not.toContain('Суд, иск или судебные бумаги');
    expect(ru.keys[0]).toBe('adm-band-check');
    expect(ru.keys.filter((key) => key.startsWith('adm-court'))).toEqual([]);
    const en = await tap(
      'admin',
      'Get our council tax band lowered',
      'Next door is band B and we are band D; a neighbour says it can go to the tribunal.',
      'en',
      ['Challenging a council tax band'],
    );
    expect(en.asked.flatMap((asked) => asked.choices ?? [])).not.toContain('A court case or legal claim');
    expect(en.keys[0]).toBe('adm-band-check');
    expect(en.keys.filter((key) => key.startsWith('adm-court'))).toEqual([]);
    const offline = await tap(
      'admin',
      'Оформить субсидию на коммуналку',
      'Мне 72, в интернете разбираюсь плохо.',
      'ru',
    );
    expect(offline.keys).toContain('adm-off-call');
    // A court summons keeps the court steps.
    const near = await tap('admin', 'Ответить на повестку в суд', 'Иск от банка, заседание через месяц.', 'ru', [
      'Суд',
    ]);
    expect(near.keys[0]).toBe('adm-court-deadline');
  });

  it('starts a case the person brings with legal help — no court letter to find or reply to send', async () => {
    const en = await tap(
      'admin',
      'Sue the garage that wrecked my car engine',
      'They refuse to pay for the damage, so I think I will have to take them to court.',
      'en',
      ['A court case'],
    );
    expect(en.keys[0]).toBe('adm-claim-advice');
    expect(en.keys).toContain('adm-claim-other');
    for (const key of ['adm-court-deadline', 'adm-court-lawyer', 'adm-court-reply']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'admin',
      'Признать бывшего мужа утратившим право пользования квартирой',
      'Он давно с нами не живёт, выписываться отказывается, придётся подавать иск.',
      'ru',
      ['Суд'],
    );
    expect(ru.keys[0]).toBe('adm-claim-advice');
    expect(ru.keys).not.toContain('adm-court-deadline');
    // A claim received keeps the deadline first.
    const near = await tap('admin', 'Reply to the county court claim', 'A letter came with 14 days to respond.', 'en', [
      'A court case',
    ]);
    expect(near.keys[0]).toBe('adm-court-deadline');
    expect(anyWithPrefix(near.keys, 'adm-claim')).toBe(false);
  });

  it('reads a property deduction as no single relief, and a hepatitis jab as no test for an infection', async () => {
    const flat = await tap(
      'admin',
      'Получить налоговый вычет за квартиру',
      'Купили квартиру в ипотеку в прошлом году, в личном кабинете налоговой не разобраться.',
      'ru',
      ['Налоговая декларация или вычет'],
    );
    expect(flat.keys).not.toContain('adm-ded-rules');
    const teeth = await tap('admin', 'Получить налоговый вычет за лечение зубов', 'Чеки из клиники сохранила.', 'ru', [
      'Налоговая декларация или вычет',
    ]);
    expect(teeth.keys).toContain('adm-ded-rules');
    const jabs = await tap(
      'checkup',
      'Get my jabs before volunteering in Ghana',
      'I think I need yellow fever, typhoid and hepatitis A vaccines, and I fly in June.',
      'en',
    );
    expect(jabs.keys).not.toContain('chk-infect-ask');
  });

  it("takes a pet abroad with the vet's rules and dates, and tax back on one expense without a year of papers", async () => {
    const en = await tap(
      'admin',
      'Sort the papers to take our cat to Spain',
      'We fly on 3 September and need the animal health certificate.',
      'en',
      ['Taking a pet'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['adm-pet-rules', 'adm-pet-records', 'adm-pet-vet']);
    expect(en.keys).not.toContain('adm-06');
    const ru = await tap(
      'admin',
      'Вывезти собаку в Грузию',
      'Едем на машине в июле, ветпаспорт есть, но прививку от бешенства делали давно.',
      'ru',
      ['Вывезти'],
    );
    expect(ru.keys[0]).toBe('adm-pet-rules');
    // A passport renewal keeps the passport path.
    const passport = await tap('admin', 'Renew my passport', 'It expires in May and I travel in June.', 'en', [
      'A passport',
    ]);
    expect(withPrefix(passport.keys, 'adm-pet-')).toEqual([]);

    const ruTax = await tap(
      'admin',
      'Оформить вычет за лечение зубов',
      'Заплатила за имплант 80 тысяч в прошлом году.',
      'ru',
      ['Налоговая'],
    );
    expect(ruTax.keys).toContain('adm-ded-rules');
    expect(ruTax.keys).toContain('adm-ded-cert');
    for (const key of ['adm-tax-sort', 'adm-tax-totals']) expect(ruTax.keys).not.toContain(key);
    const enTax = await tap(
      'admin',
      'Claim tax relief on my course fees',
      'I paid for a part-time diploma last year.',
      'en',
      ['A tax return'],
    );
    expect(enTax.keys).toContain('adm-ded-rules');
    expect(enTax.keys).not.toContain('adm-tax-totals');
    // A whole self-assessment keeps the piles and the totals.
    const whole = await tap('admin', 'File my self-assessment', 'Freelance income and a part-time job.', 'en', [
      'A tax return',
    ]);
    expect(whole.keys).toContain('adm-tax-sort');
    expect(whole.keys).not.toContain('adm-ded-rules');
  });

  it('sets a passport renewed for a residence permit against the permit date — no "if it\'s for a trip"', async () => {
    const en = await tap(
      'admin',
      'Get a new passport from my consulate',
      "I live in Madrid and my residence card has to be renewed in June; they won't renew it with an expired passport.",
      'en',
      ['A passport'],
    );
    expect(en.keys).toContain('adm-pass-permit');
    expect(en.keys).not.toContain('adm-pass-dates');
    const ru = await tap(
      'admin',
      'Поменять паспорт в консульстве',
      'Живу в Праге, в мае продлевать ВНЖ, а паспорт кончается в апреле.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('adm-pass-permit');
    expect(ru.keys).not.toContain('adm-pass-dates');
    // A passport for a trip keeps the trip's dates.
    const near = await tap('admin', 'Renew my passport', 'It expires in May and we fly to Spain in June.', 'en', [
      'A passport',
    ]);
    expect(near.keys).toContain('adm-pass-dates');
    expect(near.keys).not.toContain('adm-pass-permit');
  });

  it("gives a first passport the date it's needed by and a first one's papers — no old passport's expiry", async () => {
    const en = await tap(
      'admin',
      "Get our son's first passport from the consulate",
      "He was born in Dubai in March; we want to fly to my parents at Christmas. The consulate's appointments are weeks away.",
      'en',
      ['A passport'],
    );
    expect(en.keys).toContain('adm-pass-first');
    expect(en.keys).not.toContain('adm-pass-dates');
    const ru = await tap(
      'admin',
      'Оформить загранпаспорт ребёнку',
      'Дочке полгода, в августе летим на море, паспорта у неё ещё нет.',
      'ru',
      ['Паспорт'],
    );
    expect(ru.keys).toContain('adm-pass-first');
    expect(ru.keys).not.toContain('adm-pass-dates');
    // A child citizen through the consulate keeps the consulate's own route, and no expiry either.
    const kid = await tap(
      'admin',
      'Get the consular report of birth and a passport for our newborn',
      'Born in Osaka last month; we fly to my parents in spring and the embassy slots are a month out.',
      'en',
      ['A passport'],
    );
    expect(kid.keys).toContain('adm-kid-route');
    expect(kid.keys).not.toContain('adm-pass-dates');
    // A passport of one's own to renew keeps its expiry and the trip's dates.
    const near = await tap('admin', 'Renew my passport', 'It expires in May and we fly to Spain in June.', 'en', [
      'A passport',
    ]);
    expect(near.keys).toContain('adm-pass-dates');
    expect(near.keys).not.toContain('adm-pass-first');
  });

  it('reads "I don\'t do computers" as no internet: the office by phone first, never the official website', async () => {
    const en = await tap(
      'admin',
      "Claim the carer's allowance for looking after my husband",
      "I'm 74 and I don't do computers.",
      'en',
    );
    expect(en.keys[0]).toBe('adm-off-call');
    expect(en.keys).not.toContain('adm-01');
    const ru = await tap('admin', 'Оформить субсидию на коммуналку', 'Мне 70, в компьютерах ничего не понимаю.', 'ru');
    expect(ru.keys[0]).toBe('adm-off-call');
    // Paperwork that confuses is no missing computer.
    const near = await tap(
      'admin',
      "Claim the carer's allowance for looking after my husband",
      "I'm 74 and paperwork always confuses me.",
      'en',
    );
    expect(withPrefix(near.keys, 'adm-off-')).toEqual([]);
  });

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
    expect(withPrefix(near.keys, 'adm-disc-')).toEqual([]);
  });

  it('replaces one lost card or licence — who issues it, what to use meanwhile — not a newcomer’s first numbers', async () => {
    const ru = await tap(
      'admin',
      'Сделать дубликат водительских прав',
      'Права потерял на рыбалке, а машина нужна каждый день.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['adm-lost1-where', 'adm-lost1-meanwhile', 'adm-lost1-apply']);
    const polis = await tap(
      'admin',
      'Получить новый медицинский полис взамен утерянного',
      'Через неделю приём у эндокринолога.',
      'ru',
    );
    expect(polis.keys[0]).toBe('adm-lost1-where');
    expect(withPrefix(polis.keys, 'adm-ids-')).toEqual([]);
    const en = await tap(
      'admin',
      'Replace my lost Medicare card',
      'It fell out of my wallet somewhere in town and I have a GP appointment on Friday.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['adm-lost1-where', 'adm-lost1-meanwhile']);
    expect(en.keys).not.toContain('adm-pass-dates');
    // A newcomer's first numbers keep their own path; every paper lost in a fire keeps its list.
    const near = await tap(
      'admin',
      'Get my Medicare card and tax file number',
      'Just arrived in Brisbane on a working holiday visa.',
    );
    expect(near.keys[0]).toBe('adm-ids-order');
    expect(withPrefix(near.keys, 'adm-lost1-')).toEqual([]);
    const fire = await tap('admin', 'Восстановить документы после пожара', 'Сгорели паспорт, права и полис.', 'ru');
    expect(withPrefix(fire.keys, 'adm-lost1-')).toEqual([]);
  });

  it('swaps a licence from abroad on the official procedure — a visa named in passing is no passport to check', async () => {
    const en = await tap(
      'admin',
      'Convert my South African licence to a UK one',
      'I came over on a skilled worker visa last year and still drive on my old licence.',
    );
    expect(withPrefix(en.keys, 'adm-pass-')).toEqual([]);
    const ru = await tap(
      'admin',
      'Обменять иностранные права на российские',
      'Переехал по рабочей визе, права выданы в Узбекистане.',
      'ru',
    );
    expect(withPrefix(ru.keys, 'adm-pass-')).toEqual([]);
    // A passport renewed for a trip keeps its dates and slot.
    const near = await tap(
      'admin',
      'Renew my passport before the trip',
      'We fly to Spain in six weeks and it expires in May.',
      'en',
      ['A passport'],
    );
    expect(near.keys).toContain('adm-pass-dates');
  });

  it('declares past letting income year by year, not the certificates for a deduction', async () => {
    const ru = await tap(
      'admin',
      'Легализовать сдачу квартиры и заплатить налог за прошлые годы',
      'Третий год сдаю однушку в Саратове студентам, деньги приходят на карту, налог не платила ни разу. Знакомой недавно пришло письмо из налоговой, и мне стало не по себе. Хочу разобраться: подавать декларации за прошлые годы или переходить на самозанятость, и во сколько мне это обойдётся.',
      'ru',
      ['Налоговая декларация'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['adm-rentinc-table', 'adm-rentinc-owed']));
    expect(ru.keys).not.toContain('adm-tax-missing');
    const en = await tap(
      'admin',
      'Sort out the tax on my rental income',
      "I've been renting out my flat for two years and never declared it on a tax return.",
      'en',
      ['A tax return'],
    );
    expect(en.keys).toContain('adm-rentinc-table');
    expect(en.keys).not.toContain('adm-tax-missing');
    // A deduction for treatment keeps the certificates.
    const near = await tap(
      'admin',
      'Оформить налоговый вычет',
      'Хочу вернуть налог за прошлый год: лечила зубы и платила за учёбу сына.',
      'ru',
      ['Налоговая декларация'],
    );
    expect(withPrefix(near.keys, 'adm-rentinc')).toEqual([]);
  });

  it("applies for a returnee's status (kandas, compatriots) from the current rules, not a list of trips abroad", async () => {
    const ru = await tap(
      'admin',
      'Получить статус кандаса',
      'Мне 52, я казах, всю жизнь прожил в Каракалпакстане, под Тахтакупыром. Дети уже в Шымкенте, зовут к себе. Хочу получить статус кандаса, а потом ВНЖ и гражданство, но родственник говорит, что правила поменяли и в Шымкенте статус теперь не дают, надо ехать в северные области. Документы у меня советские, свидетельство о рождении на каракалпакском, и я не понимаю, что надо переводить и заверять.',
      'ru',
      ['Вид на жительство'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['adm-comp-rules', 'adm-comp-region']));
    expect(ru.keys).not.toContain('adm-res-trips');
    const ru2 = await tap(
      'admin',
      'Переехать по программе переселения соотечественников',
      'Живу в Узбекистане, хочу участвовать в программе и получить гражданство.',
      'ru',
      ['Вид на жительство'],
    );
    expect(ru2.keys).toContain('adm-comp-rules');
    const en = await tap(
      'admin',
      'Make aliyah next year',
      'I need to prove my grandmother was Jewish and get the papers translated.',
      'en',
      ['A residence permit'],
    );
    expect(en.keys).toContain('adm-comp-rules');
    // Naturalisation after years of residence keeps the trips abroad.
    const near = await tap('admin', 'Apply for British citizenship', 'I have had settled status for two years.', 'en', [
      'A residence permit',
    ]);
    expect(withPrefix(near.keys, 'adm-comp')).toEqual([]);
  });

  it('replaces a lost internal passport as a lost document, not a travel passport', async () => {
    const ru = await tap('admin', 'Потеряла паспорт', 'Вчера потеряла внутренний паспорт, нужен для работы.', 'ru');
    expect(withPrefix(ru.keys, 'adm-lost1-').length).toBeGreaterThan(0);
    expect(withPrefix(ru.keys, 'adm-pass-')).toEqual([]);
    const ru2 = await tap('admin', 'Восстановить паспорт РФ', 'Украли сумку с паспортом, надо сделать новый.', 'ru');
    expect(withPrefix(ru2.keys, 'adm-lost1-').length).toBeGreaterThan(0);
    // A travel passport to renew keeps the passport path.
    const near = await tap('admin', 'Сделать загранпаспорт', 'Летим в Турцию в августе.', 'ru');
    expect(withPrefix(near.keys, 'adm-lost1-')).toEqual([]);
  });

  it('puts two documents in order instead of "the official page for it", without the trip dates again', async () => {
    const en = await tap(
      'admin',
      "Renew my OCI card and my son's passport before December",
      "We fly to Chennai on 19 December. My son's British passport expired in August and my OCI has the old passport number on it. I'm worried about the timings overlapping and not knowing which one to do first.",
      'en',
      ['A passport or a travel visa'],
    );
    expect(en.keys).toContain('adm-docs-order');
    expect(en.keys).not.toContain('adm-01');
    expect(en.keys).not.toContain('adm-pass-dates');
    const ru = await tap(
      'admin',
      'Поменять загранпаспорт и перенести визу',
      'Виза в старом паспорте, паспорт истекает в марте. Не понимаю, какой сначала.',
      'ru',
      ['Паспорт или виза для поездки'],
    );
    expect(ru.keys).toContain('adm-docs-order');
    expect(ru.keys).not.toContain('adm-pass-dates');
    // One passport to renew keeps its dates.
    const one = await tap(
      'admin',
      'Renew my passport before the summer trip',
      'It expires in May and we fly in July.',
      'en',
      ['A passport or a travel visa'],
    );
    expect(one.keys).not.toContain('adm-docs-order');
  });

  it('gives a pension earned in two countries the agreement and both records, not a deadline', async () => {
    const en = await tap(
      'admin',
      'Sort out my pension',
      "I turned 65 in January. I worked many summers in Canada on the farm workers programme and the rest at home, and nobody can tell me how to put the two together. The NIS office told me to bring documents I don't have anymore.",
      'en',
    );
    expect(en.keys[0]).toBe('adm-two-agreement');
    expect(en.keys).toContain('adm-two-records');
    expect(en.keys).not.toContain('adm-01');
    const en2 = await tap(
      'admin',
      'Claim my state pension',
      'I worked in the UK for twelve years and then back in Ghana. How do the years count?',
      'en',
    );
    expect(en2.keys).toContain('adm-two-agreement');
    const ru = await tap(
      'admin',
      'Оформить пенсию',
      'Десять лет стажа в Казахстане, остальное в России. Как учесть стаж за границей?',
      'ru',
    );
    expect(ru.keys).toContain('adm-two-agreement');
    // A lump sum left in a fund abroad keeps its own steps.
    const superFund = await tap(
      'admin',
      'Claim back my super from Australia',
      'I did a working holiday there in 2019.',
      'en',
    );
    expect(superFund.keys).not.toContain('adm-two-agreement');
    expect(superFund.keys).toContain('adm-abr-find');
  });

  it('reads a past event\'s month as no deadline ("I turned 65 in January", «после инсульта в январе», "the office in May Pen")', async () => {
    const en = await tap(
      'admin',
      'Claim my state pension',
      "I turned 66 in March and haven't applied yet. I have my national insurance number and my bank details.",
      'en',
      ['Claiming a benefit'],
    );
    expect(en.keys).not.toContain('adm-01');
    const ru = await tap(
      'admin',
      'Оформить маме пособие по уходу',
      'Маме 80, после инсульта в январе она плохо ходит. Я работаю, хочу понять, что нам положено.',
      'ru',
      ['Пособие, выплата или льгота'],
    );
    expect(ru.keys).not.toContain('adm-01');
    const place = await tap(
      'admin',
      'Renew my passport',
      'The passport office in May Pen told me I need new photos and my old passport.',
      'en',
      ['A passport'],
    );
    expect(place.keys).not.toContain('adm-01');
    // A date still ahead stays a deadline.
    const near = await tap('admin', 'Claim my state pension', 'I turn 66 in March and want it paid from then.', 'en', [
      'Claiming a benefit',
    ]);
    expect(near.keys[0]).toBe('adm-01');
  });

  it('puts a name spelled differently on two papers right at the registry, instead of a benefits check', async () => {
    const en = await tap(
      'admin',
      'Get my birth certificate sorted so I can claim my pension',
      'I am 72. Social Security says my name on the birth certificate is spelled different from my ID card so they cannot process my pension. The registry is far away on the bus.',
      'en',
      ['Claiming a benefit'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['adm-namefix-ask', 'adm-namefix-registry']);
    expect(en.keys).not.toContain('adm-ben-check');
    expect(en.keys).not.toContain('adm-02');
    const ru = await tap(
      'admin',
      'Исправить свидетельство о рождении',
      'В Социальном фонде сказали, что фамилия в свидетельстве о рождении не совпадает с паспортом, и пенсию не оформляют. ЗАГС в другом городе.',
      'ru',
      ['Пособие, выплата или льгота'],
    );
    expect(ru.keys[0]).toBe('adm-namefix-ask');
    expect(ru.keys).not.toContain('adm-ben-check');
    // A name changed on purpose keeps the name-change path.
    const near = await tap(
      'admin',
      'Change my surname on all my documents',
      "I got married in June and want to take my husband's name on my passport and bank cards.",
      'en',
      ['Changing my name'],
    );
    expect(withPrefix(near.keys, 'adm-namefix')).toEqual([]);
  });

  it('asks for a disability assessment on paper or at home when the person cannot travel — no office appointment', async () => {
    const ru = await tap(
      'admin',
      'Оформить маме инвалидность',
      'Маме 81, после инсульта плохо ходит. Терапевт сказала проходить МСЭ и дала список обследований. Мама к врачам ездить не может, я работаю в две смены.',
      'ru',
      ['Пособие, выплата или льгота'],
    );
    expect(ru.keys[0]).toBe('adm-home-route');
    expect(ru.keys).not.toContain('adm-04');
    const en = await tap(
      'admin',
      'Apply for disability benefit for my dad',
      "Dad is 84 and housebound since his fall, he can't manage the journey to an assessment centre. I live an hour away.",
      'en',
      ['Claiming a benefit'],
    );
    expect(en.keys[0]).toBe('adm-home-route');
    expect(en.keys).not.toContain('adm-04');
    // Someone who can get to the office keeps the appointment step, with no home-assessment steps.
    const near = await tap(
      'admin',
      'Apply for disability benefit',
      'I have MS and my GP said I should apply. I can still drive to appointments.',
      'en',
      ['Claiming a benefit'],
    );
    expect(withPrefix(near.keys, 'adm-home')).toEqual([]);
    expect(near.keys).toContain('adm-04');
  });

  it('does not send someone who states the deadline to look it up', async () => {
    const en = await tap(
      'admin',
      'File our taxes myself this year',
      "My husband always did our taxes but he had a stroke. I've never done it. Deadline is April 30 and I've got a shoebox of slips.",
      'en',
      ['A tax return'],
    );
    expect(en.keys).not.toContain('adm-01');
    expect(en.keys[0]).toBe('adm-tax-account');
    const ru = await tap(
      'admin',
      'Подать декларацию 3-НДФЛ',
      'Первый раз сдаю сама, продала дачу. Крайний срок 30 апреля, чеки в коробке.',
      'ru',
      ['Налоговая декларация'],
    );
    expect(ru.keys).not.toContain('adm-01');
    // A deadline asked about, not stated, is still looked up.
    const near = await tap(
      'admin',
      'File my tax return',
      "I'm self-employed for the first time and I don't know when the deadline is.",
      'en',
      ['A tax return'],
    );
    expect(near.keys[0]).toBe('adm-01');
  });

  it('skips "which powers of attorney" when the forms are in hand, and registers an LPA before it is used', async () => {
    const en = await tap(
      'admin',
      'Get Lasting Power of Attorney done for Mum',
      "Mum's 79 and was diagnosed with early Alzheimer's in the spring. I downloaded the forms, there's a health one and a finance one, and I don't know if we need a solicitor.",
      'en',
      ['A power of attorney'],
    );
    expect(en.keys).not.toContain('adm-poa-kinds');
    expect(en.keys).toContain('adm-poa-store');
    expect(en.texts[en.keys.indexOf('adm-poa-store')]).toMatch(/Office of the Public Guardian/);
    const ru = await tap(
      'admin',
      'Оформить доверенность на папу',
      'Папе 85, память подводит. Я уже скачала бланки доверенностей на сайте, но не понимаю, что писать.',
      'ru',
      ['Оформление доверенности'],
    );
    expect(ru.keys).not.toContain('adm-poa-kinds');
    // Nothing in hand: the kinds are found out first.
    const near = await tap(
      'admin',
      'Sort out power of attorney for my dad',
      "Dad's 88 and his memory is going. We haven't started anything yet.",
      'en',
      ['A power of attorney'],
    );
    expect(near.keys).toContain('adm-poa-kinds');
  });

  it('reads a pension whose years in another country must be proved as a pension from two countries', async () => {
    const ru = await tap(
      'admin',
      'оформить пенсию, а казахстанский стаж не засчитывают',
      'Мне 63, переехала из Павлодара под Омск к сыну. Оформляю пенсию, а в Соцфонде говорят, что казахстанский стаж надо подтверждать справками оттуда. Совхоз закрыли, где архив — непонятно.',
      'ru',
      ['Пособие'],
    );
    expect(ownSteps(ru.keys)[0]).toBe('adm-two-agreement');
    expect(ru.keys).toContain('adm-two-missing');
    expect(ru.keys).not.toContain('adm-05');
    const en = await tap(
      'admin',
      'Get my pension sorted',
      'I am 64 and the pension office will not count my years in Kazakhstan until I prove them. The factory I worked at there has closed.',
      'en',
      ['Benefit'],
    );
    expect(en.keys).toContain('adm-two-agreement');
    // A pension earned in one country only keeps the ordinary benefit path.
    const near = await tap(
      'admin',
      'Оформить пенсию',
      'Мне 60, весь стаж в Омске, в Соцфонде сказали, каких справок не хватает.',
      'ru',
      ['Пособие'],
    );
    expect(withPrefix(near.keys, 'adm-two-')).toEqual([]);
  });

  it('reads a title moved to a widow after a death as an inheritance, with no surveyor', async () => {
    const en = await tap(
      'admin',
      'get the shamba title deed moved to my name',
      'I am 71 and live near Nyeri. My husband passed two years ago and the title deed for our two acres is still in his name. My son says I need a succession certificate.',
      'en',
      ['Inheritance'],
    );
    expect(en.keys).toContain('adm-inh-notary');
    expect(en.keys).not.toContain('adm-prop-survey');
    const ru = await tap(
      'admin',
      'Переоформить участок на себя',
      'После смерти мужа участок так и записан на него, документы лежат дома. Живу в деревне, до МФЦ далеко.',
      'ru',
      ['Наследство'],
    );
    expect(ru.keys).toContain('adm-inh-notary');
    expect(ru.keys).not.toContain('adm-prop-survey');
    const near = await tap(
      'admin',
      'Register the plot I bought',
      'I bought two acres from a neighbour last year and have only the sale agreement, no title deed yet; the boundaries were never marked.',
      'en',
      ['Registering'],
    );
    expect(near.keys).toContain('adm-prop-survey');
  });

  it("updates the document that carries a renewed passport's number, not two documents in order — a passport still to renew keeps them", async () => {
    const en = await tap(
      'admin',
      'get my visa transferred to the new passport',
      'My passport was renewed last month, and the visa is in my old passport. We travel in February.',
    );
    expect(en.keys[0]).toBe('adm-pass-done-update');
    expect(en.keys).not.toContain('adm-docs-order');
    const ru = await tap(
      'admin',
      'Перенести визу в новый паспорт',
      'Паспорт поменялся в августе, а виза в старом паспорте. Летим в январе.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-pass-done-update');
    const near = await tap(
      'admin',
      'Renew my passport and then the OCI card',
      'My passport expires in May and the OCI card has the old passport number on it. Which one first?',
    );
    expect(near.keys).toContain('adm-docs-order');
  });

  it('renews a Blue Card or work permit as a permit held, with no residence or citizenship criteria — a first Blue Card keeps them', async () => {
    const ru = await tap(
      'admin',
      'Продлить голубую карту до марта',
      'Работаю в Мюнхене, карта кончается весной, записи в ведомство нет.',
      'ru',
      ['Продлить или заменить'],
    );
    expect(ru.keys).toContain('adm-renew-when');
    expect(ru.keys).not.toContain('adm-res-eligible');
    expect(ru.keys).not.toContain('adm-res-trips');
    const en = await tap(
      'admin',
      'extend my work permit before it runs out',
      'My work permit expires in April and there are no appointments at the foreigners office.',
      'en',
      ['Renewing a permit'],
    );
    expect(en.keys).toContain('adm-renew-when');
    expect(en.keys).not.toContain('adm-res-trips');
    const first = await tap(
      'admin',
      'Apply for an EU Blue Card',
      'I have a job offer in the Netherlands and need to apply for the Blue Card for the first time.',
      'en',
      ['A residence permit'],
    );
    expect(first.keys).not.toContain('adm-renew-when');
  });

  it('claims a benefit by phone and on paper for someone with a push-button phone and no online account — a smartphone user keeps the site', async () => {
    const ru = await tap(
      'admin',
      'Оформить льготу на оплату квартиры',
      'Мне 70, пенсия маленькая. Телефон у меня кнопочный, в МФЦ всё через компьютер.',
      'ru',
      ['Пособие'],
    );
    expect(ru.keys[0]).toBe('adm-off-call');
    expect(ru.keys).not.toContain('adm-02');
    const en = await tap(
      'admin',
      'claim the pension credit I am owed',
      "I'm 74 and only have a basic phone, no email. The form is all online.",
      'en',
      ['Claiming a benefit'],
    );
    expect(en.keys[0]).toBe('adm-off-call');
    const near = await tap(
      'admin',
      'Оформить субсидию на ЖКУ',
      'Коммуналка выходит больше трети дохода, хочу подать через Госуслуги со смартфона.',
      'ru',
      ['Пособие'],
    );
    expect(near.keys).not.toContain('adm-off-call');
  });

  it('asks the bank or the ID office which record to change when a name differs from a bank record — a birth certificate keeps the registry', async () => {
    const en = await tap(
      'admin',
      "fix mum's name so her widow pension goes through",
      'Her name on the national ID card is spelled differently from her bank account, so the pension office rejects it.',
    );
    expect(en.keys).toContain('adm-namefix-bank');
    expect(en.keys).not.toContain('adm-namefix-registry');
    expect(en.keys).not.toContain('adm-namefix-proof');
    const ru = await tap(
      'admin',
      'Исправить фамилию, чтобы оформили пособие',
      'В паспорте и в банке фамилия написана по-разному: не совпадает фамилия, и выплату не назначают.',
      'ru',
    );
    expect(ru.keys).toContain('adm-namefix-bank');
    const cert = await tap(
      'admin',
      'correct my birth certificate',
      'My name is spelled differently on my birth certificate and my ID card, so my pension claim is stuck.',
    );
    expect(cert.keys).toContain('adm-namefix-registry');
    expect(cert.keys).not.toContain('adm-namefix-bank');
  });

  it('reads letting income only from rent words — back taxes on other income get no rent table nor Russian rates', async () => {
    const en = await tap(
      'admin',
      'Catch up on my unfiled tax returns',
      "I'm a self-employed plumber and I never declared my income for the last two years. The tax office wrote to me and I'm scared of the fines.",
      'en',
      ['A tax return'],
    );
    expect(withPrefix(en.keys, 'adm-rentinc')).toEqual([]);
    const ru = await tap(
      'admin',
      'Подать декларации за прошлые годы',
      'Я фрилансер-переводчик, налог не платил за прошлые годы, хочу всё закрыть, пока не пришло требование.',
      'ru',
      ['Налоговая декларация'],
    );
    expect(withPrefix(ru.keys, 'adm-rentinc')).toEqual([]);
    // Near miss: rent named still gets the letting-income path, and its English text names no Russian rate.
    const rent = await tap(
      'admin',
      'Sort out back taxes on the flat I let out',
      "I've been renting out my flat to students for three years and never paid tax on it.",
      'en',
      ['A tax return'],
    );
    expect(rent.keys).toEqual(expect.arrayContaining(['adm-rentinc-table', 'adm-rentinc-owed']));
    expect(rent.texts.join(' ')).not.toMatch(/Russia|NDFL|Moi Nalog/);
  });

  it("reads a permit through one's business and a known will or deadline — no citizenship conditions, no will search", async () => {
    const ru = await tap(
      'admin',
      'Получить ВНЖ в Черногории',
      'Открыл ИП здесь и хочу подаваться на временный вид на жительство по бизнесу, пока не кончился срок пребывания.',
      'ru',
      ['ВНЖ через работу'],
    );
    expect(ru.keys).toContain('adm-res-basis');
    expect(ru.keys).not.toContain('adm-res-trips');
    const en = await tap(
      'admin',
      "Deal with my father's estate",
      'He named me as executor in his will. The court sent me a list of deadlines and I have a full-time job.',
      'en',
      ['Inheritance'],
    );
    expect(en.keys).not.toContain('adm-inh-will');
    expect(en.keys).not.toContain('adm-inh-deadline');
    const near = await tap(
      'admin',
      "Deal with my father's estate",
      'He died in March and I have no idea what papers he left.',
      'en',
      ['Inheritance'],
    );
    expect(near.keys).toContain('adm-inh-will');
  });

  it('counts a passport held up by a name mismatch back from its deadline, with no expiry check', async () => {
    const en = await tap(
      'admin',
      'get my passport despite the name mismatch',
      'My first name is misspelled on my birth certificate, so my passport application was stopped. I start a job in Dubai in October and need the passport by then.',
      'en',
      ['Documents and admin', 'A passport or a travel visa'],
    );
    expect(en.keys).toContain('adm-namefix-deadline');
    expect(en.keys).not.toContain('adm-pass-dates');
    // No name mismatch: the ordinary dates step stays.
    const near = await tap(
      'admin',
      'renew my passport before the trip',
      'My passport runs out in May and we fly to Turkey in July.',
      'en',
      ['Documents and admin', 'A passport or a travel visa'],
    );
    expect(near.keys).not.toContain('adm-namefix-deadline');
  });

  it('reads a flooded home and a claim to submit as an insurance claim', async () => {
    const en = await tap(
      'admin',
      'get the insurer to pay for the flooded kitchen',
      'A pipe burst last week and the kitchen floor is ruined. I need to submit the claim with photos within 30 days.',
      'en',
      ['An insurance claim'],
    );
    expect(en.keys).toContain('adm-claim-policy');
    expect(en.keys).not.toContain('adm-04');
  });

  it('registers a birth that was never registered with free help first, not a naturalisation check', async () => {
    const en = await tap(
      'admin',
      'get a birth certificate for my son',
      "He was born at home two years ago and we didn't register the birth because we had no papers ourselves. We live in a settlement near the border and my residency has lapsed.",
      'en',
    );
    expect(en.keys).toContain('adm-lbirth-help');
    expect(en.keys).not.toContain('adm-res-eligible');
    const ru = await tap(
      'admin',
      'Получить свидетельство о рождении дочери',
      'Дочь родилась дома полгода назад, рождение так и не зарегистрировали: у меня не было регистрации. Боюсь, что потом будет только через суд.',
      'ru',
    );
    expect(ru.keys).toContain('adm-lbirth-help');
    // A birth to register on time keeps the ordinary path.
    const near = await tap(
      'admin',
      'register the birth of our baby',
      'Our daughter was born last week in the hospital. We need to do it within 42 days.',
    );
    expect(near.keys).not.toContain('adm-lbirth-help');
  });

  it("takes a Russian passport for a child born abroad as the child's citizenship", async () => {
    const ru = await tap(
      'admin',
      'Оформить российский паспорт дочке',
      'Дочке три года, родилась в Германии, у неё только немецкое свидетельство о рождении. Живём в Мюнхене, отец немец.',
      'ru',
      ['Вид на жительство'],
    );
    expect(ru.keys).toContain('adm-kid-route');
    expect(ru.keys).not.toContain('adm-res-eligible');
  });

  it('asks what the office accepts when two IDs spell the name differently, not a birth-certificate correction', async () => {
    const en = await tap(
      'admin',
      'get on the housing waiting list before it closes',
      'The list closes at the end of next month. My passport and my national ID card have my surname spelled differently and last time they sent my form back.',
      'en',
    );
    expect(en.keys).toContain('adm-idmis-accept');
    expect(en.keys).not.toContain('adm-namefix-registry');
    // A birth certificate named keeps the registry's correction.
    const near = await tap(
      'admin',
      'fix my name for my pension',
      'The pension office says my name on my birth certificate is spelled differently from my ID card, so they cannot pay.',
    );
    expect(near.keys).not.toContain('adm-idmis-accept');
    expect(near.keys).toContain('adm-namefix-registry');
  });

  it('files a short tribunal or court claim for money back first, the letter the same day', async () => {
    const en = await tap(
      'admin',
      'get my rental deposit back',
      'The agent kept my deposit for cleaning I did. The time limit to apply to the tribunal is close and I work nights.',
      'en',
      ['Getting a deposit'],
    );
    expect(en.keys).toContain('adm-win-apply');
    expect(en.keys).not.toContain('adm-dep-letter');
    expect(en.text).not.toMatch(/14 days\b.*what you'll do if there's no reply/);
    const ru = await tap(
      'admin',
      'вернуть залог за квартиру',
      'Хозяйка не отдаёт залог 30 тысяч, говорит, что я испортила диван. Срок подачи иска скоро истекает.',
      'ru',
      ['Вернуть залог'],
    );
    expect(ru.keys).toContain('adm-win-apply');
    expect(ru.keys).not.toContain('adm-dep-letter');
    const near = await tap(
      'admin',
      'get my rental deposit back',
      'The agent kept my deposit for cleaning I did. I moved out two weeks ago.',
      'en',
      ['Getting a deposit'],
    );
    expect(near.keys).toContain('adm-dep-letter');
    expect(near.keys).not.toContain('adm-win-apply');
  });

  it('gives a permit through marriage its own order, not an appeal or naturalisation conditions', async () => {
    const ru = await tap(
      'admin',
      'Оформить вид на жительство через брак',
      'Я гражданин Узбекистана, женат на гражданке России полгода. Виза кончается через два месяца, боюсь, что могут депортировать.',
      'ru',
      ['Вид на жительство'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['adm-mar-order', 'adm-res-stay']));
    expect(ru.keys).not.toContain('adm-order-nosign');
    expect(ru.keys).not.toContain('adm-res-eligible');
    const en = await tap(
      'admin',
      'residence permit as the spouse of a citizen',
      "I married a Spanish citizen last year and my tourist stay ends in June. I'm afraid of being deported if I miss something.",
      'en',
      ['A residence permit'],
    );
    expect(en.keys).toContain('adm-mar-order');
    expect(en.keys).not.toContain('adm-order-deadline');
    expect(en.keys).not.toContain('adm-res-trips');
    // A ban actually received still gets the deadline to challenge it.
    const ban = await tap(
      'admin',
      'снять запрет на въезд',
      'Мне наложили запрет на въезд на пять лет, решение пришло неделю назад.',
      'ru',
      [],
    );
    expect(ban.keys).toContain('adm-order-deadline');
    // Citizenship through marriage keeps the naturalisation conditions.
    const cit = await tap(
      'admin',
      'citizenship through marriage',
      "I've been married to a citizen for three years and want to apply for citizenship.",
      'en',
      ['A residence permit'],
    );
    expect(cit.keys).not.toContain('adm-mar-order');
  });

  it('traces citizenship through an ancestor: the line, what breaks it, apostilles — no years lived or trips', async () => {
    const en = await tap(
      'admin',
      'Get Polish citizenship through my grandmother',
      'She left Krakow in 1938; I need her birth record and proof she never took another citizenship before my dad was born.',
      'en',
      ['A residence permit'],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['adm-desc-line', 'adm-desc-break']));
    expect(en.keys).not.toContain('adm-res-eligible');
    expect(en.keys).not.toContain('adm-res-trips');
    const ru = await tap(
      'admin',
      'Получить гражданство Греции через прадеда',
      'Прадед уехал из Греции в 1910 году, часть метрик есть, нужен апостиль и перевод.',
      'ru',
      ['Вид на жительство'],
    );
    expect(ru.keys).toContain('adm-desc-line');
    expect(ru.keys).not.toContain('adm-res-eligible');
    const near = await tap(
      'admin',
      'Apply for citizenship',
      "I've lived here for six years and want to naturalise.",
      'en',
      ['A residence permit'],
    );
    expect(near.keys).toContain('adm-res-eligible');
    expect(near.keys).not.toContain('adm-desc-line');
  });

  it('restores papers lost in a fire without the newcomer order of numbers', async () => {
    const ru = await tap(
      'admin',
      'восстановить документы после наводнения',
      'Дом затопило, пропали паспорт, СНИЛС, полис ОМС и свидетельство о собственности.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('adm-lost-list');
    expect(ru.keys).not.toContain('adm-ids-order');
    const en = await tap(
      'admin',
      'replace everything after the house fire',
      'Our flat burned down and every document went with it: passports, my NHS number letter, the deeds.',
      'en',
      [],
    );
    expect(en.keys).not.toContain('adm-ids-order');
    const near = await tap(
      'admin',
      'get a SNILS and a tax number',
      'Я только переехала в Россию и мне нужно получить СНИЛС и ИНН.',
      'ru',
      [],
    );
    expect(near.keys).toContain('adm-ids-order');
  });

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

  it('traces a closed employer’s records for a pension instead of "check what you are owed"; a plain benefit claim keeps it', async () => {
    const ru = await tap(
      'admin',
      'собрать документы на пенсию',
      'Через год мне на пенсию, в Соцфонде сказали, что шесть лет на заводе не засчитаны — завод закрыли в 90-х, архив завода не найти.',
      'ru',
      ['Пособие'],
    );
    expect(ru.keys).toContain('adm-svc-archive');
    expect(ru.keys).not.toContain('adm-ben-check');
    expect(ru.keys).not.toContain('adm-04');
    const en = await tap(
      'admin',
      'sort out my pension before I retire',
      'The pension office says eight years are missing from my record. My employer closed down in 2001 and nobody knows where the records went.',
      'en',
      ['Claiming'],
    );
    expect(en.keys).toContain('adm-svc-archive');
    const near = await tap(
      'admin',
      'оформить пособие на ребёнка',
      'Родила в марте, хочу оформить единое пособие.',
      'ru',
      ['Пособие'],
    );
    expect(near.keys).not.toContain('adm-svc-archive');
    expect(near.keys).toContain('adm-ben-check');
  });

  it('reads a residence permit on a basis without repeating the deadline and the document list', async () => {
    const ru = await tap(
      'admin',
      'продлить вид на жительство в Грузии через ИП',
      'Живу в Тбилиси третий год, ВНЖ через бизнес, в марте он заканчивается. Хочу заранее собрать документы и подать.',
      'ru',
      ['ВНЖ через работу'],
    );
    expect(ru.keys).toHaveLength(5);
    if (ru.keys.includes('adm-res-stay')) expect(ru.keys).not.toContain('adm-01');
    if (ru.keys.includes('adm-res-basis')) expect(ru.keys).not.toContain('adm-02');
  });

  it('gives heirs settling an estate among themselves every heir’s signature instead of the legal deadline; a sole heir keeps the deadline', async () => {
    const en = await tap(
      'admin',
      'transfer my late mother’s house into my name',
      'Mum died last year. We agreed to settle the estate among ourselves: all the heirs have to sign and my brother lives in Canada. The buyer wants it done by spring.',
      'en',
      ['Inheritance'],
    );
    expect(en.keys).toContain('adm-inh-heirs');
    expect(en.keys).not.toContain('adm-inh-deadline');
    const ru = await tap(
      'admin',
      'оформить бабушкин дом на себя после её смерти',
      'Бабушка умерла весной. Мы с сёстрами договорились, что они откажутся в мою пользу, но одна сестра живёт в Германии.',
      'ru',
      ['Наследство'],
    );
    expect(ru.keys).toContain('adm-inh-heirs');
    expect(ru.keys).not.toContain('adm-inh-deadline');
    const near = await tap(
      'admin',
      "deal with my late father's estate",
      "Dad died last month and I'm his only child. I have no idea where to start.",
      'en',
      ['Inheritance'],
    );
    expect(near.keys).toContain('adm-inh-deadline');
    expect(near.keys).not.toContain('adm-inh-heirs');
  });

  it('sorts a years-long paper backlog one box a sitting and keeps what may matter out of the shredder', async () => {
    const en = await tap(
      'admin',
      'sort out my papers',
      'Four big boxes of bank statements, tax papers and letters from ten years. I never know what is safe to throw away.',
      'en',
      ['A pile'],
    );
    const text = en.texts.join(' ');
    expect(en.keys).toContain('adm-back-sort');
    expect(text).toMatch(/several sittings/);
    const ru = await tap(
      'admin',
      'разобрать бумаги за много лет',
      'Три коробки квитанций, выписок и налоговых бумаг. Боюсь выбросить что-то важное.',
      'ru',
      ['Завал'],
    );
    expect(ru.keys).toContain('adm-back-sort');
    expect(ru.texts.join(' ')).toMatch(/несколько таких подходов/);
  });

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
