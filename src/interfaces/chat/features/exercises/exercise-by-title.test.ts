import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, enrolledUser, type TestApp } from '../../../../../test/factories/app.js';
import { DIALECTS } from '../../../../../test/factories/databases.js';
import { parseInput, type Reply } from '../../reply.js';

const text = (replies: Reply[]) => replies.map((reply) => reply.text).join('\n');

// A Russian coach step names an exercise by its title (`/exercise «Эмоциональная сверка»`), never by its English id.
describe('/exercise started by the title a coach step names', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(DIALECTS[0]!);
  });
  afterAll(() => app?.dispose());

  const say = async (locale: 'en' | 'ru', line: string) => {
    const user = await enrolledUser(app, { locale });
    return app.dialog.handle(await app.goals.user(user.id), 'telegram', parseInput(line));
  };

  it('starts the same exercise from its Russian title in quotes as from its id', async () => {
    const byId = text(await say('ru', '/exercise emotional_checkin'));
    const byTitle = text(await say('ru', '/exercise «Эмоциональная сверка»'));
    expect(byTitle).toBe(byId);
    expect(byTitle).toContain('(1/');
  });

  it('starts it from its English title too, and still refuses a title no exercise has', async () => {
    expect(text(await say('en', '/exercise Emotional check-in'))).toBe(
      text(await say('en', '/exercise emotional_checkin')),
    );
    expect(text(await say('ru', '/exercise «Нет такого»'))).not.toContain('(1/');
  });
});
