#!/usr/bin/env node
// Regenerates the column tables of docs/data-guide.md from the era data in src/datasets/*/eras.ts.
//
//   node scripts/data-guide.mjs           rewrite the generated blocks of docs/data-guide.md
//   node scripts/data-guide.mjs --check   exit 1 when they are out of date
//
// The prose of the guide is written by hand; each table sits between `<!-- generated:NAME -->` and
// `<!-- /generated:NAME -->` and is replaced here. NAME is `eras`, `fields`, or a dataset id (`perm`, `lca`, `pw`).
// The eras are read by bundling src/datasets/eras.ts with esbuild (Node 20 cannot import TypeScript).
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * What each raw field becomes in the canonical `Filing`, and the normalisation applied on the way (the
 * functions named are in src/normalize and run in src/datasets/map-row.ts). Every raw field must be here.
 */
export const FIELD_DOCS = {
  caseNumber: ["`caseNumber`", "trimmed; a blank value flags the row (`missing_value`)"],
  status: ["`status`", "`parseCaseStatus`: case, spaces and hyphens folded (`Certified - Expired`, `CERTIFIED-WITHDRAWN`); PW outcomes → `determined`; blank or unknown flags the row"],
  visaClass: ["`visaClass`", "`cleanText` (spaces collapsed, `&AMP;` → `&`)"],
  receivedDate: ["`receivedDate`", "`parseFilingDate` → `YYYY-MM-DD` (ISO, timestamps, `M/D/YY(YY)`, Excel serials); unparseable → null + warning"],
  decisionDate: ["`decisionDate`, `fiscalYear`", "`parseFilingDate`; `fiscalYear` is the federal year (Oct–Sep) of the decision date, else of the received date"],
  employerName: ["`employer.name`, `employer.normalizedName`", "`cleanText`; `normalizeEmployerName` (upper case, punctuation and legal suffixes removed, cut at d/b/a); the d/b/a part fills `employer.tradeName` when there is no trade-name column; blank flags the row where required"],
  employerTradeName: ["`employer.tradeName`", "`cleanText`"],
  employerFein: ["`employer.fein`", "`parseFein` → `NN-NNNNNNN` (9 digits, pandas `.0`, a lost leading zero); placeholders → null"],
  employerCity: ["`employer.city`", "`cleanText`"],
  employerState: ["`employer.state`", "`parseState` → USPS code (codes, full names, close typos)"],
  employerPostalCode: ["`employer.postalCode`", "`parsePostalCode` → 5-digit ZIP (ZIP+4, trailing hyphen, lost leading zeros)"],
  naics: ["`employer.naics`", "`parseNaics` → 2–6 digits"],
  employerSize: ["`employer.size`", "`parseCount` → integer (thousands commas, `.0`)"],
  jobTitle: ["`job.title`", "`cleanText`"],
  socCode: ["`job.socCode`, `job.soc2018`", "`socCode` as filed (cleaned); `parseSoc2018` → SOC-2018 `NN-NNNN` (O*NET suffix dropped, SOC-2010 and OFLC hybrid codes bridged); a code and title swapped between the two columns are swapped back"],
  socTitle: ["`job.socTitle`", "`cleanText`"],
  minEducation: ["`job.minEducation`", "`parseEducation` → `none`, `high-school`, `associates`, `bachelors`, `masters`, `doctorate`, `other`"],
  experienceMonths: ["`job.experienceMonths`", "`parseMonths` → number"],
  fullTime: ["`job.fullTime`", "`parseYesNo` → boolean (`Y`/`N`, `Yes`/`No`, `1`/`0`)"],
  worksiteCity: ["`worksite.city`", "`cleanText`"],
  worksiteCounty: ["`worksite.county`", "`cleanText`"],
  worksiteState: ["`worksite.state`", "`parseState` → USPS code"],
  worksitePostalCode: ["`worksite.postalCode`", "`parsePostalCode` → 5-digit ZIP"],
  blsArea: ["`worksite.blsArea`", "`cleanText`"],
  wageFrom: ["`wages.offeredFrom`", "`parseWageAmount` (`$`, commas, `60000/yr`) then `annualizeWage` with the unit (hour ×2080, week ×52, bi-weekly ×26, month ×12); a unit/amount mismatch is repaired and recorded in `wages.repairs`"],
  wageTo: ["`wages.offeredTo`", "as `wageFrom`; `0` or blank → null (no upper bound)"],
  wageRange: ["`wages.offeredFrom`, `wages.offeredTo`", "one `from - to` string split by `parseWageAmount`, then annualised"],
  wageUnit: ["`wages.offeredUnit`", "`parseWageUnit` → `hour`, `week`, `biweekly`, `month`, `year` (also `yr`, `hr`, `bi`, `mth`)"],
  pwAmount: ["`wages.prevailing`", "`parseWageAmount` then `annualizeWage` with `pwUnit` (repairs recorded as for offered wages)"],
  pwUnit: ["`wages.prevailingUnit`", "`parseWageUnit`"],
  pwLevel: ["`wages.pwLevel`", "`parsePwLevel` → `I`–`IV` (`Level II`, `2`); `N/A`, `OES Mean` → null"],
  pwdCaseNumber: ["`pwdCaseNumber`", "`cleanText`; the key of the PERM ↔ PW join (`pwJoin`)"],
};

