import type { Api, Download } from './client';
import type { Locale } from './contract/common';
import type { Erased } from './contract/account';

/** `json`: every record, for a machine (docs/export.md); `md`: the same as a page to read. */
export type ExportFormat = 'json' | 'md';

/** The person's data rights: take everything (`/api/me/export`), erase everything (`DELETE /api/me`). */
export const dataRightsApi = {
  download: (api: Api, format: ExportFormat, lang: Locale): Promise<Download> =>
    api.download('/api/me/export', { format, lang }),
  /** Cannot be undone: the server ends every session and token of the person too. */
  erase: (api: Api) => api.del<Erased>('/api/me', { confirm: 'yes' }),
};
