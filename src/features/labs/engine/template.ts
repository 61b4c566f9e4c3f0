/**
 * A subset of Go's text/template, as the docker CLI uses it in --format: fields
 * (`{{.State.ExitCode}}`), `json`, `range … end`, `if … else … end`, `index`, `join`, `lower`,
 * `upper`, `len`, `table`, `println`, and `$` / `.` inside range.
 */

export type Value = unknown;

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'action'; pipeline: string }
  | { kind: 'range'; pipeline: string; body: Node[]; elseBody: Node[] }
  | { kind: 'if'; pipeline: string; body: Node[]; elseBody: Node[] }
  | { kind: 'with'; pipeline: string; body: Node[]; elseBody: Node[] };

export class TemplateError extends Error {}

function parse(template: string): Node[] {
  const root: Node[] = [];
  const stack: { nodes: Node[]; node: Extract<Node, { body: Node[] }> | null; inElse: boolean }[] = [
    { nodes: root, node: null, inElse: false },
  ];
  const target = (): Node[] => {
    const top = stack[stack.length - 1]!;
    if (!top.node) return top.nodes;
    return top.inElse ? top.node.elseBody : top.node.body;
  };
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{{', i);
    if (open === -1) {
      target().push({ kind: 'text', text: template.slice(i) });
      break;
    }
    if (open > i) target().push({ kind: 'text', text: template.slice(i, open) });
    const close = template.indexOf('}}', open + 2);
    if (close === -1) throw new TemplateError('unclosed action');
    let inner = template.slice(open + 2, close);
    let trimLeft = false;
    if (inner.startsWith('-')) {
      trimLeft = true;
      inner = inner.slice(1);
    }
    let trimRight = false;
    if (inner.endsWith('-')) {
      trimRight = true;
      inner = inner.slice(0, -1);
    }
    inner = inner.trim();
    if (trimLeft) {
      const nodes = target();
      const last = nodes[nodes.length - 1];
      if (last?.kind === 'text') last.text = last.text.replace(/\s+$/, '');
    }
    i = close + 2;
    if (trimRight) while (i < template.length && /\s/.test(template[i] as string)) i += 1;
    const word = inner.split(/\s+/)[0];
    if (word === 'range' || word === 'if' || word === 'with') {
      const node = { kind: word, pipeline: inner.slice(word.length).trim(), body: [], elseBody: [] } as Extract<
        Node,
        { body: Node[] }
      >;
      target().push(node);
      stack.push({ nodes: [], node, inElse: false });
    } else if (word === 'else') {
      const top = stack[stack.length - 1]!;
      if (!top.node) throw new TemplateError('unexpected {{else}}');
      top.inElse = true;
    } else if (word === 'end') {
      if (stack.length === 1) throw new TemplateError('unexpected {{end}}');
      stack.pop();
    } else if (inner.startsWith('/*')) {
      // comment
    } else {
      target().push({ kind: 'action', pipeline: inner });
    }
  }
  if (stack.length > 1) throw new TemplateError('unexpected EOF');
  return root;
}

function splitArgs(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t') {
      i += 1;
      continue;
    }
    if (c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' && c === '"' ? 2 : 1;
      out.push(text.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    if (c === '(') {
      let depth = 1;
      let j = i + 1;
      while (j < text.length && depth > 0) {
        if (text[j] === '(') depth += 1;
        if (text[j] === ')') depth -= 1;
        j += 1;
      }
      out.push(text.slice(i, j));
      i = j;
      continue;
    }
    let j = i;
    while (j < text.length && text[j] !== ' ' && text[j] !== '\t') j += 1;
    out.push(text.slice(i, j));
    i = j;
  }
  return out;
}

interface Scope {
  dot: Value;
  root: Value;
  vars: Map<string, Value>;
}

function field(value: Value, name: string): Value {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Map) return value.get(name);
  if (typeof value === 'object') {
    const record = value as Record<string, Value>;
    if (Object.hasOwn(record, name)) {
      const v = record[name];
      return typeof v === 'function' ? (v as () => Value).call(record) : v;
    }
    throw new TemplateError(`can't evaluate field ${name}`);
  }
  throw new TemplateError(`can't evaluate field ${name} in type ${typeof value}`);
}

function isMethod(value: Value, name: string): boolean {
  if (value === null || typeof value !== 'object' || value instanceof Map) return false;
  const record = value as Record<string, Value>;
  return Object.hasOwn(record, name) && typeof record[name] === 'function' && (record[name] as () => Value).length > 0;
}

const stageCache = new Map<string, string[][]>();
const pathCache = new Map<string, string[]>();