/** ERAS and RAW_FIELDS, bundled from the TypeScript sources. */
export async function loadEras(root = ROOT) {
  const out = await build({
    stdin: {
      contents: 'export { ERAS } from "./src/datasets/eras"; export { RAW_FIELDS } from "./src/datasets/era";',
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    logLevel: "silent",
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

const cell = (s) => String(s).replace(/\|/g, "\\|");
const code = (s) => `\`${s}\``;

function sig(entry) {
  return typeof entry === "string" ? code(entry) : entry.map(code).join(" or ");
}

/** The table of every era: id, label, signature, exclusions, number of columns of the official layout. */
function erasTable(eras) {
  const lines = ["| era id | layout | recognised by (all of) | and not | official columns |", "|---|---|---|---|---:|"];
  for (const e of eras) {
    const excludes = e.excludes?.length ? e.excludes.map(code).join(", ") : "";
    lines.push(`| \`${e.id}\` | ${cell(e.label)} | ${e.signature.map(sig).join(", ")} | ${excludes} | ${e.layout ? e.layout.length : "—"} |`);
  }
  return lines.join("\n");
}

/** Raw field → Filing field → normalisation, for every raw field. */
function fieldsTable(rawFields) {
  const lines = ["| raw field | canonical `Filing` field | normalisation |", "|---|---|---|"];
  for (const f of rawFields) {
    const doc = FIELD_DOCS[f];
    lines.push(`| \`${f}\` | ${doc[0]} | ${cell(doc[1])} |`);
  }
  return lines.join("\n");
}

/** One dataset: a row per canonical field, a column per era, the header keys each era reads it from. */
function datasetTable(eras, rawFields, dataset) {
  const mine = eras.filter((e) => e.dataset === dataset);
  const fields = rawFields.filter((f) => mine.some((e) => e.columns[f]?.length));
  const head = ["canonical field", ...mine.map((e) => `\`${e.id}\``)];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`];
  for (const f of fields) {
    const cells = mine.map((e) => (e.columns[f]?.length ? e.columns[f].map(code).join(" / ") : "—"));
    lines.push(`| ${FIELD_DOCS[f][0]} | ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

/** Every generated block, by name. Throws when a raw field has no entry in FIELD_DOCS. */
export async function generatedBlocks(root = ROOT) {
  const { ERAS, RAW_FIELDS } = await loadEras(root);
  const missing = RAW_FIELDS.filter((f) => !(f in FIELD_DOCS));
  if (missing.length) throw new Error(`scripts/data-guide.mjs: FIELD_DOCS lacks ${missing.join(", ")}`);
  const extra = Object.keys(FIELD_DOCS).filter((f) => !RAW_FIELDS.includes(f));
  if (extra.length) throw new Error(`scripts/data-guide.mjs: FIELD_DOCS has unknown fields ${extra.join(", ")}`);
  return {
    eras: erasTable(ERAS),
    fields: fieldsTable(RAW_FIELDS),
    perm: datasetTable(ERAS, RAW_FIELDS, "perm"),
    lca: datasetTable(ERAS, RAW_FIELDS, "lca"),
    pw: datasetTable(ERAS, RAW_FIELDS, "pw"),
  };
}

/** `text` with each generated block replaced by its current content. */
export function fillBlocks(text, blocks) {
  let out = text;
  for (const [name, body] of Object.entries(blocks)) {
    const re = new RegExp(`(<!-- generated:${name} -->)[\\s\\S]*?(<!-- /generated:${name} -->)`);
    if (!re.test(out)) throw new Error(`docs/data-guide.md has no <!-- generated:${name} --> block`);
    out = out.replace(re, (_m, open, close) => `${open}\n${body}\n${close}`);
  }
  return out;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const target = join(ROOT, "docs", "data-guide.md");
  const current = readFileSync(target, "utf8");
  const next = fillBlocks(current, await generatedBlocks());
  if (process.argv.includes("--check")) {
    if (next !== current) {
      process.stderr.write("docs/data-guide.md is out of date: run `node scripts/data-guide.mjs`\n");
      process.exit(1);
    }
  } else if (next !== current) {
    writeFileSync(target, next);
  }
}
