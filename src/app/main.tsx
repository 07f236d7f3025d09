import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { pageEngineWork } from '../runtime/page-work';
import { createPrefsStore, PrefsProvider } from '../store/prefs';
import { App } from './app';
import { followLang, initialLang } from './lang-setup';
import { followTheme, initialTheme } from './theme-setup';
import './global.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The engine work this page has done, read-only: end-to-end tests and benchmarks assert on work done
// (a refused link does none) rather than on wall time, which the machine's speed decides.
Object.defineProperty(window, 'kafkaClassroomWork', { get: pageEngineWork });

const prefs = createPrefsStore(initialLang(), initialTheme());
followLang(prefs);
followTheme(prefs);

createRoot(root).render(
  <StrictMode>
    <PrefsProvider store={prefs}>
      <App />
    </PrefsProvider>
  </StrictMode>,
);
