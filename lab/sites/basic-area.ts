// A path group behind RFC 7617 Basic authentication: the lab account gets the welcome page, anyone
// else the area's own 401 page and challenge. Scenarios differ only in those words and headers.
import { basicOk } from '../auth/basic.ts';
import { sendHtml, under } from '../http/respond.ts';
import { sendWelcome } from './welcome.ts';
import type { ScenarioHandler } from '../types.ts';

export interface BasicAreaOptions {
  base: string;
  /** Named on the welcome page. */
  area: string;
  /** The body of the 401. */
  page: string;
  /** WWW-Authenticate: one field line, or several (RFC 9110 §11.6.1 allows both). */
  challenge: string | readonly string[];
  /** Sent as Server on the 401 and on the welcome page, as the imitated server would. */
  server?: string;
}

export function basicArea(opts: BasicAreaOptions): ScenarioHandler {
  const server: Readonly<Record<string, string>> = opts.server === undefined ? {} : { Server: opts.server };
  return (req, res, ctx) => {
    if (!under(ctx.url.pathname, opts.base)) return false;
    if (basicOk(req)) return sendWelcome(res, opts.area, server);
    return sendHtml(res, 401, opts.page, { ...server, 'WWW-Authenticate': opts.challenge });
  };
}
