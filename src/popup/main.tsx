import { render } from 'preact';
import { App } from './components/App.tsx';
import { readQuery } from './logic/query.ts';

const root = document.getElementById('app');
if (root) render(<App query={readQuery(location.search)} />, root);
