import { DisclosureError, type Issue } from "../errors";
import { openRows, type RowsInfo } from "../io/open-rows";
import type { TextInput } from "../io/text-input";
import { letterKey } from "../normalize/letter-key";
import { parsePlainNumber } from "../normalize/plain-number";
import { parseSocCode } from "../normalize/soc-code";
import { parseAreaCode } from "./area-code";
import { ANNUAL_BASIS_MIN, LABEL_CODE, type WageTable } from "./wage-library";
import { columnIndex } from "./column-index";

/** Cell values that mean "no wage": blank, `N/A`, `#N/A`, `*` (gsgutha's importer strips the same). */
const MISSING = new Set(["", "N/A", "#N/A", "*", "NA", "-"]);

const LABELS: ReadonlyMap<string, number> = new Map([
  ["ANNUALWAGE", LABEL_CODE["Annual Wage"]],
  ["HIGHWAGE", LABEL_CODE["High Wage"]],
  ["NOLEVELEDWAGE", LABEL_CODE["No Leveled Wage"]],
  ["NOLEVELWAGE", LABEL_CODE["No Leveled Wage"]],
  ["NOACWIA", LABEL_CODE["No ACWIA"]],
]);

const REQUIRED = ["AREA", "SOCCODE", "LEVEL1", "LEVEL2", "LEVEL3", "LEVEL4"] as const;

/** Growable columns. */
class Columns {
  values = new Float64Array(5 * 1024);
  geoLvl = new Uint8Array(1024);
  label = new Uint8Array(1024);
  annual = new Uint8Array(1024);
  rows = 0;
  add(v: readonly number[], geo: number, label: number, annual: boolean): number {
    if (this.rows === this.geoLvl.length) this.grow();
    const r = this.rows++;
    this.values.set(v, r * 5);
    this.geoLvl[r] = geo;
    this.label[r] = label;
    this.annual[r] = annual ? 1 : 0;
    return r;
  }
  private grow(): void {
    const n = this.geoLvl.length * 2;
    const values = new Float64Array(5 * n);
    values.set(this.values);
    this.values = values;
    for (const k of ["geoLvl", "label", "annual"] as const) {
      const next = new Uint8Array(n);
      next.set(this[k]);
      this[k] = next;
    }
  }
}

/**
 * Read one `ALC_Export.csv` or `EDC_Export.csv` into a columnar {@link WageTable}. Header names are
 * matched case-insensitively; `GeoLvl`, `Average` and `Label` are optional (legacy years lack them).
 * Rows that cannot be used (no area or SOC code, levels that decrease, hourly and annual values mixed
 * in one row) are refused with an `error` issue; odd cells become `warning` issues. Throws a
 * {@link DisclosureError} only when the header is not a wage table's.
 */
