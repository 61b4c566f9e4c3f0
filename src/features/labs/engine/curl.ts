/**
 * curl as the labs use it, the same on the host and in a container: -s/-S/-f/-I, -o FILE, -w FORMAT
 * (%{http_code}), -H and -X read and ignored. Data in, data out: the caller fetches and writes files.
 */
export type CurlAnswer = { status: number; body: string } | { error: true; kind: 'dns' | 'refused' };

export interface CurlIo {
  out: (text: string) => void;
  err: (text: string) => void;
  fetch: (host: string, port: number, path: string) => CurlAnswer;
  /** Writes a file for -o; returns an error text or null. */
  write: (path: string, text: string) => string | null;
  parseUrl: (raw: string) => { host: string; port: number; path: string } | null;
}

const WITH_VALUE = new Map([
  ['-o', 'output'],
  ['--output', 'output'],
  ['-w', 'write-out'],
  ['--write-out', 'write-out'],
  ['-H', 'header'],
  ['--header', 'header'],
  ['-X', 'request'],
  ['--request', 'request'],
]);
const LONG_FLAGS = new Map([
  ['--silent', 's'],
  ['--show-error', 'S'],
  ['--fail', 'f'],
  ['--head', 'I'],
  ['--location', 'L'],
  ['--include', 'i'],
]);
const VALUE_LETTERS: Record<string, string> = { o: 'output', w: 'write-out', H: 'header', X: 'request' };

const reason = (status: number) =>
  status === 200 ? 'OK' : status === 404 ? 'Not Found' : status === 403 ? 'Forbidden' : 'Found';

export function runCurl(args: readonly string[], io: CurlIo): number {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const urls: string[] = [];
  for (let i = 1; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const long = WITH_VALUE.get(arg);
    if (long) {
      values.set(long, args[i + 1] ?? '');
      i += 1;
    } else if (LONG_FLAGS.has(arg)) flags.add(LONG_FLAGS.get(arg) ?? '');
    else if (/^-[a-zA-Z]+$/.test(arg)) {
      // Short flags may be grouped (-sI, -fsS); a letter that takes a value takes the rest of the word or the next one.
      for (let k = 1; k < arg.length; k += 1) {
        const letter = arg[k] ?? '';
        const name = VALUE_LETTERS[letter];
        if (name) {
          const rest = arg.slice(k + 1);
          values.set(name, rest !== '' ? rest : (args[i + 1] ?? ''));
          if (rest === '') i += 1;
          break;
        }
        flags.add(letter);
      }
    } else if (!arg.startsWith('-')) urls.push(arg);
  }
  const url = urls[0];
  if (url === undefined) {
    io.err("curl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  const target = io.parseUrl(url);
  if (!target) {
    io.err('curl: (3) URL rejected: Malformed input to a URL function\n');
    return 3;
  }
  const silent = flags.has('s') && !flags.has('S');
  const writeOut = (status: number) => {
    const format = values.get('write-out');
    if (format === undefined) return;
    io.out(
      format
        .replace(/%\{(?:http_code|response_code)\}/g, String(status).padStart(3, '0'))
        .replace(/\\n/g, '\n')
        .replace(/\\t/g, '\t'),
    );
  };
  const answer = io.fetch(target.host, target.port, target.path);
  if ('error' in answer) {
    if (!silent)
      io.err(
        answer.kind === 'dns'
          ? `curl: (6) Could not resolve host: ${target.host}\n`
          : `curl: (7) Failed to connect to ${target.host} port ${target.port} after 0 ms: Couldn't connect to server\n`,
      );
    writeOut(0);
    return answer.kind === 'dns' ? 6 : 7;
  }
  if (flags.has('f') && answer.status >= 400) {
    if (!silent) io.err(`curl: (22) The requested URL returned error: ${answer.status}\n`);
    writeOut(answer.status);
    return 22;
  }
  const head = `HTTP/1.1 ${answer.status} ${reason(answer.status)}\r\nContent-Length: ${answer.body.length}\r\n\r\n`;
  const text = flags.has('I') ? head : flags.has('i') ? head + answer.body : answer.body;
  const output = values.get('output');
  if (output !== undefined && output !== '-') {
    const error = io.write(output, text);
    if (error !== null) {
      if (!silent) io.err(`curl: (23) Failure writing output to destination\n`);
      return 23;
    }
  } else io.out(text);
  writeOut(answer.status);
  return 0;
}
