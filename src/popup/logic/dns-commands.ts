// The command that empties the operating system's DNS cache. Commands are code, not prose, so
// they are not translated.
import type { Os } from '../../core/diagnosis/types.ts';

const COMMANDS: Partial<Record<Os, string>> = {
  win: 'ipconfig /flushdns',
  mac: 'sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder',
  // systemd-resolved is the default resolver cache of current distributions.
  linux: 'resolvectl flush-caches',
  openbsd: 'doas unbound-control flush_zone .',
};

/** Null where the OS offers no command (ChromeOS, Android): the browser's own page is the way. */
export function dnsFlushCommand(os: Os): string | null {
  return COMMANDS[os] ?? null;
}
