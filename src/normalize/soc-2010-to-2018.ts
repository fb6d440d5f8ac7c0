/**
 * Data for the SOC vintage bridge (see `soc-bridge.ts`): SOC-2010 codes, OFLC hybrid R&D/Non-R&D codes
 * and SOC-2000 computer codes mapped to SOC-2018, plus O*NET-SOC 2010 detail codes that moved to a
 * different SOC-2018 code than their parent.
 *
 * How it was built: the OFLC wage-library crosswalks `xwalk_plus.csv` of wage year 2020-21 (OES
 * SOC-2010/hybrid code <- O*NET-SOC 2010 code) and of a SOC-2018 wage year (OES SOC-2018 code <-
 * O*NET-SOC 2019 code) were joined on O*NET title (then O*NET code), and each SOC-2010 code that is
 * not a SOC-2018 code took the SOC-2018 code most of its O*NET occupations went to. Codes whose title
 * changed were matched by hand against the SOC-2018 titles; "judgement" marks the uncertain ones.
 * The ACWIA hybrid codes come from the wage library's ACWIA crosswalk. A SOC-2010 code that is still
 * a SOC-2018 code is never listed: a bare code cannot tell its vintage, so it maps to itself.
 * Where one code split into several, the comment names the codes left out.
 *
 * Invariant (tested): no target is itself a key, so bridging is idempotent.
 *
 * @module
 */

/**
 * SOC-2010, OFLC hybrid and SOC-2000 computer codes -> SOC-2018 code. Codes not listed are
 * unchanged. Comments read `old title -> new title (notes)`.
 *
 * @example
 * SOC_2010_TO_2018["15-1132"]; // => "15-1252"
 * SOC_2010_TO_2018["15-1252"]; // => undefined
 */
