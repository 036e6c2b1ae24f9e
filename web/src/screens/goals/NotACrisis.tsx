import { useI18n } from '../../i18n/I18nProvider';

/**
 * The way on after help was shown for words that were about something else: the same words, sent again as not a
 * crisis. Shown only when the server said the finding may be set aside, and only while the words are unchanged.
 */
export function NotACrisis(props: { kept: string; label: string; busy: boolean; onConfirm: () => void }) {
  return (
    <div className="stack">
      <p className="muted">{props.kept}</p>
      <button type="button" className="button button--quiet" disabled={props.busy} onClick={props.onConfirm}>
        {props.label}
      </button>
    </div>
  );
}

/** The texts of `NotACrisis` for each kind of words. */
export function useNotACrisisTexts() {
  const { t } = useI18n();
  return {
    goal: { kept: t.safety.goalKept, label: t.safety.notACrisis },
    answer: { kept: t.safety.answerKept, label: t.safety.notACrisisAnswer },
    comment: { kept: t.safety.commentKept, label: t.safety.notACrisisComment },
  };
}
