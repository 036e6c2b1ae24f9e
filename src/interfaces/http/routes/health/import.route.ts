import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { StepwiseError } from '../../../../core/errors.js';
import type { BiometricServices } from '../../../../services/health/biometrics/biometric-services.js';
import { caller } from '../../auth/guard.js';
import { HttpProblem } from '../../error-handler.js';
import { errors, guarded, localeOf } from '../common.schema.js';
import { ImportJson, RecordJson } from './biometrics.schema.js';

// `POST /api/health/imports`: a device export streamed to a private temporary file, refused as its bytes arrive when
// it passes its format's limit, then read by the same service as the CLI's import.

const TAG = 'health';

export type Recorded = (
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

/** What the import route needs: the biometrics services and the largest upload accepted (IMPORT_MAX_MB). */
interface ImportRouteDeps {
  biometrics: BiometricServices;
  importLimitBytes: number;
}

export function importRoute(http: Parameters<FastifyPluginAsyncZod>[0], deps: ImportRouteDeps, recorded: Recorded) {
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
        consumes: ['application/octet-stream'],
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
  deps: ImportRouteDeps,
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
