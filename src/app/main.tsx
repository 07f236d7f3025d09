import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { openingSlices, pageEngineWork } from '../runtime/page-work';
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
// The slices of an opening replay (how many, the most work in one, when the latest ended): tests count
// how many ran between an input's arrival and its handling, not how long that took.
Object.defineProperty(window, 'kafkaClassroomOpening', { get: openingSlices });

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
