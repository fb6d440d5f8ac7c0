import type { Education } from "../datasets/filing";

/** A broad family of occupations, used to give employers coherent occupation mixes. */
export type OccupationFamily =
  | "software"
  | "it"
  | "data"
  | "hardware"
  | "engineering"
  | "business"
  | "finance"
  | "health"
  | "science"
  | "academic"
  | "creative"
  | "legal"
  | "labor";

/** One occupation of the generator's world: a real SOC-2018 code with realistic job titles. */
export interface Occupation {
  readonly soc2018: string;
  readonly title2018: string;
  /** The code older (SOC-2010) disclosure files use for this occupation. */
  readonly soc2010: string;
  readonly title2010: string;
  /**
   * True when `soc2010` bridges forward to exactly `soc2018` (so a reader can recover the SOC-2018 code);
   * false for occupations that SOC-2018 split out of a broader code (e.g. Data Scientists, filed as
   * Statisticians before 2020).
   */
  readonly bridgesExactly: boolean;
  readonly family: OccupationFamily;
  /** National median offered wage, annual dollars. */
  readonly medianWage: number;
  /** Usually offered per hour (wages written as `Hour`). */
  readonly hourly: boolean;
  /** Typical minimum education: weights over bachelors/masters/doctorate/other levels. */
  readonly education: Readonly<Partial<Record<Education, number>>>;
  /** Job titles as employers write them (mixed seniority). */
  readonly titles: readonly string[];
  /** Intern titles, used only in LCA filings. */
  readonly internTitles?: readonly string[];
  /** Whether H-1B (LCA) filings occur for this occupation. */
  readonly lca: boolean;
}

const BS = { bachelors: 0.55, masters: 0.4, doctorate: 0.05 };
const MS = { bachelors: 0.3, masters: 0.6, doctorate: 0.1 };
const PHD = { masters: 0.15, doctorate: 0.85 };

