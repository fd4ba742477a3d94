import { render } from 'preact';
import { boot } from '../content/boot';
import { loadBundledCard } from '../content/card/bundled';
import { localizePage } from '../platform/i18n';
import { practiceSite } from '../practice/site';
import { Welcome } from './Welcome';

// The practice chat is embedded here, and content scripts do not run on extension pages: start its guard first.
boot(practiceSite, window, loadBundledCard);
localizePage(document, 'welcomeTitle');
const root = document.getElementById('root');
if (root) render(<Welcome />, root);
