/**
 * Small pure helpers of the simulated engine: a seeded PRNG, stable hashes for IDs, Docker's
 * human durations and sizes, RFC 3339 times and the CLI's table writer.
 */

/** A seeded PRNG (mulberry32): the engine never calls Math.random(). */
export class Prng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  hex(length: number): string {
    let out = '';
    while (out.length < length)
      out += Math.floor(this.next() * 0x100000000)
        .toString(16)
        .padStart(8, '0');
    return out.slice(0, length);
  }
}

/** A stable 64-hex digest of a text (FNV-1a, widened): image and layer IDs that do not depend on the seed. */
export function hashHex(text: string, length = 64): string {
  let out = '';
  let round = 0;
  while (out.length < length) {
    let h = (0x811c9dc5 + Math.imul(round, 0x9e3779b9)) | 0;
    const input = `${round}:${text}`;
    for (let i = 0; i < input.length; i++) {
      h ^= input.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
    out += (h >>> 0).toString(16).padStart(8, '0');
    round += 1;
  }
  return out.slice(0, length);
}

/** Docker's (go-units) HumanDuration. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(ms / 60000);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor(ms / 3600000 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(ms / 3600000 / 24 / 365)} years`;
}

/** Go's %.Ng: N significant digits, trailing zeros dropped. */
function significant(value: number, digits: number): string {
  if (value === 0) return '0';
  const text = value.toPrecision(digits);
  if (text.includes('e')) return String(Number(text));
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

const decimalUnits = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
const binaryUnits = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** go-units HumanSizeWithPrecision (decimal units: "1.87MB", "4.26kB", "0B"). */
export function humanSize(bytes: number, precision = 3): string {
  let size = bytes;
  let unit = 0;
  while (size >= 1000 && unit < decimalUnits.length - 1) {
    size /= 1000;
    unit += 1;
  }
  return `${significant(size, precision)}${decimalUnits[unit]}`;
}

/** go-units BytesSize (binary units, "7.5MiB"), as `docker stats` prints memory. */
export function binarySize(bytes: number): string {
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < binaryUnits.length - 1) {
    size /= 1024;
    unit += 1;
  }
  return `${significant(size, 4)}${binaryUnits[unit]}`;
}

/** RFC 3339 with nanoseconds, as the Engine writes times in JSON and logs. */
export function rfc3339Nano(ms: number, nanos = 0): string {
  const iso = new Date(ms).toISOString(); // the simulated clock's time, not the machine's
  const fraction = String((ms % 1000) * 1_000_000 + nanos).padStart(9, '0');
  return `${iso.slice(0, 19)}.${fraction}Z`;
}

export function rfc3339(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** `docker images`' CREATED and `docker ps`' local time format: "2026-12-01 09:00:00 +0000 UTC". */
export function goTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} +0000 UTC`;
}

function width(text: string): number {
  let n = 0;
  for (const _char of text) n += 1;
  return n;
}

/**
 * The CLI's tabwriter (minwidth 10, padding 3, padded with spaces): each cell but the last of
 * a line is padded to its column's widest cell plus 3, and at least 10.
 */
export function tabwrite(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    for (let i = 0; i < row.length - 1; i++) {
      widths[i] = Math.max(widths[i] ?? 0, Math.max(width(row[i] ?? '') + 3, 10));
    }
  }
  return rows
    .map((row) =>
      row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - width(cell)))).join(''),
    )
    .join('\n');
}

/** Docker's formatter.Ellipsis: at most `max` characters, the last one "…" when cut. */
export function ellipsis(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars.slice(0, max - 1).join('')}…`;
}

/** Go's strconv.Quote for plain text. */
export function goQuote(text: string): string {
  return JSON.stringify(text);
}

/** A record's own entry (never one of Object.prototype's: a learner may type `toString`). */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
