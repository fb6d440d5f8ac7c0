import type { Filing, WageRepair } from "../../datasets/filing";
import { NO_REPAIRS } from "../../datasets/map-row";

/**
 * Filings packed for `postMessage`: structured clone of the objects costs more than building them (about 16 µs a
 * filing), so a worker sends numbers in typed arrays (moved, not copied) and each distinct string once.
 *
 * Every filing is a fixed sequence of slots in `ints`: a string slot holds an index into the string table (-1 for
 * null), a number slot holds 1 (its value is the next entry of `nums`) or 0 (null), a boolean slot -1/0/1.
 * Case numbers differ on every row, so they travel in `cases` instead of the table.
 */
export interface PackedFilings {
  readonly count: number;
  /** Strings new to the table since the previous pack of this encoder, in id order. */
  readonly strings: string[];
  readonly cases: string[];
  readonly ints: Int32Array;
  readonly nums: Float64Array;
}

/** String slots, in the order they are written (numbers, booleans and repairs sit between them; see pack). */
const STRING_SLOTS = 31;

/** Packs filings, keeping its string table across calls (the matching {@link FilingUnpacker} mirrors it). */
export class FilingPacker {
  /**
   * String ids, one map per slot (a string met in two slots gets two ids): the maps of slots with few values
   * (status, dates, units, states…) stay small enough to sit in the CPU cache, and only the slots with many
   * values (employer, job title, city) pay for lookups in big tables.
   */
  private readonly ids: Map<string, number>[] = Array.from({ length: STRING_SLOTS }, () => new Map<string, number>());
  private nextId = 0;
  private fresh: string[] = [];
  /** Per string slot, the last string written and its id: most slots repeat (one object, compared by pointer). */
  private readonly lastString: (string | null)[] = new Array<string | null>(STRING_SLOTS).fill(null);
  private readonly lastId = new Int32Array(STRING_SLOTS);
  private ints: number[] = [];
  private nums: number[] = [];
  private cases: string[] = [];
  private count = 0;

  private str(slot: number, s: string | null): void {
    if (s === null) {
      this.ints.push(-1);
      return;
    }
    if (s === this.lastString[slot]) {
      this.ints.push(this.lastId[slot]!);
      return;
    }
    const ids = this.ids[slot]!;
    let id = ids.get(s);
    if (id === undefined) {
      id = this.nextId++;
      ids.set(s, id);
      this.fresh.push(s);
    }
    this.lastString[slot] = s;
    this.lastId[slot] = id;
    this.ints.push(id);
  }

  private num(n: number | null): void {
    if (n === null) this.ints.push(0);
    else {
      this.ints.push(1);
      this.nums.push(n);
    }
  }

  /** Add one filing. Throws on a filing the reader does not produce (a joined `pwJoin`). */
  add(f: Filing): void {
    if (f.pwJoin !== null) throw new Error("filing-codec: pwJoin is filled in after reading and is not packed");
    this.count++;
    this.cases.push(f.caseNumber);
    this.str(0, f.program);
    this.str(1, f.status);
    this.str(2, f.visaClass);
    this.str(3, f.receivedDate);
    this.str(4, f.decisionDate);
    this.num(f.fiscalYear);
    const e = f.employer;
    this.str(5, e.name);
    this.str(6, e.normalizedName);
    this.str(7, e.fein);
    this.str(8, e.tradeName);
    this.str(9, e.city);
    this.str(10, e.state);
    this.str(11, e.postalCode);
    this.str(12, e.naics);
    this.num(e.size);
    const j = f.job;
    this.str(13, j.title);
    this.str(14, j.socCode);
    this.str(15, j.soc2018);
    this.str(16, j.socTitle);
    this.str(17, j.minEducation);
    this.num(j.experienceMonths);
    this.ints.push(j.fullTime === null ? -1 : j.fullTime ? 1 : 0);
    const w = f.worksite;
    this.str(18, w.city);
    this.str(19, w.county);
    this.str(20, w.state);
    this.str(21, w.postalCode);
    this.str(22, w.blsArea);
    const g = f.wages;
    this.num(g.offeredFrom);
    this.num(g.offeredTo);
    this.str(23, g.offeredUnit);
    this.num(g.prevailing);
    this.str(24, g.prevailingUnit);
    this.str(25, g.pwLevel);
    this.ints.push(g.repairs.length);
    for (const r of g.repairs) {
      this.str(26, r.field);
      this.str(27, r.original);
      this.str(28, r.unit);
      this.str(29, r.reason);
    }
    this.str(30, f.pwdCaseNumber);
    this.num(f.source.row);
    // source.file, dataset and era are the same for every filing of a read: they are not packed.
  }

