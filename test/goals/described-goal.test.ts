import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedContent } from '../factories/app-content.js';
import { createTestApp, type TestApp } from '../factories/app.js';
import { DIALECTS } from '../factories/databases.js';

const { pack } = sharedContent();

/** A described goal's own words, through the services every interface calls: they shape the steps, not a template. */
for (const dialect of DIALECTS) {
  describe(`${dialect}: a described goal placed outside the kinds`, () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp(dialect);
    });
    afterAll(() => app?.dispose());

    let count = 0;
    const cases = [
      {
        locale: 'en',
        title: 'Start a little free library on our street',
        description:
          'Our residents association said yes, I have 300 euros and an old kitchen cabinet to turn into the box.',
      },
      {
        locale: 'ru',
        title: 'Открыть маленькую библиотеку во дворе',
        description: 'Живу в Казани, ТСЖ не против. Есть старый кухонный шкаф и 5000 рублей на краску и полки.',
      },
    ] as const;

    for (const { locale, title, description } of cases)
      it(`quotes what the person wrote, then keeps to their path on the next steps (${locale})`, async () => {
        const user = await app.goals.ensureUser({ provider: 'test', subject: `described${++count}`, locale });
        let outcome = await app.goals.createGoal(user.id, { title, description });
        // "Something else" to every question about the kind.
        for (let turn = 0; turn < 2 && outcome.kind === 'question'; turn++)
          outcome = await app.goals.answerClarification(user.id, pack.generic.other[locale]);
        if (outcome.kind !== 'step') throw new Error(`expected a step, got ${outcome.kind}`);
        expect(outcome.step.text).toContain(description.split(/[.,]/)[0]!);
        const steps = [outcome.step.text];
        for (let next = 0; next < 2; next++) {
          await app.goals.completeStep(user.id);
          const later = await app.goals.nextStep(user.id);
          if (later.kind !== 'step') throw new Error('expected a step');
          steps.push(later.step.text);
        }
        // What gets in the way of the goal, then a ten-minute action towards it: the goal in their words, quoted.
        expect(steps[1]).toContain(title);
        expect(steps[2]).toContain(title);
        const bare = await app.goals.ensureUser({ provider: 'test', subject: `bare${++count}`, locale });
        let plain = await app.goals.createGoal(bare.id, { title });
        for (let turn = 0; turn < 2 && plain.kind === 'question'; turn++)
          plain = await app.goals.answerClarification(bare.id, pack.generic.other[locale]);
        if (plain.kind !== 'step') throw new Error('expected a step');
        expect(plain.step.text).not.toEqual(outcome.step.text);
      });
  });
}
