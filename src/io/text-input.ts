/**
 * Anything a reader accepts as file content: a whole string, bytes, a web `ReadableStream`, or any
 * (async) iterable of string or byte chunks — Node `Readable` streams are async iterables.
 */
export type TextInput =
  | string
  | Uint8Array
  | ArrayBuffer
  | ReadableStream<Uint8Array | string>
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>;

/** Size of the slices a whole string or buffer is cut into, so big inputs still stream. */
const SLICE = 1 << 16;

/** Turn any {@link TextInput} into an async iterable of chunks, without reading it all first. */
export async function* inputChunks(input: TextInput): AsyncGenerator<Uint8Array | string> {
  if (typeof input === "string") {
    for (let i = 0; i < input.length; ) {
      let end = Math.min(i + SLICE, input.length);
      // Keep a surrogate pair in one slice (so each slice is well-formed text with an exact UTF-8 length).
      if (end < input.length && (input.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
      yield input.slice(i, end);
      i = end;
    }
    return;
  }
  if (input instanceof ArrayBuffer) input = new Uint8Array(input);
  if (input instanceof Uint8Array) {
    for (let i = 0; i < input.length; i += SLICE) yield input.subarray(i, i + SLICE);
    return;
  }
  if (isReadableStream(input)) {
    const reader = input.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  if (Symbol.asyncIterator in input) {
    yield* input as AsyncIterable<Uint8Array | string>;
    return;
  }
  yield* input as Iterable<Uint8Array | string>;
}

function isReadableStream(x: unknown): x is ReadableStream<Uint8Array | string> {
  return typeof (x as ReadableStream | null)?.getReader === "function";
}
