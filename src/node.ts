// The ./node entry: file-path loaders. Everything else lives in the platform-neutral root entry.
export { loadDataset, loadDatasetStream, loadDatasets, loadDatasetsStream, fileSource, listDataFiles } from "./io/load-dataset";
