import { type Rng, pick, randInt, weightedPick } from "./random";

const ONSETS = [
  "Vel", "Quil", "Bra", "Cor", "Zen", "Ald", "Mer", "Ost", "Kal", "Ner", "Tal", "Var", "Pel", "Dra", "Lum",
  "Sor", "Hal", "Bel", "Cal", "Fen", "Gal", "Ism", "Jor", "Kes", "Lor", "Mav", "Nov", "Orv", "Pra", "Rav",
  "Sel", "Tor", "Ul", "Ves", "Wyn", "Xan", "Yar", "Zor", "Ambr", "Bren", "Cyr", "Dav", "Elv", "Frel", "Gren",
];
const MIDDLES = ["a", "e", "i", "o", "u", "ar", "en", "or", "an", "il", "ev", "ov", "ad", "in", "ol", "er"];
const CODAS = [
  "trano", "mark", "vik", "ana", "tova", "ix", "ora", "etta", "ion", "ent", "ara", "yx", "ano", "ius", "era",
  "sys", "ova", "ant", "ric", "dex", "gon", "lyn", "ware", "tek", "nova", "ford", "ridge", "stone", "field", "dale",
];

/** A coined, fictional company stem such as "Veltrano" or "Quilmark". */
export function coinedStem(rng: Rng): string {
  const middle = rng.next() < 0.5 ? "" : pick(rng, MIDDLES);
  return pick(rng, ONSETS) + middle + pick(rng, CODAS);
}

/** First names of fictional people (contacts, attorneys). */
export const FIRST_NAMES = [
  "Priya", "Rahul", "Wei", "Jun", "Ana", "Carlos", "Emily", "Michael", "Sarah", "David", "Aisha", "Omar", "Mei",
  "Hiroshi", "Olga", "Ivan", "Fatima", "Chinedu", "Laura", "James", "Jennifer", "Robert", "Linh", "Minh", "Sofia",
  "Mateo", "Anjali", "Vikram", "Sanjay", "Deepa", "Kavya", "Arjun", "Xiaoling", "Yuki", "Daniel", "Rachel",
  "Thomas", "Grace", "Samuel", "Nadia", "Elena", "Marco", "Kwame", "Amara", "Lucas", "Isabella", "Ethan", "Zara",
];
/** Last names of fictional people and law firms. */
export const LAST_NAMES = [
  "Sharma", "Patel", "Zhang", "Li", "Kim", "Garcia", "Smith", "Johnson", "Nguyen", "Rodriguez", "Chen", "Wang",
  "Reddy", "Iyer", "Gupta", "Singh", "Kumar", "Ivanova", "Okafor", "Mensah", "Tanaka", "Sato", "Hernandez",
  "Lopez", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Thomas", "Moore", "Martin", "Clark", "Lewis",
  "Walker", "Hall", "Young", "Allen", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell",
  "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner", "Torres", "Parker", "Collins", "Edwards",
  "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Peterson", "Cooper", "Reed", "Bailey", "Bell",
  "Gomez", "Kelly", "Howard", "Ward", "Cox", "Diaz", "Richardson", "Wood", "Watson", "Brooks", "Bennett",
  "Gray", "James", "Reyes", "Cruz", "Hughes", "Price", "Myers", "Long", "Foster", "Sanders", "Ross", "Morales",
  "Powell", "Sullivan", "Russell", "Ortiz", "Jenkins", "Gutierrez", "Perry", "Butler", "Barnes", "Fisher",
  "Henderson", "Coleman", "Simmons", "Patterson", "Jordan", "Reynolds", "Hamilton", "Graham", "Kapoor", "Menon",
  "Banerjee", "Mukherjee", "Rao", "Nair", "Desai", "Joshi", "Huang", "Zhou", "Xu", "Sun", "Ma", "Hu", "Guo",
];
/** Middle initials (mostly blank). */
export const MIDDLE_INITIALS = ["", "", "", "A", "B", "C", "D", "E", "J", "K", "L", "M", "R", "S", "T"];

