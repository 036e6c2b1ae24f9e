import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../factories/app.js';
import { DIALECTS } from '../factories/databases.js';
import { buttons, chatWith, data, text } from './chat-talk.js';

/** /goals, /switch, /complete, /archive and /reopen as a person meets them (the bot and the terminal share this dialog). */
for (const dialect of DIALECTS)
  describe(`${dialect}: goals in the chat: stable numbers, closed goals, confirming and reopening`, () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp(dialect);
    });
    afterAll(() => app?.dispose());
    const { talker, newGoal } = chatWith(() => app);

    it('keeps the goal numbers in /goals where they were after a switch', async () => {
      const ann = talker();
      await newGoal(ann, 'Learn Spanish');
      await newGoal(ann, 'Run a marathon');
      const before = text(await ann.say('/goals'));
      expect(before).toContain('1. 🎯 Learn Spanish — 0 steps done\n2. 🎯 Run a marathon — 0 steps done (active)');
      expect(text(await ann.say('1'))).toContain('Now working on «Learn Spanish»');
      expect(text(await ann.say('/goals'))).toContain(
        '1. 🎯 Learn Spanish — 0 steps done (active)\n2. 🎯 Run a marathon — 0 steps done',
      );
      expect(text(await ann.say('/switch 2'))).toContain('Now working on «Run a marathon»');
      expect(text(await ann.say('/goals'))).toContain('1. 🎯 Learn Spanish — 0 steps done\n2. 🎯 Run a marathon');
    });

    it('lists closed goals apart with a way back, never as a goal to switch to', async () => {
      const bo = talker();
      await newGoal(bo, 'Learn Spanish');
      await newGoal(bo, 'Write a novel');
      await bo.say('/complete');
      await bo.say('yes');
      const list = await bo.say('/goals');
      expect(text(list)).toContain(
        '1. 🎯 Learn Spanish — 0 steps done\n\nClosed:\n2. 🎯 Write a novel — 0 steps done (achieved)',
      );
      expect(data(list).filter((button) => button.startsWith('goal:'))).toHaveLength(1);
      expect(data(list)).toContain('reopen:2');
      const picked = await bo.say('2');
      expect(text(picked)).toBe(
        '«Write a novel» is closed, so I can’t switch to it. Want it back? /reopen 2 makes it your active goal again, with all its steps.',
      );
      expect(data(picked)).toEqual(['reopen:2']);
      expect(text(await bo.say('/step'))).toContain('You have no active goal');
      const reopened = await bo.tap('reopen:2');
      expect(reopened[0]!.text).toBe(
        '🔓 «Write a novel» is open again, with all its steps. It’s your active goal now.',
      );
      expect(reopened[1]!.text).toMatch(/^👣 /);
      expect(text(await bo.say('/reopen 1'))).toBe('«Learn Spanish» isn’t closed. /switch 1 makes it the active goal.');
    });

    it('asks before /complete and /archive in English: No keeps the goal, yes closes it', async () => {
      const cy = talker();
      await newGoal(cy, 'Learn to swim');
      const asked = await cy.say('/complete');
      expect(text(asked)).toBe(
        'Mark «Learn to swim» as achieved? It won’t get new steps (/reopen brings it back). Yes or no?',
      );
      expect(buttons(asked).map((button) => [button.label, button.data])).toEqual([
        ['✅ Yes', 'goalclose:yes'],
        ['✖️ No', 'goalclose:no'],
      ]);
      expect(text(await cy.tap('goalclose:no'))).toBe('OK, «Learn to swim» stays as it is.');
      expect(text(await cy.say('/step'))).toMatch(/^👣 /);
      // An old Yes tapped later closes nothing.
      expect(text(await cy.tap('goalclose:yes'))).toBe('There’s nothing waiting for a yes or no right now.');
      await cy.say('/archive');
      expect(text(await cy.say('yes'))).toContain('«Learn to swim» is archived');
      expect(text(await cy.say('/goals'))).toContain('1. 🎯 Learn to swim — 0 steps done (archived)');
    });

    it('asks before /complete and /archive in Russian: «нет» keeps it, «да» and the button close it', async () => {
      const dina = talker('ru');
      await newGoal(dina, 'Научиться рисовать');
      expect(text(await dina.say('/archive'))).toBe(
        'Убрать цель «Научиться рисовать» в архив? Шаги сохранятся, а /reopen вернёт её. Да или нет?',
      );
      expect(text(await dina.say('нет'))).toBe('Хорошо, цель «Научиться рисовать» остаётся как есть.');
      expect(text(await dina.say('/complete'))).toContain('Отметить цель «Научиться рисовать» достигнутой?');
      expect(text(await dina.say('да'))).toContain('Цель «Научиться рисовать» достигнута');
      await newGoal(dina, 'Бегать по утрам');
      const asked = await dina.say('/archive');
      expect(buttons(asked).map((button) => button.label)).toEqual(['✅ Да', '✖️ Нет']);
      expect(text(await dina.tap('goalclose:yes'))).toContain('Цель «Бегать по утрам» в архиве');
      expect(text(await dina.say('/reopen 1'))).toContain('🔓 Цель «Научиться рисовать» снова открыта');
    });

    it('reads anything but yes or no after /complete as usual, and leaves the goal open', async () => {
      const eve = talker();
      await newGoal(eve, 'Learn chess');
      await eve.say('/complete');
      expect(text(await eve.say('done'))).toContain('1 step done');
      expect(text(await eve.say('yes'))).not.toContain('achieved');
      expect(text(await eve.say('/status'))).toContain('🎯 Learn chess');
    });
  });
