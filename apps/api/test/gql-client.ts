export interface GqlError {
  message: string;
  extensions?: { code?: string; fields?: Record<string, string> };
}

export interface GqlResponse<T> {
  data?: T | null;
  errors?: GqlError[];
  extensions?: { sqlStatements?: number };
}

import type { MailCatcher } from './mail-catcher';

/** A GraphQL-over-HTTP client that keeps its session cookie, like one browser. */
export class GqlClient {
  cookie: string | null = null;

  constructor(
    readonly baseUrl: string,
    private readonly ip?: string,
    /** The app's SMTP server: where this person reads their mail (sign-up confirmation, say). */
    readonly mailbox?: MailCatcher,
  ) {}

  async request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.ip) headers['x-forwarded-for'] = this.ip;
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0];
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    return (await res.json()) as GqlResponse<T>;
  }

  /** Runs an operation that must succeed; returns its data. */
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  /** Runs an operation that must fail; returns its first error. */
  async fail(query: string, variables?: Record<string, unknown>): Promise<GqlError> {
    const res = await this.request(query, variables);
    if (!res.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(res.data)}`);
    return res.errors[0];
  }
}
