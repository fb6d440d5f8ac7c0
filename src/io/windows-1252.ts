// The 0x80–0x9F block of windows-1252 (the rest of the code page equals latin-1). Five bytes are undefined
// there and stay as the C1 control characters, as browsers do.
const HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * Decode windows-1252 bytes. (Node's built-in decoder for the "windows-1252" label is plain latin-1, which
 * turns the smart quotes of DOL's older exports into control characters.)
 *
 * @example
 * decodeWindows1252(new Uint8Array([0x93, 0x41, 0x94])); // => "“A”"
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder("latin1").decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80]!);
}
