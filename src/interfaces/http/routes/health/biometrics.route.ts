import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Baseline } from '../../../../core/health/biometrics/baseline.js';
import { StepwiseError } from '../../../../core/errors.js';
import type { BiometricServices } from '../../../../services/health/biometrics/biometric-services.js';
import { caller } from '../../auth/guard.js';
import { HttpProblem } from '../../error-handler.js';
import { errors, guarded, LangQuery, localeOf } from '../common.schema.js';
import { NoBody } from '../goals/schema.js';
import {
  AdaptationJson,
  AdaptationParams,
  CheckinBody,
  DecisionBody,
  ImportJson,
  ReadinessJson,
  ReadingsBody,
  RecordJson,
  toReadings,
} from './biometrics.schema.js';

export interface BiometricRouteDeps {
  biometrics: BiometricServices;
  /** The largest upload accepted, in bytes (IMPORT_MAX_MB; real Apple exports run to gigabytes). */
  importLimitBytes: number;
}

const TAG = 'health';
/** 1,000 seed-shaped readings are ~250 KB of JSON; anything far beyond is not a batch. */
const READINGS_BODY_BYTES = 1024 * 1024;

const baselineJson = (baseline: Baseline) => ({
  metric: baseline.metric,
  source: baseline.source,
  baseline_value: Math.round(baseline.value * 100) / 100,
  spread: Math.round(baseline.spread * 100) / 100,
  calculation_method: baseline.method,
  data_points_used: baseline.points,
  status: baseline.status,
  calculated_on: baseline.calculatedOn,
});

/**
 * `/api/health/readings`, `/checkin`, `/imports`, `/readiness`, `/baselines` and `/adaptations`:
 * biometrics in, and the plan changes they cause out, through the same services as the bot.
 */
export const biometricRoutes: FastifyPluginAsyncZod<BiometricRouteDeps> = async (http, deps) => {
  const { biometrics } = deps;
  const recorded = (result: Awaited<ReturnType<BiometricServices['record']>>, lang: 'en' | 'ru') => ({
    received: result.received,
    added: result.added,
    baselines: result.baselines.map(baselineJson),
    adaptation: result.adaptation ? biometrics.present(result.adaptation, lang) : null,
  });
  http.post(
    '/api/health/readings',
    {
      bodyLimit: READINGS_BODY_BYTES,
      schema: {
        ...guarded(TAG),
        summary: 'Send up to 1,000 readings (the seed’s shape); a re-sent batch is stored once',
        description:
          'Every measure of an item becomes one reading, kept with its source. Nothing is stored when any item is wrong. A fresh reading may adapt the rest of today’s plan (see /api/health/adaptations).',
        body: ReadingsBody,
        querystring: LangQuery,
        response: { 200: RecordJson, ...errors },
      },
    },
    async (req) => {
      const userId = caller(req).id;
      const result = await biometrics.record(userId, req.body.readings.flatMap(toReadings));
      return recorded(result, localeOf(req, req.query.lang));
    },
  );
  http.post(
    '/api/health/checkin',
    {
      schema: {
        ...guarded(TAG),
        summary: 'Three quick answers, each 1–5: energy, stress, last night’s sleep',
        body: CheckinBody,
        querystring: LangQuery,
        response: { 200: RecordJson, ...errors },
      },
    },
    async (req) => {
      const userId = caller(req).id;
      return recorded(await biometrics.checkin(userId, req.body), localeOf(req, req.query.lang));
    },
  );
  importRoute(http, deps, recorded);
  readRoutes(http, deps);
};

type Recorded = (
  result: Awaited<ReturnType<BiometricServices['record']>>,
  lang: 'en' | 'ru',
) => z.infer<typeof RecordJson>;

const ImportQuery = z.strictObject({
  filename: z
    .string()
    .min(1)
    .max(200)
    .describe('the file’s name (export.zip, export.xml, oura.json, …csv, …fit): it tells the format'),
  lang: z.enum(['en', 'ru']).optional(),
});

