import type { UsState } from "../datasets/filing";
import { DisclosureError, type Issue } from "../errors";
import { openRows, type RowsInfo } from "../io/open-rows";
import type { TextInput } from "../io/text-input";
import { repairDosLetters } from "../normalize/repair-dos-letters";
import { parseState } from "../normalize/state";
import { cleanText } from "../normalize/text";
import { parseAreaCode } from "./area-code";
import { placeKey } from "./place-key";
import type { PlaceEntry, WageArea, WagePlace } from "./wage-library";
import { columnIndex } from "./column-index";

/** Areas and the place index of one `Geography.csv`. */
export interface Geography {
  readonly areas: Map<string, WageArea>;
  readonly places: Map<string, PlaceEntry[]>;
  readonly rows: number;
}

const REQUIRED = ["AREA", "AREANAME", "STATEAB", "COUNTYTOWNNAME"] as const;

/** Clean a Geography text value: DOS letters (`Mayag\x81uez`), NBSP and doubled spaces. */
function text(raw: string): string | null {
  return cleanText(repairDosLetters(raw));
}

/**
 * Read `Geography.csv` (`"Area","AreaName","StateAb","State","CountyTownName"`: one row per county,
 * or per town in New England before 2025). Handles the DOS-code-page bytes of the real 2020-21 file
 * (`Mayag\x81uez` → `Mayagüez`), re-saved UTF-8 copies (`Mayag\u0081uez`, trailing NBSP) and
 * unquoted exports. Bad rows become issues.
 */
export async function readGeography(content: TextInput, file: string, report: (issue: Issue) => void): Promise<Geography> {
  const info: RowsInfo = { format: "csv", encoding: null, delimiter: null, bytes: 0, complete: true, endsWithNewline: true };
  const areas = new Map<string, { area: string; name: string; states: UsState[]; places: WagePlace[] }>();
  const places = new Map<string, PlaceEntry[]>();
  let at: Record<string, number> | null = null;
  let rowNumber = 0;
  for await (const batch of openRows(content, file, info)) {
    for (const row of batch.rows) {
      if (at === null) {
        if (row.every((c) => c.trim() === "")) continue;
        at = columnIndex(row);
        const missing = REQUIRED.filter((k) => at![k] === undefined);
        if (missing.length > 0) {
          throw new DisclosureError(
            "unrecognized_header",
            `${file}: not a wage-library Geography file (missing ${missing.join(", ")}); expected "Area","AreaName","StateAb","State","CountyTownName".`,
            { file },
          );
        }
        continue;
      }
      rowNumber++;
      if (row.every((c) => c.trim() === "")) continue;
      const cell = (k: string) => row[at![k]!] ?? "";
      const area = parseAreaCode(cell("AREA"));
      const state = parseState(cell("STATEAB"));
      const name = text(cell("AREANAME"));
      const place = text(cell("COUNTYTOWNNAME"));
      if (area === null || state === null || name === null || place === null) {
        const column = area === null ? "Area" : state === null ? "StateAb" : name === null ? "AreaName" : "CountyTownName";
        report({ file, row: rowNumber, column, code: "invalid_value", severity: "error", message: `Geography row refused: bad ${column} in ${JSON.stringify(row)}` });
        continue;
      }
      let a = areas.get(area);
      if (a === undefined) areas.set(area, (a = { area, name, states: [], places: [] }));
      if (!a.states.includes(state)) a.states.push(state);
      a.places.push({ name: place, state });
      const key = placeKey(place);
      const k = `${state}|${key.base}`;
      let list = places.get(k);
      if (list === undefined) places.set(k, (list = []));
      if (!list.some((e) => e.area === area && e.name === place)) list.push({ area, name: place, kind: key.kind });
    }
  }
  if (at === null) throw new DisclosureError("empty_file", `${file}: no header row; expected "Area","AreaName","StateAb","State","CountyTownName".`, { file });
  return { areas, places, rows: rowNumber };
}
