// Internals the full-size benchmark (bench/run-one-xlsx.mjs) measures one by one. Not part of the package.
export { xlsxRows } from "./xlsx-rows";
export { zipEntries } from "./zip-entries";
export { inflateRaw } from "./inflate-raw";
export { createSheetScanner } from "./sheet-scanner";
export { createSharedStringsScanner } from "./shared-strings-scanner";
export { elementAlignedText } from "./element-aligned-text";