function importRoute(http: Parameters<FastifyPluginAsyncZod>[0], deps: BiometricRouteDeps, recorded: Recorded) {
  // The file streams to a private temporary directory: a gigabyte export is never held in memory.
  http.addContentTypeParser('application/octet-stream', (_req, payload, done) => done(null, payload));
  http.post(
    '/api/health/imports',
    {
      schema: {
        ...guarded(TAG),
        summary: 'Import a device export: Apple Health export.zip/.xml, Oura v2 JSON, Fitbit HRV CSV, a .FIT file',
        description:
          'Send the file as the body with `Content-Type: application/octet-stream` and its name in `?filename=`. A broken file is refused (422, naming the line or record) and nothing from it is stored. Formats read whole have a size limit (Oura JSON 64 MB, FIT 32 MB), every upload the server’s (`IMPORT_MAX_MB`): a larger file is refused with 413 as it arrives. One import per person at a time (429 `already_running`), a few per server (503 `server_busy`), both with `Retry-After`.',
        querystring: ImportQuery,
        response: { 200: ImportJson, ...errors },
      },
    },
    async (req, reply) => {
      const userId = caller(req).id;
      const body = req.body as Readable | undefined;
      if (!body || typeof body.pipe !== 'function')
        throw new StepwiseError('invalid_input', 'send the file with Content-Type: application/octet-stream', {});
      const name = req.query.filename.replace(/[^\w.-]/g, '_');
      let dir: string | undefined;
      try {
        const result = await deps.biometrics.importFile(userId, async () => {
          dir = await mkdtemp(join(tmpdir(), 'stepwise-import-'));
          const path = join(dir, name);
          await receive(body, path, (head) => admission(deps, req.query.filename, head, declaredLength(req.headers)));
          return path;
        });
        return {
          ...recorded(result, localeOf(req, req.query.lang)),
          format: result.format,
          records: result.records,
          skipped: result.skipped,
        };
      } catch (error) {
        // Refused before the upload was read to its end (busy, too large): close the connection
        // after the answer, or Node would read and discard the rest of a file nobody wants.
        if (!body.readableEnded) reply.header('connection', 'close');
        throw error;
      } finally {
        if (dir) await rm(dir, { recursive: true, force: true });
      }
    },
  );
}

const MB = 1024 * 1024;
/** The first bytes tell the format (`detectFormat` looks at no more). */
const HEAD_BYTES = 4096;

const declaredLength = (headers: Record<string, unknown>): number | undefined => {
  const parsed = z.coerce.number().int().nonnegative().safeParse(headers['content-length']);
  return parsed.success ? parsed.data : undefined;
};

const tooLarge = (message: string) => new HttpProblem(413, 'payload_too_large', message);

/**
 * The most bytes an upload may have, once its first bytes have told its format: the format's own
 * limit (a file read whole) or the server's. Refused at once when it is no format we read, or when
 * its Content-Length already says it is too large.
 */
function admission(
  deps: BiometricRouteDeps,
  fileName: string,
  head: Buffer,
  declared: number | undefined,
): { max: number; message: string } {
  const admitted = deps.biometrics.admitUpload(fileName, head);
  if (!admitted)
    throw new HttpProblem(
      422,
      'bad_import_file',
      `${fileName}: not a recognised health export (Apple Health, Oura JSON, Fitbit HRV CSV, FIT)`,
    );
  const ownLimit = admitted.maxBytes !== undefined && admitted.maxBytes < deps.importLimitBytes;
  const max = ownLimit ? admitted.maxBytes! : deps.importLimitBytes;
  const message = ownLimit
    ? admitted.tooLarge
    : `an import is at most ${Math.round(deps.importLimitBytes / MB)} MB on this server; this one is larger`;
  if (declared !== undefined && declared > max) throw tooLarge(message);
  return { max, message };
}

/**
 * Stores an upload at `path`, counting its bytes as they arrive: the first few KB go to `admit`,
 * which names the most the file may have (or refuses it), and the upload is refused the moment it
 * passes that, so a 500 MB file of a format read whole never reaches the disk. On a refusal the
 * request is left paused, not destroyed: destroying it would close the socket before the answer.
 */
