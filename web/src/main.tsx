import { registerSW } from 'virtual:pwa-register';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createServices, ServicesContext } from './app/services';
import { setUpI18n } from './i18n';
import './styles.css';

// The service worker precaches the app, so a till reopened without a connection still starts.
if ('serviceWorker' in navigator) registerSW({ immediate: true });

void Promise.all([createServices(), setUpI18n()]).then(([services]) => {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing');
  createRoot(root).render(
    <StrictMode>
      <ServicesContext.Provider value={services}>
        <App />
      </ServicesContext.Provider>
    </StrictMode>,
  );
});
