import { render } from 'preact';
import { App } from './components/App.tsx';
import { readQuery } from './logic/query.ts';
import { loadFirst } from './state/load.ts';

performance.mark('popup-script');
// Ask the browser and the background before rendering anything: their answers are the critical path.
const first = loadFirst(readQuery(location.search));
const root = document.getElementById('app');
if (root) render(<App first={first} />, root);
