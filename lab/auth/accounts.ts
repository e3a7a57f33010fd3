// The lab's only account and tokens. They guard nothing real; they are constants so tests and people
// can sign in. They are still never written into a page or a log (the product must not echo secrets,
// so neither does the lab it is tested against).
export const LAB_USER = 'lab';
export const LAB_PASSWORD = 'lab-password';

/** Accepted by every Bearer API of the lab. */
export const GOOD_TOKEN = 'lab-good-token';
/** Sent by the invalid_token scenario's page: the API rejects it. */
export const BAD_TOKEN = 'lab-bad-token';
/** Sent by the expired-token scenario's page. */
export const EXPIRED_TOKEN = 'lab-expired-token';
/** Sent by the step-up scenario's page: valid, but from a single-factor sign-in. */
export const WEAK_TOKEN = 'lab-single-factor-token';

export const BASIC_REALM = '401 Lab';
export const API_REALM = '401 Lab API';
