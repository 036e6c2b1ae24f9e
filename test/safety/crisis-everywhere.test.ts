import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Log } from '../../src/core/ports.js';
import { startApi, type ApiHarness } from '../http/api-harness.js';
import { enrolledUser, chatAs } from '../factories/app.js';

/** Log lines as the server would write them, to check that no user words ever reach them. */
const lines: string[] = [];
const record = (fields: object, message: string) => void lines.push(JSON.stringify({ ...fields, m: message }));
const log: Log = { info: record, warn: record, error: record };

describe('crisis safety wherever a person writes', () => {
  let apiHarness: ApiHarness;
  beforeAll(async () => {
    apiHarness = await startApi('sqlite', {}, log);
  });
  afterAll(() => apiHarness.dispose());

  /** A new enrolled user and a way to talk as them (`button:<data>` taps a button). */
  const chat = async (locale: 'en' | 'ru' = 'en') => {
    const user = await enrolledUser(apiHarness.app, { locale, primary: 'self_work' });
    const say = chatAs(apiHarness.app, user.id);
    return { user, say };
  };

  it('answers a plan with emergency numbers first, pushes no step, and checks in on the next message before anything else', async () => {
    const { say } = await chat();
    const crisis = await say('/newgoal I have saved up enough pills and tomorrow it ends');
    expect(crisis).toHaveLength(1);
    expect(crisis[0]!.text.startsWith('If you or someone near you is in danger right now')).toBe(true);
    expect(crisis[0]!.text).toContain('Please reach someone this minute');
    expect(crisis[0]!.text).not.toContain('👣');
    const next = await say('/newgoal Learn Spanish');
    expect(next[0]!.text).toContain('how are you doing now');
    expect(next[0]!.buttons?.flat().map((button) => button.data)).toEqual(['safety:help:imminent']);
    expect(next[1]!.text).toContain('/skip');
    // Only the first message after the crisis reply gets the check-in.
    expect((await say('/skip'))[0]!.text).toContain('New goal');
    expect((await say('button:safety:help:imminent'))[0]!.text).toContain('112');
  });

  it('answers a child in danger with child-protection resources', async () => {
    const { say } = await chat();
    const reply = await say('my daughter came back with bruises and says her stepdad hits her');
    expect(reply[0]!.text).toContain('a child may not be safe');
    expect(reply[0]!.text).toContain('NSPCC');
  });

  it('keeps a farewell letter typed into an exercise, pauses the exercise, and resumes it on request', async () => {
    const { user, say } = await chat('ru');
    await say('/exercise letter_to_child');
    await say('Миша');
    await say('Как мы строили шалаш на даче');
    const crisis = await say(
      'Что я его люблю. Это моё последнее письмо, когда меня не станет, пусть знает, что он не виноват',
    );
    expect(crisis[0]!.text).toContain('112');
    expect(crisis[0]!.text).toContain('сохранено');
    // While paused, text is not taken as the next answer.
    const after = await say('спасибо, мне уже немного легче');
    expect(after[0]!.text).toContain('как ты сейчас');
    expect(after[0]!.buttons?.flat().map((button) => button.data)).toEqual(['safety:help:concern', 'cmd:resume']);
    const resumed = await say('/resume');
    expect(resumed[0]!.text).toContain('Теперь напиши само письмо');
    const done = await say('Мишенька, я тебя очень люблю. Увидимся в субботу!');
    // Closed quietly: no reflection, no percentages, no next action after a crisis in it.
    expect(done).toHaveLength(1);
    expect(done[0]!.text).toMatch(/^✅ Сохранено/);
    expect(done[0]!.buttons).toBeUndefined();
    const [entry] = await apiHarness.app.tracks.entries(user.id);
    expect(entry?.answers.want_them_to_know).toContain('моё последнее письмо');
  });

  it('screens text after a command too (/log), and a command nobody defined', async () => {
    const { say } = await chat();
    expect((await say('/log gave away all my things, won’t need them after this weekend'))[0]!.text).toContain('112');
    const other = await chat();
    expect((await other.say('/kill_myself'))[0]!.text).toContain('112');
  });

  it('meets free text right after a crisis reply with the check-in alone, and keeps a paused exercise from being replaced', async () => {
    const { say } = await chat();
    await say('/exercise letter_to_self');
    expect((await say('I want to die'))[0]!.text).toContain('Thank you for telling me');
    // A message that would otherwise start the emotional check-in: only the check-in answers it.
    const next = await say('I feel anxious and want to do a check-in');
    expect(next).toHaveLength(1);
    expect(next[0]!.text).toContain('how are you doing now');
    const later = await say('I feel anxious and want to do a check-in');
    expect(later.map((reply) => reply.text).join('\n')).toContain('is waiting');
    // The crisis message was kept as the first answer: the exercise goes on at the second question.
    expect((await say('/resume'))[0]!.text).toMatch(/^\(2\/4\)/);
  });

  it('answers an edited message or a photo caption that speaks of a crisis, and stays quiet about others', async () => {
    const { user } = await chat();
    const handle = async (text: string, why: 'edited' | 'media') =>
      apiHarness.app.dialog.handle(await apiHarness.app.goals.user(user.id), 'test', { kind: 'unread', why, text });
    expect((await handle('I will kill myself tonight', 'edited'))[0]!.text).toMatch(
      /^If you or someone near you is in danger right now/,
    );
    expect((await handle('a photo of the beach', 'media'))[0]!.text).toContain('how are you doing now');
    expect((await handle('a photo of the beach', 'media'))[0]!.text).toContain('I can only read text');
  });

  it('saves an API entry that signals a crisis, and answers with the safety object first', async () => {
    const ann = await enrolledUser(apiHarness.app, { locale: 'en', primary: 'self_work' });
    const before = await apiHarness.app.metrics.total('crisis_detected');
    const response = await apiHarness.call('POST', '/api/exercises/letter_to_self/entries', ann, {
      answers: {
        hardest_now: 'Another hearing lost.',
        what_you_did_well: 'I kept going to work.',
        what_you_need: 'Sleep.',
        letter: 'Dear me, you tried. The pills are counted and the note is written; tonight it stops.',
      },
    });
    expect(response.status).toBe(201);
    expect(Object.keys(response.body)[0]).toBe('safety');
    expect(response.body.safety).toMatchObject({ level: 'imminent', category: 'plan' });
    expect(response.body.safety.resources).toMatch(/^If you or someone near you is in danger right now/);
    // Worded for a page, where nobody answers what is typed next: it points to the people in the help.
    expect(response.body.safety.channel).toBe('page');
    expect(response.body.safety.message).toContain('the people above are there for exactly this');
    expect(response.body.tracks.length).toBeGreaterThan(0);
    expect((await apiHarness.call('GET', '/api/entries', ann)).body.entries[0].answers.letter).toContain(
      'tonight it stops',
    );
    expect(await apiHarness.app.metrics.total('crisis_detected')).toBe(before + 1);
    const ru = await apiHarness.call('POST', '/api/exercises/letter_to_self/entries?lang=ru', ann, {
      answers: {
        hardest_now: 'Суд.',
        what_you_did_well: 'Держусь.',
        what_you_need: 'Сон.',
        letter: 'Хочу покончить со всем этим, сил больше нет жить.',
      },
    });
    expect(ru.body.safety.resources).toContain('8-800-2000-122');
    expect(ru.body.safety.message).toContain('Специалисты выше готовы выслушать');
    expect(ru.body.safety.message).not.toContain('давай поговорим');
  });

  it('still answers with the safety object when the entry itself is refused (too long, a field missing)', async () => {
    const cid = await enrolledUser(apiHarness.app, { locale: 'en', primary: 'self_work' });
    const letter = `I have written to each of you. The pills are counted and tonight it ends. ${'I love you. '.repeat(800)}`;
    const response = await apiHarness.call('POST', '/api/exercises/letter_to_self/entries', cid, {
      answers: { hardest_now: 'All of it.', letter },
    });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body)).toEqual(['safety', 'error', 'message']);
    expect(response.body.safety).toMatchObject({ level: 'imminent' });
    expect((await apiHarness.call('GET', '/api/entries', cid)).body.entries).toEqual([]);
  });

  it('keeps every other refusal as it was: a bad token is still 401 with its header, an odd ?lang= still gets the help', async () => {
    const dee = await enrolledUser(apiHarness.app, { locale: 'en', primary: 'self_work' });
    const unauthorized = await apiHarness.call(
      'POST',
      '/api/exercises/letter_to_self/entries',
      { auth: 'Bearer nonsense' },
      { answers: { letter: 'I want to die' } },
    );
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers['www-authenticate']).toMatch(/^Bearer/);
    const odd = await apiHarness.call('POST', '/api/exercises/letter_to_self/entries?lang=xx', dee, {
      answers: { letter: 'I want to die' },
    });
    expect(odd.status).toBe(400);
    expect(odd.body.safety.resources).toMatch(/^To talk to someone now/);
    // A key the client made up is neither screened as a field name nor written to the logs.
    await apiHarness.call('POST', '/api/exercises/letter_to_self/entries', dee, {
      answers: { i_want_to_kill_myself: 'x', letter: 'Dear me, see you tomorrow.' },
    });
    expect(lines.join('\n')).not.toContain('i_want_to_kill_myself');
  });

  it('adds no safety object to an ordinary entry', async () => {
    const bea = await enrolledUser(apiHarness.app, { locale: 'en' });
    const response = await apiHarness.call('POST', '/api/exercises/letter_to_self/entries', bea, {
      answers: {
        hardest_now: 'Missing my son.',
        what_you_did_well: 'I called him.',
        what_you_need: 'Patience.',
        letter: 'Dear me, this case is killing me, but I am dying to see him on Saturday and I will.',
      },
    });
    expect(response.status).toBe(201);
    expect(response.body).not.toHaveProperty('safety');
  });

  it('counts by category, level and source in /metrics, and logs the field but never the words', async () => {
    const text = (
      await apiHarness.app.metrics.registry.getSingleMetric('stepwise_crisis_detected_total')!.get()
    ).values.map((value) => value.labels);
    expect(text).toEqual(
      expect.arrayContaining([expect.objectContaining({ category: 'child_danger', level: 'child' })]),
    );
    const logged = lines.filter((line) => line.includes('crisis_detected'));
    expect(logged.length).toBeGreaterThan(3);
    expect(logged.some((line) => /"field":"[^"]*answers\.letter/.test(line))).toBe(true);
    for (const word of ['pills', 'bruises', 'шалаш', 'последнее', 'weekend'])
      expect(lines.join('\n')).not.toContain(word);
  });
});