function receive(body: Readable, path: string, admit: (head: Buffer) => { max: number; message: string }) {
  return new Promise<void>((resolve, reject) => {
    const head: Buffer[] = [];
    let headBytes = 0;
    let limit: { max: number; message: string } | undefined;
    let received = 0;
    let settled = false;
    let file: WriteStream | undefined;
    const stop = (error: Error) => {
      if (settled) return;
      settled = true;
      body.off('data', onData).off('end', onEnd).off('error', stop).off('close', onClose);
      body.pause();
      file?.destroy();
      reject(error);
    };
    const open = () => {
      file = createWriteStream(path);
      // Resumed only while still receiving: a refused upload resumed with no reader would be read to its end.
      file.on('error', stop).on('drain', () => !settled && body.resume());
      return file;
    };
    const write = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit!.max) return stop(tooLarge(limit!.message));
      if (!(file ?? open()).write(chunk)) body.pause();
    };
    const admitHead = () => {
      try {
        // Exactly the bytes the parser will detect the format from, however the chunks fell.
        limit = admit(Buffer.concat(head).subarray(0, HEAD_BYTES));
      } catch (error) {
        return stop(error as Error);
      }
      write(Buffer.concat(head));
    };
    function onData(chunk: Buffer) {
      if (limit) return write(chunk);
      head.push(chunk);
      headBytes += chunk.length;
      if (headBytes >= HEAD_BYTES) admitHead();
    }
    function onEnd() {
      if (!limit) admitHead();
      if (settled) return;
      (file ?? open()).end(() => {
        settled = true;
        resolve();
      });
    }
    function onClose() {
      // The client went away mid-upload: nothing is imported.
      if (!body.readableEnded) stop(new HttpProblem(400, 'invalid_input', 'the upload was cut off before its end'));
    }
    body.on('data', onData).once('end', onEnd).once('error', stop).once('close', onClose);
  });
}
function readRoutes(http: Parameters<FastifyPluginAsyncZod>[0], deps: BiometricRouteDeps) {
  const { biometrics } = deps;
  http.get(
    '/api/health/readiness',
    {
      schema: {
        ...guarded(TAG),
        summary: 'Today’s readiness (0–100) against your own baselines, each part explained; wellness guidance only',
        querystring: LangQuery,
        response: { 200: ReadinessJson, ...errors },
      },
    },
    async (req) => biometrics.readiness(caller(req).id, { locale: localeOf(req, req.query.lang) }),
  );
  http.get(
    '/api/health/baselines',
    {
      schema: {
        ...guarded(TAG),
        summary: 'Your baselines per metric and source (calibrating for the first 14 days, then ~60 days rolling)',
        response: { 200: z.object({ baselines: z.array(z.any()) }), ...errors },
      },
    },
    async (req) => ({ baselines: (await biometrics.baselines(caller(req).id)).map(baselineJson) }),
  );
  http.get(
    '/api/health/adaptations',
    {
      schema: {
        ...guarded(TAG),
        summary: 'Why did my plan change? The adaptations of the last 14 days, newest first',
        querystring: LangQuery,
        response: { 200: z.object({ adaptations: z.array(AdaptationJson) }), ...errors },
      },
    },
    async (req) => ({
      adaptations: await biometrics.adaptations(caller(req).id, { locale: localeOf(req, req.query.lang) }),
    }),
  );
  for (const [path, decision] of [
    ['accept', 'accepted'],
    ['keep', 'kept'],
  ] as const)
    http.post(
      `/api/health/adaptations/:id/${path}`,
      {
        schema: {
          ...guarded(TAG),
          summary: decision === 'accepted' ? 'Accept the adapted plan' : 'Keep my plan as it was',
          params: AdaptationParams,
          querystring: LangQuery,
          body: DecisionBody.or(NoBody),
          response: { 200: AdaptationJson, ...errors },
        },
      },
      async (req) => {
        const feedback = (req.body as { feedback?: string } | undefined)?.feedback;
        return biometrics.decide(caller(req).id, req.params.id, decision, {
          ...(feedback !== undefined && { feedback }),
          locale: localeOf(req, req.query.lang),
        });
      },
    );
}