const STREET_NAMES = [
  "Main", "Oak", "Maple", "Park", "Lake", "Hill", "Washington", "Market", "Mission", "Broadway", "Commerce",
  "Innovation", "Technology", "Corporate", "Enterprise", "University", "Research", "Medical Center", "Harbor",
  "Riverside", "Sunset", "Pine", "Cedar", "Elm", "Highland", "Gateway", "Pioneer", "Summit", "Liberty", "Franklin",
  "Jefferson", "Madison", "Lincoln", "Congress", "Peachtree", "Wacker", "Lexington", "Sansome", "Tasman", "Bowers",
];
const STREET_TYPES = ["Street", "Avenue", "Boulevard", "Drive", "Parkway", "Way", "Road", "Plaza", "Court", "Lane"];

/** A street address line such as "1450 Innovation Parkway". */
export function streetAddress(rng: Rng): string {
  return `${randInt(rng, 1, 9800)} ${pick(rng, STREET_NAMES)} ${pick(rng, STREET_TYPES)}`;
}

/** An optional second address line ("Suite 400", "Floor 12", or blank). */
export function addressLine2(rng: Rng): string {
  const u = rng.next();
  if (u < 0.55) return "";
  if (u < 0.85) return `Suite ${randInt(rng, 1, 40) * 10 + (rng.next() < 0.5 ? 0 : randInt(rng, 1, 9))}`;
  return `Floor ${randInt(rng, 2, 40)}`;
}

/** A person: first, middle, last. */
export interface Person {
  readonly first: string;
  readonly middle: string;
  readonly last: string;
}

/** A fictional person. */
export function person(rng: Rng): Person {
  return { first: pick(rng, FIRST_NAMES), middle: pick(rng, MIDDLE_INITIALS), last: pick(rng, LAST_NAMES) };
}

/** "Last, First" as PERM era C writes contact and attorney names. */
export function lastFirst(p: Person): string {
  return `${p.last}, ${p.first}`;
}

const FIRM_PATTERNS = [
  (a: string, b: string): string => `${a} & ${b} LLP`,
  (a: string): string => `${a} Immigration Law Group, PC`,
  (a: string): string => `Law Offices of ${a}, P.C.`,
  (a: string, b: string): string => `${a}, ${b} & Associates, LLC`,
  (a: string): string => `${a} Global Immigration Partners LLP`,
  (a: string, b: string): string => `${a} ${b} PLLC`,
];

/** A fictional immigration law firm name. */
export function lawFirmName(rng: Rng): string {
  const a = pick(rng, LAST_NAMES);
  let b = pick(rng, LAST_NAMES);
  if (b === a) b = pick(rng, LAST_NAMES);
  return pick(rng, FIRM_PATTERNS)(a, b);
}

/** Countries of citizenship with rough PERM weights. */
export const COUNTRIES: readonly (readonly [string, number])[] = [
  ["INDIA", 45], ["CHINA", 12], ["SOUTH KOREA", 5], ["CANADA", 3], ["MEXICO", 3], ["PHILIPPINES", 4],
  ["BRAZIL", 2], ["TAIWAN", 2], ["NEPAL", 1.5], ["PAKISTAN", 1.5], ["NIGERIA", 1.5], ["IRAN", 1.5],
  ["UNITED KINGDOM", 1.5], ["VIETNAM", 1.2], ["TURKEY", 1], ["BANGLADESH", 1], ["JAPAN", 1], ["FRANCE", 0.8],
  ["GERMANY", 0.8], ["COLOMBIA", 0.8], ["GUATEMALA", 0.8], ["EL SALVADOR", 0.6], ["ISRAEL", 0.5], ["EGYPT", 0.6],
  ["UKRAINE", 0.6], ["RUSSIA", 0.6], ["SRI LANKA", 0.5], ["ITALY", 0.5], ["SPAIN", 0.4], ["VENEZUELA", 0.6],
];

/** Classes of admission of PERM beneficiaries, with rough weights. */
export const CLASSES_OF_ADMISSION: readonly (readonly [string, number])[] = [
  ["H-1B", 70], ["L-1", 6], ["F-1", 6], ["Not in USA", 5], ["E-2", 1.5], ["TN", 2], ["H-4", 2], ["O-1", 1],
  ["J-1", 1], ["B-2", 1], ["E-3", 0.8], ["H-2B", 0.7], ["Parolee", 0.5],
];

