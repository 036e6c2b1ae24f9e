// A second process on the same SQLite file (like `npm run chat` beside the server): records actions
// for its own user as fast as it can for `ms` milliseconds, then prints how many it recorded and failed.
import { loadConfig } from '../../src/config/env.js';
import { silentLog } from '../../src/core/ports.js';
import { createApp } from '../../src/main/app.js';

const [file, ms] = process.argv.slice(2);
const config = loadConfig({ DATABASE_URL: `sqlite:${file}`, LOG_LEVEL: 'silent' });
if (!config.ok) throw new Error(config.problems.join('\n'));
const app = await createApp(config.config, { log: silentLog });
const user = await app.goals.ensureUser({ provider: 'hammer', subject: 'h', locale: 'en' });
await app.tracks.enroll(user.id, 'recovery');
process.stdout.write('ready\n');
const until = Date.now() + Number(ms);
let written = 0;
let failed = 0;
for (let i = 0; Date.now() < until; i++) {
  try {
    await app.tracks.setPrimary(user.id, i % 2 === 0 ? 'community' : 'self_work');
    await app.tracks.logAction(user.id, { actionType: 'support_group_attended', source: 'api', sourceId: `h${i}` });
    written++;
  } catch {
    failed++;
  }
}
process.stdout.write(`${JSON.stringify({ written, failed })}\n`);
await app.close();
