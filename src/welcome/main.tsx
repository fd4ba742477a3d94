import { render } from 'preact';
import { boot } from '../content/boot';
import { localizePage } from '../platform/i18n';
import { practiceSite } from '../practice/site';
import { Welcome } from './Welcome';

// The practice chat is embedded here, and content scripts do not run on extension pages: start its guard first.
boot(practiceSite, window);
localizePage(document, 'welcomeTitle');
const root = document.getElementById('root');
if (root) render(<Welcome />, root);
