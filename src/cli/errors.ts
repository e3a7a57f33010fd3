// The failures the CLI reports as one localised line and an exit code. Each carries a message id
// (src/locales/<lang>/cli.json), never a sentence, and never a header value (those may be secrets).
import type { Message } from '../core/diagnosis/types.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';

/** Stable codes for scripts reading the JSON error object. */
export type FailureCode =
  | 'usage'
  | 'bad-url'
  | 'bad-header'
  | 'unreachable'
  | 'dns'
  | 'timeout'
  | 'tls'
  | 'too-many-redirects'
  | 'protocol'
  | 'internal';

export class CliFailure extends Error {
  readonly code: FailureCode;
  readonly exitCode: ExitCode;
  readonly text: Message;

  constructor(code: FailureCode, text: Message) {
    super(text.id);
    this.code = code;
    this.text = text;
    this.exitCode = code === 'usage' || code === 'bad-header' ? EXIT.usage : code === 'internal' ? EXIT.internal : EXIT.network;
  }
}

export function usageError(id: string, ...subs: string[]): CliFailure {
  return new CliFailure('usage', { id, subs });
}
