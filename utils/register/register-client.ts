import { browser } from '#imports';
import type { BackgroundMessage } from '../messaging/protocol';
import type { RegisterChange } from './register-changes';

/** Asks the background to write one change to the register; true once it is written. */
export async function sendRegisterChange(change: RegisterChange): Promise<boolean> {
  const message: BackgroundMessage = { type: 'mctt:register', change };
  try {
    return (await browser.runtime.sendMessage(message)) === true;
  } catch {
    return false;
  }
}
