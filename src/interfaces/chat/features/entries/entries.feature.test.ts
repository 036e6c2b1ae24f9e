import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../../test/factories/app.js';
import { DIALECTS } from '../../../../../test/factories/databases.js';
import type { User } from '../../../../core/goals/model.js';
import { parseInput, type ChatInput, type Reply } from '../../reply.js';

const LETTER = {
  hardest_now: 'The silence.',
  what_you_did_well: 'I went to the meeting.',
  what_you_need: 'To hear that I am enough.',
  letter: 'Dear me, you kept going.',
};

/** /entries in the chat dialog (the bot and the terminal share it), as a parent would meet it. */
for (const dialect of DIALECTS)
  describe(`${dialect}: /entries: reading back, editing and deleting what one wrote`, () => {
    let app: TestApp;
    // The first app of a file trains the crisis check and the intent router: slow on a busy machine.
    beforeAll(async () => {
      app = await createTestApp(dialect);
    }, 120_000);
    afterAll(() => app?.dispose());

    const talker = async (subject: string, locale: 'en' | 'ru') => {
      const user = await app.goals.ensureUser({ provider: 'test', subject, locale });
      await app.tracks.enroll(user.id, 'recovery');
      const send = async (input: ChatInput) => app.dialog.handle(await app.goals.user(user.id), 'telegram', input);
      return {
        user,
        say: (line: string) => send(parseInput(line)),
        tap: (data: string) => send({ kind: 'button', data }),
      };
    };
    /** Saved as the exercises save them, a day apart from 1 March, oldest first. */
    const seed = async (user: User, entries: Array<[string, Record<string, string | number>]>) => {
      const ids: string[] = [];
      for (const [i, [exerciseId, answers]] of entries.entries()) {
        const id = randomUUID();
        ids.push(id);
        await app.stores.exercises.insert({
          id,
          userId: user.id,
          programId: 'recovery',
          exerciseId,
          answers,
          createdAt: new Date(Date.UTC(2026, 2, 1 + i, 9)),
        });
      }
      return ids;
    };
    const checkin = (mood: number) =>
      ['emotional_checkin', { mood, anxiety: 4, hope: 5, three_words: `words ${mood}` }] as [
        string,
        Record<string, number | string>,
      ];
    const data = (replies: Reply[]) =>
      replies
        .flatMap((reply) => reply.buttons ?? [])
        .flat()
        .map((button) => button.data);

    it('lists entries newest first with the mood trend, opens one by number, and pages on', async () => {
      const ann = await talker('entries-ann', 'en');
      expect((await ann.say('/entries'))[0]!.text).toContain('Nothing saved yet');
      const ids = await seed(ann.user, [
        checkin(2),
        checkin(5),
        ['letter_to_self', LETTER],
        checkin(9),
        checkin(7),
        checkin(8),
        checkin(10),
      ]);

      const [page] = await ann.say('/entries');
      const lines = page!.text.split('\n');
      expect(lines[0]).toBe('📔 Your entries, newest first:');
      expect(lines[1]).toBe('1. 7 Mar · 🧠 Emotional check-in — “words 10”');
      expect(lines[5]).toBe('5. 3 Mar · 🧠 Letter to yourself — “The silence.”');
      expect(page!.text).toContain('Mood over your last 6 check-ins (1 Mar – 7 Mar): ▂▄▇▆▆█');
      expect(data([page!])).toEqual([
        ...ids
          .slice(2)
          .reverse()
          .map((id) => `ent:o:${id}`),
        expect.stringMatching(/^ent:m:/),
      ]);

      const [letter] = await ann.say('5');
      expect(letter!.text).toContain('🧠 Letter to yourself · 3 Mar 2026');
      expect(letter!.text).toContain('What is hardest for you right now?\n› The silence.');
      expect(letter!.text).toContain('› Dear me, you kept going.');
      expect(data([letter!])).toEqual([`ent:e:${ids[2]}`, `ent:d:${ids[2]}`, 'cmd:entries']);

      const more = data([page!]).at(-1)!;
      const [older] = await ann.tap(more);
      expect(older!.text.split('\n').slice(0, 3)).toEqual([
        '📔 Older entries:',
        '1. 2 Mar · 🧠 Emotional check-in — “words 5”',
        '2. 1 Mar · 🧠 Emotional check-in — “words 2”',
      ]);
      expect(older!.text).not.toContain('Mood over');
      expect(data([older!])).toEqual([`ent:o:${ids[1]}`, `ent:o:${ids[0]}`]);
      const [checkIn] = await ann.say('2');
      expect(checkIn!.text).toContain('How is your mood right now, from 1 (very low) to 10 (very good)?\n› 2 (1–10)');
      // A check-in's numbers are a record of that moment: it can be deleted, and its words changed.
      expect(app.dialog.typedFor(more)).toBe(`/entries ${more.slice('ent:m:'.length)}`);
    });

    it('edits a saved letter: picks the answer, takes the new text; progress and milestones stay', async () => {
      const bea = await talker('entries-bea', 'en');
      const [id] = await seed(bea.user, [['letter_to_self', LETTER]]);
      const before = await app.tracks.progress(bea.user.id);

      const [pick] = await bea.tap(`ent:e:${id}`);
      expect(pick!.text).toBe('Which answer do you want to change?');
      expect(data([pick!])).toEqual([1, 2, 3, 4].map((position) => `ent:e:${id}:${position}`));
      expect(app.dialog.typedFor(`ent:e:${id}:4`)).toBe(`/entry ${id} edit 4`);
      const [ask] = await bea.tap(`ent:e:${id}:4`);
      expect(ask!.text).toContain('Send the new text for this question:\n«Now write your letter to yourself.');
      expect((await bea.say('   '))[0]!.text).toContain('is empty');
      const [saved] = await bea.say('Dear me, you kept going, and you asked for help.');
      expect(saved!.text).toBe('✏️ Saved. Your progress and milestones stay as they were.');
      const [reread] = await bea.tap(`ent:o:${id}`);
      expect(reread!.text).toContain('› Dear me, you kept going, and you asked for help.');
      expect(reread!.text).toContain('› The silence.');
      expect(await app.tracks.progress(bea.user.id)).toEqual(before);
      // Ordinary text afterwards is no longer taken as an edit.
      await bea.say('thank you');
      expect((await app.stores.exercises.list(bea.user.id, 5))[0]!.answers.letter).toBe(
        'Dear me, you kept going, and you asked for help.',
      );
    });

    it('deletes only after a yes; the terminal types the same', async () => {
      const cid = await talker('entries-cid', 'en');
      const [keep, drop] = await seed(cid.user, [checkin(6), checkin(3)]);
      const [ask] = await cid.tap(`ent:d:${drop}`);
      expect(ask!.text).toBe(
        'Delete «🧠 Emotional check-in» from 2 Mar? What you wrote will be gone for good; your progress and milestones stay.',
      );
      expect(data([ask!])).toEqual([`ent:y:${drop}`, `ent:k:${drop}`]);
      expect((await cid.tap(`ent:k:${drop}`))[0]!.text).toBe('OK, the entry stays.');
      expect((await app.stores.exercises.list(cid.user.id, 5)).length).toBe(2);
      expect(app.dialog.typedFor(`ent:y:${drop}`)).toBe(`/entry ${drop} delete yes`);
      expect((await cid.say(`/entry ${drop} delete yes`))[0]!.text).toBe('Deleted. Your progress and milestones stay.');
      expect((await app.stores.exercises.list(cid.user.id, 5)).map((entry) => entry.id)).toEqual([keep]);
      expect((await cid.tap(`ent:y:${drop}`))[0]!.text).toBe('I can’t find that entry.');
    });

    it('speaks Russian: the list, the trend, the question before deleting', async () => {
      const dasha = await talker('entries-dasha', 'ru');
      expect((await dasha.say('/entries'))[0]!.text).toContain('Пока ничего не сохранено');
      const [, second] = await seed(dasha.user, [checkin(3), ['letter_to_self', LETTER], checkin(8)]);
      const [page] = await dasha.say('/entries');
      expect(page!.text.split('\n').slice(0, 3)).toEqual([
        '📔 Твои записи, сначала новые:',
        '1. 3 мар. · 🧠 Эмоциональная сверка — «words 8»',
        '2. 2 мар. · 🧠 Письмо себе — «The silence.»',
      ]);
      expect(page!.text).toContain('Настроение за последние 2 сверки (1 мар. – 3 мар.): ▃▆');
      expect(page!.text).toContain('Отправь номер');
      const [letter] = await dasha.say('2');
      expect(letter!.text).toContain('Что для тебя сейчас тяжелее всего?\n› The silence.');
      expect((await dasha.tap(`ent:d:${second}`))[0]!.text).toContain('Удалить «🧠 Письмо себе» от 2 мар.?');
      const [pick] = await dasha.tap(`ent:e:${second}`);
      expect(pick!.text).toBe('Какой ответ ты хочешь изменить?');
    });
  });

describe('/entries with the track system switched off', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp('sqlite', { MULTI_TRACK_SYSTEM_ENABLED: 'false' });
  }, 120_000);
  afterAll(() => app?.dispose());

  it('still reads back what the person wrote', async () => {
    const user = await app.goals.ensureUser({ provider: 'test', subject: 'entries-off', locale: 'en' });
    await app.stores.exercises.insert({
      id: randomUUID(),
      userId: user.id,
      programId: 'recovery',
      exerciseId: 'letter_to_self',
      answers: LETTER,
      createdAt: new Date(Date.UTC(2026, 2, 1, 9)),
    });
    const [page] = await app.dialog.handle(user, 'cli', parseInput('/entries'));
    expect(page!.text).toContain('1. 1 Mar · 🧠 Letter to yourself — “The silence.”');
  });
});
