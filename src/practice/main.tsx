import { render } from 'preact';
import { boot } from '../content/boot';
import { loadBundledCard } from '../content/card/bundled';
import { localizePage } from '../platform/i18n';
import { Practice } from './Practice';
import { practiceSite } from './site';

// Content scripts do not run on extension pages, so the practice chat starts its own guard first.
boot(practiceSite, window, loadBundledCard);
localizePage(document, 'practicePageTitle');
const root = document.getElementById('root');
if (root) render(<Practice />, root);
