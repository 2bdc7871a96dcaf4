import * as zlib from 'node:zlib';
import type { InflateRaw } from './readZipParts';

/** Node's zlib as the fast path's inflater: native, and never past the size the zip declares. */
export const nativeInflateRaw: InflateRaw = (data, size) => zlib.inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