export const SOC_2010_TO_2018: Readonly<Record<string, string>> = Object.freeze({
  // SOC-2010 detailed occupations that do not exist in SOC-2018.
  "11-2031": "11-2032", // Public Relations and Fundraising Managers -> Public Relations Managers (split: 11-2033 Fundraising Managers)
  "11-3011": "11-3012", // Administrative Services Managers (split: 11-3013 Facilities Managers)
  "11-9061": "11-9171", // Funeral Service Managers -> Funeral Home Managers
  "13-2021": "13-2023", // Appraisers and Assessors of Real Estate
  "15-1111": "15-1221", // Computer and Information Research Scientists
  "15-1121": "15-1211", // Computer Systems Analysts
  "15-1122": "15-1212", // Information Security Analysts
  "15-1131": "15-1251", // Computer Programmers
  "15-1132": "15-1252", // Software Developers, Applications -> Software Developers (split: 15-1253, 15-1254)
  "15-1133": "15-1252", // Software Developers, Systems Software -> Software Developers
  "15-1134": "15-1254", // Web Developers
  "15-1141": "15-1242", // Database Administrators
  "15-1142": "15-1244", // Network and Computer Systems Administrators
  "15-1143": "15-1241", // Computer Network Architects
  "15-1151": "15-1232", // Computer User Support Specialists
  "15-1152": "15-1231", // Computer Network Support Specialists
  "15-1199": "15-1299", // Computer Occupations, All Other (split: 13-1161, 15-1243, 15-1255, 15-2051)
  "15-2091": "15-2099", // Mathematical Technicians -> Mathematical Science Occupations, All Other
  "19-3031": "19-3033", // Clinical, Counseling, and School Psychologists -> Clinical and Counseling Psychologists (split: 19-3034 School Psychologists)
  "19-4011": "19-4012", // Agricultural and Food Science Technicians -> Agricultural Technicians (split: 19-4013 Food Science Technicians)
  "19-4041": "19-4043", // Geological and Petroleum Technicians -> Geological Technicians, Except Hydrologic Technicians (split: 19-4044 Hydrologic Technicians)
  "19-4091": "19-4042", // Environmental Science and Protection Technicians, Including Health
  "19-4093": "19-4071", // Forest and Conservation Technicians
  "23-2091": "27-3092", // Court Reporters -> Court Reporters and Simultaneous Captioners
  "25-1191": "25-9044", // Graduate Teaching Assistants -> Teaching Assistants, Postsecondary
  "25-2052": "25-2056", // Special Education Teachers, Kindergarten and Elementary School -> Special Education Teachers, Elementary School (split: 25-2055 Kindergarten)
  "25-2053": "25-2057", // Special Education Teachers, Middle School
  "25-2054": "25-2058", // Special Education Teachers, Secondary School
  "25-4021": "25-4022", // Librarians -> Librarians and Media Collections Specialists
  "25-9011": "25-4022", // Audio-Visual and Multimedia Collections Specialists -> Librarians and Media Collections Specialists
  "25-9041": "25-9042", // Teacher Assistants -> Teaching Assistants, Preschool, Elementary, Middle, and Secondary School, Except Special Education (split: 25-9043, 25-9049)
  "27-3012": "27-3011", // Public Address System and Other Announcers -> Broadcast Announcers and Radio Disc Jockeys (judgement; could be 27-3099)
  "27-3021": "27-3023", // Broadcast News Analysts -> News Analysts, Reporters, and Journalists
  "27-3022": "27-3023", // Reporters and Correspondents -> News Analysts, Reporters, and Journalists
  "27-4013": "27-4099", // Radio Operators -> Media and Communication Equipment Workers, All Other (judgement)
  "29-1061": "29-1211", // Anesthesiologists
  "29-1062": "29-1215", // Family and General Practitioners -> Family Medicine Physicians
  "29-1063": "29-1216", // Internists, General -> General Internal Medicine Physicians
  "29-1064": "29-1218", // Obstetricians and Gynecologists
  "29-1065": "29-1221", // Pediatricians, General
  "29-1066": "29-1223", // Psychiatrists
  "29-1067": "29-1249", // Surgeons -> Surgeons, All Other (split: 29-1241..29-1248 specialty surgeons)
  "29-1069": "29-1229", // Physicians and Surgeons, All Other -> Physicians, All Other (split: 29-1213, 29-1217, 29-1222, 29-1224, 29-1241; see the O*NET detail table)
  "29-1199": "29-1299", // Health Diagnosing and Treating Practitioners, All Other -> Healthcare Diagnosing or Treating Practitioners, All Other (split: 29-1291 Acupuncturists)
  "29-2021": "29-1292", // Dental Hygienists
  "29-2041": "29-2042", // Emergency Medical Technicians and Paramedics -> Emergency Medical Technicians (split: 29-2043 Paramedics)
  "29-2054": "29-1126", // Respiratory Therapy Technicians -> Respiratory Therapists (judgement)
  "29-2071": "29-2072", // Medical Records and Health Information Technicians -> Medical Records Specialists (split: 29-9021 Health Information Technologists)
  "29-9011": "19-5011", // Occupational Health and Safety Specialists
  "29-9012": "19-5012", // Occupational Health and Safety Technicians
  "31-1011": "31-1121", // Home Health Aides
  "31-1013": "31-1133", // Psychiatric Aides
  "31-1014": "31-1131", // Nursing Assistants
  "31-1015": "31-1132", // Orderlies
  "35-3021": "35-3023", // Combined Food Preparation and Serving Workers, Including Fast Food -> Fast Food and Counter Workers
  "35-3022": "35-3023", // Counter Attendants, Cafeteria, Food Concession, and Coffee Shop -> Fast Food and Counter Workers
  "39-1011": "39-1013", // Gaming Supervisors -> First-Line Supervisors of Gambling Services Workers
  "39-1012": "39-1013", // Slot Supervisors -> First-Line Supervisors of Gambling Services Workers
  "39-1021": "39-1022", // First-Line Supervisors of Personal Service Workers (split: 11-9179)
  "39-9021": "31-1122", // Personal Care Aides
  "41-3099": "41-3091", // Sales Representatives, Services, All Other -> Sales Representatives of Services, Except Advertising, Insurance, Financial Services, and Travel
  "43-5081": "53-7065", // Stock Clerks and Order Fillers -> Stockers and Order Fillers
  "43-9011": "43-9199", // Computer Operators -> Office and Administrative Support Workers, All Other (judgement)
  "45-3011": "45-3031", // Fishers and Related Fishing Workers -> Fishing and Hunting Workers
  "45-3021": "45-3031", // Hunters and Trappers -> Fishing and Hunting Workers
  "47-5021": "47-5023", // Earth Drillers, Except Oil and Gas
  "47-5031": "47-5032", // Explosives Workers, Ordnance Handling Experts, and Blasters
  "47-5042": "47-5049", // Mine Cutting and Channeling Machine Operators -> Underground Mining Machine Operators, All Other
  "47-5061": "47-5043", // Roof Bolters, Mining
  "49-9093": "51-6099", // Fabric Menders, Except Garment -> Textile, Apparel, and Furnishings Workers, All Other (judgement)
  "51-2091": "51-2051", // Fiberglass Laminators and Fabricators
  "51-2093": "51-2061", // Timing Device Assemblers and Adjusters
  "51-4011": "51-9161", // Computer-Controlled Machine Tool Operators, Metal and Plastic -> Computer Numerically Controlled Tool Operators
  "51-4012": "51-9162", // Computer Numerically Controlled Machine Tool Programmers, Metal and Plastic -> Computer Numerically Controlled Tool Programmers
  "51-9121": "51-9124", // Coating, Painting, and Spraying Machine Setters, Operators, and Tenders
  "51-9122": "51-9124", // Painters, Transportation Equipment -> Coating, Painting, and Spraying Machine Setters, Operators, and Tenders
  "53-1011": "53-1041", // Aircraft Cargo Handling Supervisors
  "53-1021": "53-1042", // First-Line Supervisors of Helpers, Laborers, and Material Movers, Hand
  "53-1031": "53-1043", // First-Line Supervisors of Transportation and Material-Moving Machine and Vehicle Operators -> First-Line Supervisors of Material-Moving Machine and Vehicle Operators (split: 53-1044, 53-1049)
  "53-3021": "53-3052", // Bus Drivers, Transit and Intercity
  "53-3022": "53-3051", // Bus Drivers, School or Special Client -> Bus Drivers, School
  "53-3041": "53-3053", // Taxi Drivers and Chauffeurs -> Shuttle Drivers and Chauffeurs (split: 53-3054 Taxi Drivers)
  "53-4012": "53-4022", // Locomotive Firers -> Railroad Brake, Signal, and Switch Operators and Locomotive Firers
  "53-4021": "53-4022", // Railroad Brake, Signal, and Switch Operators -> Railroad Brake, Signal, and Switch Operators and Locomotive Firers
  "53-7032": "47-5022", // Excavating and Loading Machine and Dragline Operators -> Excavating and Loading Machine and Dragline Operators, Surface Mining (split: construction excavators went elsewhere)
  "53-7033": "47-5044", // Loading Machine Operators, Underground Mining -> Loading and Moving Machine Operators, Underground Mining
  "53-7111": "47-5044", // Mine Shuttle Car Operators -> Loading and Moving Machine Operators, Underground Mining
  // OFLC hybrid R&D / Non-R&D codes of the SOC-2010 wage years (xwalk_plus 2020-21).
  "15-1022": "15-1251", // Computer Programmers, Non R&D -> Computer Programmers
  "15-1023": "15-1251", // Computer Programmers, R&D -> Computer Programmers
  "15-1034": "15-1252", // Software Developers, Applications, Non R&D -> Software Developers
  "15-1035": "15-1252", // Software Developers, Applications, R&D -> Software Developers
  "15-1036": "15-1252", // Software Developers, Systems Software, Non R&D -> Software Developers
  "15-1037": "15-1252", // Software Developers, Systems Software, R&D -> Software Developers
  "15-1052": "15-1211", // Computer Systems Analysts, Non R&D -> Computer Systems Analysts
  "15-1053": "15-1211", // Computer Systems Analysts, R&D -> Computer Systems Analysts
  "15-1054": "15-1241", // Computer Network Architects, Non R&D -> Computer Network Architects
  "15-1055": "15-1241", // Computer Network Architects, R&D -> Computer Network Architects
  "17-2052": "17-2051", // Civil Engineers, Non-R&D -> Civil Engineers
  "17-2053": "17-2051", // Civil Engineers, R&D -> Civil Engineers
  "17-2062": "17-2061", // Computer Hardware Engineers, Non-R&D -> Computer Hardware Engineers
  "17-2063": "17-2061", // Computer Hardware Engineers, R&D -> Computer Hardware Engineers
  "17-2073": "17-2071", // Electrical Engineers, Non-R&D -> Electrical Engineers
  "17-2074": "17-2071", // Electrical Engineers, R&D -> Electrical Engineers
  "17-2075": "17-2072", // Electronics Engineers, Except Computer, Non-R&D -> Electronics Engineers, Except Computer
  "17-2076": "17-2072", // Electronics Engineers, Except Computer, R&D -> Electronics Engineers, Except Computer
  "17-2143": "17-2141", // Mechanical Engineers, Non-R&D -> Mechanical Engineers
  "17-2144": "17-2141", // Mechanical Engineers, R&D -> Mechanical Engineers
  // OFLC ACWIA hybrid R&D / Non-R&D codes of the SOC-2018 wage years (ACWIA crosswalk).
  "15-1217": "15-1211", // Computer Systems Analysts Non R&D -> Computer Systems Analysts
  "15-1218": "15-1211", // Computer Systems Analysts R&D -> Computer Systems Analysts
  "15-1247": "15-1241", // Computer Network Architects Non R&D -> Computer Network Architects
  "15-1248": "15-1241", // Computer Network Architects R&D -> Computer Network Architects
  "15-1293": "15-1251", // Computer Programmers Non R&D -> Computer Programmers
  "15-1294": "15-1251", // Computer Programmers R&D -> Computer Programmers
  "15-1295": "15-1252", // Software Developers Non R&D -> Software Developers
  "15-1296": "15-1252", // Software Developers R&D -> Software Developers
  "15-1297": "15-1253", // Software Quality Assurance Analysts and Testers Non R&D -> Software Quality Assurance Analysts and Testers
  "15-1298": "15-1253", // Software Quality Assurance Analysts and Testers R&D -> Software Quality Assurance Analysts and Testers
  // SOC-2000 computer occupations (FY2008-FY2010 filings and the 2005-2010 wage years). Not in the
  // samples: from the published SOC-2000 titles. No SOC-2010 or SOC-2018 code starts with 15-10.
  "15-1011": "15-1221", // Computer and Information Scientists, Research
  "15-1021": "15-1251", // Computer Programmers
  "15-1031": "15-1252", // Computer Software Engineers, Applications -> Software Developers
  "15-1032": "15-1252", // Computer Software Engineers, Systems Software -> Software Developers
  "15-1041": "15-1232", // Computer Support Specialists -> Computer User Support Specialists (split: 15-1231)
  "15-1051": "15-1211", // Computer Systems Analysts
  "15-1061": "15-1242", // Database Administrators
  "15-1071": "15-1244", // Network and Computer Systems Administrators
  "15-1081": "15-1241", // Network Systems and Data Communications Analysts -> Computer Network Architects (split: 15-1212, 15-1244, 15-1299)
  "15-1099": "15-1299", // Computer Specialists, All Other -> Computer Occupations, All Other
});

