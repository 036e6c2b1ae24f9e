// A task's "how and why" (the seed's `educational_content`): the habit's own texts at the archetype's depth, and the linked education items.
import type { Locale } from '../../core/goals/model.js';
import type { EducationItem } from '../../core/health/education.js';
import { DURATION_GUIDANCE, fill, REASSURANCE, say } from './health-texts.js';
import type { PresentedTask, RelatedContent, ScientificBasis, TaskContext } from './task-view.js';

export function educationOf(context: TaskContext): PresentedTask['educational_content'] {
  const { locale, archetype, habit, scaling } = context;
  const text = (localized: { en: string; ru: string }) => say(localized, locale);
  const { education: taught, implementation } = habit;
  const benefits = taught.benefits.map(text);
  const basis: ScientificBasis =
    archetype.detail === 'detailed'
      ? {
          depth: 'detailed',
          simple_explanation: text(taught.simple),
          primary_mechanism: text(taught.detailed),
          key_benefits: benefits,
          optimization_factors: taught.successIndicators.map(text),
        }
      : {
          depth: 'simple',
          simple_explanation: text(taught.simple),
          key_benefits: benefits,
          reassurance: text(REASSURANCE),
        };
  return {
    scientific_basis: basis,
    practical_implementation: {
      step_by_step_instructions: taught.steps.map(text),
      equipment_needed: [text(implementation.equipment)],
      optimal_timing: text(implementation.timing),
      duration_guidance: fill(text(DURATION_GUIDANCE), {
        minutes: habit.durationMinutes,
        scaling: text(habit.scaling[scaling]),
      }),
      preparation_steps: taught.preparation.map(text),
      environmental_considerations: taught.environment.map(text),
    },
    personalization: {
      archetype_optimization: text(archetype.framing ?? archetype.about),
      modifications: {
        low_energy: text(taught.modifications.lowEnergy),
        high_energy: text(taught.modifications.highEnergy),
        short_on_time: text(taught.modifications.shortOnTime),
        travel: text(taught.modifications.travel),
        seasonal: text(taught.modifications.season),
      },
    },
    success_indicators: taught.successIndicators.map(text),
    troubleshooting: taught.troubleshooting.map(text),
    related_content: (context.related ?? []).map((item) => relatedContent(item, locale)),
  };
}

export type { RelatedContent } from './task-view.js';

export const relatedContent = (item: EducationItem, locale: Locale): RelatedContent => ({
  id: item.id,
  topic: item.topic,
  type: item.type,
  title: say(item.title, locale),
  body: say(item.body, locale),
  sources: item.sources.map((source) => ({ ...source })),
  updated: item.updated,
});
