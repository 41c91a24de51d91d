import { z } from 'zod';

import { env } from '@/config/env';

export type Violation = { field: string; message: string };

type ApiProblemInit = {
  type?: string | undefined;
  title: string;
  status: number;
  detail?: string | undefined;
  instance?: string | undefined;
  violations?: readonly Violation[] | undefined;
  extensions?: Readonly<Record<string, unknown>> | undefined;
};

/**
 * An RFC 9457 problem (application/problem+json) as the Clearance API sends it, or one made up here for
 * responses that are not problems (a proxy's HTML 502, a network failure: status 0).
 */
export class ApiProblem extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
  readonly violations: readonly Violation[];
  /** Members beyond RFC 9457's own (e.g. `existing` of a duplicate-vendor problem); read them with a schema. */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(init: ApiProblemInit) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title);
    this.name = 'ApiProblem';
    this.type = init.type ?? 'about:blank';
    this.title = init.title;
    this.status = init.status;
    this.detail = init.detail;
    this.instance = init.instance;
    this.violations = init.violations ?? [];
    this.extensions = init.extensions ?? {};
  }

  /** True when `type` is the Clearance problem type with this slug (https://clearance.dev/problems/<slug>). */
  hasType(slug: string): boolean {
    return this.type === `https://clearance.dev/problems/${slug}`;
  }

  get isForbidden(): boolean {
    return this.status === 403;
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }

  /** Violation messages keyed by form field ("$.name" becomes "name"). */
  fieldErrors(): Record<string, string[]> {
    const errors: Record<string, string[]> = {};
    for (const violation of this.violations) {
      const key = fieldKey(violation.field);
      (errors[key] ??= []).push(violation.message);
    }
    return errors;
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

/** "$.name" → "name", "$.owner.country" → "owner.country", "$.items[0].name" → "items.0.name". */
export function fieldKey(path: string): string {
  return path
    .replace(/^\$\.?/, '')
    .replace(/\[(\w+)\]/g, '.$1')
    .replace(/^\./, '');
}

const DEFAULT_TITLES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Not signed in',
  403: 'You do not have access',
  404: 'Not found',
  409: 'Conflict',
  500: 'Something went wrong on the server',
};

function defaultTitle(status: number): string {
  return DEFAULT_TITLES[status] ?? (status >= 500 ? DEFAULT_TITLES[500]! : `Request failed (HTTP ${status})`);
}

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'violations']);

const ProblemSchema = z.looseObject({
  type: z.string().optional(),
  title: z.string().optional(),
  status: z.number().int().optional(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  violations: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

/** Turns a failed response into an ApiProblem, whatever its body is. */
export async function toApiProblem(response: Response): Promise<ApiProblem> {
  const contentType = response.headers.get('Content-Type') ?? '';
  if (/json/i.test(contentType)) {
    try {
      const parsed = ProblemSchema.safeParse(await response.json());
      if (parsed.success) {
        const body = parsed.data;
        return new ApiProblem({
          type: body.type,
          title: body.title ?? defaultTitle(response.status),
          status: response.status,
          detail: body.detail,
          instance: body.instance,
          violations: body.violations,
          extensions: Object.fromEntries(Object.entries(body).filter(([key]) => !STANDARD_MEMBERS.has(key))),
        });
      }
    } catch {
      // Not JSON after all: fall through to the generic problem.
    }
  }
  return new ApiProblem({ title: defaultTitle(response.status), status: response.status });
}

export type AuthHooks = {
  /** Returns a fresh access token (refreshing it first when it is about to expire). */
  getToken: () => Promise<string | undefined>;
};

let authHooks: AuthHooks | undefined;

/** Called once by the auth feature after login; the api client stays free of any OIDC library. */
export function configureAuth(hooks: AuthHooks | undefined): void {
  authHooks = hooks;
}

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** false for anonymous endpoints such as /api/v1/ui-config. */
  auth?: boolean;
};

function resolveUrl(path: string): string {
  return new URL(path, env.API_URL || window.location.origin).toString();
}

async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  // NB: for multipart bodies fetch sets Content-Type itself (with the boundary).
  if (options.body !== undefined && !isForm) headers.set('Content-Type', 'application/json');
  if (options.auth !== false && authHooks) {
    let token: string | undefined;
    try {
      token = await authHooks.getToken();
    } catch {
      throw new ApiProblem({
        type: 'https://clearance.dev/problems/unauthorized',
        title: 'Your session has expired',
        status: 401,
        detail: 'Sign in again to continue.',
      });
    }
    if (token) headers.set('Authorization', `Bearer ${token}`);
  }

  let response: Response;
  try {
    response = await fetch(resolveUrl(path), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiProblem({
      title: 'Network error',
      status: 0,
      detail: 'The Clearance server could not be reached. Check your connection and try again.',
    });
  }

  if (!response.ok) throw await toApiProblem(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'PUT', body }),
  /** multipart/form-data POST (file uploads). */
  postForm: <T>(path: string, form: FormData, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'POST', body: form }),
};