/**
 * O*NET-SOC 2010 detail codes (`NN-NNNN.NN`) whose occupation went to a different SOC-2018 code
 * than `SOC_2010_TO_2018` gives for the parent code. None of these O*NET codes exists in O*NET-SOC
 * 2019, so a newer detail code is never caught by mistake.
 *
 * @example
 * O_NET_2010_DETAIL_TO_2018["15-1199.01"]; // => "15-1253"
 * O_NET_2010_DETAIL_TO_2018["15-1199.02"]; // => undefined
 */
export const O_NET_2010_DETAIL_TO_2018: Readonly<Record<string, string>> = Object.freeze({
  "11-9039.02": "11-9179", // Fitness and Wellness Coordinators -> Personal Service Managers, All Other
  "11-9199.03": "11-3031", // Investment Fund Managers -> Financial Managers
  "11-9199.04": "11-3071", // Supply Chain Managers -> Transportation, Storage, and Distribution Managers
  "11-9199.07": "11-3013", // Security Managers -> Facilities Managers
  "13-1199.01": "47-4011", // Energy Auditors -> Construction and Building Inspectors
  "13-1199.03": "13-1041", // Customs Brokers -> Compliance Officers
  "15-1199.01": "15-1253", // Software Quality Assurance Engineers and Testers -> Software Quality Assurance Analysts and Testers
  "15-1199.06": "15-1243", // Database Architects
  "15-1199.07": "15-1243", // Data Warehousing Specialists -> Database Architects
  "15-1199.08": "15-2051", // Business Intelligence Analysts -> Data Scientists
  "15-1199.10": "13-1161", // Search Marketing Strategists -> Market Research Analysts and Marketing Specialists
  "15-1199.11": "15-1255", // Video Game Designers -> Web and Digital Interface Designers
  "15-2041.02": "15-2051", // Clinical Data Managers -> Data Scientists
  "17-2081.01": "17-2051", // Water/Wastewater Engineers -> Civil Engineers
  "17-2199.02": "17-2112", // Validation Engineers -> Industrial Engineers
  "17-2199.04": "17-2112", // Manufacturing Engineers -> Industrial Engineers
  "19-3031.01": "19-3034", // School Psychologists
  "19-4011.02": "19-4013", // Food Science Technicians
  "19-4099.02": "19-4012", // Precision Agriculture Technicians -> Agricultural Technicians
  "25-3099.02": "25-3041", // Tutors
  "29-1069.02": "29-1213", // Dermatologists
  "29-1069.04": "29-1217", // Neurologists
  "29-1069.06": "29-1241", // Ophthalmologists -> Ophthalmologists, Except Pediatric
  "29-1069.07": "29-1222", // Pathologists -> Physicians, Pathologists
  "29-1069.10": "29-1224", // Radiologists
  "29-1125.01": "29-1129", // Art Therapists -> Therapists, All Other
  "29-1125.02": "29-1129", // Music Therapists -> Therapists, All Other
  "29-1199.01": "29-1291", // Acupuncturists
  "29-2099.07": "29-9093", // Surgical Assistants
  "39-1021.01": "11-9179", // Spa Managers -> Personal Service Managers, All Other
  "43-4051.03": "29-2099", // Patient Representatives -> Health Technologists and Technicians, All Other
  "43-9111.01": "15-2099", // Bioinformatics Technicians -> Mathematical Science Occupations, All Other
  "47-4099.02": "47-2152", // Solar Thermal Installers and Technicians -> Plumbers, Pipefitters, and Steamfitters
  "51-8099.03": "51-8013", // Biomass Plant Technicians -> Power Plant Operators
  "51-8099.04": "51-8013", // Hydroelectric Plant Technicians -> Power Plant Operators
  "51-9199.01": "53-7062", // Recycling and Reclamation Workers -> Laborers and Freight, Stock, and Material Movers, Hand
});
