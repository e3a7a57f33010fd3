// A TLS failure says what is wrong with the certificate, with the TLS library's own code, from the
// errors node really raises (a real handshake in tests/cli/cli-errors.test.ts; these are the rest).
import { describe, expect, it } from 'vitest';
import { mergeAllLocales } from '../../../build/locales.ts';
import { formatMessage } from '../../../src/core/i18n/format.ts';
import { networkFailure, tlsMessage } from '../../../src/cli/request.ts';

const err = (code: string) => Object.assign(new Error('x'), { code });

describe('TLS failures', () => {
  it.each([
    ['CERT_HAS_EXPIRED', 'cli_error_tls_expired'],
    ['CERT_NOT_YET_VALID', 'cli_error_tls_not_yet_valid'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'cli_error_tls_self_signed'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'cli_error_tls_self_signed'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'cli_error_tls_untrusted'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'cli_error_tls_wrong_name'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'cli_error_tls_detail'],
  ])('%s gives %s with the code', (code, id) => {
    const f = networkFailure(err(code), new URL('https://site.example/'));
    expect(f.code).toBe('tls');
    expect(f.text).toEqual({ id, subs: ['site.example', code] });
    for (const lang of ['en', 'ru']) expect(formatMessage(mergeAllLocales()[lang]!, f.text)).toContain(code);
  });

  it('never repeats a code that is not an identifier', () => {
    expect(tlsMessage({ code: 'CERT bad value=secret' }, 'h')).toEqual({ id: 'cli_error_tls', subs: ['h'] });
  });
});
