/**
 * The learner's progress in an LMS's `suspend_data`: any JSON document (the progress store's
 * persisted envelope, whatever its schema version) in a short text the LMS can keep.
 *
 * Format (version 1), one letter then the payload:
 * - `J` + packed JSON, when compression does not pay (tiny documents);
 * - `Z` + the packed JSON compressed with raw DEFLATE (CompressionStream), in base 85 (below);
 * - `K` + a structured form the caller provides (smaller still), compressed the same way.
 * "Packed" JSON is the same document with every canonical ISO instant ("2026-03-01T10:00:00.000Z",
 * the form `toISOString` writes) replaced by `~` + its milliseconds in base 36, an offset from the
 * smallest instant of the document (stored once, under the reserved first array slot): dates are
 * most of the progress's entropy, and 24 characters become 5 or 6. A string that already starts
 * with `~` is escaped as `~~`. Nothing else depends on the document's fields, so the codec keeps
 * working when the progress schema grows; decoding gives back exactly the document encoded.
 *
 * Only the encoded text's length matters to SCORM (characters, not bytes): the text is plain
 * printable ASCII that every LMS stores untouched.
 */
import type { JsonValue } from '../quiz-records';

export const CODEC_VERSION = '1';
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

function isCanonicalInstant(text: string): number | null {
  if (!INSTANT.test(text)) return null;
  const time = Date.parse(text);
  return Number.isFinite(time) && time >= 0 && new Date(time).toISOString() === text ? time : null;
}

function collectInstants(value: JsonValue, found: number[]): void {
  if (typeof value === 'string') {
    const time = isCanonicalInstant(value);
    if (time !== null) found.push(time);
  } else if (Array.isArray(value)) {
    for (const item of value) collectInstants(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) collectInstants(item, found);
  }
}

function mapStrings(value: JsonValue, map: (text: string) => string): JsonValue {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [key, item] of Object.entries(value)) out[key] = mapStrings(item, map);
    return out;
  }
  return value;
}

/** The packed form: `[origin (base 36 ms), document]`. */
export function pack(document: JsonValue): string {
  const instants: number[] = [];
  collectInstants(document, instants);
  const origin = instants.length > 0 ? Math.min(...instants) : 0;
  const packed = mapStrings(document, (text) => {
    const time = isCanonicalInstant(text);
    if (time !== null) return `~${(time - origin).toString(36)}`;
    return text.startsWith('~') ? `~${text}` : text;
  });
  return JSON.stringify([origin.toString(36), packed]);
}

export function unpack(text: string): JsonValue {
  const parsed = JSON.parse(text) as unknown;
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string') {
    throw new Error('suspend_data: not a packed document');
  }
  const origin = parseInt(parsed[0], 36);
  if (!Number.isFinite(origin)) throw new Error('suspend_data: bad origin');
  return mapStrings(parsed[1] as JsonValue, (value) => {
    if (!value.startsWith('~')) return value;
    if (value.startsWith('~~')) return value.slice(1);
    const offset = parseInt(value.slice(1), 36);
    if (!/^~[0-9a-z]+$/.test(value) || !Number.isFinite(offset)) throw new Error('suspend_data: bad instant');
    return new Date(origin + offset).toISOString();
  });
}

/**
 * 85 printable ASCII characters, without the ones an LMS may escape or choke on (quotes,
 * backslash, `&`, `<`, `>`, space): 4 bytes in 5 characters, 7 % shorter than base64.
 */
const ALPHABET = '!#$%()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~';
const DIGITS = new Map([...ALPHABET].map((char, index) => [char, index]));

export function toBase85(bytes: Uint8Array): string {
  let out = '';
  for (let index = 0; index < bytes.length; index += 4) {
    const size = Math.min(4, bytes.length - index);
    let value = 0;
    for (let offset = 0; offset < 4; offset += 1)
      value = value * 256 + (offset < size ? (bytes[index + offset] ?? 0) : 0);
    const chars: string[] = [];
    for (let digit = 0; digit < 5; digit += 1) {
      chars.unshift(ALPHABET[value % 85] ?? '');
      value = Math.floor(value / 85);
    }
    // A last group of n bytes needs only n + 1 characters.
    out += chars.slice(0, size + 1).join('');
  }
  return out;
}

export function fromBase85(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index += 5) {
    const group = text.slice(index, index + 5);
    if (group.length === 1) throw new Error('suspend_data: truncated');
    let value = 0;
    for (let offset = 0; offset < 5; offset += 1) {
      const digit = offset < group.length ? DIGITS.get(group[offset] ?? '') : 84;
      if (digit === undefined) throw new Error('suspend_data: bad character');
      value = value * 85 + digit;
    }
    if (value > 0xffffffff) throw new Error('suspend_data: bad group');
    const group4 = [(value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
    bytes.push(...group4.slice(0, group.length - 1));
  }
  return new Uint8Array(bytes);
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const response = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await response.arrayBuffer());
}

/** The uncompressed form, synchronous (for the last report when the page is going away). */
export function encodeSuspendDataPlain(document: JsonValue): string {
  return `${CODEC_VERSION}J${pack(document)}`;
}

/**
 * A structured form the caller knows for its documents (`K`): `compact` turns a document into a
 * smaller JSON (or null when it does not apply), `expand` turns it back. Compressed like `Z`.
 */
export interface StructuredForm {
  compact: (document: JsonValue) => JsonValue | null;
  expand: (compacted: JsonValue) => JsonValue;
}

async function deflate(text: string): Promise<string> {
  return toBase85(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
}

async function inflate(text: string): Promise<string> {
  const bytes = await pipe(fromBase85(text), new DecompressionStream('deflate-raw'));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Encodes a document in the shortest of the forms; never throws for JSON input. */
export async function encodeSuspendData(document: JsonValue, structured?: StructuredForm): Promise<string> {
  const plain = encodeSuspendDataPlain(document);
  if (typeof CompressionStream === 'undefined') return plain;
  const candidates = [plain, `${CODEC_VERSION}Z${await deflate(pack(document))}`];
  const compacted = structured?.compact(document) ?? null;
  if (compacted !== null) candidates.push(`${CODEC_VERSION}K${await deflate(JSON.stringify(compacted))}`);
  return candidates.reduce((best, candidate) => (candidate.length < best.length ? candidate : best));
}

/** Decodes what `encodeSuspendData` wrote; throws (with a reason) on anything else. */
export async function decodeSuspendData(text: string, structured?: StructuredForm): Promise<JsonValue> {
  if (text[0] !== CODEC_VERSION) throw new Error('suspend_data: unknown codec version');
  const body = text.slice(2);
  if (text[1] === 'J') return unpack(body);
  if (text[1] === 'Z') return unpack(await inflate(body));
  if (text[1] === 'K') {
    if (!structured) throw new Error('suspend_data: structured form without its reader');
    return structured.expand(JSON.parse(await inflate(body)) as JsonValue);
  }
  throw new Error('suspend_data: unknown encoding');
}
