// A JSON reader that remembers where every value starts, so an editor can point at the line of a
// problem: parseWithLocations(text) → {value, locations: Map("task_routing.filters[0]" → {line, column})},
// or throws a JsonSyntaxError with line and column.

export class JsonSyntaxError extends Error {
  constructor(message, line, column) {
    super(`${message} (line ${line}, column ${column})`);
    this.reason = message;
    this.line = line;
    this.column = column;
  }
}

/** JSON path segments → "a.b[0].c". */
export function pathString(segments) {
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

export function parseWithLocations(text) {
  let pos = 0;
  const locations = new Map();

  const where = (at) => {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    return { line, column: at - before.lastIndexOf('\n') };
  };
  const fail = (message, at = pos) => {
    const { line, column } = where(at);
    throw new JsonSyntaxError(message, line, column);
  };
  const skip = () => { while (pos < text.length && ' \t\n\r'.includes(text[pos])) pos++; };
  const describe = () => (pos >= text.length ? 'the end of the text' : `'${text[pos]}'`);

  function value(path) {
    skip();
    locations.set(pathString(path), where(pos));
    const c = text[pos];
    if (c === '{') return object(path);
    if (c === '[') return array(path);
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    for (const [word, result] of [['true', true], ['false', false], ['null', null]]) {
      if (text.startsWith(word, pos)) { pos += word.length; return result; }
    }
    return fail(`Unexpected ${describe()}: expected a value`);
  }

  function object(path) {
    const result = {};
    pos++;
    skip();
    if (text[pos] === '}') { pos++; return result; }
    for (;;) {
      skip();
      if (text[pos] !== '"') fail(`Unexpected ${describe()}: expected a "quoted" property name`);
      const key = string();
      skip();
      if (text[pos] !== ':') fail(`Unexpected ${describe()}: expected ':' after "${key}"`);
      pos++;
      result[key] = value([...path, key]);
      skip();
      if (text[pos] === ',') { pos++; continue; }
      if (text[pos] === '}') { pos++; return result; }
      fail(`Unexpected ${describe()}: expected ',' or '}'`);
    }
  }

  function array(path) {
    const result = [];
    pos++;
    skip();
    if (text[pos] === ']') { pos++; return result; }
    for (;;) {
      result.push(value([...path, result.length]));
      skip();
      if (text[pos] === ',') { pos++; continue; }
      if (text[pos] === ']') { pos++; return result; }
      fail(`Unexpected ${describe()}: expected ',' or ']'`);
    }
  }

  function string() {
    const start = pos;
    pos++;
    while (pos < text.length && text[pos] !== '"') {
      if (text[pos] === '\\') pos++;
      else if (text[pos] === '\n') fail('Unterminated string', start);
      pos++;
    }
    if (pos >= text.length) fail('Unterminated string', start);
    pos++;
    try {
      return JSON.parse(text.slice(start, pos));
    } catch {
      return fail('Invalid escape in string', start);
    }
  }

  function number() {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(pos));
    if (!match) fail('Invalid number');
    pos += match[0].length;
    return Number(match[0]);
  }

  skip();
  if (pos >= text.length) fail('The text is empty: expected a JSON object');
  const result = value([]);
  skip();
  if (pos < text.length) fail(`Unexpected ${describe()} after the end of the JSON value`);
  return { value: result, locations };
}

/** The location of `path`, or of its nearest parent that has one. */
export function locate(locations, path) {
  let p = path;
  for (;;) {
    if (locations.has(p)) return locations.get(p);
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return locations.get('') || { line: 1, column: 1 };
    p = p.slice(0, cut);
  }
}
