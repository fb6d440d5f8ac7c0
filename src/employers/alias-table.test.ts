import { describe, expect, it } from "vitest";
import { DisclosureError } from "../errors";
import { parseAliasTable } from "./alias-table";

describe("parseAliasTable", () => {
  it("fills defaults", () => {
    expect(parseAliasTable({})).toEqual({ version: 1, entities: [], parents: [] });
    expect(parseAliasTable('{"entities":[{"name":"Capgemini America"}]}').entities[0]).toEqual({ name: "Capgemini America", brands: [], match: [], feins: [] });
  });
  it("throws a DisclosureError naming the bad field", () => {
    expect(() => parseAliasTable('{"parents":[{"members":[]}]}')).toThrow(/parents\.0\.name/);
    expect(() => parseAliasTable("{nope", "aliases.json")).toThrow(DisclosureError);
    expect(() => parseAliasTable('{"version":2}')).toThrow(/version/);
  });
});
