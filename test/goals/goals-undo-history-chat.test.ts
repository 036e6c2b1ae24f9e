import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInput } from '../../src/interfaces/chat/reply.js';
import { createTestApp, enrolledUser, type TestApp } from '../factories/app.js';
import { DIALECTS } from '../factories/databases.js';
import { buttons, chatWith, data, text } from './chat-talk.js';

/** /undo (and its button) and /history as a person meets them (the bot and the terminal share this dialog). */
for (const dialect of DIALECTS)
  describe(`${dialect}: goals in the chat: undo and history`, () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp(dialect);
    });
    afterAll(() => app?.dispose());
    const { talker, newGoal } = chatWith(() => app);

    it('undoes a /done with the Undo button: the step is back, the next one given since is set aside', async () => {
      const fay = talker();
      const [, first] = await newGoal(fay, 'Learn to play guitar');
      const done = await fay.say('/done');
      const undo = data(done).find((button) => button.startsWith('undo:'))!;
      expect(data(done)).toEqual(['cmd:next', undo]);
      expect(text(await fay.say('/next'))).toMatch(/^👣 /);
      const undone = await fay.tap(undo);
      expect(undone[0]!.text).toBe(
        '↩️ Undone: this step is your current one again. The next step I gave you is set aside; a fresh one comes after this one.',
      );
      expect(undone[1]!.text).toBe(first!.text);
      expect(text(await fay.say('/undo'))).toBe(
        'There’s nothing to undo: no step of «Learn to play guitar» is finished yet.',
      );
    });

    it('refuses /undo after ten minutes, and an old Undo button under an earlier step', async () => {
      const gus = talker();
      await newGoal(gus, 'Learn to juggle');
      const firstUndo = data(await gus.say('/done')).find((button) => button.startsWith('undo:'))!;
      await gus.say('/next');
      await gus.say('/done');
      expect(text(await gus.tap(firstUndo))).toBe('Only the last step you finished can be undone.');
      app.clock.advance(10 * 60_000 + 1);
      expect(text(await gus.say('/undo'))).toBe(
        'That step was finished more than 10 minutes ago, so it stays done (/history keeps it). Just carry on from here.',
      );
      expect(text(await gus.say('/step'))).toContain('the last step is done');
    });

    it('undoes in Russian, and says why a step that moved a track stays done', async () => {
      const ira = talker('ru');
      await newGoal(ira, 'Выучить японский');
      await ira.say('/done');
      const undone = await ira.say('/undo');
      expect(undone[0]!.text).toBe('↩️ Отменил: этот шаг снова текущий.');
      expect(undone[1]!.text).toMatch(/^👣 /);

      const user = await enrolledUser(app);
      await app.goals.createGoal(user.id, { title: 'Go to the gym three times a week' });
      await app.tracks.linkGoal(user.id, (await app.goals.currentStep(user.id)).goal.id, 'self_work');
      const parent = await app.goals.user(user.id);
      await app.dialog.handle(parent, 'telegram', parseInput('/done'));
      const refused = await app.dialog.handle(parent, 'telegram', parseInput('/undo'));
      expect(refused[0]!.text).toContain(
        'That step already moved your Self Work track, and progress there never goes back',
      );
    });

    it('shows a goal’s finished steps with their dates, the latest page first, and pages back', async () => {
      const hal = talker();
      const steps: string[] = [];
      const [, first] = await newGoal(hal, 'Declutter my apartment');
      steps.push(first!.text.split('\n')[0]!.slice(3));
      for (let i = 0; i < 12; i++) {
        await hal.say('/done');
        const [next] = await hal.say('/next');
        steps.push(next!.text.split('\n')[0]!.slice(3));
      }
      const latest = await hal.say('/history');
      expect(text(latest)).toContain('📜 «Declutter my apartment»: 12 steps finished.\nSteps 11–12:\n11. 1 March — ');
      expect(text(latest)).toContain(`12. 1 March — ${steps[11]}`);
      // The open (13th) step is not history.
      expect(text(latest)).not.toContain(steps[12]!);
      expect(buttons(latest).map((button) => [button.label, button.data])).toEqual([['⬅️ Earlier', 'hist:1:1']]);
      const earlier = await hal.tap('hist:1:1');
      expect(text(earlier)).toContain(`Steps 1–10:\n1. 1 March — ${steps[0]}`);
      expect(data(earlier)).toEqual(['hist:1:2']);
      expect(app.dialog.typedFor('hist:1:2')).toBe('/history 1 2');
      expect(text(await hal.say('/history 1 2'))).toBe(text(latest));
    });

    it('shows history in Russian, for another goal by its number, and says when nothing is finished yet', async () => {
      const ola = talker('ru');
      await newGoal(ola, 'Научиться рисовать');
      await ola.say('/done');
      await ola.say('/next');
      await ola.say('/done');
      await newGoal(ola, 'Накопить на отпуск');
      expect(text(await ola.say('/history'))).toBe(
        'По цели «Накопить на отпуск» пока нет сделанных шагов. Здесь появятся те, что ты выполнишь.',
      );
      const history = text(await ola.say('/history 1'));
      expect(history).toMatch(/^📜 «Научиться рисовать»: сделано 2 шага\.\n1\. 1 марта — .+\n2\. 1 марта — .+$/);
      expect(text(await ola.say('/history 7'))).toContain('Не нахожу такую цель');
    });

    it('shows a terminal what to type for the new buttons', () => {
      expect(app.dialog.typedFor('undo:4b1f0c1e-1111-4222-8333-944445555666')).toBe('/undo');
      expect(app.dialog.typedFor('reopen:3')).toBe('/reopen 3');
    });
  });
