/** A real U.S. place used for employer headquarters and worksites (city, county, ZIP, BLS area). */
export interface Place {
  readonly city: string;
  readonly county: string;
  readonly state: string;
  /** A real 5-digit ZIP code of the city; others are derived by adding small offsets. */
  readonly zip: string;
  /** OFLC/BLS area (CBSA) code and title. */
  readonly blsAreaCode: string;
  readonly blsArea: string;
  /** Wage level relative to the national median. */
  readonly wageFactor: number;
  /** Rough share of the country's professional sponsorship activity (sampling weight for worksites). */
  readonly weight: number;
}

const p = (
  city: string, county: string, state: string, zip: string, blsAreaCode: string, blsArea: string,
  wageFactor: number, weight: number,
): Place => ({ city, county, state, zip, blsAreaCode, blsArea, wageFactor, weight });

/** Places of the generator's world. */
export const PLACES: readonly Place[] = [
  p("SEATTLE", "KING", "WA", "98101", "42660", "Seattle-Tacoma-Bellevue, WA", 1.22, 8),
  p("REDMOND", "KING", "WA", "98052", "42660", "Seattle-Tacoma-Bellevue, WA", 1.22, 5),
  p("BELLEVUE", "KING", "WA", "98004", "42660", "Seattle-Tacoma-Bellevue, WA", 1.22, 3),
  p("SAN JOSE", "SANTA CLARA", "CA", "95110", "41940", "San Jose-Sunnyvale-Santa Clara, CA", 1.32, 6),
  p("SUNNYVALE", "SANTA CLARA", "CA", "94085", "41940", "San Jose-Sunnyvale-Santa Clara, CA", 1.32, 4),
  p("SANTA CLARA", "SANTA CLARA", "CA", "95054", "41940", "San Jose-Sunnyvale-Santa Clara, CA", 1.32, 4),
  p("MOUNTAIN VIEW", "SANTA CLARA", "CA", "94043", "41940", "San Jose-Sunnyvale-Santa Clara, CA", 1.32, 4),
  p("SAN FRANCISCO", "SAN FRANCISCO", "CA", "94105", "41860", "San Francisco-Oakland-Hayward, CA", 1.3, 6),
  p("LOS ANGELES", "LOS ANGELES", "CA", "90017", "31080", "Los Angeles-Long Beach-Anaheim, CA", 1.08, 4),
  p("IRVINE", "ORANGE", "CA", "92618", "31080", "Los Angeles-Long Beach-Anaheim, CA", 1.08, 2),
  p("SAN DIEGO", "SAN DIEGO", "CA", "92121", "41740", "San Diego-Carlsbad, CA", 1.08, 3),
  p("NEW YORK", "NEW YORK", "NY", "10001", "35620", "New York-Newark-Jersey City, NY-NJ-PA", 1.2, 8),
  p("JERSEY CITY", "HUDSON", "NJ", "07302", "35620", "New York-Newark-Jersey City, NY-NJ-PA", 1.2, 3),
  p("EDISON", "MIDDLESEX", "NJ", "08837", "35620", "New York-Newark-Jersey City, NY-NJ-PA", 1.2, 3),
  p("PRINCETON", "MERCER", "NJ", "08540", "45940", "Trenton, NJ", 1.1, 2),
  p("BOSTON", "SUFFOLK", "MA", "02110", "14460", "Boston-Cambridge-Newton, MA-NH", 1.15, 4),
  p("CAMBRIDGE", "MIDDLESEX", "MA", "02139", "14460", "Boston-Cambridge-Newton, MA-NH", 1.15, 4),
  p("CHICAGO", "COOK", "IL", "60601", "16980", "Chicago-Naperville-Elgin, IL-IN-WI", 1.02, 5),
  p("AUSTIN", "TRAVIS", "TX", "78701", "12420", "Austin-Round Rock, TX", 1.02, 4),
  p("DALLAS", "DALLAS", "TX", "75201", "19100", "Dallas-Fort Worth-Arlington, TX", 0.98, 4),
  p("IRVING", "DALLAS", "TX", "75039", "19100", "Dallas-Fort Worth-Arlington, TX", 0.98, 3),
  p("PLANO", "COLLIN", "TX", "75024", "19100", "Dallas-Fort Worth-Arlington, TX", 0.98, 3),
  p("HOUSTON", "HARRIS", "TX", "77002", "26420", "Houston-The Woodlands-Sugar Land, TX", 0.97, 3),
  p("ATLANTA", "FULTON", "GA", "30303", "12060", "Atlanta-Sandy Springs-Roswell, GA", 0.97, 3),
  p("CHARLOTTE", "MECKLENBURG", "NC", "28202", "16740", "Charlotte-Concord-Gastonia, NC-SC", 0.96, 3),
  p("RALEIGH", "WAKE", "NC", "27601", "39580", "Raleigh, NC", 0.97, 2),
  p("DURHAM", "DURHAM", "NC", "27701", "20500", "Durham-Chapel Hill, NC", 0.97, 2),
  p("WASHINGTON", "DISTRICT OF COLUMBIA", "DC", "20001", "47900", "Washington-Arlington-Alexandria, DC-VA-MD-WV", 1.12, 3),
  p("ARLINGTON", "ARLINGTON", "VA", "22201", "47900", "Washington-Arlington-Alexandria, DC-VA-MD-WV", 1.12, 3),
  p("HERNDON", "FAIRFAX", "VA", "20171", "47900", "Washington-Arlington-Alexandria, DC-VA-MD-WV", 1.12, 2),
  p("PHILADELPHIA", "PHILADELPHIA", "PA", "19103", "37980", "Philadelphia-Camden-Wilmington, PA-NJ-DE-MD", 1.02, 2),
  p("PITTSBURGH", "ALLEGHENY", "PA", "15222", "38300", "Pittsburgh, PA", 0.93, 2),
  p("DETROIT", "WAYNE", "MI", "48226", "19820", "Detroit-Warren-Dearborn, MI", 0.95, 2),
  p("ANN ARBOR", "WASHTENAW", "MI", "48104", "11460", "Ann Arbor, MI", 0.97, 1),
  p("MINNEAPOLIS", "HENNEPIN", "MN", "55401", "33460", "Minneapolis-St. Paul-Bloomington, MN-WI", 1.0, 2),
  p("ROCHESTER", "OLMSTED", "MN", "55902", "40340", "Rochester, MN", 0.95, 1),
  p("COLUMBUS", "FRANKLIN", "OH", "43215", "18140", "Columbus, OH", 0.93, 2),
  p("CLEVELAND", "CUYAHOGA", "OH", "44114", "17460", "Cleveland-Elyria, OH", 0.92, 1),
  p("DENVER", "DENVER", "CO", "80202", "19740", "Denver-Aurora-Lakewood, CO", 1.03, 2),
  p("PHOENIX", "MARICOPA", "AZ", "85004", "38060", "Phoenix-Mesa-Scottsdale, AZ", 0.96, 2),
  p("SALT LAKE CITY", "SALT LAKE", "UT", "84101", "41620", "Salt Lake City, UT", 0.95, 1),
  p("PORTLAND", "MULTNOMAH", "OR", "97204", "38900", "Portland-Vancouver-Hillsboro, OR-WA", 1.02, 1),
  p("HILLSBORO", "WASHINGTON", "OR", "97124", "38900", "Portland-Vancouver-Hillsboro, OR-WA", 1.02, 2),
  p("MIAMI", "MIAMI-DADE", "FL", "33131", "33100", "Miami-Fort Lauderdale-West Palm Beach, FL", 0.93, 2),
  p("TAMPA", "HILLSBOROUGH", "FL", "33602", "45300", "Tampa-St. Petersburg-Clearwater, FL", 0.9, 1),
  p("JACKSONVILLE", "DUVAL", "FL", "32202", "27260", "Jacksonville, FL", 0.9, 1),
  p("NASHVILLE", "DAVIDSON", "TN", "37203", "34980", "Nashville-Davidson--Murfreesboro--Franklin, TN", 0.92, 1),
  p("ST. LOUIS", "ST. LOUIS CITY", "MO", "63101", "41180", "St. Louis, MO-IL", 0.91, 1),
  p("KANSAS CITY", "JACKSON", "MO", "64105", "28140", "Kansas City, MO-KS", 0.91, 1),
  p("INDIANAPOLIS", "MARION", "IN", "46204", "26900", "Indianapolis-Carmel-Anderson, IN", 0.9, 1),
  p("MILWAUKEE", "MILWAUKEE", "WI", "53202", "33340", "Milwaukee-Waukesha-West Allis, WI", 0.92, 1),
  p("BALTIMORE", "BALTIMORE CITY", "MD", "21201", "12580", "Baltimore-Columbia-Towson, MD", 1.0, 1),
  p("HARTFORD", "HARTFORD", "CT", "06103", "25540", "Hartford-West Hartford-East Hartford, CT", 1.0, 1),
  p("OMAHA", "DOUGLAS", "NE", "68102", "36540", "Omaha-Council Bluffs, NE-IA", 0.88, 1),
  p("DES MOINES", "POLK", "IA", "50309", "19780", "Des Moines-West Des Moines, IA", 0.9, 1),
  p("SPRINGDALE", "WASHINGTON", "AR", "72764", "22220", "Fayetteville-Springdale-Rogers, AR-MO", 0.82, 1),
  p("GAINESVILLE", "HALL", "GA", "30501", "23580", "Gainesville, GA", 0.82, 1),
];

