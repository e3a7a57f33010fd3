// Turns the field lines of one header into the single value the grammar talks about.

export interface CombinedField {
  value: string;
  /**
   * Offsets of the "," that joins each line to the next. A quoted-string never spans a field
   * line, so the scanner closes an unterminated one there instead of swallowing the next line.
   */
  lineEnds: number[];
}

/**
 * RFC 9110 §5.3: lines are combined in order, separated by ", ". RFC 9112 §5.2: an obs-fold
 * (CRLF, or a bare LF, followed by SP/HTAB) is replaced by SP; replacing CR and LF each by one
 * SP keeps every offset the same, so errors point into the text the user sees.
 */
export function combineFieldLines(field: string | readonly string[]): CombinedField {
  const lines = typeof field === 'string' ? [field] : field;
  const lineEnds: number[] = [];
  let value = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const text = typeof line === 'string' ? unfold(line) : '';
    if (i > 0) {
      lineEnds.push(value.length);
      value += ', ';
    }
    value += text;
  }
  return { value, lineEnds };
}

function unfold(line: string): string {
  // The common case has no line break at all: no copy.
  if (line.indexOf('\n') < 0) return line;
  return line.replace(/\r?\n(?=[ \t])/g, (m) => ' '.repeat(m.length));
}
