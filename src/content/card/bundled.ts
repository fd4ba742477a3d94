import type { CardModule } from './lazy';

/** Extension pages (practice, welcome) are not size-bound and cannot be injected into: they carry the card. */
export const loadBundledCard = (): Promise<CardModule> => import('./host');
