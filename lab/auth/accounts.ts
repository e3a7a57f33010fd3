// The lab's only account and tokens. They guard nothing real; they are constants so tests and people
// can sign in. They are still never written into a page or a log (the product must not echo secrets,
// so neither does the lab it is tested against).
export const LAB_USER = 'lab';
export const LAB_PASSWORD = 'lab-password';

/** Accepted by the lab's hand-written Bearer APIs (the real ones take a JWT of lab/auth/jwt.ts). */
export const GOOD_TOKEN = 'lab-good-token';
/** Sent by the step-up scenario's page: valid, but from a single-factor sign-in. */
export const WEAK_TOKEN = 'lab-single-factor-token';

export const BASIC_REALM = '401 Lab';
export const API_REALM = '401 Lab API';
