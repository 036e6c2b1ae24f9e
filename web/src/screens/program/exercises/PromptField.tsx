import type { Prompt } from '../../../api/contract/tracks';
import { useI18n } from '../../../i18n/I18nProvider';

interface FieldProps {
  prompt: Prompt;
  value: string | number | undefined;
  problem: string | undefined;
  onChange: (value: string | number) => void;
}

/** A prompt as its control: a text area, a row of numbers (scale) or a list of options (choice). */
export function PromptField(props: FieldProps) {
  const { t } = useI18n();
  const { prompt, problem } = props;
  const id = `prompt-${prompt.id}`;
  const errorId = `${id}-problem`;
  const optional = prompt.optional && <span className="muted"> {t.common.optional}</span>;
  const error = problem && (
    <p id={errorId} className="inline-error">
      {problem}
    </p>
  );
  if (prompt.kind === 'text')
    return (
      <div className="field">
        <label htmlFor={id}>
          {prompt.ask}
          {optional}
        </label>
        <textarea
          id={id}
          rows={4}
          maxLength={prompt.max_length}
          value={typeof props.value === 'string' ? props.value : ''}
          aria-invalid={Boolean(problem)}
          aria-describedby={problem ? errorId : undefined}
          onChange={(event) => props.onChange(event.target.value)}
        />
        {error}
      </div>
    );
  const options =
    prompt.kind === 'scale'
      ? Array.from({ length: prompt.max - prompt.min + 1 }, (_, i) => ({
          value: prompt.min + i,
          label: String(prompt.min + i),
        }))
      : prompt.choices.map((choice) => ({ value: choice.id, label: choice.label }));
  return (
    <fieldset
      className={`field choices choices--${prompt.kind}`}
      role="radiogroup"
      aria-labelledby={`${id}-ask`}
      aria-required={!prompt.optional}
      aria-invalid={Boolean(problem)}
      aria-describedby={problem ? errorId : undefined}
    >
      <legend id={`${id}-ask`}>
        {prompt.ask}
        {optional}
        {prompt.kind === 'scale' && <span className="muted"> ({t.exercises.scaleRange(prompt.min, prompt.max)})</span>}
      </legend>
      {options.map((option, i) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name={id}
            id={i === 0 ? id : undefined}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
      {error}
    </fieldset>
  );
}
