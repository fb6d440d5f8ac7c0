/** How far back from the end of a chunk to look for an element end before carrying the whole chunk over. */
const MAX_TRIES = 256;

/** Whether `bytes[from..to)`, after an optional `prefix:`, spells one of `names`. */
function isLocalName(bytes: Uint8Array, from: number, to: number, names: readonly Uint8Array[]): boolean {
  for (let i = to - 1; i >= from; i--) {
    if (bytes[i] === 0x3a) {
      from = i + 1;
      break;
    }
  }
  const len = to - from;
  outer: for (const name of names) {
    if (name.length !== len) continue;
    for (let k = 0; k < len; k++) if (bytes[from + k] !== name[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * Index just after the last `</name>` or `<name …/>` (one of `names`, any namespace prefix) in `bytes`, or -1.
 * Cutting there never splits an element of interest nor a UTF-8 sequence (`>` is ASCII).
 *
 * @example
 * lastElementEnd(new TextEncoder().encode("<c><v>1</v></c><c><v>2"), [new TextEncoder().encode("c")]); // => 15
 */
export function lastElementEnd(bytes: Uint8Array, names: readonly Uint8Array[]): number {
  let p = bytes.length - 1;
  for (let tries = 0; tries < MAX_TRIES && p > 0; tries++) {
    p = bytes.lastIndexOf(0x3e, p);
    if (p < 1) return -1;
    const lt = bytes.lastIndexOf(0x3c, p);
    if (lt < 0) return -1;
    if (bytes[lt + 1] === 0x2f) {
      if (isLocalName(bytes, lt + 2, p, names)) return p + 1;
    } else if (bytes[p - 1] === 0x2f) {
      let e = lt + 1;
      while (e < p && bytes[e] !== 0x20 && bytes[e] !== 0x2f && bytes[e] !== 0x09 && bytes[e] !== 0x0a && bytes[e] !== 0x0d) e++;
      if (isLocalName(bytes, lt + 1, e, names)) return p + 1;
    }
    p = lt - 1;
  }
  return -1;
}

/**
 * UTF-8 text of a byte stream, cut only just after the end of one of the named elements (`["c", "row"]` for a
 * worksheet, `["si"]` for the shared-strings table): each string handed on is a fresh flat string that holds
 * whole elements, so a scanner rarely has to join a leftover to the next chunk (joined strings are markedly
 * slower to scan in V8), and no UTF-8 sequence is ever split.
 *
 * @example
 * const bytes = new TextEncoder().encode('<row r="1"><c r="A1"><v>1</v></c></row><row r="2">');
 * const pieces: string[] = [];
 * for await (const text of elementAlignedText(streamOf(bytes), ["row"])) pieces.push(text);
 * pieces; // => ['<row r="1"><c r="A1"><v>1</v></c></row>', '<row r="2">']
 */
export async function* elementAlignedText(source: AsyncIterable<Uint8Array>, names: readonly string[]): AsyncGenerator<string> {
  const encoded = names.map((n) => new TextEncoder().encode(n));
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let carry: Uint8Array | null = null;
  for await (const bytes of source) {
    let chunk = bytes;
    if (carry !== null) {
      chunk = new Uint8Array(carry.length + bytes.length);
      chunk.set(carry);
      chunk.set(bytes, carry.length);
      carry = null;
    }
    const cut = lastElementEnd(chunk, encoded);
    if (cut < 0) {
      carry = chunk === bytes ? bytes.slice() : chunk;
      continue;
    }
    if (cut < chunk.length) carry = chunk.slice(cut);
    yield decoder.decode(chunk.subarray(0, cut));
  }
  if (carry !== null) yield decoder.decode(carry);
}
