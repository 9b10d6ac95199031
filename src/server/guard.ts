import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../core/errors.js';

export interface GuardOptions {
  /** Extra Host names accepted besides loopback names (the bind address when LLMPREP_TOKEN is set). */
  readonly extraHosts?: readonly string[];
  /** When set, every /api request must present it (Authorization: Bearer, or the cookie set by ?token=). */
  readonly token?: string;
}

const loopbackHost = /^(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])$/i;
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const tokenCookie = 'llmprep_token';

/** "host:port" → "host" (keeps IPv6 brackets). */
export function hostName(hostHeader: string): string {
  const trimmed = hostHeader.trim().toLowerCase();
  if (trimmed.startsWith('[')) return trimmed.slice(0, trimmed.indexOf(']') + 1);
  return trimmed.replace(/:\d+$/, '');
}

/**
 * The server runs user code later, so every request is checked before any handler:
 * - Host must be a loopback name (or an explicitly allowed one): defeats DNS rebinding, where evil.example
 *   resolves to 127.0.0.1 and the victim's browser sends Host: evil.example.
 * - State-changing requests from a browser must come from our own origin (Origin host == Host), and
 *   Sec-Fetch-Site must not be cross-site: other websites cannot POST into the app.
 * - With a token configured (binding beyond loopback), every API request must carry it.
 */
export function securityGuard(options: GuardOptions = {}): MiddlewareHandler {
  const extra = new Set((options.extraHosts ?? []).map((h) => h.toLowerCase()));
  return async (c, next) => {
    const host = c.req.header('host') ?? '';
    const name = hostName(host);
    if (!loopbackHost.test(name) && !extra.has(name)) {
      throw new AppError('http/forbidden-host', `Host "${host}" is not allowed; open the app at http://127.0.0.1`);
    }
    if (unsafeMethods.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (origin !== undefined) {
        let originHost = '';
        try {
          originHost = new URL(origin).host.toLowerCase();
        } catch {
          originHost = '';
        }
        if (originHost !== host.toLowerCase()) throw new AppError('http/forbidden-origin', `requests from origin "${origin}" are refused`);
      }
      if (c.req.header('sec-fetch-site') === 'cross-site') throw new AppError('http/forbidden-origin', 'cross-site requests are refused');
    }
    if (options.token) {
      const fromQuery = c.req.query('token');
      if (fromQuery === options.token) setCookie(c, tokenCookie, options.token, { httpOnly: true, sameSite: 'Strict', path: '/' });
      if (c.req.path.startsWith('/api/')) {
        const bearer = c.req.header('authorization')?.replace(/^Bearer\s+/i, '');
        const presented = bearer ?? getCookie(c, tokenCookie) ?? fromQuery;
        if (presented !== options.token) throw new AppError('http/unauthorized', 'this server needs LLMPREP_TOKEN: send "Authorization: Bearer <token>" or open /?token=<token> once');
      }
    }
    await next();
  };
}
