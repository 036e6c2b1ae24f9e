// Records what the offline coach gives a spread of the goal corpus (test/fixtures/offline/corpus-walks.jsonl), for
// `same-steps.test.ts`: a change meant to leave the steps alone (memory, speed, layout) proves it did. Run it on
// purpose after a change to the steps themselves, and read the diff: `npx tsx scripts/record-corpus-walks.ts`.
import { writeFileSync } from 'node:fs';
import { shippedOfflineCoach } from '../test/factories/first-five.js';
import { corpusWalks } from '../test/factories/corpus-walks.js';

const { coach, pack } = shippedOfflineCoach();
const walks = await corpusWalks(coach, pack);
const file = new URL('../test/fixtures/offline/corpus-walks.jsonl', import.meta.url);
writeFileSync(file, walks.map((walk) => JSON.stringify(walk)).join('\n') + '\n');
console.log(`${walks.length} goals recorded`);
