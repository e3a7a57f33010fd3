// The texts of a fix step as message ids (steps.json), plus the OS-specific DNS flush command the
// flush-dns step offers with a copy button. Commands are the same in every language (ids *_command).
import type { Message, Os, StepId } from './types.ts';
import { causeKey } from './headline.ts';

export interface StepTexts {
  title: Message;
  text: Message;
}

export function stepTexts(step: StepId): StepTexts {
  const k = causeKey(step);
  return { title: { id: `step_${k}_title` }, text: { id: `step_${k}_text` } };
}

/** The command that flushes the OS's DNS cache, or null where there is none to type (ChromeOS, Android). */
export function flushDnsCommand(os: Os | undefined): Message | null {
  switch (os) {
    case 'win':
      return { id: 'step_flush_dns_win_command' };
    case 'mac':
      return { id: 'step_flush_dns_mac_command' };
    case 'linux':
    case 'openbsd':
      return { id: 'step_flush_dns_linux_command' };
    default:
      return null;
  }
}

/** The browser's own host cache page (chrome://net-internals/#dns; Firefox: about:networking#dns). */
export function browserDnsPage(firefox: boolean): Message {
  return { id: firefox ? 'step_flush_dns_firefox_page_code' : 'step_flush_dns_chrome_page_code' };
}
