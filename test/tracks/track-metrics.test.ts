import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Log } from '../../src/core/ports.js';
import { createApp, type App } from '../../src/main/app.js';
import { loadConfig } from '../../src/config/env.js';
import { requiredAnswers } from '../factories/answers.js';
import { fixedClock } from '../factories/clock.js';
import { createTestDatabase, type TestDatabase } from '../factories/databases.js';
import { sharedCrisisCheck } from '../factories/safety.js';
import { sharedContent } from '../factories/app-content.js';

const DAY = 24 * 3600 * 1000;

/** The seed's observability: its log events and metric names, with no user text in either. */
describe('track logs and metrics', () => {
  let app: App;
  let db: TestDatabase;
  const lines: Array<{ level: string; fields: Record<string, unknown>; msg: string }> = [];
  const log: Log = {
    info: (fields, msg) => lines.push({ level: 'info', fields, msg }),
    warn: (fields, msg) => lines.push({ level: 'warn', fields, msg }),
    error: (fields, msg) => lines.push({ level: 'error', fields, msg }),
  };
  const clock = fixedClock();
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    const cfg = loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'silent' });
    if (!cfg.ok) throw new Error('config');
    app = await createApp(cfg.config, { crisisCheck: sharedCrisisCheck(), content: sharedContent(), log, clock });
  });
  afterAll(async () => {
    await app.close();
    await db.dispose();
  });

  it('logs track_initialized, track_switched, progress_updated, milestone_achieved and next_action_suggested', async () => {
    const user = await app.goals.ensureUser({ provider: 'test', subject: 'm1', locale: 'en' });
    await app.tracks.enroll(user.id, 'recovery');
    await app.tracks.setPrimary(user.id, 'community');
    const letter = app.tracks.program('recovery')!.exercises.find((exercis) => exercis.id === 'letter_to_child')!;
    const secret = 'Dear Misha, I think of you every day';
    const answers = requiredAnswers(letter, secret);
    await app.tracks.finishExercise(user.id, { exerciseId: 'letter_to_child', answers, source: 'telegram' });
    await app.tracks.suggestions(user.id);
    const events = lines.map((line) => line.fields.event);
    for (const text of [
      'track_initialized',
      'track_switched',
      'progress_updated',
      'milestone_achieved',
      'next_action_suggested',
    ])
      expect(events).toContain(text);
    expect(lines.find((line) => line.fields.event === 'track_switched')!.fields).toMatchObject({
      user_id: user.id,
      from_track: 'self_work',
      to_track: 'community',
    });
    expect(
      lines.find((line) => line.fields.event === 'progress_updated' && line.fields.track === 'child_connection')!
        .fields,
    ).toMatchObject({ old_pct: 0, new_pct: 15 });
    expect(JSON.stringify(lines)).not.toContain('Misha');
  });

  it('exports the seed’s metrics at /metrics', async () => {
    const user = await app.goals.ensureUser({ provider: 'test', subject: 'again', locale: 'en' });
    await app.tracks.enroll(user.id, 'recovery');
    await app.tracks.recordAction(user.id, { actionType: 'quest_created', source: 'api', sourceId: 'q' });
    await app.tracks.setPrimary(user.id, 'negotiation');
    const text = await app.metrics.registry.metrics();
    expect(text).toMatch(/track_progress_updates_total\{track="child_connection"\} 2/);
    expect(text).toMatch(/milestones_achieved_total\{milestone_type="first_quest"\} 1/);
    expect(text).toMatch(/primary_track_switches_total 2/);
    expect(text).toContain('ai_suggestions_generated_total 0');
    expect(text).toMatch(/average_track_completion_percentage\{track="child_connection"\} \d+/);
    expect(text).toContain('track_users_stuck 0');
    clock.advance(31 * DAY);
    expect(await app.metrics.registry.metrics()).toContain('track_users_stuck 2');
  });
});
