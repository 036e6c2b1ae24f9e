import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { featurise, modelFromWeights, trainIntentModel } from '../coach/intents/classifier.js';
import { CRISIS_TRAIN_OPTIONS, crisisModelFrom, type CrisisModel, crisisTrainingSet, trainCrisisModel } from '../coach/safety/crisis-model.js';
import type { SafetyExample } from '../content/safety-corpus.schema.js';
import type { Log } from '../core/ports.js';

/**
 * Training the crisis model takes a few seconds, and every start (the server, `stepwise chat`, each
 * test file) would pay it. The trained numbers are kept in the system's temp folder under a key
 * made of everything that shapes them: the corpus, the background, the options and the source of
 * the training code itself, so an edit to any of them trains anew. The file holds only numbers
 * learnt from the public corpus; a missing or unreadable file is simply trained again.
 */
export function cachedCrisisModel(examples: readonly SafetyExample[], background: readonly string[], o: { dir?: string; log?: Log } = {}): CrisisModel {
  const key = createHash('sha256')
    .update(JSON.stringify({ examples, background, options: CRISIS_TRAIN_OPTIONS }))
    .update([featurise, trainIntentModel, modelFromWeights, crisisTrainingSet, crisisModelFrom].map((f) => f.toString()).join('\n'))
    .digest('hex')
    .slice(0, 32);
  const dir = o.dir ?? join(tmpdir(), 'stepwise-models');
  const file = join(dir, `crisis-${key}.bin`);
  try {
    return crisisModelFrom(modelFromWeights(readWeights(readFileSync(file))));
  } catch {
    // Not there yet, or unreadable: train, then keep it for the next start.
  }
  const model = trainCrisisModel(examples, { background });
  try {
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, writeWeights(model.weights()));
    renameSync(partial, file);
    // Models of an older corpus or code go after a week unused (a test runner and the CLI may
    // compile the training code differently, so two current keys can live side by side).
    const weekAgo = Date.now() - 7 * 24 * 3600 * 1000;
    for (const old of readdirSync(dir)) {
      const path = join(dir, old);
      if (/^crisis-[0-9a-f]{32}\.bin$/.test(old) && path !== file && statSync(path).mtimeMs < weekAgo) rmSync(path, { force: true });
    }
  } catch (e) {
    o.log?.warn({ event: 'crisis_model_not_cached', error: (e as Error).name }, 'the trained crisis model could not be kept; the next start trains it again');
  }
  return model;
}

type Weights = ReturnType<CrisisModel['weights']>;

/** A small header (JSON, its length first) and the three arrays' bytes, in order. */
function writeWeights(w: Weights): Buffer {
  const header = Buffer.from(JSON.stringify({ labels: w.labels, bits: w.bits, wordWeight: w.wordWeight, rows: w.rowOf.length, weights: w.weights.length, bias: w.bias.length }));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return Buffer.concat([length, header, bytes(w.rowOf), bytes(w.weights), bytes(w.bias)]);
}

function readWeights(buf: Buffer): Weights {
  const headerLength = buf.readUInt32LE(0);
  const h = JSON.parse(buf.subarray(4, 4 + headerLength).toString('utf8')) as { labels: string[]; bits: number; wordWeight: number; rows: number; weights: number; bias: number };
  let at = 4 + headerLength;
  // Copied into fresh, aligned arrays: a Buffer's offset need not suit a typed array.
  const take = <T>(make: (ab: ArrayBuffer) => T, count: number, size: number): T => {
    const slice = buf.subarray(at, at + count * size);
    if (slice.length !== count * size) throw new RangeError('truncated model file');
    at += count * size;
    return make(new Uint8Array(slice).buffer);
  };
  return {
    labels: h.labels,
    bits: h.bits,
    wordWeight: h.wordWeight,
    rowOf: take((ab) => new Int32Array(ab), h.rows, 4),
    weights: take((ab) => new Float32Array(ab), h.weights, 4),
    bias: take((ab) => new Float64Array(ab), h.bias, 8),
  };
}
