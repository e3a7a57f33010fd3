// The whole command, with the process's streams and environment passed in (tests call it directly
// as well as through the real binary). Every failure ends here as one line on stderr and an exit
// code from exit-codes.ts: no stack trace ever reaches the user.
import type { Catalog, Locale } from '../core/i18n/format.ts';
import { analyseField, isFaulty, splitFieldLine, type FieldAnalysis } from './analysis.ts';
import { parseCommandLine, type Command, type DiagnoseCommand, type ExplainCommand } from './args.ts';
import { loadCatalogs } from './catalogs.ts';
import { makeStyle, useColour } from './colour.ts';
import { diagnoseUrl } from './diagnose-url.ts';
import { CliFailure } from './errors.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import { diagnoseJson, explainJson, failureJson } from './json.ts';
import { translator, type Translate } from '../core/i18n/format.ts';
import { localeFromEnv } from './locale.ts';
import { renderDiagnose, renderExplain } from './render.ts';

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  readStdin(): Promise<string>;
  env: Readonly<Record<string, string | undefined>>;
  platform: string;
  now(): number;
}

interface Ctx {
  io: Io;
  lang: Locale;
  t: Translate;
  catalog: Catalog;
}

function fail(ctx: Ctx, f: CliFailure, json: { command: 'diagnose' | 'explain' } | null): ExitCode {
  ctx.io.stderr.write(`401-doctor: ${ctx.t(f.text)}\n`);
  if (json) ctx.io.stdout.write(`${JSON.stringify(failureJson(ctx.catalog, ctx.lang, json.command, f), null, 2)}\n`);
  return f.exitCode;
}

async function runDiagnose(ctx: Ctx, cmd: DiagnoseCommand): Promise<ExitCode> {
  const outcome = await diagnoseUrl(cmd, { now: ctx.io.now, platform: ctx.io.platform });
  const code = outcome.authFailure ? EXIT.authFailure : EXIT.ok;
  const json = diagnoseJson(ctx.catalog, ctx.lang, outcome, code);
  const style = makeStyle(useColour(ctx.io.stdout.isTTY === true, ctx.io.env));
  ctx.io.stdout.write(cmd.json ? `${JSON.stringify(json, null, 2)}\n` : renderDiagnose(json, ctx.t, style));
  return code;
}

async function runExplain(ctx: Ctx, cmd: ExplainCommand): Promise<ExitCode> {
  let values = cmd.values;
  if (values === null) {
    // One field per line; blank lines separate nothing and are skipped.
    values = (await ctx.io.readStdin()).split(/\r?\n/).filter((l) => l.trim() !== '');
    if (values.length === 0) throw new CliFailure('usage', { id: 'cli_error_explain_empty' });
  }
  const inputs: { input: string; fields: FieldAnalysis[] }[] = values.map((input) => {
    const { field, value } = splitFieldLine(input);
    return { input, fields: [analyseField(field, [value])] };
  });
  const code = inputs.some((i) => i.fields.some(isFaulty)) ? EXIT.headerFaulty : EXIT.ok;
  const json = explainJson(ctx.catalog, ctx.lang, inputs, code);
  const style = makeStyle(useColour(ctx.io.stdout.isTTY === true, ctx.io.env));
  ctx.io.stdout.write(cmd.json ? `${JSON.stringify(json, null, 2)}\n` : renderExplain(json, ctx.t, style));
  return code;
}

export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  const catalogs = loadCatalogs();
  const envLang = localeFromEnv(io.env);
  const ctxFor = (lang: Locale): Ctx => {
    const catalog = catalogs[lang] ?? catalogs.en ?? {};
    return { io, lang, t: translator(catalog), catalog };
  };
  let cmd: Command;
  try {
    cmd = parseCommandLine(argv);
  } catch (e) {
    const ctx = ctxFor(envLang);
    if (e instanceof CliFailure) return fail(ctx, e, null);
    io.stderr.write(`401-doctor: ${ctx.t('cli_error_internal')}\n`);
    return EXIT.internal;
  }
  const ctx = ctxFor(cmd.lang ?? envLang);
  if (cmd.kind === 'help') {
    io.stdout.write(`${ctx.t('cli_help')}\n`);
    return EXIT.ok;
  }
  try {
    return cmd.kind === 'explain' ? await runExplain(ctx, cmd) : await runDiagnose(ctx, cmd);
  } catch (e) {
    const json = cmd.json ? { command: cmd.kind } : null;
    if (e instanceof CliFailure) return fail(ctx, e, json);
    // A bug of ours: no stack (it could hold a request detail), one line, and a distinct code.
    return fail(ctx, new CliFailure('internal', { id: 'cli_error_internal' }), json);
  }
}
