import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ProtocolMap } from '../../utils/messaging/protocol';
import { wireMessage } from '../../utils/messaging/wire-message';

type Name = keyof ProtocolMap;

/** No listener took the message (the browser would tell the sender that nobody answered). */
export const UNANSWERED = Symbol('unanswered');

/**
 * One protocol message as the browser hands it to this context's listeners, in @webext-core/messaging's envelope
 * (wireMessage),
 * from `sender`; resolves with the listener's answer, rejects with the error it answered with.
 */
export async function deliver<K extends Name>(
  name: K,
  data: GetDataType<ProtocolMap[K]> | unknown,
  sender: Runtime.MessageSender = {},
): Promise<GetReturnType<ProtocolMap[K]> | typeof UNANSWERED> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(wireMessage(name, data), sender as never, () => {});
  const answer = answers.find((a) => a !== undefined) as { res?: unknown; err?: { message: string } } | undefined;
  if (answer === undefined) return UNANSWERED;
  if (answer.err) throw new Error(answer.err.message);
  return answer.res as GetReturnType<ProtocolMap[K]>;
}
