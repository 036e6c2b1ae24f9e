import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SafetyCheck } from '../../src/core/safety.port.js';
import { examplesOf, LabelledSet, type SafetyExample } from '../../src/content/safety-corpus.schema.js';

export const HELD_OUT_LANGS = ['en', 'ru'] as const;
export const HELD_OUT_SETS = ['heldout', 'heldout2', 'heldout3', 'heldout4'] as const;

/** A blind held-out set of one language (test/fixtures/safety/<set>.<lang>.yaml). */
export function readHeldOut(lang: string, set: (typeof HELD_OUT_SETS)[number] = 'heldout'): SafetyExample[] {
  const file = join(import.meta.dirname, '..', 'fixtures', 'safety', `${set}.${lang}.yaml`);
  return examplesOf(lang, LabelledSet.parse(parse(readFileSync(file, 'utf8'))));
}

export interface Row {
  group: string;
  /** Crisis rows: messages flagged; safe rows: false alarms. */
  flagged: number;
  total: number;
}

export interface Report {
  lang: string;
  recall: number;
  falseAlarms: number;
  crisisRows: Row[];
  safeRows: Row[];
  /** Crisis messages whose reply level was imminent, among the plan category. */
  planImminent: number;
}

/** Scores a check on labelled examples: recall per crisis category, false alarms per safe kind. */
export function evaluate(check: SafetyCheck, lang: string, examples: readonly SafetyExample[]): Report {
  const verdicts = examples.map((example) => ({ example, verdict: check.check(example.text) }));
  const rows = (crisis: boolean) => {
    const groups = new Map<string, Row>();
    for (const { example, verdict } of verdicts) {
      if (example.crisis !== crisis) continue;
      const group = example.crisis ? example.category : example.kind;
      const row = groups.get(group) ?? { group, flagged: 0, total: 0 };
      row.total++;
      if (verdict.crisis) row.flagged++;
      groups.set(group, row);
    }
    return [...groups.values()];
  };
  const crisisRows = rows(true);
  const safeRows = rows(false);
  const sum = (groupRows: Row[], key: 'flagged' | 'total') => groupRows.reduce((total, row) => total + row[key], 0);
  const planImminent = verdicts.filter(
    ({ example, verdict }) =>
      example.crisis && example.category === 'plan' && verdict.crisis && verdict.level === 'imminent',
  ).length;
  return {
    lang,
    recall: sum(crisisRows, 'flagged') / sum(crisisRows, 'total'),
    falseAlarms: sum(safeRows, 'flagged') / sum(safeRows, 'total'),
    crisisRows,
    safeRows,
    planImminent,
  };
}

const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1).padStart(5)} %`;

/** The table every test run prints: counts only, never the messages. */
export function formatReport(title: string, report: Report): string {
  return [
    `${title} ${report.lang}: recall ${(100 * report.recall).toFixed(1)} %, false alarms ${(100 * report.falseAlarms).toFixed(1)} %`,
    '  crisis category    flagged / total   recall',
    ...report.crisisRows.map(
      (row) =>
        `  ${row.group.padEnd(18)} ${String(row.flagged).padStart(7)} / ${String(row.total).padEnd(5)}  ${pct(row.flagged, row.total)}`,
    ),
    '  hard negative      alarms  / total   false alarms',
    ...report.safeRows.map(
      (row) =>
        `  ${row.group.padEnd(18)} ${String(row.flagged).padStart(7)} / ${String(row.total).padEnd(5)}  ${pct(row.flagged, row.total)}`,
    ),
  ].join('\n');
}
