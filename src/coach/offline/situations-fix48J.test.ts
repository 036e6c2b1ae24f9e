import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-eighth blind read, fixed in general (helper fix48J)', () => {
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

  it('gives the giver, not the gambler, the steps when money goes to a relative who gambles', async () => {
    const en = await tap(
      'finance',
      'stop bailing out my son',
      'My son is 27 and he gambles on football apps. He keeps borrowing from me and never pays it back, and now debt collectors are calling him.',
      'en',
    );
    expect(en.keys).toContain('fin-kin-rule');
    expect(en.keys).toContain('fin-kin-threat');
    expect(en.keys).not.toContain('hz-gamble-stop');
    const ru = await tap(
      'finance',
      'Перестать закрывать долги мужа',
      'Муж делает ставки на спорт, я уже два года гашу его долги по кредиткам. Хочу отложить деньги на ремонт.',
      'ru',
    );
    expect(ru.keys).toContain('fin-kin-rule');
    expect(ru.keys).not.toContain('fin-kin-threat');
    // One's own gambling debt keeps the hazard's steps.
    const near = await tap(
      'finance',
      'pay off my gambling debts',
      "I've been betting on football and borrowed on two credit cards to win it back. I owe about 6,000.",
      'en',
    );
    expect(near.keys).not.toContain('fin-kin-rule');
    expect(near.keys).toContain('hz-gamble-stop');
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

  it('works out what a lean month can pay before offering a plan on arrears with irregular pay', async () => {
    const en = await tap(
      'finance',
      'get back on track with the rent',
      "I work shifts on a zero-hours contract and I'm £1,200 behind on my rent. The letting agent says I need a payment plan or they'll start court action.",
      'en',
      ['Behind on rent'],
    );
    expect(en.keys[0]).toBe('fin-arr-afford');
    expect(en.keys).not.toContain('fin-irr-lean');
    const near = await tap(
      'finance',
      'catch up on my rent',
      "I'm on a salary but I'm £600 behind on rent after a big car repair.",
      'en',
      ['Behind on rent'],
    );
    expect(near.keys).not.toContain('fin-arr-afford');
  });

  it('does not repeat the requirements search for a credential already looked up', async () => {
    const en = await tap(
      'career',
      'become a medical interpreter',
      "I speak Spanish and English at home and work in a warehouse. I don't know which certificate hospitals ask for.",
      'en',
      ['Finding out which qualification'],
    );
    expect(en.keys).toContain('car-cred-find');
    expect(en.keys).toContain('car-cred-plan');
    expect(en.keys).not.toContain('car-03');
  });

  it('prepares a medical residency interview with behavioural stories, not school subject questions', async () => {
    const en = await tap(
      'interview',
      'get ready for my internal medicine residency interviews',
      "I'm an international medical graduate from Cairo with five interviews in December. I've never done a behavioural interview.",
      'en',
      ['An admission'],
    );
    expect(en.keys).toContain('intv-res-stories');
    expect(en.keys).not.toContain('intv-adm-topics');
    const ru = await tap(
      'interview',
      'Подготовиться к собеседованию в ординатуру по педиатрии',
      'Мне 24, заканчиваю медвуз, собеседование в ординатуру через месяц, боюсь отвечать заученно.',
      'ru',
      ['Собеседование при поступлении'],
    );
    expect(ru.keys).toContain('intv-res-stories');
    // A university admission interview keeps its subject questions.
    const near = await tap(
      'interview',
      'prepare for my university interview for history',
      'I have an admission interview for a history degree in three weeks.',
      'en',
      ['An admission'],
    );
    expect(near.keys).not.toContain('intv-res-stories');
  });
});
