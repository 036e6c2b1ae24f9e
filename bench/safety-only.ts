// `npm run bench:safety`: the crisis screen's rows of `npm run bench` alone, measured the same way (the intent router
// as the baseline in the same run), in a minute rather than the whole bench's quarter of an hour.
import { benchSafety } from './safety.js';
import { table } from './stats.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1000);
console.log(`Crisis screen (${ROUNDS} rounds; Node ${process.version})\n`);
console.log(
  table([['measure', 'median', 'p99', 'per second', 'vs baseline (median)'], ...(await benchSafety(ROUNDS))]),
);
