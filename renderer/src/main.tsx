import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api/api-provider.ts';
import { App } from './app/App.tsx';
import { StartingScreen } from './screens/StartingScreen.tsx';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/screens.css';
import './styles/documents.css';
import './styles/records.css';
import './styles/print.css';

const api = connectApi();
const root = createRoot(document.getElementById('root')!);

root.render(
  <StrictMode>
    {api ? (
      <App connection={api} />
    ) : (
      <main id="main" className="main">
        <StartingScreen failure="This page was opened without its key. Open CareBinder again from the link shown in the terminal window where it is running." />
      </main>
    )}
  </StrictMode>,
);
