import { browser } from '../platform/browser.ts';

export function App() {
  return (
    <main>
      <h1>{browser.i18n.getMessage('ext_name')}</h1>
      <p data-state="empty">{browser.i18n.getMessage('action_title')}</p>
    </main>
  );
}
