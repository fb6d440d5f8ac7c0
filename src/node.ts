// The ./node entry: file-path loaders. Everything else lives in the platform-neutral root entry.
export { loadDataset, loadDatasetStream, loadDatasets, loadDatasetsStream, fileSource, listDataFiles } from "./io/load-dataset";
export type { LoadOptions, LoadManyOptions } from "./io/load-dataset";
export { loadWageLibrary } from "./io/load-wage-library";
// Sponsor index: snapshot files and alias tables
export { saveSnapshotFile, loadSnapshotFile } from "./sponsors/snapshot-file";
export { loadAliasTable } from "./employers/load-alias-table";
