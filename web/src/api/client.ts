import type { Session } from '../auth/session';
import type { ErrorBody, Safety } from './contract/common';

/** A refused or failed request: the API's code (`network` when there was no answer). */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** A refused text that signals a crisis still carries the help to show. */
    readonly safety?: Safety,
  ) {
    super(message);
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

export type Query = Record<string, string | number | undefined>;

/** A file the API sends to save (its `content-disposition` names it). */
export interface Download {
  blob: Blob;
  fileName: string | undefined;
}

export interface Api {
  get<T>(path: string, query?: Query): Promise<T>;
  post<T>(path: string, body?: object, query?: Query): Promise<T>;
  patch<T>(path: string, body: object, query?: Query): Promise<T>;
  put<T>(path: string, body: object, query?: Query): Promise<T>;
  del<T = void>(path: string, query?: Query): Promise<T>;
  /** A GET whose answer is a file, not JSON (the data export). */
  download(path: string, query?: Query): Promise<Download>;
}

const withQuery = (path: string, query: Query = {}) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
};

async function failure(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => undefined)) as Partial<ErrorBody> | undefined;
  return new ApiError(
    response.status,
    body?.error ?? `http_${response.status}`,
    body?.message ?? response.statusText,
    body?.safety,
  );
}

/** `attachment; filename="stepwise-2026-11-24.json"` → the name. */
const fileNameOf = (disposition: string | null): string | undefined =>
  disposition ? /filename="?([^";]+)"?/i.exec(disposition)?.[1] : undefined;

/**
 * JSON over `fetch` with the session's Bearer token. A 401 gets one fresh token and one retry;
 * a second 401 means the session is over (the session says so, and the app shows sign-in).
 */
export function createApi(session: Pick<Session, 'token' | 'refresh'>): Api {
  const request = async (method: string, url: string, body: object | undefined, retried = false): Promise<Response> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    const token = session.token();
    if (token) headers.authorization = `Bearer ${token}`;
    if (body) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(url, { method, headers, body: body ? JSON.stringify(body) : null });
    } catch {
      throw new ApiError(0, 'network', 'no answer from the server');
    }
    if (response.status === 401 && !retried && (await session.refresh())) return request(method, url, body, true);
    if (!response.ok) throw await failure(response);
    return response;
  };
  const send = async (method: string, url: string, body?: object): Promise<unknown> => {
    const response = await request(method, url, body);
    return response.status === 204 ? undefined : response.json();
  };
  return {
    get: <T>(path: string, query?: Query) => send('GET', withQuery(path, query)) as Promise<T>,
    post: <T>(path: string, body?: object, query?: Query) => send('POST', withQuery(path, query), body) as Promise<T>,
    patch: <T>(path: string, body: object, query?: Query) => send('PATCH', withQuery(path, query), body) as Promise<T>,
    put: <T>(path: string, body: object, query?: Query) => send('PUT', withQuery(path, query), body) as Promise<T>,
    del: <T>(path: string, query?: Query) => send('DELETE', withQuery(path, query)) as Promise<T>,
    async download(path, query) {
      const response = await request('GET', withQuery(path, query), undefined);
      return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) };
    },
  };
}
