import { describe, expect, it } from "vitest";
import { makeFiling } from "../../test/make-filing";
import { DisclosureError } from "../errors";
import { buildSponsorIndex } from "./build-sponsor-index";
import { loadSnapshot } from "./load-snapshot";
import { saveSnapshot } from "./save-snapshot";
import { SNAPSHOT_MAGIC } from "./snapshot-format";
import type { SponsorIndex } from "./sponsor-index";

function sample(): SponsorIndex {
  return buildSponsorIndex(
    [
      makeFiling({ caseNumber: "I-200-24001-000001", employer: "Google LLC", fein: "77-0493581", state: "CA", blsArea: "San Jose-Sunnyvale-Santa Clara, CA", pwLevel: "II", education: "masters" }),
      makeFiling({ caseNumber: "I-200-16001-000002", employer: "GOOGLE INC.", state: "CA", decision: "2016-02-01", received: "2016-01-25" }),
      makeFiling({ caseNumber: "A-15001-00003", program: "PERM", employer: "Lumière Précision America, Inc.", title: "Ingénieur logiciel", decision: "2016-09-01", received: "2015-01-01" }),
      makeFiling({ caseNumber: "Kaggle#42", program: "PERM", employer: "UHCP D/B/A UPMC MEDICAL EDUCATION", state: "PA", soc: "29-1228", title: "Resident Physician" }),
      makeFiling({ caseNumber: "P-100-24001-000005", program: "PW", employer: "Google LLC", fein: "77-0493581", state: "CA", wage: null }),
    ],
    { aliases: { parents: [{ name: "Alphabet", members: ["Google"] }] } },
  );
}

/** The index without its derived search caches, for comparison. */
function plain(index: SponsorIndex) {
  return JSON.parse(JSON.stringify(index, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v instanceof Map ? [...v] : v)));
}

describe("saveSnapshot / loadSnapshot", () => {
  it("round-trips an index (data-as-of date, sources, alias table, every table)", () => {
    const index = sample();
    const back = loadSnapshot(saveSnapshot(index));
    expect(plain(back)).toEqual(plain(index));
    expect(back.asOf).toBe("2024-03-08");
    expect(back.resolution.parents.name).toEqual(["Alphabet"]);
  });

  it("is deterministic: the same index gives the same bytes, and a loaded index saves identically", () => {
    const bytes = saveSnapshot(sample());
    expect(Buffer.from(saveSnapshot(sample())).equals(bytes)).toBe(true);
    expect(Buffer.from(saveSnapshot(loadSnapshot(bytes))).equals(bytes)).toBe(true);
  });

  it("starts with the magic bytes and a JSON header naming format and version", () => {
    const bytes = saveSnapshot(sample());
    expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe(SNAPSHOT_MAGIC);
    const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length)));
    expect(header.format).toBe("oflc-sponsors/sponsor-index");
    expect(header.version).toBe(1);
    expect(header.sources.map((s: { file: string }) => s.file)).toEqual(["LCA_FY2024.csv"]);
  });

  it("loads from a buffer that is not 8-byte aligned", () => {
    const bytes = saveSnapshot(sample());
    const shifted = new Uint8Array(bytes.byteLength + 3);
    shifted.set(bytes, 3);
    expect(loadSnapshot(shifted.subarray(3)).filings).toBe(5);
  });

  it("applies a different alias table on load without rebuilding", () => {
    const back = loadSnapshot(saveSnapshot(sample()), { aliases: { parents: [] } });
    expect(back.resolution.parents.key).toEqual([]);
  });

  it("throws invalid_snapshot for other files, other versions and truncated snapshots", () => {
    const bytes = saveSnapshot(sample());
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof DisclosureError ? e.code : String(e);
      }
      return "no error";
    };
    expect(code(() => loadSnapshot(new TextEncoder().encode("CASE_NUMBER,CASE_STATUS\n")))).toBe("invalid_snapshot");
    expect(code(() => loadSnapshot(bytes.subarray(0, bytes.byteLength - 100)))).toBe("invalid_snapshot");
    const other = bytes.slice();
    const text = new TextDecoder().decode(other.subarray(12, 200)).replace('"version":1', '"version":9');
    other.set(new TextEncoder().encode(text), 12);
    expect(code(() => loadSnapshot(other))).toBe("invalid_snapshot");
    expect(() => loadSnapshot(other)).toThrow(/version 9/);
  });
});
