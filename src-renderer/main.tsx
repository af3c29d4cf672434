import { render } from 'solid-js/web';
import App from './App';
import { AuthGate } from './components/auth/AuthGate';
import { installSectionKeys } from './lib/section-keys';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
installSectionKeys();
render(
  () => (
    <AuthGate>
      <App />
    </AuthGate>
  ),
  root,
);
