// Reads the command line with node:util parseArgs (strict: an unknown option is a usage error)
// and turns it into one of the commands below. Nothing here touches the network or the terminal.
import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '../core/i18n/format.ts';
import { CliFailure, usageError } from './errors.ts';
import { parseHeaderArg, type HeaderPair } from './headers.ts';

export const DEFAULT_TIMEOUT_S = 10;

export interface CommonOptions {
  json: boolean;
  /** null: take it from the environment (LC_ALL, LC_MESSAGES, LANG). */
  lang: Locale | null;
}

export interface DiagnoseCommand extends CommonOptions {
  kind: 'diagnose';
  url: string;
  method: string;
  headers: HeaderPair[];
  /** Request body (--data); never printed. */
  data: string | null;
  proxy: string | null;
  timeoutMs: number;
}

export interface ExplainCommand extends CommonOptions {
  kind: 'explain';
  /** Field values from the command line, or null to read standard input ("-"). */
  values: string[] | null;
}

export interface HelpCommand extends CommonOptions {
  kind: 'help';
}

export type Command = DiagnoseCommand | ExplainCommand | HelpCommand;

const OPTIONS = {
  header: { type: 'string', short: 'H', multiple: true },
  method: { type: 'string', short: 'X' },
  data: { type: 'string', short: 'd' },
  proxy: { type: 'string' },
  timeout: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

// RFC 9110 §9.1: a method is a token.
const METHOD = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function parseLang(raw: string | undefined): Locale | null {
  if (raw === undefined) return null;
  if (!(LOCALES as readonly string[]).includes(raw)) throw usageError('cli_error_bad_lang', raw, LOCALES.join(', '));
  return raw as Locale;
}

function parseTimeout(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_TIMEOUT_S * 1000;
  const seconds = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
    throw usageError('cli_error_bad_timeout', raw);
  }
  return Math.round(seconds * 1000);
}

/** The option name parseArgs complained about, so the message can name it without echoing a value. */
function unknownOption(e: Error): string {
  // parseArgs quotes the option first: "Unknown option '--x'", "Option '-H, --header <value>' …".
  return /'(-{1,2}[A-Za-z0-9][\w-]*)/.exec(e.message)?.[1] ?? '';
}

export function parseCommandLine(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    if (e instanceof Error && 'code' in e) {
      const code = (e as { code: unknown }).code;
      if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw usageError('cli_error_unknown_option', unknownOption(e));
      if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw usageError('cli_error_option_value', unknownOption(e));
    }
    throw usageError('cli_error_usage');
  }
  const { values: v, positionals } = parsed;
  const common: CommonOptions = { json: v.json ?? false, lang: parseLang(v.lang) };
  if (v.help) return { kind: 'help', ...common };

  if (positionals[0] === 'explain') {
    const onlyForUrls = (['header', 'method', 'data', 'proxy', 'timeout'] as const).find((k) => v[k] !== undefined);
    if (onlyForUrls) throw usageError('cli_error_not_for_explain', `--${onlyForUrls}`);
    const rest = positionals.slice(1);
    if (rest.length === 0) throw usageError('cli_error_explain_nothing');
    // An empty value holds nothing to explain (exit 2, as with no value at all), not a clean header.
    const blank = rest.findIndex((v) => v.trim() === '');
    if (blank >= 0) throw usageError('cli_error_explain_blank', String(blank + 1));
    if (rest.includes('-')) {
      if (rest.length > 1) throw usageError('cli_error_explain_stdin_alone');
      return { kind: 'explain', ...common, values: null };
    }
    return { kind: 'explain', ...common, values: rest };
  }

  if (positionals.length === 0) throw usageError('cli_error_no_url');
  if (positionals.length > 1) throw usageError('cli_error_one_url');
  const method = (v.method ?? (v.data !== undefined ? 'POST' : 'GET')).toUpperCase();
  if (!METHOD.test(method) || method === 'CONNECT') throw usageError('cli_error_bad_method', method);
  const headers = (v.header ?? []).map((h, i) => parseHeaderArg(h, i + 1));
  return {
    kind: 'diagnose',
    ...common,
    url: positionals[0]!,
    method,
    headers,
    data: v.data ?? null,
    proxy: v.proxy ?? null,
    timeoutMs: parseTimeout(v.timeout),
  };
}

export function isCliFailure(e: unknown): e is CliFailure {
  return e instanceof CliFailure;
}