function resolveTerm(term: string, scope: Scope): Value {
  if (term.startsWith('.') && term.length > 1) return resolveField(term, scope);
  if (term.startsWith('"')) return JSON.parse(term) as string;
  if (term.startsWith('`')) return term.slice(1, -1);
  if (/^-?\d+$/.test(term)) return Number(term);
  if (term === 'true') return true;
  if (term === 'false') return false;
  if (term.startsWith('(')) return evalPipeline(term.slice(1, -1), scope);
  if (term === '.') return scope.dot;
  if (term.startsWith('$')) {
    const dot = term.indexOf('.');
    const name = dot === -1 ? term : term.slice(0, dot);
    let value = name === '$' ? scope.root : scope.vars.get(name);
    if (dot !== -1) for (const part of term.slice(dot + 1).split('.')) value = field(value, part);
    return value;
  }
  return resolveField(term, scope);
}

function resolveField(term: string, scope: Scope): Value {
  if (term.startsWith('.')) {
    let path = pathCache.get(term);
    if (!path) {
      path = term.slice(1).split('.');
      if (pathCache.size > 500) pathCache.clear();
      pathCache.set(term, path);
    }
    let value = scope.dot;
    for (const part of path) value = field(value, part);
    return value;
  }
  throw new TemplateError(`function "${term}" not defined`);
}

/** Go's fmt %v of the engine's plain values. */
export function goString(value: Value): string {
  if (value === null || value === undefined) return '<no value>';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(goString).join(' ')}]`;
  if (value instanceof Map) {
    return `map[${[...value.entries()]
      .sort(([a], [b]) => String(a).localeCompare(String(b)))
      .map(([k, v]) => `${String(k)}:${goString(v)}`)
      .join(' ')}]`;
  }
  if (typeof value === 'object') {
    const record = value as Record<string, Value>;
    if ('__go' in record && typeof record.__go === 'string') return record.__go;
    const keys = Object.keys(record).filter((k) => !k.startsWith('__'));
    if (keys.length > 0 && keys.every((k) => /^[a-z0-9/._-]+$/i.test(k) && !/^[A-Z]/.test(k))) {
      return `map[${keys
        .sort()
        .map((k) => `${k}:${goString(record[k])}`)
        .join(' ')}]`;
    }
    return `{${keys.map((k) => goString(record[k])).join(' ')}}`;
  }
  return typeof value === 'bigint' ? value.toString() : '';
}

function stripInternal(value: Value): Value {
  if (Array.isArray(value)) return value.map(stripInternal);
  if (value instanceof Map) return Object.fromEntries([...value.entries()].map(([k, v]) => [k, stripInternal(v)]));
  if (value && typeof value === 'object') {
    const out: Record<string, Value> = {};
    for (const [k, v] of Object.entries(value as Record<string, Value>))
      if (!k.startsWith('__')) out[k] = stripInternal(v);
    return out;
  }
  return value;
}

export function goJson(value: Value): string {
  return JSON.stringify(stripInternal(value) ?? null)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}

function truthy(value: Value): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof Map) return value.size > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** Go's lt/gt family: numbers by value, anything else as text (Go refuses mixed kinds; a lab does not need that). */
function compareValues(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [goString(a), goString(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Go's %T of the engine's plain values, as Docker's inspect data would type them. */
function goType(value: Value): string {
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float64';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (Array.isArray(value)) return '[]interface {}';
  if (value === null || value === undefined) return '<nil>';
  return 'map[string]interface {}';
}

const functions: Record<string, (args: Value[]) => Value> = {
  json: ([v]) => goJson(v),
  lower: ([v]) => goString(v).toLowerCase(),
  upper: ([v]) => goString(v).toUpperCase(),
  title: ([v]) => goString(v).replace(/\b\w/g, (c) => c.toUpperCase()),
  len: ([v]) =>
    Array.isArray(v) || typeof v === 'string'
      ? v.length
      : v instanceof Map
        ? v.size
        : v && typeof v === 'object'
          ? Object.keys(v).length
          : 0,
  join: ([v, sep]) => (Array.isArray(v) ? v.map(goString).join(goString(sep)) : goString(v)),
  split: ([v, sep]) => goString(v).split(goString(sep)),
  index: ([v, ...keys]) => {
    let value = v;
    for (const key of keys) {
      if (Array.isArray(value)) value = value[Number(key)];
      else if (value instanceof Map) value = value.get(key);
      else if (value && typeof value === 'object') value = (value as Record<string, Value>)[goString(key)];
      else value = undefined;
    }
    return value;
  },
  println: (args) => `${args.map(goString).join(' ')}\n`,
  print: (args) => args.map(goString).join(''),
  printf: ([format, ...args]) => {
    let k = 0;
    return goString(format).replace(/%[svdqT]/g, (spec) => {
      const v = args[k++];
      if (spec === '%T') return goType(v);
      return spec === '%q' ? JSON.stringify(goString(v)) : goString(v);
    });
  },
  eq: ([a, ...rest]) => rest.some((b) => goString(a) === goString(b)),
  lt: ([a, b]) => compareValues(a, b) < 0,
  le: ([a, b]) => compareValues(a, b) <= 0,
  gt: ([a, b]) => compareValues(a, b) > 0,
  ge: ([a, b]) => compareValues(a, b) >= 0,
  ne: ([a, b]) => goString(a) !== goString(b),
  not: ([a]) => !truthy(a),
  and: (args) => args.every(truthy),
  or: (args) => args.find(truthy) ?? args[args.length - 1],
  pad: ([v, l, r]) => `${' '.repeat(Number(l))}${goString(v)}${' '.repeat(Number(r))}`,
  truncate: ([v, n]) => goString(v).slice(0, Number(n)),
};

function evalPipeline(pipeline: string, scope: Scope): Value {
  let text = pipeline;
  const assign = text.startsWith('$') ? /^(\$\w*)\s*:?=\s*(.*)$/.exec(text) : null;
  if (assign) {
    const value = evalPipeline(assign[2] as string, scope);
    scope.vars.set(assign[1] as string, value);
    return '';
  }
  let result: Value = undefined;
  let first = true;
  let stages = stageCache.get(text);
  if (!stages) {
    stages = text.split('|').map((s) => splitArgs(s.trim()));
    if (stageCache.size > 500) stageCache.clear();
    stageCache.set(text, stages);
  }
  for (const args of stages) {
    const head = args[0];
    if (head === undefined) throw new TemplateError('missing value for command');
    const fn = Object.hasOwn(functions, head) ? functions[head] : undefined;
    if (fn) {
      const values = args.slice(1).map((a) => resolveTerm(a, scope));
      if (!first) values.push(result);
      result = fn(values);
    } else if (args.length > 1 && /^\.[A-Za-z]\w*$/.test(head) && isMethod(scope.dot, head.slice(1))) {
      // A method with arguments, like `.Label "com.docker.compose.service"` in docker ps.
      const record = scope.dot as Record<string, Value>;
      const method = record[head.slice(1)] as (...values: Value[]) => Value;
      result = method.apply(
        record,
        args.slice(1).map((a) => resolveTerm(a, scope)),
      );
    } else {
      if (args.length > 1) throw new TemplateError(`can't give argument to non-function ${head}`);
      result = resolveTerm(head, scope);
    }
    first = false;
  }
  text = '';
  return result;
}

