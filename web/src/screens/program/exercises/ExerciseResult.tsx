import { useEffect, useRef } from 'react';
import type { FinishedExercise } from '../../../api/contract/tracks';
import { useI18n } from '../../../i18n/I18nProvider';
import { SafetyNotice } from '../../../ui/SafetyNotice';
import { outcomeLines } from '../action-outcome';
import { useTracks } from '../queries';

/**
 * After an exercise: a crisis reply first, when the words called for one; then "saved", the
 * closing words and reflection when the server sends them, and what moved.
 */
export function ExerciseResult(props: { result: FinishedExercise; onClose: () => void }) {
  const { t } = useI18n();
  const { label } = useTracks();
  const heading = useRef<HTMLHeadingElement>(null);
  const { result } = props;
  useEffect(() => {
    if (!result.safety) heading.current?.focus();
  }, [result.safety]);
  return (
    <div className="result">
      {result.safety && <SafetyNotice safety={result.safety} saved />}
      <h3 ref={heading} tabIndex={-1}>
        {t.exercises.saved}
      </h3>
      {result.closing && <p>{result.closing}</p>}
      {result.reflection && <blockquote className="reflection">{result.reflection}</blockquote>}
      {!result.safety && (
        <ul className="outcome">
          {outcomeLines(t, result, label).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <button type="button" className="button button--quiet" onClick={props.onClose}>
        {t.exercises.another}
      </button>
    </div>
  );
}
