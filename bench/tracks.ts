// Track engine benchmarks: record an action (ledger + state + milestones in one transaction),
// handle /progress in the dialog, switch the primary track — each next to a primary-key read
// measured in the same run.
import { loadConfig } from '../src/config/env.js';
import { silentLog } from '../src/core/ports.js';
import { parseInput } from '../src/interfaces/chat/reply.js';
import { createApp } from '../src/main/app.js';
import { createTestDatabase } from '../test/factories/databases.js';
import { measure, ms, type Summary } from './stats.js';

const ACTIONS = [
  'emotional_checkin',
  'letter_to_child',
  'quest_created',
  'court_documents_reviewed',
  'support_group_attended',
  'cbt_exercise',
];
const TRACKS = ['self_work', 'child_connection', 'negotiation', 'community'];

export async function benchTracks(dialect: 'sqlite' | 'postgres', rounds: number): Promise<Array<[string, Summary]>> {
  const testDb = await createTestDatabase(dialect);
  const cfg = loadConfig({ DATABASE_URL: testDb.url, LOG_LEVEL: 'silent' });
  if (!cfg.ok) throw new Error(cfg.problems.join('\n'));
  const app = await createApp(cfg.config, { log: silentLog, db: testDb.schema ? { schema: testDb.schema } : {} });
  try {
    const user = await app.goals.ensureUser({ provider: 'bench', subject: 'parent', locale: 'en' });
    await app.tracks.enroll(user.id, 'recovery');
    const baseline = await measure(rounds, () => app.stores.users.byId(user.id));
    // Each round is a new action (a new source), so the ledger grows as in real use.
    const record = await measure(rounds, (i) =>
      app.tracks.recordAction(user.id, {
        actionType: ACTIONS[Math.abs(i) % ACTIONS.length]!,
        source: 'api',
        sourceId: `bench-${i}`,
      }),
    );
    const chatUser = await app.goals.user(user.id);
    const progress = await measure(rounds, () => app.dialog.handle(chatUser, 'bench', parseInput('/progress')));
    const switched = await measure(rounds, (i) => app.tracks.setPrimary(user.id, TRACKS[Math.abs(i) % TRACKS.length]!));
    return [
      [`${dialect}: primary-key read (baseline)`, baseline],
      [`${dialect}: record action (ledger + state + milestones)`, record],
      [`${dialect}: /progress handled (4 tracks, next actions)`, progress],
      [`${dialect}: switch primary track`, switched],
    ];
  } finally {
    await app.close();
    await testDb.dispose();
  }
}

export const rowsOf = (results: Array<[string, Summary]>): string[][] => {
  const base = results[0]![1];
  return results.map(([name, summary], i) => [
    name,
    ms(summary.median),
    ms(summary.p99),
    summary.perSecond.toFixed(0),
    i === 0 ? '1.0×' : `${(summary.median / base.median).toFixed(1)}×`,
  ]);
};