function render(nodes: Node[], scope: Scope): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'action') {
      const value = evalPipeline(node.pipeline, scope);
      if (node.pipeline.startsWith('$') && /^\$\w*\s*:?=/.test(node.pipeline)) continue;
      out += goString(value);
    } else if (node.kind === 'if') {
      out += render(truthy(evalPipeline(node.pipeline, scope)) ? node.body : node.elseBody, scope);
    } else if (node.kind === 'with') {
      const value = evalPipeline(node.pipeline, scope);
      out += truthy(value) ? render(node.body, { ...scope, dot: value }) : render(node.elseBody, scope);
    } else {
      let pipeline = node.pipeline;
      let keyVar: string | null = null;
      let valueVar: string | null = null;
      const decl = /^(\$\w+)\s*(?:,\s*(\$\w+))?\s*:=\s*(.*)$/.exec(pipeline);
      if (decl) {
        if (decl[2]) {
          keyVar = decl[1] as string;
          valueVar = decl[2];
        } else valueVar = decl[1] as string;
        pipeline = decl[3] as string;
      }
      const value = evalPipeline(pipeline, scope);
      let entries: [Value, Value][] = [];
      if (Array.isArray(value)) entries = value.map((v, i) => [i, v]);
      else if (value instanceof Map)
        entries = [...value.entries()].sort(([a], [b]) => String(a).localeCompare(String(b)));
      else if (value && typeof value === 'object')
        entries = Object.entries(value as Record<string, Value>)
          .filter(([k]) => !k.startsWith('__'))
          .sort(([a], [b]) => a.localeCompare(b));
      else if (typeof value === 'number') entries = Array.from({ length: value }, (_, i) => [i, i]);
      if (entries.length === 0) {
        out += render(node.elseBody, scope);
        continue;
      }
      for (const [k, v] of entries) {
        const vars = new Map(scope.vars);
        if (keyVar) vars.set(keyVar, k);
        if (valueVar) vars.set(valueVar, v);
        out += render(node.body, { dot: v, root: scope.root, vars });
      }
    }
  }
  return out;
}

export function compileTemplate(template: string): (data: Value) => string {
  const nodes = parse(template);
  return (data) => render(nodes, { dot: data, root: data, vars: new Map() });
}

/** Go's template escapes in --format: `\t` and `\n` typed literally become tab and newline. */
export function unescapeFormat(format: string): string {
  return format.replace(/\\t/g, '\t').replace(/\\n/g, '\n');
}
