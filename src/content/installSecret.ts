import { INSTALL_SECRET_KEY, parseSecret, secretFrom } from '../core/secret';

export { INSTALL_SECRET_KEY };

export interface SecretIO {
  read(key: string): Promise<Record<string, unknown>>;
  write(items: Record<string, unknown>): Promise<unknown>;
  randomBytes(length: number): Uint8Array;
}

/**
 * This install's secret from storage.local, made and stored on first need. Two tabs making one at
 * the same moment both adopt whichever write lands last (through storage.onChanged, in Streaks);
 * a streak kept under the other one is simply forgotten after a day.
 */
export async function loadSecret(io: SecretIO): Promise<string> {
  const stored = parseSecret((await io.read(INSTALL_SECRET_KEY))[INSTALL_SECRET_KEY]);
  if (stored) return stored;
  const made = secretFrom(io.randomBytes(16));
  await io.write({ [INSTALL_SECRET_KEY]: made });
  return made;
}
