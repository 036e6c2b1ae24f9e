import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twenty-seventh blind read, fixed in general (helper fix27f)', () => {
  it('gives a teenager at odds with the step-parent they live with the step-parent steps — never a message to a parent who died', async () => {
    const ru = await firstFive(
      'family',
      'Наладить отношения с отчимом',
      'Мне 16, папы нет уже три года — он умер. Живу с мамой и её новым мужем, почти не разговариваем, ругаемся из-за телефона.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-mystep-rows');
    expect(ru.keys).not.toContain('fam-estr-message');
    expect(ru.keys).not.toContain('fam-pc-pace');
    expect(ru.text).not.toMatch(/Напиши папе/);
    const en = await firstFive(
      'family',
      'Get on with my dad and his new wife',
      "I'm 15. Mum passed away when I was ten. His wife and I don't talk; we only row about my room.",
    );
    expect(en.keys[0]).toBe('fam-mystep-rows');
    expect(en.keys).not.toContain('fam-estr-message');
    // A parent whose child and new partner don't get on keeps the parent-in-the-middle steps.
    const parent = await firstFive('family', 'Help my son and my new husband get on', 'He is 12 and ignores him.');
    expect(parent.keys[0]).toBe('fam-pc-pace');
  });

  it('never writes to a relative the goal says has died: the reconciling steps name only the person to make up with', async () => {
    const ru = await firstFive(
      'family',
      'Снова начать общаться',
      'После того как умерла мама, мы с сестрой поругались на поминках и год не разговариваем.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-estr-message-open');
    expect(ru.keys).toContain('fam-estr-meet-open');
    expect(ru.keys).not.toContain('fam-estr-message');
    expect(ru.text).not.toMatch(/маме|маму/);
    const en = await firstFive(
      'family',
      'Start talking again',
      'My father died in spring and since the funeral my brother and I have not spoken.',
    );
    expect(en.keys[0]).toBe('fam-estr-message-open');
    expect(en.text).not.toMatch(/your father/);
    // No death named: the message names the relative.
    const alive = await firstFive('family', 'Make up with my cousin and my aunt', "We haven't spoken since Easter.");
    expect(alive.keys[0]).toBe('fam-estr-message');
  });

  it('does not send someone to a notary over a dispute that is already settled', async () => {
    const ru = await firstFive(
      'family',
      'Помириться с сестрой',
      'Поругались из-за бабушкиной квартиры, в итоге квартиру продали, деньги разделили, а мы не общаемся уже три года.',
      'ru',
    );
    expect(ru.keys).toContain('fam-estr-settled');
    expect(ru.keys).not.toContain('fam-estr-dispute');
    const en = await firstFive(
      'family',
      'Reconcile with my brother',
      "We fell out over our parents' house. It was sold last year and the money split, but we haven't spoken since.",
    );
    expect(en.keys).toContain('fam-estr-settled');
    expect(en.keys).not.toContain('fam-estr-dispute');
    // A dispute still open keeps the neutral-facts step.
    const open = await firstFive(
      'family',
      'Reconcile with my brother',
      "We fell out over Dad's flat and haven't spoken.",
    );
    expect(open.keys).toContain('fam-estr-dispute');
    expect(open.keys).not.toContain('fam-estr-settled');
  });

  it('gives a parent whose grown children do not speak to each other the go-between steps — not a pause word with one child', async () => {
    const ru = await firstFive(
      'family',
      'Помирить дочерей',
      'Мне 63, мои взрослые дочери не разговаривают друг с другом после ссоры на юбилее.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-mediate-role');
    expect(ru.keys).toContain('fam-mediate-listen');
    expect(ru.keys).not.toContain('fam-16');
    expect(ru.keys).not.toContain('fam-estr-message');
    const en = await firstFive(
      'family',
      'Get my sons talking to each other again',
      "They're 30 and 34 and fell out over a loan; neither will come if the other is there.",
    );
    expect(en.keys[0]).toBe('fam-mediate-role');
    expect(en.keys).not.toContain('fam-22');
    expect(en.keys).not.toContain('fam-estr-message');
    // Small children squabbling at home keep their own steps.
    const kids = await firstFive('family', 'Stop the kids fighting each other', 'They are 6 and 8.');
    expect(kids.keys).not.toContain('fam-mediate-role');
  });

  it("never tells a bereaved parent at a family celebration to speak 'to your child' or to ask 'your daughter'", async () => {
    const en = await firstFive(
      'grief',
      "Get through my niece's christening",
      'Our son died last year and this is the first family party since.',
    );
    expect(en.keys).toContain('grief-day-words');
    expect(en.text).not.toMatch(/your child|your daughter|your son/);
    const ru = await firstFive(
      'grief',
      'Пережить свадьбу племянника',
      'Полгода назад погиб наш сын, это первое семейное торжество.',
      'ru',
    );
    expect(ru.keys).toContain('grief-day-words');
    expect(ru.text).not.toMatch(/своему ребёнку|спроси дочь/);
  });

  it('finds friends who speak the same language abroad — their groups and a meeting without a car — not a club about a hobby', async () => {
    const ru = await firstFive(
      'social',
      'Познакомиться с русскоговорящими мамами',
      'Мы переехали в Канаду, живу в пригороде, машины нет, дома с дочкой.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-tongue-find');
    expect(ru.keys).toContain('soc-tongue-meet');
    expect(ru.keys).not.toContain('soc-03');
    const en = await firstFive(
      'social',
      'Find Russian-speaking friends in Lisbon',
      'My Portuguese is basic and I work from home.',
    );
    expect(en.keys[0]).toBe('soc-tongue-find');
    // New in town with no language named keeps the ordinary path.
    const plain = await firstFive('social', 'Make friends in my new city', 'I moved here in spring.');
    expect(plain.keys).not.toContain('soc-tongue-find');
  });
});
