/** A start that cannot go on: every problem found (configuration, content, database), one per line. */
export class StartupError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}
