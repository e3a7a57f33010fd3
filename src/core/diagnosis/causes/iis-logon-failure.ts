// IIS's logon failure classes, read from the sub-status on its error page: 401.1 the logon failed,
// 401.2 no authentication method the server and the browser share, 401.3 a file ACL, 401.4 a
// filter, 401.5 an ISAPI/CGI application. Only 401.1 is the visitor's to fix.
import { iisEvidence, type CauseDefinition } from '../cause.ts';

export const iisLogonFailure: CauseDefinition = {
  id: 'iis-logon-failure',
  steps: ['contact-owner', 'copy-report', 'owner-check-server'],
  detect(ctx) {
    const iis = iisEvidence(ctx, ['1', '2', '3', '4', '5']);
    if (!iis) return null;
    const evidence = [iis];
    if (ctx.server.iis === '1') return { score: 88, confidence: 'high', evidence, steps: ['relogin', 'reload', 'contact-owner'] };
    return { score: 88, confidence: 'high', evidence };
  },
};
