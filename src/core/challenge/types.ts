// The shapes of a parsed WWW-Authenticate / Proxy-Authenticate field (RFC 9110 §11.6.1, §11.7.1).

export interface Challenge {
  /** The auth-scheme, ASCII-lowercased: schemes are case-insensitive (RFC 9110 §11.1). */
  scheme: string;
  /** The auth-scheme as the server spelled it, for display and for formatChallenges. */
  rawScheme: string;
  /** The token68 form of the challenge, or null when it carries parameters or nothing. */
  token68: string | null;
  /**
   * Parameter names ASCII-lowercased (RFC 9110 §11.2), values with quoted-pairs undone. A
   * prototype-less object, so a parameter named "__proto__" is plain data.
   */
  params: Record<string, string>;
}

/** One departure from the grammar: where (a UTF-16 offset into the combined field value) and what. */
export interface ParseIssue {
  offset: number;
  /** A message id of src/locales/<lang>/parser.json. */
  id: string;
  subs?: string[];
}

export interface ParseResult {
  challenges: Challenge[];
  errors: ParseIssue[];
}
