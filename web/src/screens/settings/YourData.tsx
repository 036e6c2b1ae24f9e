import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { DownloadData } from './DownloadData';
import { EraseData } from './EraseData';

/** The data rights: take a copy of everything, or erase everything. */
export function YourData() {
  const { t } = useI18n();
  const heading = useId();
  return (
    <section className="card stack" aria-labelledby={heading}>
      <h2 id={heading}>{t.data.title}</h2>
      <p>{t.data.lead}</p>
      <DownloadData />
      <EraseData />
    </section>
  );
}
