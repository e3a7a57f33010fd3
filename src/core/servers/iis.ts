// IIS refines a 401 with a sub-status that it prints on its detailed error page ("HTTP Error
// 401.2 - Unauthorized") but never sends on the wire: reading the page is the only way to see it.
// Meanings per Microsoft's "HTTP status code overview" for IIS 7 and later.
import type { CauseId } from '../diagnosis/types.ts';

export const IIS_SUBSTATUSES = ['1', '2', '3', '4', '5', '501', '502', '503', '504'] as const;
export type IisSubStatus = (typeof IIS_SUBSTATUSES)[number];

/** Which cause of the catalogue each sub-status belongs to. */
export const IIS_CAUSE: Readonly<Record<IisSubStatus, CauseId>> = {
  '1': 'iis-logon-failure', // logon failed: the user name or password
  '2': 'iis-logon-failure', // logon failed due to server configuration (no method the client offered)
  '3': 'iis-logon-failure', // unauthorized due to an ACL on the resource
  '4': 'iis-logon-failure', // authorization failed by a filter
  '5': 'iis-logon-failure', // authorization failed by an ISAPI/CGI application
  '501': 'rate-limited', // dynamic IP restriction: too many requests
  '502': 'rate-limited', // dynamic IP restriction: too many concurrent requests from one IP
  '503': 'client-denied', // IP restriction: the client's IP address is denied
  '504': 'client-denied', // IP restriction: the client's host name is denied
};

/** Message id of servers.json that explains the sub-status. */
export function iisMessageId(sub: IisSubStatus): string {
  return `server_iis_401_${sub}`;
}

const SUB = /\b401\.(501|502|503|504|1|2|3|4|5)\b/;

/** The sub-status printed on an error page's title or text, or null. */
export function iisSubStatus(title: string, text: string): IisSubStatus | null {
  const m = SUB.exec(title) ?? SUB.exec(text.slice(0, 4000));
  return m ? (m[1] as IisSubStatus) : null;
}