/** One name from `[name, weight]` entries, by weight. */
export function weightedEntry(rng: Rng, entries: readonly (readonly [string, number])[]): string {
  return weightedPick(
    rng,
    entries.map((e) => e[0]),
    entries.map((e) => e[1]),
  );
}

/** Fields of study by occupation family. */
export const MAJORS_BY_FAMILY: Readonly<Record<string, readonly string[]>> = {
  software: ["Computer Science", "Computer Engineering", "Electrical Engineering", "Software Engineering"],
  it: ["Computer Science", "Information Systems", "Computer Applications", "Electronics and Communication"],
  data: ["Computer Science", "Statistics", "Mathematics", "Data Science", "Operations Research"],
  hardware: ["Electrical Engineering", "Computer Engineering", "Electronics Engineering"],
  engineering: ["Mechanical Engineering", "Civil Engineering", "Industrial Engineering", "Electrical Engineering"],
  business: ["Business Administration", "Marketing", "Economics", "Supply Chain Management"],
  finance: ["Finance", "Accounting", "Economics", "Financial Engineering", "Actuarial Science"],
  health: ["Nursing", "Medicine", "Physical Therapy"],
  science: ["Biology", "Biochemistry", "Molecular Biology", "Biomedical Engineering", "Chemistry"],
  academic: ["Medicine", "Computer Science", "Finance", "Public Health"],
  creative: ["Graphic Design", "Fine Arts", "Visual Communication"],
  legal: ["Law"],
  labor: [""],
};

/** Universities abroad: name, city, country. */
export const FOREIGN_UNIVERSITIES: readonly (readonly [string, string, string])[] = [
  ["Anna University", "Chennai", "INDIA"],
  ["Jawaharlal Nehru Technological University", "Hyderabad", "INDIA"],
  ["University of Mumbai", "Mumbai", "INDIA"],
  ["Visvesvaraya Technological University", "Belagavi", "INDIA"],
  ["Zhejiang University", "Hangzhou", "CHINA"],
  ["Wuhan University", "Wuhan", "CHINA"],
  ["Yonsei University", "Seoul", "SOUTH KOREA"],
  ["University of the Philippines", "Quezon City", "PHILIPPINES"],
  ["Universidad Nacional Autonoma de Mexico", "Mexico City", "MEXICO"],
  ["University of Lagos", "Lagos", "NIGERIA"],
];

/** U.S. universities: name, city, state. */
export const US_UNIVERSITIES: readonly (readonly [string, string, string])[] = [
  ["University of Southern California", "Los Angeles", "CA"],
  ["Northeastern University", "Boston", "MA"],
  ["Arizona State University", "Tempe", "AZ"],
  ["University of Texas at Dallas", "Richardson", "TX"],
  ["Carnegie Mellon University", "Pittsburgh", "PA"],
  ["Columbia University", "New York", "NY"],
  ["New York University", "New York", "NY"],
  ["University of Illinois at Urbana-Champaign", "Champaign", "IL"],
  ["Stevens Institute of Technology", "Hoboken", "NJ"],
  ["Purdue University", "West Lafayette", "IN"],
];

/** Fictional newspapers for recruitment advertisements. */
export const NEWSPAPERS = [
  "The Daily Ledger", "Metro Sunday Times", "The Evening Herald", "Valley Courier", "The Morning Gazette",
  "Harbor City Tribune",
];

/** Job search websites named in recruitment. */
export const JOB_SEARCH_SITES = ["Indeed", "LinkedIn", "Monster", "Dice", "CareerBuilder", "Glassdoor"];

/** Email of a person at a domain. */
export function emailOf(p: Person, domain: string): string {
  return `${p.first}.${p.last}@${domain}`.toLowerCase();
}

/** A U.S. phone number as the FLAG files write it: `+1` and ten digits. */
export function phoneNumber(rng: Rng): string {
  return `+1${randInt(rng, 201, 989)}${randInt(rng, 200, 999)}${String(randInt(rng, 0, 9999)).padStart(4, "0")}`;
}
