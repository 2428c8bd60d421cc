import type { ProtocolMap } from './protocol';

/** One message as @webext-core/messaging puts it on the wire: what its listeners read (type and timestamp). */
export interface WireMessage<K extends keyof ProtocolMap> {
  id: number;
  type: K;
  data: unknown;
  timestamp: number;
}

/**
 * A message for a script that cannot load the messaging library: the portal start script runs before the page is
 * parsed and carries no browser-API wrapper (unit tests deliver theirs this way too). wire-message.test.ts checks
 * that it is what the library sends.
 */
export const wireMessage = <K extends keyof ProtocolMap>(type: K, data?: unknown): WireMessage<K> => ({
  id: 0,
  type,
  data,
  timestamp: Date.now(),
});
