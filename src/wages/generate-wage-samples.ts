/**
 * A seeded generator of a small wage-library bundle in DOL's exact layout, for tests, docs and
 * examples (no real `ALC_Export.csv` rows were available to this project). It writes wage year
 * 2025-26: `ALC_Export.csv` and `EDC_Export.csv` (CRLF, every field quoted except GeoLvl in some
 * rows, blank wages as empty unquoted cells, `Label` column), a `Geography.csv` subset (windows-1252,
 * so `Mayagüez` is byte 0xFC), `oes_soc_occs.csv` (with one description that breaks CSV quoting, as
 * DOL's do) and `xwalk_plus.csv`, plus the same files zipped in the nested-folder layout of the
 * 2024-25 and 2025-26 downloads. Area codes and names are real BLS areas; the wages are invented
 * but plausible (Level1 < Level2 < Level3 < Level4, DOL's level spacing, one `High Wage`, one
 * `Annual Wage`, one `No Leveled Wage` occupation and `No ACWIA` rows in the EDC table).
 *
 * Same seed → same bytes. The files in `data-samples/wages/` were written by
 * `WRITE_WAGE_SAMPLES=1 npx vitest run src/wages/generate-wage-samples.test.ts`, and that test fails
 * when they drift from this generator.
 *
 * @module
 */
import { zipSync } from "fflate";

/** One generated file: path relative to `data-samples/wages/`, and its bytes. */
export interface WageSampleFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** The wage year the samples claim to be. */
export const SAMPLE_WAGE_YEAR = "2025-26";

/** Seed of the checked-in samples. */
export const WAGE_SAMPLE_SEED = 2025;

interface Area {
  readonly code: string;
  readonly name: string;
  /** Wage level relative to the national one. */
  readonly factor: number;
  readonly metro: boolean;
  readonly places: readonly (readonly [county: string, stateAb: string])[];
}

const STATE_NAMES: Readonly<Record<string, string>> = {
  WA: "Washington", CA: "California", NY: "New York", NJ: "New Jersey", MA: "Massachusetts",
  NH: "New Hampshire", DC: "District of Columbia", VA: "Virginia", MD: "Maryland", TX: "Texas", PR: "Puerto Rico",
};

const AREAS: readonly Area[] = [
  { code: "42660", name: "Seattle-Tacoma-Bellevue, WA", factor: 1.24, metro: true, places: [["King County", "WA"], ["Pierce County", "WA"], ["Snohomish County", "WA"]] },
  { code: "41940", name: "San Jose-Sunnyvale-Santa Clara, CA", factor: 1.42, metro: true, places: [["San Benito County", "CA"], ["Santa Clara County", "CA"]] },
  {
    code: "35620", name: "New York-Newark-Jersey City, NY-NJ", factor: 1.2, metro: true,
    places: [["Bergen County", "NJ"], ["Hudson County", "NJ"], ["Kings County", "NY"], ["New York County", "NY"], ["Queens County", "NY"]],
  },
  {
    code: "14460", name: "Boston-Cambridge-Newton, MA-NH", factor: 1.18, metro: true,
    places: [["Middlesex County", "MA"], ["Norfolk County", "MA"], ["Suffolk County", "MA"], ["Rockingham County", "NH"]],
  },
  {
    code: "47900", name: "Washington-Arlington-Alexandria, DC-VA-MD-WV", factor: 1.16, metro: true,
    places: [["District of Columbia", "DC"], ["Montgomery County", "MD"], ["Alexandria city", "VA"], ["Arlington County", "VA"], ["Fairfax County", "VA"]],
  },
  { code: "40060", name: "Richmond, VA", factor: 0.96, metro: true, places: [["Chesterfield County", "VA"], ["Henrico County", "VA"], ["Richmond city", "VA"]] },
  { code: "26420", name: "Houston-Pasadena-The Woodlands, TX", factor: 1.0, metro: true, places: [["Fort Bend County", "TX"], ["Harris County", "TX"]] },
  { code: "32420", name: "Mayagüez, PR", factor: 0.56, metro: true, places: [["Hormigueros Municipio", "PR"], ["Mayagüez Municipio", "PR"]] },
  { code: "4800001", name: "West Texas Region of Texas nonmetropolitan area", factor: 0.8, metro: false, places: [["Kent County", "TX"], ["King County", "TX"]] },
  { code: "5100003", name: "Northern Neck and Middle Peninsula Virginia nonmetropolitan area", factor: 0.74, metro: false, places: [["Northumberland County", "VA"], ["Richmond County", "VA"]] },
  { code: "5300003", name: "Eastern Washington nonmetropolitan area", factor: 0.8, metro: false, places: [["Ferry County", "WA"], ["Stevens County", "WA"]] },
];

