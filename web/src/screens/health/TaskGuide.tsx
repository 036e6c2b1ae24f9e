import type { PlanTask } from '../../api/contract/health';
import { useI18n } from '../../i18n/I18nProvider';

/** A labelled list, left out when the pack gives nothing for it. */
function List(props: { label: string; items: readonly string[]; ordered?: boolean }) {
  if (props.items.length === 0) return null;
  const items = props.items.map((item) => <li key={item}>{item}</li>);
  return (
    <>
      <h4>{props.label}</h4>
      {props.ordered ? <ol>{items}</ol> : <ul>{items}</ul>}
    </>
  );
}

/**
 * A task's "how and why", as the bot's ℹ️ and the terminal's `/today info` give it: the why (and the
 * mechanism for archetypes that like detail), the steps, what is needed and when, how to make it fit,
 * when it counts as done, and — for those who like detail — what to do when it does not go well; then
 * what could change it today and the short pieces that explain it, each with its public sources.
 */
export function TaskGuide(props: { task: PlanTask }) {
  const { t } = useI18n();
  const label = t.health.guide;
  const { task } = props;
  const edu = task.educational_content;
  const basis = edu.scientific_basis;
  const detailed = basis.depth === 'detailed';
  const how = edu.practical_implementation;
  const mods = edu.personalization.modifications;
  const fits: Array<[string, string]> = [
    [label.lowEnergy, mods.low_energy],
    [label.shortOnTime, mods.short_on_time],
    ...(detailed
      ? ([
          [label.highEnergy, mods.high_energy],
          [label.travel, mods.travel],
          [label.season, mods.seasonal],
        ] as Array<[string, string]>)
      : []),
  ];
  return (
    <details className="task__guide">
      <summary>{label.open}</summary>
      <p>{basis.simple_explanation}</p>
      {basis.depth === 'detailed' && <p>{basis.primary_mechanism}</p>}
      <List label={label.benefits} items={basis.key_benefits} />
      <List label={label.steps} items={how.step_by_step_instructions} ordered />
      {how.equipment_needed.length > 0 && (
        <p>
          <strong>{label.equipment}</strong> {how.equipment_needed.join(', ')}
        </p>
      )}
      <p>
        <strong>{label.timing}</strong> {how.optimal_timing}
      </p>
      <p>{how.duration_guidance}</p>
      <List label={label.preparation} items={how.preparation_steps} />
      <List label={label.environment} items={how.environmental_considerations} />
      <h4>{label.modifications}</h4>
      <ul>
        {fits.map(([name, text]) => (
          <li key={name}>
            <strong>{name}</strong> {text}
          </li>
        ))}
      </ul>
      <p>
        <strong>{label.doneWhen}</strong> {task.success_tracking.completion_criteria}
      </p>
      {detailed && <List label={label.troubleshooting} items={edu.troubleshooting} />}
      <List label={label.triggers} items={task.real_time_adaptations.adaptation_triggers} />
      {edu.related_content.length > 0 && (
        <section className="task__reading" aria-label={label.read}>
          <h4>{label.read}</h4>
          {edu.related_content.map((item) => (
            <details key={item.id} className="task__article" data-education={item.id}>
              <summary>{item.title}</summary>
              <p>{item.body}</p>
              <p className="muted">
                {label.sources}{' '}
                {item.sources.map((source, index) => (
                  <span key={source.url}>
                    {index > 0 && ' · '}
                    <a href={source.url} target="_blank" rel="noopener noreferrer">
                      {source.title}
                    </a>
                  </span>
                ))}{' '}
                · {label.updated(item.updated)}
              </p>
            </details>
          ))}
        </section>
      )}
      <p className="muted">{edu.personalization.archetype_optimization}</p>
    </details>
  );
}
