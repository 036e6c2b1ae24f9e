import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Baseline } from '../../../../core/health/biometrics/baseline.js';
import type { BiometricServices } from '../../../../services/health/biometrics/biometric-services.js';
import { caller } from '../../auth/guard.js';
import { errors, guarded, LangQuery, localeOf } from '../common.schema.js';
import {
  AdaptationJson,
  AdaptationParams,
  batchOf,
  CheckinBody,
  DecisionBody,
  ReadinessJson,
  ReadingsBody,
  RecordJson,
} from './biometrics.schema.js';
import { importRoute } from './import.route.js';

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
      const { readings, nameOf, skipped } = batchOf(req.body.readings);
      const result = await biometrics.record(userId, readings, undefined, nameOf);
      return { ...recorded(result, localeOf(req, req.query.lang)), skipped };
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
          // One object, absent or null: a union with "no body" would hide which field was wrong.
          body: DecisionBody.nullish(),
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
