// `npx tsx lab/main.ts [--port N] [--proxy-port N] [--https-port N]`: starts the lab for a person or
// the demo, prints where it listens, and stops on Ctrl-C.
import { parseArgs } from 'node:util';
import { scenarios } from './scenarios/index.ts';
import { startLab } from './server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'proxy-port': { type: 'string' },
    'https-port': { type: 'string' },
    'no-https': { type: 'boolean' },
  },
});

function port(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    console.error(`--${name} must be a port number (0 picks a free one)`);
    process.exit(2);
  }
  return n;
}

const lab = await startLab({
  port: port(values.port, 'port') ?? 0,
  proxyPort: port(values['proxy-port'], 'proxy-port') ?? 0,
  httpsPort: port(values['https-port'], 'https-port') ?? 0,
  https: !values['no-https'],
});

console.log(`401 lab:   ${lab.url}/`);
console.log(`https:     ${lab.httpsUrl ? `${lab.httpsUrl}/` : 'off (openssl not found, or --no-https)'}`);
console.log(`proxy:     ${lab.proxyUrl}  (squid: 407 until the lab account is given)`);
console.log(`real:      ${Object.entries(lab.backends).map(([name, p]) => `${name} :${p}`).join(', ')}`);
console.log(`started in ${lab.startMs} ms (${Object.entries(lab.startMsByServer).map(([name, ms]) => `${name} ${ms}`).join(', ')})`);
console.log(`scenarios: ${scenarios.length}`);
console.log('Ctrl-C stops it.');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    void lab.close().then(() => process.exit(0));
  });
}
