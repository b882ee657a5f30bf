import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadLanding } from '@/app/app';
import '@/lib/i18n';
import '@/app/styles.css';

preloadLanding(window.location.pathname, window.location.search);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
