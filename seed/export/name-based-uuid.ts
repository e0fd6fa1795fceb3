import { createHash } from 'node:crypto';

/**
 * RFC 9562 version 5 (name-based, SHA-1) UUIDs. HSDS requires UUID ids; deriving them from our stable ids keeps them
 * stable from export to export, and anyone can recompute them. A dozen lines of node:crypto instead of the `uuid`
 * package, whose current major is ES-module only and would not load in this CommonJS project.
 */
export function toNameBasedUuid(namespace: string, name: string): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (namespaceBytes.length !== 16) throw new Error(`the namespace must be a UUID; got "${namespace}"`);
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** This dataset's namespace: HSDS ids are toNameBasedUuid(DATASET_UUID_NAMESPACE, "<kind>:<our id>"). */
export const DATASET_UUID_NAMESPACE = '8e5aa46d-e9b9-48e4-92f3-873edca75092';

export const toHsdsId = (kind: string, id: string) => toNameBasedUuid(DATASET_UUID_NAMESPACE, `${kind}:${id}`);
