import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createIntentRouter } from '../coach/intents/intent-router.js';
import { loadProgramPacks } from '../content/load-program-pack.js';

/** The program whose intents `stepwise detect-intent` routes to. */
const PROGRAM = 'recovery';

/**
 * `stepwise detect-intent`: one message per input line in, one JSON object per line out —
 * `{"text","track","intent","confidence"}`, confidence to three decimals. Each line is answered
 * as soon as it is read, so the command can sit at the end of a pipe. Blank lines are skipped;
 * CRLF and a UTF-8 byte-order mark are tolerated. A content problem goes to stderr and throws.
 */
export async function detectIntents(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  const loaded = loadProgramPacks();
  const program = loaded.ok ? loaded.programs.find((candidate) => candidate.id === PROGRAM) : undefined;
  if (!program) {
    const problems = loaded.ok ? [`programs/: program "${PROGRAM}" not found`] : loaded.problems;
    process.stderr.write(
      `Cannot load the ${PROGRAM} program:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n`,
    );
    throw new Error(`content problems in programs/: ${problems.length}`);
  }
  const router = createIntentRouter(program);

  // readline decodes UTF-8 across chunk boundaries and, with crlfDelay: Infinity, treats \r\n as one break.
  const lines = createInterface({ input, crlfDelay: Infinity });
  let first = true;
  for await (const raw of lines) {
    const text = (first ? raw.replace(/^\uFEFF/, '') : raw).trim();
    first = false;
    if (!text) continue;
    const { intent, track, confidence } = router.detect(text);
    const line = `${JSON.stringify({ text, track, intent, confidence: Math.round(confidence * 1000) / 1000 })}\n`;
    if (!output.write(line)) await once(output, 'drain');
  }
}