/** Full state names, for rows that spell the state out (a real quirk). */
export const STATE_NAMES: Readonly<Record<string, string>> = {
  WA: "WASHINGTON", CA: "CALIFORNIA", NY: "NEW YORK", NJ: "NEW JERSEY", MA: "MASSACHUSETTS", IL: "ILLINOIS",
  TX: "TEXAS", GA: "GEORGIA", NC: "NORTH CAROLINA", DC: "DISTRICT OF COLUMBIA", VA: "VIRGINIA",
  PA: "PENNSYLVANIA", MI: "MICHIGAN", MN: "MINNESOTA", OH: "OHIO", CO: "COLORADO", AZ: "ARIZONA", UT: "UTAH",
  OR: "OREGON", FL: "FLORIDA", TN: "TENNESSEE", MO: "MISSOURI", IN: "INDIANA", WI: "WISCONSIN", MD: "MARYLAND",
  CT: "CONNECTICUT", NE: "NEBRASKA", IA: "IOWA", AR: "ARKANSAS",
};

/** Misspelled full state names seen in real rows, by state code. */
export const STATE_TYPOS: Readonly<Record<string, string>> = {
  NY: "NEWYORK",
  MA: "MASSACHUSETTES",
  NJ: "NEWJERSEY",
  CA: "CALIFORINA",
  PA: "PENNSYLVANNIA",
};

/** Name of each state's highest court (LCA `NAME_OF_HIGHEST_STATE_COURT`), by state code. */
export const STATE_COURTS: Readonly<Record<string, string>> = {
  NY: "New York Court of Appeals",
  CA: "Supreme Court of California",
  TX: "Supreme Court of Texas",
  IL: "Supreme Court of Illinois",
  NJ: "Supreme Court of New Jersey",
  MA: "Supreme Judicial Court of Massachusetts",
  WA: "Washington Supreme Court",
  GA: "Supreme Court of Georgia",
  VA: "Supreme Court of Virginia",
  DC: "District of Columbia Court of Appeals",
  FL: "Supreme Court of Florida",
  PA: "Supreme Court of Pennsylvania",
  MD: "Maryland Court of Appeals",
  OH: "Supreme Court of Ohio",
  MI: "Michigan Supreme Court",
  NC: "Supreme Court of North Carolina",
  CO: "Colorado Supreme Court",
  MN: "Minnesota Supreme Court",
};
