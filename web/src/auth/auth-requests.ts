/** How an auth request went: a body, a refusal (401/403), or no answer (network, 5xx). */
export type AuthOutcome<T> = { kind: 'ok'; body: T } | { kind: 'refused' } | { kind: 'failed' };

/**
 * A POST to `/api/auth/*`. Not through the API client: these make the token, so a 401 here is
 * an answer, not a reason to refresh. The session cookie travels by itself (same origin).
 */
export async function postAuth<T = undefined>(path: string, body?: object, token?: string): Promise<AuthOutcome<T>> {
  const headers: Record<string, string> = {};
  if (body) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers,
      body: body ? JSON.stringify(body) : null,
      credentials: 'same-origin',
    });
    // 400 too: initData that is empty or malformed will not become valid by asking again.
    if ([400, 401, 403].includes(response.status)) return { kind: 'refused' };
    if (!response.ok) return { kind: 'failed' };
    return { kind: 'ok', body: (response.status === 204 ? undefined : await response.json()) as T };
  } catch {
    return { kind: 'failed' };
  }
}