export async function readWageTable(
  content: TextInput,
  file: string,
  kind: "ALC" | "EDC",
  report: (issue: Issue) => void,
): Promise<WageTable> {
  const info: RowsInfo = { format: "csv", encoding: null, delimiter: null, bytes: 0, complete: true, endsWithNewline: true };
  const cols = new Columns();
  const index = new Map<string, Map<string, number>>();
  let at: Record<string, number> | null = null;
  let rowNumber = 0;
  const values = [NaN, NaN, NaN, NaN, NaN];

  // Column positions (-1 when absent), and caches of the few distinct area and SOC strings.
  let iArea = -1;
  let iSoc = -1;
  let iGeo = -1;
  let iLabel = -1;
  const iValue = [-1, -1, -1, -1, -1];
  const areaCache = new Map<string, string | null>();
  const socCache = new Map<string, string | null>();
  const VALUE_COLUMNS = ["Level1", "Level2", "Level3", "Level4", "Average"] as const;
  const cellOf = (row: readonly string[], i: number): string => (i < 0 ? "" : (row[i] ?? ""));
  const issue = (severity: Issue["severity"], column: string, message: string, code: Issue["code"] = "invalid_value") =>
    report({ file, row: rowNumber, column, code, severity, message });

  for await (const batch of openRows(content, file, info)) {
    for (const row of batch.rows) {
      if (at === null) {
        if (row.every((c) => c.trim() === "")) continue;
        at = columnIndex(row);
        const missing = REQUIRED.filter((k) => at![k] === undefined);
        if (missing.length > 0) {
          throw new DisclosureError(
            "unrecognized_header",
            `${file}: not an OFLC wage table (missing ${missing.join(", ")}); expected the header "Area","SocCode","GeoLvl","Level1","Level2","Level3","Level4","Average"[,"Label"].`,
            { file },
          );
        }
        iArea = at["AREA"]!;
        iSoc = at["SOCCODE"]!;
        iGeo = at["GEOLVL"] ?? -1;
        iLabel = at["LABEL"] ?? -1;
        VALUE_COLUMNS.forEach((name, i) => (iValue[i] = at![name.toUpperCase()] ?? -1));
        continue;
      }
      rowNumber++;
      if (row.length === 1 && row[0]!.trim() === "") continue;

      const areaRaw = cellOf(row, iArea);
      let area = areaCache.get(areaRaw);
      if (area === undefined) {
        area = parseAreaCode(areaRaw);
        if (areaCache.size < 100_000) areaCache.set(areaRaw, area);
      }
      if (area === null) {
        issue("error", "Area", `area code "${areaRaw}" is not a BLS area code`, areaRaw.trim() === "" ? "missing_value" : "invalid_value");
        continue;
      }
      const socRaw = cellOf(row, iSoc);
      let soc = socCache.get(socRaw);
      if (soc === undefined) {
        soc = parseSocCode(socRaw);
        if (socCache.size < 100_000) socCache.set(socRaw, soc);
      }
      if (soc === null) {
        issue("error", "SocCode", `SOC code "${socRaw}" is not a SOC code`, socRaw.trim() === "" ? "missing_value" : "invalid_value");
        continue;
      }

      const labelRaw = cellOf(row, iLabel);
      let label = 0;
      if (labelRaw !== "" && labelRaw.trim() !== "") {
        const l = LABELS.get(letterKey(labelRaw));
        if (l === undefined) issue("warning", "Label", `unknown label "${labelRaw}" read as blank`);
        else label = l;
      }
      const geoRaw = cellOf(row, iGeo).trim();
      let geo = 0;
      if (geoRaw !== "") {
        const g = Number(geoRaw);
        if (Number.isInteger(g) && g >= 1 && g <= 4) geo = g;
        else issue("warning", "GeoLvl", `GeoLvl "${geoRaw}" is not 1–4; read as blank`);
      }
      for (let i = 0; i < 5; i++) {
        const raw = cellOf(row, iValue[i]!);
        const t = raw.trim();
        if (t === "" || MISSING.has(t.toUpperCase())) {
          values[i] = NaN;
          continue;
        }
        const quick = Number(t);
        const n = Number.isFinite(quick) && quick >= 0 ? quick : parsePlainNumber(t);
        if (n === null || n === 0) {
          values[i] = NaN;
          issue("warning", VALUE_COLUMNS[i]!, `wage "${raw}" is not a number; read as missing`);
        } else values[i] = n;
      }
      if (label === LABEL_CODE["High Wage"] || label === LABEL_CODE["No Leveled Wage"] || label === LABEL_CODE["No ACWIA"]) {
        if (!(Number.isNaN(values[0]!) && Number.isNaN(values[1]!) && Number.isNaN(values[2]!) && Number.isNaN(values[3]!))) {
          issue("warning", "Level1", `levels ignored: the label "${labelRaw.trim()}" means the row has no leveled wages`);
        }
        values[0] = values[1] = values[2] = values[3] = NaN;
      }
      let min = Infinity;
      let max = -Infinity;
      for (let i = 0; i < 5; i++) {
        const v = values[i]!;
        if (v < min) min = v;
        if (v > max) max = v;
      }
      let annual = label === LABEL_CODE["Annual Wage"];
      if (!annual && max !== -Infinity) {
        if (min >= ANNUAL_BASIS_MIN) {
          annual = true;
          if (iLabel >= 0) issue("warning", "Label", `values from ${min} up are annual wages; read as "Annual Wage" although the label is blank`);
        } else if (max >= ANNUAL_BASIS_MIN) {
          issue("error", "Level1", `row refused: hourly and annual magnitudes mixed (${values.filter((v) => !Number.isNaN(v)).join(", ")})`);
          continue;
        }
      }
      let previous = -Infinity;
      let decreasing = false;
      for (let i = 0; i < 4; i++) {
        const v = values[i]!;
        if (Number.isNaN(v)) continue;
        if (v < previous) decreasing = true;
        previous = v;
      }
      if (decreasing) {
        issue("error", "Level1", `row refused: levels decrease (${values.slice(0, 4).map((v) => (Number.isNaN(v) ? "-" : v)).join(" > ")}); a shifted column?`);
        continue;
      }
      let bySoc = index.get(area);
      if (bySoc === undefined) index.set(area, (bySoc = new Map()));
      if (bySoc.has(soc)) {
        issue("warning", "SocCode", `duplicate row for area ${area} and SOC ${soc}; the first one is kept`);
        continue;
      }
      bySoc.set(soc, cols.add(values, geo, label, annual));
    }
  }
  if (at === null) {
    throw new DisclosureError("empty_file", `${file}: no header row; expected "Area","SocCode","GeoLvl","Level1",…`, { file });
  }
  return {
    kind,
    file,
    rows: cols.rows,
    index,
    values: cols.values.slice(0, cols.rows * 5),
    geoLvl: cols.geoLvl.slice(0, cols.rows),
    label: cols.label.slice(0, cols.rows),
    annual: cols.annual.slice(0, cols.rows),
    hasLabelColumn: at["LABEL"] !== undefined,
  };
}
