import { describe, expect, it } from "vitest";
import { makeFiling, type FilingSpec } from "../../test/make-filing";
import { buildSponsorIndex } from "../sponsors/build-sponsor-index";
import type { SponsorIndex } from "../sponsors/sponsor-index";
import { LINK_KINDS } from "./link-kind";
import { resolveEmployers } from "./resolve-employers";

let n = 0;
const f = (spec: Omit<FilingSpec, "caseNumber">) => makeFiling({ caseNumber: `I-200-24001-${String(++n).padStart(6, "0")}`, ...spec });

/** employer key and link kind of each (name, state, fein) node. */
function links(index: SponsorIndex): Record<string, [string, string, number]> {
  const r = index.resolution;
  const out: Record<string, [string, string, number]> = {};
  index.nodes.name.forEach((name, i) => {
    out[`${name}|${index.nodes.state[i]}|${index.nodes.fein[i]}`] = [r.employers.key[r.nodeEmployer[i]!]!, LINK_KINDS[r.nodeLink[i]!]!, r.nodeConfidence[i]!];
  });
  return out;
}

describe("resolveEmployers", () => {
  it("FEIN first: a FEIN teaches the name index, so older filings without FEIN join the right employer", () => {
    const index = buildSponsorIndex([
      f({ employer: "GOOGLE INC.", state: "CA", decision: "2016-01-05" }),
      f({ employer: "Google, Inc.", state: "CA", decision: "2017-01-05" }),
      f({ employer: "GOOGLE LLC", state: "CA", fein: "77-0493581" }),
      f({ employer: "Google LLC", state: "NY", decision: "2019-01-05" }),
    ]);
    expect(links(index)).toEqual({
      "GOOGLE|CA|": ["fein:77-0493581", "fein-name-state", 0.95],
      "GOOGLE|CA|77-0493581": ["fein:77-0493581", "fein", 1],
      "GOOGLE|NY|": ["fein:77-0493581", "fein-name", 0.85],
    });
    expect(index.resolution.employers.name).toEqual(["GOOGLE LLC"]);
  });

  it("a name filed with two FEINs goes to the one with most filings, with a confidence scaled by its share", () => {
    const index = buildSponsorIndex([
      f({ employer: "Acme Inc", fein: "11-1111111" }),
      f({ employer: "Acme Inc", fein: "11-1111111" }),
      f({ employer: "Acme Inc", fein: "11-1111111" }),
      f({ employer: "Acme Inc", fein: "22-2222222" }),
      f({ employer: "ACME, INC." }),
    ]);
    expect(links(index)["ACME|WA|"]).toEqual(["fein:11-1111111", "fein-name-state", 0.712]);
    expect(index.resolution.employers.key).toEqual(["fein:11-1111111", "fein:22-2222222"]);
  });

  it("without any FEIN, one employer per normalised name, linked by name + state (main state) or name", () => {
    const index = buildSponsorIndex([
      f({ employer: "CAPGEMINI AMERICA INC", state: "NY" }),
      f({ employer: "CAPGEMINI AMERICA, INC.", state: "NY" }),
      f({ employer: "Capgemini America Inc.", state: "IL" }),
      f({ employer: "CAPGEMINI U.S. LLC", state: "NY" }),
    ]);
    expect(links(index)).toEqual({
      "CAPGEMINI AMERICA|IL|": ["name:CAPGEMINI AMERICA", "name", 0.7],
      "CAPGEMINI AMERICA|NY|": ["name:CAPGEMINI AMERICA", "name-state", 0.9],
      "CAPGEMINI US|NY|": ["name:CAPGEMINI US", "name-state", 0.9],
    });
  });

  it("links a name that is another employer's d/b/a name in the same state (trade-name)", () => {
    const index = buildSponsorIndex([
      f({ employer: "Pinecrest Hospitality Group, Inc. dba Saffron Table", state: "NY", fein: "58-1270510" }),
      f({ employer: "SAFFRON TABLE", state: "NY" }),
      f({ employer: "SAFFRON TABLE", state: "TX" }),
    ]);
    const l = links(index);
    expect(l["SAFFRON TABLE|NY|"]).toEqual(["fein:58-1270510", "trade-name", 0.7]);
    expect(l["SAFFRON TABLE|TX|"]![0]).toBe("name:SAFFRON TABLE");
  });

  it("an alias table merges legal entities and rolls entities up to parents (separate scopes)", () => {
    const index = buildSponsorIndex(
      [
        f({ employer: "Halvorsen Group Holdings, Inc.", fein: "14-6311883" }),
        f({ employer: "Halvorsen Technologies, LLC", fein: "81-3469028" }),
        f({ employer: "HALVORSEN TECH LLC" }),
      ],
      {
        aliases: {
          entities: [{ name: "Halvorsen Technologies", match: ["Halvorsen Tech LLC"], brands: ["HalTech"] }],
          parents: [{ name: "Halvorsen Group", brands: ["Halvorsen"], members: ["14-6311883", "Halvorsen Technologies"] }],
        },
      },
    );
    const r = index.resolution;
    expect(r.employers.key).toEqual(["alias:HALVORSEN TECHNOLOGIES", "fein:14-6311883"]);
    expect(links(index)["HALVORSEN TECH|WA|"]).toEqual(["alias:HALVORSEN TECHNOLOGIES", "alias", 1]);
    expect(links(index)["HALVORSEN TECHNOLOGIES|WA|81-3469028"]).toEqual(["alias:HALVORSEN TECHNOLOGIES", "fein", 1]);
    expect(r.parents.key).toEqual(["parent:HALVORSEN GROUP"]);
    expect([...r.employers.parent]).toEqual([0, 0]);
    expect(r.brands.name).toContain("HalTech");
  });

  it("does not depend on node order", () => {
    const index = buildSponsorIndex([
      f({ employer: "GOOGLE INC.", state: "CA" }),
      f({ employer: "GOOGLE LLC", state: "CA", fein: "77-0493581" }),
      f({ employer: "Saffron Table", state: "CA" }),
    ]);
    const a = resolveEmployers(index.nodes);
    const order = [2, 0, 1];
    const pick = <T>(xs: ArrayLike<T>) => order.map((i) => xs[i]!);
    const shuffled = resolveEmployers({
      ...index.nodes,
      fein: pick(index.nodes.fein), name: pick(index.nodes.name), state: pick(index.nodes.state),
      filings: Uint32Array.from(pick(index.nodes.filings)), firstDay: Int32Array.from(pick(index.nodes.firstDay)), lastDay: Int32Array.from(pick(index.nodes.lastDay)),
      labelStart: Int32Array.of(0, 0, 0, 0), labelKind: new Uint8Array(0), labelText: [], labelCount: new Uint32Array(0),
    });
    expect(shuffled.employers.key).toEqual(a.employers.key);
    expect(order.map((i) => a.employers.key[a.nodeEmployer[i]!])).toEqual([0, 1, 2].map((j) => shuffled.employers.key[shuffled.nodeEmployer[j]!]));
  });
});