  /** The filings added since the last call, ready to post (transfer `ints.buffer` and `nums.buffer`). */
  take(): PackedFilings {
    const packed: PackedFilings = {
      count: this.count,
      strings: this.fresh,
      cases: this.cases,
      ints: new Int32Array(this.ints),
      nums: new Float64Array(this.nums),
    };
    this.fresh = [];
    this.cases = [];
    this.ints = [];
    this.nums = [];
    this.count = 0;
    return packed;
  }
}

/** Rebuilds filings from {@link PackedFilings}, in the reader's key order (so JSON of them is byte-identical). */
export class FilingUnpacker {
  private readonly table: string[] = [];

  /**
   * Take in a pack's new strings. Call for every pack, in the order they were made, even for packs whose
   * filings are then dropped: the string ids of later packs count on it.
   */
  learn(packed: PackedFilings): void {
    for (const s of packed.strings) this.table.push(s);
  }

  /** The pack's filings; `rowOffset` is added to each source row, and `source` gives the rest of `filing.source`. */
  unpack(packed: PackedFilings, rowOffset: number, source: Omit<Filing["source"], "row">): Filing[] {
    const out: Filing[] = [];
    for (const batch of this.batches(packed, rowOffset, source, packed.count)) for (const f of batch) out.push(f);
    return out;
  }

  /**
   * The pack's filings in arrays of at most `size`, built one array at a time: a consumer that handles each array
   * before asking for the next lets V8 free them young (a whole piece's filings built at once outlive the young
   * generation and cost old-generation collections).
   */
  *batches(packed: PackedFilings, rowOffset: number, source: Omit<Filing["source"], "row">, size: number): Generator<Filing[]> {
    const t = this.table;
    const ints = packed.ints;
    const nums = packed.nums;
    const { file, dataset, era } = source;
    let i = 0;
    let n = 0;
    const str = (): string | null => {
      const id = ints[i++]!;
      return id < 0 ? null : t[id]!;
    };
    const num = (): number | null => (ints[i++] === 0 ? null : nums[n++]!);
    let out: Filing[] = [];
    for (let k = 0; k < packed.count; k++) {
      if (out.length === size) {
        yield out;
        out = [];
      }
      const program = str() as Filing["program"];
      const caseNumber = packed.cases[k]!;
      const status = str() as Filing["status"];
      const visaClass = str();
      const receivedDate = str();
      const decisionDate = str();
      const fiscalYear = num();
      const employer: Filing["employer"] = {
        name: str(),
        normalizedName: str(),
        fein: str() as Filing["employer"]["fein"],
        tradeName: str(),
        city: str(),
        state: str() as Filing["employer"]["state"],
        postalCode: str(),
        naics: str(),
        size: num(),
      };
      const title = str();
      const socCode = str();
      const soc2018 = str() as Filing["job"]["soc2018"];
      const socTitle = str();
      const minEducation = str() as Filing["job"]["minEducation"];
      const experienceMonths = num();
      const ft = ints[i++]!;
      const job: Filing["job"] = { title, socCode, soc2018, socTitle, minEducation, experienceMonths, fullTime: ft < 0 ? null : ft === 1 };
      const worksite: Filing["worksite"] = {
        city: str(),
        county: str(),
        state: str() as Filing["worksite"]["state"],
        postalCode: str(),
        blsArea: str(),
      };
      const offeredFrom = num();
      const offeredTo = num();
      const offeredUnit = str() as Filing["wages"]["offeredUnit"];
      const prevailing = num();
      const prevailingUnit = str() as Filing["wages"]["prevailingUnit"];
      const pwLevel = str() as Filing["wages"]["pwLevel"];
      const repairCount = ints[i++]!;
      let repairs = NO_REPAIRS as WageRepair[];
      if (repairCount > 0) {
        repairs = [];
        for (let r = 0; r < repairCount; r++) {
          const field = str() as WageRepair["field"];
          const original = str()!;
          const unit = str();
          const reason = str() as WageRepair["reason"];
          repairs.push({ field, original, unit, reason });
        }
      }
      const pwdCaseNumber = str();
      const row = num()! + rowOffset;
      out.push({
        program,
        caseNumber,
        status,
        visaClass,
        receivedDate: receivedDate as Filing["receivedDate"],
        decisionDate: decisionDate as Filing["decisionDate"],
        fiscalYear,
        employer,
        job,
        worksite,
        wages: { offeredFrom, offeredTo, offeredUnit, prevailing, prevailingUnit, pwLevel, repairs },
        pwdCaseNumber,
        pwJoin: null,
        source: { file, row, dataset, era },
      });
    }
    if (out.length > 0) yield out;
  }
}