type Kind = "hourly" | "annual" | "high" | "none";

interface Occupation {
  readonly soc: string;
  readonly title: string;
  readonly description: string;
  /** National Level 1 (hourly, or annual for `annual`) and the Level 4 / Level 1 ratio. */
  readonly level1: number;
  readonly ratio: number;
  readonly kind: Kind;
  /** O*NET detail codes beyond `.00`, for xwalk_plus. */
  readonly onet?: readonly (readonly [code: string, title: string])[];
}

const OCCUPATIONS: readonly Occupation[] = [
  { soc: "11-3021", title: "Computer and Information Systems Managers", description: "Plan, direct, or coordinate activities in such fields as electronic data processing, information systems, systems analysis, and computer programming.", level1: 58.2, ratio: 1.72, kind: "hourly" },
  { soc: "13-2011", title: "Accountants and Auditors", description: "Examine, analyze, and interpret accounting records to prepare financial statements, give advice, or audit and evaluate statements prepared by others.", level1: 27.4, ratio: 1.86, kind: "hourly" },
  { soc: "15-1211", title: "Computer Systems Analysts", description: "Analyze science, engineering, business, and other data processing problems to develop and implement solutions to complex applications problems, system administration issues, or network concerns.", level1: 34.1, ratio: 1.74, kind: "hourly", onet: [["15-1211.01", "Health Informatics Specialists"]] },
  { soc: "15-1212", title: "Information Security Analysts", description: "Plan, implement, upgrade, or monitor security measures for the protection of computer networks and information.", level1: 36.9, ratio: 1.7, kind: "hourly" },
  { soc: "15-1252", title: "Software Developers", description: "Research, design, and develop computer and network software or specialized utility programs.", level1: 39.6, ratio: 1.8, kind: "hourly" },
  {
    soc: "15-1253", title: "Software Quality Assurance Analysts and Testers",
    description: 'Develop and execute software tests to identify software problems and their causes. Excludes "Software Developers" (15-1252).',
    level1: 30.8, ratio: 1.75, kind: "hourly",
  },
  { soc: "15-2051", title: "Data Scientists", description: "Develop and implement a set of techniques or analytics applications to transform raw data into meaningful information.", level1: 35.3, ratio: 1.83, kind: "hourly" },
  { soc: "17-2071", title: "Electrical Engineers", description: "Research, design, develop, test, or supervise the manufacturing and installation of electrical equipment, components, or systems.", level1: 37.2, ratio: 1.66, kind: "hourly" },
  { soc: "25-1021", title: "Computer Science Teachers, Postsecondary", description: "Teach courses in computer science. May specialize in a field of computer science.", level1: 71840, ratio: 1.95, kind: "annual" },
  { soc: "27-2021", title: "Athletes and Sports Competitors", description: "Compete in athletic events.", level1: 0, ratio: 0, kind: "none" },
  { soc: "29-1141", title: "Registered Nurses", description: "Assess patient health problems and needs, develop and implement nursing care plans, and maintain medical records.", level1: 33.5, ratio: 1.52, kind: "hourly", onet: [["29-1141.01", "Acute Care Nurses"], ["29-1141.04", "Clinical Nurse Specialists"]] },
  { soc: "29-1216", title: "General Internal Medicine Physicians", description: "Diagnose and provide non-surgical treatment for a wide range of diseases and injuries of internal organ systems.", level1: 0, ratio: 0, kind: "high" },
];

/** mulberry32: a tiny, well-mixed 32-bit PRNG. */
function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const q = (s: string) => `"${s}"`;
const money = (v: number) => v.toFixed(2);

function encode(text: string): Uint8Array {
  // ASCII and latin-1 letters only (windows-1252 equals latin-1 for 0xA0–0xFF).
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) throw new Error(`generateWageSamples: character ${text[i]} is not in windows-1252`);
    out[i] = c;
  }
  return out;
}