/** About forty real SOC-2018 occupations that dominate PERM and LCA filings, plus a few non-professional ones. */
export const OCCUPATIONS: readonly Occupation[] = [
  {
    soc2018: "15-1252", title2018: "Software Developers", soc2010: "15-1132",
    title2010: "Software Developers, Applications", bridgesExactly: true, family: "software", medianWage: 132000,
    hourly: false, education: BS, lca: true,
    titles: [
      "Software Engineer", "Software Engineer II", "Senior Software Engineer", "Sr. Software Engineer",
      "Software Developer", "Staff Software Engineer", "Principal Software Engineer", "Machine Learning Engineer",
      "Backend Engineer", "Full Stack Developer", "Software Development Engineer II", "Member of Technical Staff",
      "Senior Software Developer", "Software Engineer III", "Lead Software Engineer", "iOS Engineer",
      "Senior Machine Learning Engineer", "Software Engineer, Infrastructure",
    ],
    internTitles: ["Software Engineer Intern", "Software Development Engineer Intern", "Machine Learning Intern"],
  },
  {
    soc2018: "15-1252", title2018: "Software Developers", soc2010: "15-1133",
    title2010: "Software Developers, Systems Software", bridgesExactly: true, family: "software", medianWage: 138000,
    hourly: false, education: MS, lca: true,
    titles: [
      "Systems Software Engineer", "Embedded Software Engineer", "Firmware Engineer", "Senior Firmware Engineer",
      "Kernel Engineer", "Compiler Engineer", "Software Engineer - Systems",
    ],
  },
  {
    soc2018: "15-1253", title2018: "Software Quality Assurance Analysts and Testers", soc2010: "15-1199",
    title2010: "Computer Occupations, All Other", bridgesExactly: false, family: "software", medianWage: 101000,
    hourly: false, education: BS, lca: true,
    titles: [
      "QA Engineer", "Software Development Engineer in Test", "Quality Assurance Analyst", "Test Automation Engineer",
      "Senior QA Engineer", "Software Test Engineer",
    ],
  },
  {
    soc2018: "15-1211", title2018: "Computer Systems Analysts", soc2010: "15-1121",
    title2010: "Computer Systems Analysts", bridgesExactly: true, family: "it", medianWage: 99000, hourly: false,
    education: BS, lca: true,
    titles: [
      "Systems Analyst", "Business Systems Analyst", "Programmer Analyst", "SAP Consultant", "ERP Analyst",
      "Senior Systems Analyst", "Salesforce Developer", "Technical Business Analyst",
    ],
  },
  {
    soc2018: "15-1212", title2018: "Information Security Analysts", soc2010: "15-1122",
    title2010: "Information Security Analysts", bridgesExactly: true, family: "it", medianWage: 118000, hourly: false,
    education: BS, lca: true,
    titles: ["Security Engineer", "Information Security Analyst", "Cybersecurity Analyst", "Senior Security Engineer"],
  },
  {
    soc2018: "15-1221", title2018: "Computer and Information Research Scientists", soc2010: "15-1111",
    title2010: "Computer and Information Research Scientists", bridgesExactly: true, family: "data",
    medianWage: 152000, hourly: false, education: PHD, lca: true,
    titles: ["Research Scientist", "Applied Scientist", "Machine Learning Scientist", "Senior Applied Scientist"],
    internTitles: ["Research Scientist Intern", "Applied Scientist Intern"],
  },
  {
    soc2018: "15-1241", title2018: "Computer Network Architects", soc2010: "15-1143",
    title2010: "Computer Network Architects", bridgesExactly: true, family: "it", medianWage: 126000, hourly: false,
    education: BS, lca: true,
    titles: ["Network Architect", "Cloud Infrastructure Architect", "Network Engineer III"],
  },
  {
    soc2018: "15-1242", title2018: "Database Administrators", soc2010: "15-1141",
    title2010: "Database Administrators", bridgesExactly: true, family: "it", medianWage: 99000, hourly: false,
    education: BS, lca: true,
    titles: ["Database Administrator", "Oracle DBA", "Senior Database Administrator"],
  },
  {
    soc2018: "15-1243", title2018: "Database Architects", soc2010: "15-1199",
    title2010: "Computer Occupations, All Other", bridgesExactly: false, family: "data", medianWage: 134000,
    hourly: false, education: BS, lca: true,
    titles: ["Data Architect", "Database Architect", "Senior Data Architect"],
  },
  {
    soc2018: "15-1244", title2018: "Network and Computer Systems Administrators", soc2010: "15-1142",
    title2010: "Network and Computer Systems Administrators", bridgesExactly: true, family: "it", medianWage: 92000,
    hourly: false, education: BS, lca: true,
    titles: ["Systems Administrator", "Linux Systems Administrator", "Network Administrator"],
  },
  {
    soc2018: "15-1251", title2018: "Computer Programmers", soc2010: "15-1131",
    title2010: "Computer Programmers", bridgesExactly: true, family: "it", medianWage: 93000, hourly: false,
    education: BS, lca: true,
    titles: ["Programmer", "Computer Programmer", "Mainframe Programmer", "Application Programmer"],
  },
  {
    soc2018: "15-1254", title2018: "Web Developers", soc2010: "15-1134", title2010: "Web Developers",
    bridgesExactly: true, family: "software", medianWage: 86000, hourly: false, education: BS, lca: true,
    titles: ["Web Developer", "Front End Developer", "UI Developer", "Senior Front End Engineer"],
  },
  {
    soc2018: "15-1299", title2018: "Computer Occupations, All Other", soc2010: "15-1199",
    title2010: "Computer Occupations, All Other", bridgesExactly: true, family: "software", medianWage: 112000,
    hourly: false, education: BS, lca: true,
    titles: [
      "Data Engineer", "DevOps Engineer", "Site Reliability Engineer", "Solutions Architect", "Technical Lead",
      "Senior Data Engineer", "Cloud Engineer", "Big Data Engineer", "Data Engineer – Platform",
    ],
  },
  {
    soc2018: "15-1232", title2018: "Computer User Support Specialists", soc2010: "15-1151",
    title2010: "Computer User Support Specialists", bridgesExactly: true, family: "it", medianWage: 58000,
    hourly: false, education: { bachelors: 0.8, associates: 0.2 }, lca: true,
    titles: ["Technical Support Engineer", "IT Support Specialist", "Desktop Support Analyst"],
  },
  {
    soc2018: "15-2051", title2018: "Data Scientists", soc2010: "15-2041", title2010: "Statisticians",
    bridgesExactly: false, family: "data", medianWage: 125000, hourly: false, education: MS, lca: true,
    titles: [
      "Data Scientist", "Sr. Data Scientist", "Senior Data Scientist", "Data Scientist II", "Lead Data Scientist",
      "Machine Learning Data Scientist", "Principal Data Scientist",
    ],
    internTitles: ["Data Science Intern", "Data Scientist Intern"],
  },
  {
    soc2018: "15-2031", title2018: "Operations Research Analysts", soc2010: "15-2031",
    title2010: "Operations Research Analysts", bridgesExactly: true, family: "data", medianWage: 92000,
    hourly: false, education: MS, lca: true,
    titles: ["Operations Research Analyst", "Pricing Analyst", "Supply Chain Analyst", "Decision Scientist"],
  },
  {
    soc2018: "15-2041", title2018: "Statisticians", soc2010: "15-2041", title2010: "Statisticians",
    bridgesExactly: true, family: "data", medianWage: 103000, hourly: false, education: MS, lca: true,
    titles: ["Statistician", "Biostatistician", "Senior Biostatistician", "Statistical Programmer"],
  },
  {
    soc2018: "15-2011", title2018: "Actuaries", soc2010: "15-2011", title2010: "Actuaries", bridgesExactly: true,
    family: "finance", medianWage: 118000, hourly: false, education: BS, lca: true,
    titles: ["Actuarial Analyst", "Actuary", "Associate Actuary"],
  },
  {
    soc2018: "11-3021", title2018: "Computer and Information Systems Managers", soc2010: "11-3021",
    title2010: "Computer and Information Systems Managers", bridgesExactly: true, family: "software",
    medianWage: 175000, hourly: false, education: BS, lca: true,
    titles: [
      "Engineering Manager", "Software Development Manager", "IT Manager", "Director of Software Engineering",
      "Senior Engineering Manager", "Technical Program Manager",
    ],
  },
  {
    soc2018: "11-2021", title2018: "Marketing Managers", soc2010: "11-2021", title2010: "Marketing Managers",
    bridgesExactly: true, family: "business", medianWage: 145000, hourly: false, education: BS, lca: true,
    titles: ["Marketing Manager", "Product Marketing Manager", "Senior Marketing Manager"],
  },
  {
    soc2018: "11-9041", title2018: "Architectural and Engineering Managers", soc2010: "11-9041",
    title2010: "Architectural and Engineering Managers", bridgesExactly: true, family: "hardware",
    medianWage: 168000, hourly: false, education: BS, lca: true,
    titles: ["Engineering Manager, Hardware", "Director of Engineering", "Manufacturing Engineering Manager"],
  },
  {
    soc2018: "11-3031", title2018: "Financial Managers", soc2010: "11-3031", title2010: "Financial Managers",
    bridgesExactly: true, family: "finance", medianWage: 150000, hourly: false, education: BS, lca: true,
    titles: ["Finance Manager", "Vice President, Finance", "Controller"],
  },
  {
    soc2018: "13-1111", title2018: "Management Analysts", soc2010: "13-1111", title2010: "Management Analysts",
    bridgesExactly: true, family: "business", medianWage: 98000, hourly: false, education: BS, lca: true,
    titles: ["Management Consultant", "Senior Consultant", "Business Analyst", "Strategy Consultant", "Consultant"],
  },
  {
    soc2018: "13-1161", title2018: "Market Research Analysts and Marketing Specialists", soc2010: "13-1161",
    title2010: "Market Research Analysts and Marketing Specialists", bridgesExactly: true, family: "business",
    medianWage: 72000, hourly: false, education: BS, lca: true,
    titles: ["Market Research Analyst", "Marketing Analyst", "Digital Marketing Specialist", "Growth Analyst"],
  },
  {
    soc2018: "13-2011", title2018: "Accountants and Auditors", soc2010: "13-2011", title2010: "Accountants and Auditors",
    bridgesExactly: true, family: "finance", medianWage: 79000, hourly: false,
    education: { bachelors: 0.8, masters: 0.2 }, lca: true,
    titles: ["Accountant", "Senior Accountant", "Tax Senior", "Audit Senior", "Staff Accountant", "Tax Manager"],
  },
  {
    soc2018: "13-2051", title2018: "Financial and Investment Analysts", soc2010: "13-2051",
    title2010: "Financial Analysts", bridgesExactly: true, family: "finance", medianWage: 99000, hourly: false,
    education: BS, lca: true,
    titles: ["Financial Analyst", "Quantitative Analyst", "Associate", "Investment Analyst", "Senior Financial Analyst"],
  },
  {
    soc2018: "13-1081", title2018: "Logisticians", soc2010: "13-1081", title2010: "Logisticians", bridgesExactly: true,
    family: "business", medianWage: 80000, hourly: false, education: BS, lca: true,
    titles: ["Logistics Analyst", "Supply Chain Planner", "Logistics Manager"],
  },
  {
    soc2018: "17-2072", title2018: "Electronics Engineers, Except Computer", soc2010: "17-2072",
    title2010: "Electronics Engineers, Except Computer", bridgesExactly: true, family: "hardware", medianWage: 118000,
    hourly: false, education: MS, lca: true,
    titles: ["Analog Engineer", "RF Engineer", "Graphics Hardware Engineer", "Senior Analog Design Engineer"],
  },
  {
    soc2018: "17-2061", title2018: "Computer Hardware Engineers", soc2010: "17-2061",
    title2010: "Computer Hardware Engineers", bridgesExactly: true, family: "hardware", medianWage: 138000,
    hourly: false, education: MS, lca: true,
    titles: ["Hardware Engineer", "ASIC Design Engineer", "Silicon Validation Engineer", "CPU Design Engineer"],
    internTitles: ["Hardware Engineering Intern"],
  },
  {
    soc2018: "17-2141", title2018: "Mechanical Engineers", soc2010: "17-2141", title2010: "Mechanical Engineers",
    bridgesExactly: true, family: "engineering", medianWage: 96000, hourly: false, education: BS, lca: true,
    titles: ["Mechanical Engineer", "Senior Mechanical Engineer", "Product Design Engineer", "Thermal Engineer"],
  },
  {
    soc2018: "17-2112", title2018: "Industrial Engineers", soc2010: "17-2112", title2010: "Industrial Engineers",
    bridgesExactly: true, family: "engineering", medianWage: 95000, hourly: false, education: BS, lca: true,
    titles: ["Industrial Engineer", "Manufacturing Engineer", "Process Engineer", "Quality Engineer"],
  },
  {
    soc2018: "17-2071", title2018: "Electrical Engineers", soc2010: "17-2071", title2010: "Electrical Engineers",
    bridgesExactly: true, family: "engineering", medianWage: 104000, hourly: false, education: BS, lca: true,
    titles: ["Electrical Engineer", "Power Systems Engineer", "Controls Engineer"],
  },
  {
    soc2018: "17-2051", title2018: "Civil Engineers", soc2010: "17-2051", title2010: "Civil Engineers",
    bridgesExactly: true, family: "engineering", medianWage: 90000, hourly: false, education: BS, lca: true,
    titles: ["Civil Engineer", "Structural Engineer", "Transportation Engineer", "Project Engineer"],
  },
  {
    soc2018: "17-2031", title2018: "Bioengineers and Biomedical Engineers", soc2010: "17-2031",
    title2010: "Biomedical Engineers", bridgesExactly: true, family: "science", medianWage: 99000, hourly: false,
    education: MS, lca: true,
    titles: ["Biomedical Engineer", "Bioengineer", "Medical Device Engineer"],
  },
  {
    soc2018: "19-1042", title2018: "Medical Scientists, Except Epidemiologists", soc2010: "19-1042",
    title2010: "Medical Scientists, Except Epidemiologists", bridgesExactly: true, family: "science",
    medianWage: 92000, hourly: false, education: PHD, lca: true,
    titles: ["Postdoctoral Fellow", "Research Associate", "Scientist II", "Senior Scientist", "Research Fellow"],
  },
  {
    soc2018: "19-1021", title2018: "Biochemists and Biophysicists", soc2010: "19-1021",
    title2010: "Biochemists and Biophysicists", bridgesExactly: true, family: "science", medianWage: 98000,
    hourly: false, education: PHD, lca: true,
    titles: ["Biochemist", "Protein Scientist", "Scientist, Structural Biology"],
  },
  {
    soc2018: "25-1071", title2018: "Health Specialties Teachers, Postsecondary", soc2010: "25-1071",
    title2010: "Health Specialties Teachers, Postsecondary", bridgesExactly: true, family: "academic",
    medianWage: 105000, hourly: false, education: PHD, lca: true,
    titles: ["Assistant Professor", "Assistant Professor of Medicine", "Clinical Assistant Professor", "Instructor"],
  },
  {
    soc2018: "25-1021", title2018: "Computer Science Teachers, Postsecondary", soc2010: "25-1021",
    title2010: "Computer Science Teachers, Postsecondary", bridgesExactly: true, family: "academic",
    medianWage: 98000, hourly: false, education: PHD, lca: true,
    titles: ["Assistant Professor of Computer Science", "Lecturer", "Associate Professor"],
  },
  {
    soc2018: "25-1011", title2018: "Business Teachers, Postsecondary", soc2010: "25-1011",
    title2010: "Business Teachers, Postsecondary", bridgesExactly: true, family: "academic", medianWage: 110000,
    hourly: false, education: PHD, lca: true,
    titles: ["Assistant Professor of Finance", "Assistant Professor of Marketing", "Clinical Professor"],
  },
  {
    soc2018: "29-1141", title2018: "Registered Nurses", soc2010: "29-1141", title2010: "Registered Nurses",
    bridgesExactly: true, family: "health", medianWage: 84000, hourly: true,
    education: { bachelors: 0.55, associates: 0.4, other: 0.05 }, lca: false,
    titles: ["Registered Nurse", "Staff Nurse", "RN - Medical Surgical", "Registered Nurse, ICU"],
  },
  {
    soc2018: "29-1229", title2018: "Physicians, All Other", soc2010: "29-1069",
    title2010: "Physicians and Surgeons, All Other", bridgesExactly: true, family: "health", medianWage: 240000,
    hourly: false, education: { doctorate: 1 }, lca: true,
    titles: ["Physician", "Hospitalist", "Resident Physician", "Neurologist", "Physician - Oncology"],
  },
  {
    soc2018: "29-1215", title2018: "Family Medicine Physicians", soc2010: "29-1062",
    title2010: "Family and General Practitioners", bridgesExactly: true, family: "health", medianWage: 225000,
    hourly: false, education: { doctorate: 1 }, lca: true,
    titles: ["Family Medicine Physician", "Primary Care Physician"],
  },
  {
    soc2018: "29-1123", title2018: "Physical Therapists", soc2010: "29-1123", title2010: "Physical Therapists",
    bridgesExactly: true, family: "health", medianWage: 96000, hourly: true,
    education: { masters: 0.3, doctorate: 0.7 }, lca: true,
    titles: ["Physical Therapist", "Staff Physical Therapist"],
  },
  {
    soc2018: "27-1024", title2018: "Graphic Designers", soc2010: "27-1024", title2010: "Graphic Designers",
    bridgesExactly: true, family: "creative", medianWage: 58000, hourly: false, education: BS, lca: true,
    titles: ["Graphic Designer", "Visual Designer", "Senior Product Designer"],
  },
  {
    soc2018: "23-1011", title2018: "Lawyers", soc2010: "23-1011", title2010: "Lawyers", bridgesExactly: true,
    family: "legal", medianWage: 150000, hourly: false, education: { doctorate: 0.7, masters: 0.3 }, lca: true,
    titles: ["Associate Attorney", "Attorney", "Counsel"],
  },
  {
    soc2018: "35-2014", title2018: "Cooks, Restaurant", soc2010: "35-2014", title2010: "Cooks, Restaurant",
    bridgesExactly: true, family: "labor", medianWage: 35000, hourly: true, education: { none: 1 }, lca: false,
    titles: ["Cook", "Line Cook", "Specialty Cook", "Tandoor Cook"],
  },
  {
    soc2018: "51-3022", title2018: "Meat, Poultry, and Fish Cutters and Trimmers", soc2010: "51-3022",
    title2010: "Meat, Poultry, and Fish Cutters and Trimmers", bridgesExactly: true, family: "labor",
    medianWage: 34000, hourly: true, education: { none: 1 }, lca: false,
    titles: ["Poultry Processing Worker", "Meat Cutter", "Deboner"],
  },
  {
    soc2018: "53-3032", title2018: "Heavy and Tractor-Trailer Truck Drivers", soc2010: "53-3032",
    title2010: "Heavy and Tractor-Trailer Truck Drivers", bridgesExactly: true, family: "labor", medianWage: 52000,
    hourly: true, education: { none: 0.6, "high-school": 0.4 }, lca: false,
    titles: ["Truck Driver", "Tractor-Trailer Driver", "CDL Driver"],
  },
];

/** Distinct SOC-2018 codes of the world. */
export const SOC_2018_CODES: readonly string[] = [...new Set(OCCUPATIONS.map((o) => o.soc2018))];

/**
 * The SOC-2010 → SOC-2018 bridge for every SOC-2010 code the generator writes (first target where a code
 * split). Tests compare a reader's bridge with this.
 */
export const SOC_2010_TO_2018: Readonly<Record<string, string>> = {
  "15-1132": "15-1252",
  "15-1133": "15-1252",
  "15-1121": "15-1211",
  "15-1122": "15-1212",
  "15-1111": "15-1221",
  "15-1143": "15-1241",
  "15-1141": "15-1242",
  "15-1142": "15-1244",
  "15-1131": "15-1251",
  "15-1134": "15-1254",
  "15-1199": "15-1299",
  "15-1151": "15-1232",
  "29-1069": "29-1229",
  "29-1062": "29-1215",
  "17-2031": "17-2031",
  "13-2051": "13-2051",
};

/** The SOC-2018 code a reader should get for a SOC code written in a file (any vintage). */
export function bridgeTo2018(code: string): string {
  return SOC_2010_TO_2018[code] ?? code;
}
