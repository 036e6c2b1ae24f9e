/** How long the file's Blob URL lives after the click: the browser has its own copy by then. */
const KEEP_URL_MS = 60_000;

/**
 * Saves a downloaded file. The export needs the Bearer token, so a plain `<a href>` to the API
 * cannot fetch it: the app fetches it, makes a Blob URL and clicks a temporary link to it.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}