function levelsFor(rng: () => number, o: Occupation, area: Area, acwia: boolean): number[] {
  const jitter = 0.95 + rng() * 0.1;
  const l1 = o.level1 * area.factor * jitter * (acwia ? 0.86 : 1);
  const l4 = l1 * o.ratio * (0.97 + rng() * 0.06);
  const round = (v: number) => Math.round(v * 100) / 100;
  const l2 = l1 + (l4 - l1) / 3;
  const l3 = l1 + (2 * (l4 - l1)) / 3;
  return [round(l1), round(l2), round(l3), round(l4), round((l2 + l3) / 2)];
}

function wageTable(rng: () => number, acwia: boolean): string {
  const lines = ['"Area","SocCode","GeoLvl","Level1","Level2","Level3","Level4","Average","Label"'];
  for (const area of AREAS) {
    for (const o of OCCUPATIONS) {
      const geo = !area.metro ? (rng() < 0.5 ? 3 : 2) : rng() < 0.15 ? 2 : 1;
      const geoCell = rng() < 0.35 ? String(geo) : q(String(geo));
      const head = `${q(area.code)},${q(o.soc)},${geoCell}`;
      const noAcwia = acwia && (o.kind === "high" || (!area.metro && o.soc === "11-3021"));
      if (noAcwia) lines.push(`${head},,,,,,${q("No ACWIA")}`);
      else if (o.kind === "high") lines.push(`${head},,,,,${q("115.00")},${q("High Wage")}`);
      else if (o.kind === "none") lines.push(`${head},,,,,,${q("No Leveled Wage")}`);
      else {
        const v = levelsFor(rng, o, area, acwia);
        lines.push(`${head},${v.map((x) => q(money(x))).join(",")},${q(o.kind === "annual" ? "Annual Wage" : "")}`);
      }
    }
  }
  return lines.join("\r\n") + "\r\n";
}

function geography(): string {
  const rows: string[] = [];
  for (const area of AREAS) {
    for (const [county, st] of area.places) rows.push([area.code, area.name, st, STATE_NAMES[st]!, county].map(q).join(","));
  }
  // DOL sorts Geography by state name, then county; keep it simple and stable: by state code, then county.
  rows.sort((a, b) => {
    const ka = a.split('","');
    const kb = b.split('","');
    return (ka[2]! + ka[4]!).localeCompare(kb[2]! + kb[4]!);
  });
  return ['"Area","AreaName","StateAb","State","CountyTownName"', ...rows].join("\r\n") + "\r\n";
}

function socOccs(): string {
  // The description is written inside quotes without escaping its own quotes, exactly as DOL does.
  const rows = OCCUPATIONS.map((o) => `${q(o.soc)},${q(o.title)},${q(o.description)}`);
  return ['"soccode","Title","Description"', ...rows].join("\r\n") + "\r\n";
}

function xwalk(): string {
  const rows: string[] = [];
  for (const o of OCCUPATIONS) {
    for (const [code, title] of [[`${o.soc}.00`, o.title] as const, ...(o.onet ?? [])]) {
      rows.push([o.soc, o.title, o.soc, code, title].map(q).join(","));
    }
  }
  return ['"OES_SOCCODE","OES_SOCTITLE","TruncOnetCode","OnetCode","ONetTitle"', ...rows].join("\r\n") + "\r\n";
}

/**
 * Generate the sample wage-library bundle: five member files under `OFLC_Wages_2025-26/` and the zip
 * `OFLC_Wages_2025-26.zip` holding them in that nested folder. Deterministic for a seed.
 *
 * @example
 * generateWageSamples().map((f) => f.path).at(-1); // => "OFLC_Wages_2025-26.zip"
 */
export function generateWageSamples(options: { seed?: number } = {}): WageSampleFile[] {
  const rng = createRng(options.seed ?? WAGE_SAMPLE_SEED);
  const folder = `OFLC_Wages_${SAMPLE_WAGE_YEAR}`;
  const members: [string, Uint8Array][] = [
    ["ALC_Export.csv", encode(wageTable(rng, false))],
    ["EDC_Export.csv", encode(wageTable(rng, true))],
    ["Geography.csv", encode(geography())],
    ["oes_soc_occs.csv", encode(socOccs())],
    ["xwalk_plus.csv", encode(xwalk())],
  ];
  // A local-time mtime keeps the DOS date fields (local by definition) the same in every time zone.
  const zip = zipSync({ [folder]: Object.fromEntries(members) }, { level: 6, mtime: new Date(2025, 6, 1, 0, 0, 0) });
  return [...members.map(([name, bytes]) => ({ path: `${folder}/${name}`, bytes })), { path: `${folder}.zip`, bytes: zip }];
}
