import type { Manifest } from "./manifest";

const SCALAR = String.raw`(?:-?\d+(?:\.\d+)?(?:e[+-]?\d+)?|"(?:[^"\\]|\\.)*"|null|true|false)`;
const SCALAR_ARRAY = new RegExp(String.raw`\[\s*\n\s*(${SCALAR}(?:,\s*\n\s*${SCALAR})*)\s*\n\s*\]`, "g");
const ONE_LINE_ARRAY = String.raw`\[[^\n\]]*\]`;
const ENTRY = String.raw`"(?:[^"\\]|\\.)*": (?:${SCALAR}|${ONE_LINE_ARRAY})`;
const FLAT_OBJECT = new RegExp(String.raw`\{\s*\n\s*(${ENTRY}(?:,\s*\n\s*${ENTRY})*)\s*\n\s*\}`, "g");

/**
 * MANIFEST.json text: indented JSON with arrays of scalars (row lists, `[from, to]` ranges) and flat objects
 * (a bad row, a cross-file copy) kept on one line, so the file stays small and diffable. Ends with a newline.
 *
 * @example
 * formatManifest({ rows: [1, 2, 3] } as never); // => '{ "rows": [1, 2, 3] }\n'
 */
export function formatManifest(manifest: Manifest): string {
  const text = JSON.stringify(manifest, null, 2)
    .replace(SCALAR_ARRAY, (_, inner: string) => `[${inner.replace(/,\s*\n\s*/g, ", ")}]`)
    .replace(FLAT_OBJECT, (_, inner: string) => `{ ${inner.replace(/,\s*\n\s*/g, ", ")} }`);
  return `${text}\n`;
}
