import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { createPrefsStore, PrefsProvider } from '../store/prefs';
import { App } from './app';
import { followLang, initialLang } from './lang-setup';
import './global.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const prefs = createPrefsStore(initialLang());
followLang(prefs);

createRoot(root).render(
  <StrictMode>
    <PrefsProvider store={prefs}>
      <App />
    </PrefsProvider>
  </StrictMode>,
);
