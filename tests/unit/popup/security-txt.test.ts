import { describe, expect, it } from 'vitest';
import { parseSecurityTxt } from '../../../src/platform/security-txt.ts';

describe('parseSecurityTxt', () => {
  it('reads contacts in order and the policy, with case-insensitive field names (RFC 9116 §2.4)', () => {
    const text = [
      '# our contacts',
      'Contact: mailto:security@example.com',
      'contact: https://example.com/report',
      'CONTACT: tel:+1-201-555-0123',
      'Contact: mailto:security@example.com',
      'Expires: 2030-01-01T00:00:00.000Z',
      'Policy: https://example.com/policy',
    ].join('\r\n');
    expect(parseSecurityTxt(text, 'https://example.com/.well-known/security.txt')).toEqual({
      url: 'https://example.com/.well-known/security.txt',
      contacts: ['mailto:security@example.com', 'https://example.com/report', 'tel:+1-201-555-0123'],
      policy: 'https://example.com/policy',
    });
  });

  it('drops contacts a click must not open', () => {
    const parsed = parseSecurityTxt('Contact: javascript:alert(1)\nContact: data:text/html,x\nContact: mailto:a@b.c', 'u');
    expect(parsed.contacts).toEqual(['mailto:a@b.c']);
  });

  it('skips the PGP armour of a signed file and comments', () => {
    const text = '-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n# c\nContact: mailto:a@b.c\n-----BEGIN PGP SIGNATURE-----\nxyz\n-----END PGP SIGNATURE-----';
    expect(parseSecurityTxt(text, 'u').contacts).toEqual(['mailto:a@b.c']);
  });
});
