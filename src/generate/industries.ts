/** An industry archetype: what an employer of this kind is called, files for, and pays. */
export interface Industry {
  readonly id: string;
  /** NAICS codes with titles; an employer takes one. */
  readonly naics: readonly (readonly [code: string, title: string])[];
  /** Words placed after the coined stem of a name, e.g. "Analytics" in "Veltrano Analytics, Inc.". */
  readonly nameWords: readonly string[];
  readonly suffixes: readonly string[];
  /** Relative weight of each SOC-2018 code in this industry's sponsorship. */
  readonly occupations: Readonly<Record<string, number>>;
  /** Median LCA filings per PERM filing (H-1B intensity), log-normal around this. */
  readonly lcaPerPerm: number;
  /** Dirichlet concentration over wage levels I–IV. */
  readonly levelAlpha: readonly [number, number, number, number];
  /** Share of all employers that belong to this industry. */
  readonly share: number;
  /** Employee-count range (log-uniform). */
  readonly size: readonly [number, number];
  /** Only these worksite cities (when set). */
  readonly cities?: readonly string[];
}

const CORP = ["Inc.", "Inc.", "LLC", "Corp.", "Corporation", "Incorporated"];

/** Industry archetypes of the world. */
export const INDUSTRIES: readonly Industry[] = [
  {
    id: "it-services",
    naics: [["541511", "Custom Computer Programming Services"], ["541512", "Computer Systems Design Services"]],
    nameWords: ["Technologies", "Infotech", "Solutions", "Consulting Services", "IT Services", "Systems", "Softech"],
    suffixes: ["Inc.", "Inc.", "LLC", "Corp."],
    occupations: {
      "15-1252": 40, "15-1211": 20, "15-1253": 10, "15-1299": 10, "15-1251": 5, "15-1242": 4, "15-1244": 4,
      "15-1212": 3, "15-1243": 2, "11-3021": 2,
    },
    lcaPerPerm: 9, levelAlpha: [5, 6, 2, 0.6], share: 0.24, size: [20, 60000],
  },
  {
    id: "software",
    naics: [["513210", "Software Publishers"], ["518210", "Computing Infrastructure Providers, Data Processing, Web Hosting, and Related Services"], ["519290", "Web Search Portals and All Other Information Services"]],
    nameWords: ["Software", "Labs", "Cloud", "Networks", "Data", "AI", "Analytics", "Platforms"],
    suffixes: CORP,
    occupations: {
      "15-1252": 55, "15-2051": 8, "15-1221": 6, "11-3021": 6, "15-1299": 6, "15-1253": 3, "15-1212": 3,
      "15-1254": 2, "13-1161": 2, "11-2021": 1, "27-1024": 1, "15-1241": 1, "15-1243": 2,
    },
    lcaPerPerm: 2.5, levelAlpha: [1.5, 4, 4, 1.5], share: 0.16, size: [30, 150000],
  },
  {
    id: "semiconductor",
    naics: [["334413", "Semiconductor and Related Device Manufacturing"], ["334111", "Electronic Computer Manufacturing"]],
    nameWords: ["Semiconductor", "Microsystems", "Devices", "Silicon", "Photonics"],
    suffixes: ["Inc.", "Corporation", "Corp."],
    occupations: { "17-2061": 30, "17-2072": 25, "15-1252": 25, "17-2071": 6, "11-9041": 5, "17-2112": 4 },
    lcaPerPerm: 2, levelAlpha: [1, 4, 4, 1.5], share: 0.05, size: [100, 120000],
  },
  {
    id: "finance",
    naics: [["523150", "Investment Banking and Securities Intermediation"], ["522110", "Commercial Banking"], ["524114", "Direct Health and Medical Insurance Carriers"]],
    nameWords: ["Capital", "Financial Group", "Bancorp", "Partners", "Securities", "Insurance Company"],
    suffixes: ["LLC", "Inc.", "L.P.", "& Co. LLC"],
    occupations: {
      "13-2051": 30, "15-1252": 25, "15-2051": 8, "15-2011": 6, "13-2011": 6, "11-3031": 4, "15-1211": 6,
      "15-2041": 3, "15-1212": 3,
    },
    lcaPerPerm: 3, levelAlpha: [2, 4, 3, 1], share: 0.07, size: [50, 200000],
  },
  {
    id: "consulting",
    naics: [["541611", "Administrative Management and General Management Consulting Services"], ["541211", "Offices of Certified Public Accountants"]],
    nameWords: ["Consulting Group", "Advisory", "Partners", "Associates"],
    suffixes: ["LLP", "LLC", "Inc."],
    occupations: { "13-1111": 35, "13-2011": 30, "15-1211": 10, "15-1252": 10, "13-1161": 5, "15-2051": 4 },
    lcaPerPerm: 5, levelAlpha: [3, 5, 2, 0.6], share: 0.07, size: [10, 300000],
  },
  {
    id: "hospital",
    naics: [["622110", "General Medical and Surgical Hospitals"]],
    nameWords: ["Regional Medical Center", "Health System", "Community Hospital", "Medical Center"],
    suffixes: ["", "", "Inc."],
    occupations: { "29-1141": 45, "29-1229": 20, "29-1215": 8, "29-1123": 10, "19-1042": 5, "15-1211": 3 },
    lcaPerPerm: 0.8, levelAlpha: [3, 3, 2, 1], share: 0.08, size: [300, 40000],
  },
  {
    id: "university",
    naics: [["611310", "Colleges, Universities, and Professional Schools"]],
    nameWords: ["University", "State University", "Institute of Technology", "College"],
    suffixes: [""],
    occupations: {
      "25-1071": 20, "25-1021": 10, "25-1011": 8, "19-1042": 30, "19-1021": 8, "15-1221": 5, "15-2041": 5,
      "17-2031": 4,
    },
    lcaPerPerm: 4, levelAlpha: [3, 3, 2, 1], share: 0.05, size: [800, 40000],
  },
  {
    id: "biotech",
    naics: [["325412", "Pharmaceutical Preparation Manufacturing"], ["541714", "Research and Development in Biotechnology (except Nanobiotechnology)"]],
    nameWords: ["Therapeutics", "Biosciences", "Pharmaceuticals", "Bio"],
    suffixes: ["Inc.", "Inc.", "Corporation", "LLC"],
    occupations: { "19-1042": 30, "19-1021": 20, "15-2041": 15, "17-2031": 8, "15-2051": 6, "15-1252": 6 },
    lcaPerPerm: 2.2, levelAlpha: [1.5, 3, 3, 1.5], share: 0.06, size: [20, 80000],
  },
  {
    id: "manufacturing",
    naics: [["336111", "Automobile Manufacturing"], ["333611", "Turbine and Turbine Generator Set Units Manufacturing"], ["332710", "Machine Shops"]],
    nameWords: ["Industries", "Manufacturing", "Motors", "Automation", "Mechanical"],
    suffixes: ["Inc.", "Corporation", "LLC", "Co."],
    occupations: { "17-2141": 30, "17-2112": 20, "17-2071": 15, "11-9041": 8, "15-1252": 10, "13-1081": 5 },
    lcaPerPerm: 2, levelAlpha: [2, 4, 3, 1], share: 0.06, size: [50, 150000],
  },
  {
    id: "engineering-services",
    naics: [["541330", "Engineering Services"]],
    nameWords: ["Engineering", "Engineers", "Design Group"],
    suffixes: ["Inc.", "P.C.", "LLC"],
    occupations: { "17-2051": 45, "17-2071": 20, "17-2141": 20, "11-9041": 5 },
    lcaPerPerm: 2.5, levelAlpha: [2.5, 4, 2, 0.8], share: 0.04, size: [10, 20000],
  },
  {
    id: "retail",
    naics: [["455110", "Department Stores"], ["454110", "Electronic Shopping and Mail-Order Houses"]],
    nameWords: ["Retail Group", "Stores", "Marketplace", "Brands"],
    suffixes: ["Inc.", "LLC"],
    occupations: { "15-1252": 30, "13-1081": 15, "13-1161": 15, "15-2051": 10, "11-2021": 5, "15-2031": 10 },
    lcaPerPerm: 3, levelAlpha: [2, 4, 3, 1], share: 0.04, size: [100, 300000],
  },
  {
    id: "restaurant",
    naics: [["722511", "Full-Service Restaurants"]],
    nameWords: ["Restaurant", "Kitchen", "Grill", "Hospitality Group"],
    suffixes: ["LLC", "Inc.", "Corp."],
    occupations: { "35-2014": 100 },
    lcaPerPerm: 0, levelAlpha: [6, 2, 0.5, 0.3], share: 0.03, size: [5, 400],
  },
  {
    id: "food-processing",
    naics: [["311615", "Poultry Processing"]],
    nameWords: ["Poultry", "Farms", "Foods", "Processing"],
    suffixes: ["Inc.", "LLC"],
    occupations: { "51-3022": 100 },
    lcaPerPerm: 0, levelAlpha: [6, 1, 0.3, 0.2], share: 0.02, size: [200, 20000],
    cities: ["SPRINGDALE", "GAINESVILLE"],
  },
  {
    id: "trucking",
    naics: [["484121", "General Freight Trucking, Long-Distance, Truckload"]],
    nameWords: ["Logistics", "Transport", "Freight Lines", "Trucking"],
    suffixes: ["Inc.", "LLC"],
    occupations: { "53-3032": 100 },
    lcaPerPerm: 0, levelAlpha: [5, 2, 0.5, 0.3], share: 0.02, size: [10, 3000],
  },
  {
    id: "creative",
    naics: [["541810", "Advertising Agencies"], ["541430", "Graphic Design Services"]],
    nameWords: ["Creative", "Studio", "Media", "Design"],
    suffixes: ["LLC", "Inc."],
    occupations: { "27-1024": 40, "13-1161": 35, "11-2021": 15, "15-1254": 10 },
    lcaPerPerm: 4, levelAlpha: [4, 3, 1, 0.5], share: 0.02, size: [5, 2000],
  },
  {
    id: "law",
    naics: [["541110", "Offices of Lawyers"]],
    nameWords: ["Law Group", "Legal"],
    suffixes: ["LLP", "P.C.", "PLLC"],
    occupations: { "23-1011": 100 },
    lcaPerPerm: 4, levelAlpha: [2, 3, 2, 1], share: 0.01, size: [5, 3000],
  },
];
