/** Name-based GUIDs for REFI-QDA exchange: the same id always gives the same GUID. */
import { createHash } from 'node:crypto';

/** The namespace UUID of Policy Annotator's name-based GUIDs. */
const NAMESPACE = Buffer.from('5b1f2c1e9a3d4f6b8c7e0d1a2b3c4d5e', 'hex');

/** A UUID version 5 (RFC 4122, SHA-1, name-based) of `name` in our namespace. */
export function nameGuid(name: string): string {
  const h = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`.toUpperCase();
}
