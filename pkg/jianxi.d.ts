/* tslint:disable */
/* eslint-disable */
/** A calendar date, "YYYY-MM-DD". */
export type DateString = string;
/** An amount of yuan as a decimal string with two places, e.g. "1400.00". */
export type MoneyString = string;
/** A decimal written as a string, e.g. "49.9" or "0.5". */
export type DecimalString = string;
/** The id of a jurisdiction in the loaded data (`formSpec().jurisdictions` lists them). */
export type ProvinceId = string;
// generated: names (from the answer! and string_enum! declarations in src/; `JIANXI_WRITE_TYPES=1 cargo test --test typescript` writes it)
/** An education level, as the self-check and the policy files name it. */
export type Education = "doctorate" | "master" | "bachelor" | "juniorCollege" | "technicianSenior" | "technicianPreparatory" | "specialVocational" | "secondaryVocational" | "none";
/** How sure the data is of a document. */
export type Confidence = "seed" | "confirmed" | "reported";
/** Pinyin of a province-level division. */
export type HukouProvince = "beijing" | "tianjin" | "hebei" | "shanxi" | "neimenggu" | "liaoning" | "jilin" | "heilongjiang" | "shanghai" | "jiangsu" | "zhejiang" | "anhui" | "fujian" | "jiangxi" | "shandong" | "henan" | "hubei" | "hunan" | "guangdong" | "guangxi" | "hainan" | "chongqing" | "sichuan" | "guizhou" | "yunnan" | "xizang" | "shaanxi" | "gansu" | "qinghai" | "ningxia" | "xinjiang" | "taiwan" | "xianggang" | "aomen";
/** The stable code of an error (README.md says what each means). */
export type ErrorCode = "NOT_AN_OBJECT" | "MISSING_FIELD" | "WRONG_TYPE" | "INVALID_DATE" | "INVALID_NUMBER" | "OUT_OF_RANGE" | "UNKNOWN_VALUE" | "UNKNOWN_FIELD" | "TOO_LONG" | "INCONSISTENT" | "UNKNOWN_PROVINCE" | "NO_RULE_FOR_DATE" | "NO_CALENDAR" | "NO_MINIMUM_WAGE" | "TIER_REQUIRED" | "POLICY_INVALID" | "NO_POLICY_DATA" | "INTERNAL";
/** An intern's outcome as named in the input (and in the answer's `interns`), before its date and contract are read. */
export type Outcome = "inProgress" | "completed" | "retained" | "leftEarly" | "hiredEarly";
/** How `loadPolicies` treats the data in force. */
export type LoadMode = "extend" | "replace";
// end generated: names

/** Thrown by every function on bad input: a JS Error with these fields. */
export interface JianxiError extends Error {
    code: ErrorCode;
    /** Path of the field, e.g. "internList[3].outcomeDate"; "" for the whole input. */
    field: string;
    /** The field without positions, e.g. "internList.outcomeDate": a stable key to map to a page's own label. */
    fieldKey: string;
    /** Chinese message. */
    message: string;
    messageEn: string;
}

// generated: answer pieces (from the answer! and string_enum! declarations in src/; `JIANXI_WRITE_TYPES=1 cargo test --test typescript` writes it)
/** A text in Chinese and English. */
export interface Text {
    zh: string;
    en: string;
}
/** A message with a stable code. */
export interface Msg {
    code: string;
    zh: string;
    en: string;
}
/** A source with its document number spelled out, ready to show. */
export interface Cited {
    /** Document id in the policy data. */
    document: string;
    /** Official number, e.g. "豫人社函〔2023〕138号". */
    number: string;
    clause: string;
    quote: string;
    /** A remark on the quote or the figure (a misprint in the text, a date known only roughly), in both languages. */
    note?: Text;
    /** Where the text is open to more than one reading: the product's reading (解读), marked as such. */
    reading?: Text;
    confidence: Confidence;
}
/** A document an answer rests on. */
export interface DocRef {
    id: string;
    jurisdiction: string;
    number: string;
    title: string;
    issuedOn: DateString | null;
    validFrom: DateString;
    validUntil: DateString | null;
    speaksUntil: DateString;
}
/** Which documents an answer rests on, and what it must say about time. */
export interface Basis {
    documents: DocRef[];
    warnings: Msg[];
    /** True when the date asked about is past every period the documents speak of: the answer is that of the documents' year, to be confirmed locally. */
    beyondHorizon: boolean;
    /** Figures the answer uses that the documents do not state (minimum wages), each with its document and confidence. */
    figures: Cited[];
}
/** Something the intern gets, or a note for the employer, with its source. */
export interface ItemOut {
    key: string;
    text: Text;
    source: Cited;
}
// end generated: answer pieces

// ---------------------------------------------------------------- self-check
export interface EligibilityInput {
    province: ProvinceId;
    /** The date the answer is for (usually today). */
    asOf: DateString;
    birthDate?: DateString | null;
    education?: Education | null;
    leftSchoolOn?: DateString | null;
    employed?: boolean | null;
    registeredUnemployed?: boolean | null;
    hukouProvince?: HukouProvince | null;
    /** Hunan: the county is a hard/remote area, an old industrial base or a county lifted out of poverty. */
    hardshipArea?: boolean | null;
    /** Ningxia: what you pay each month as a flexible worker, for the social-insurance subsidy estimate. */
    socialInsuranceMonthly?: string | number | null;
    /** Still a pupil or student. Asked (in `missing`) only when no leaving date or registration settles it. */
    inSchool?: boolean | null;
    /** The county; Hunan: settles the 中职 question where the data records that the county has extended the plan. */
    county?: string | null;
}
// generated: self-check (from the answer! and string_enum! declarations in src/; `JIANXI_WRITE_TYPES=1 cargo test --test typescript` writes it)
/** The kind of a condition (a rule kind of the policy data). */
export type ConditionKind = "education" | "leftSchoolWithin" | "ageBetween" | "notEmployed" | "registeredUnemployed" | "hukou" | "hardshipArea" | "notInSchool";
export interface ConditionResult {
    kind: ConditionKind;
    status: "passed" | "failed" | "unknown";
    detail: Msg;
    /** The input field that would settle an unknown condition. */
    missing?: keyof EligibilityInput;
    source: Cited;
}
export interface CategoryResult {
    id: string;
    name: Text;
    status: "met" | "notMet" | "unknown";
    note?: Text;
    conditions: ConditionResult[];
}
export interface SocialInsuranceOut {
    /** The heading and the question for what the person pays, in the province's words (from its file). */
    title: Text;
    question: Text;
    share: string;
    maxMonths: number;
    minInternshipMonths: number;
    conditions: Msg;
    monthlyEstimate: MoneyString | null;
    maxTotalEstimate: MoneyString | null;
    source: Cited;
    /** What the text leaves open about how long the subsidy runs (Ningxia: perhaps until 2023-12-31). */
    periodNote: Msg | null;
    periodSource: Cited | null;
}
export interface ZoneOut {
    name: Text;
    url: string | null;
    /** False where the text names a place of information only (Yunnan's 主题专栏), not an application channel. */
    takesApplications: boolean;
    source: Cited;
}
export interface ApplyOut {
    zone: ZoneOut | null;
    /** Only where the text sets a review time for young people's own applications (Gansu, Hunan); null for an ineligible answer. */
    reviewWorkingDays: number | null;
    /** The date by which an application made on asOf must be reviewed. */
    reviewDeadline: DateString | null;
    /** The deadline is counted on weekdays only in a year whose holidays are not published (see reviewNote). */
    reviewProvisional: boolean;
    /** PROVISIONAL_CALENDAR, or NO_REVIEW_TIME_FOR_YOUTH where only employers' applications have a review time. */
    reviewNote?: Msg;
    /** The clause of the review time; with NO_REVIEW_TIME_FOR_YOUTH, the clause that sets it for employers. */
    reviewSource: Cited | null;
}
export interface EligibilityResult {
    /** true, false, or null when the answer needs more information. */
    eligible: boolean | null;
    verdict: "eligible" | "notEligible" | "cannotTell";
    /** The verdict in words (code = verdict); past the documents' horizon it names their year: "按2023年的规定：可以参加就业见习". */
    verdictLine: Msg;
    province: string;
    provinceName: Text;
    asOf: DateString;
    basis: Basis;
    categories: CategoryResult[];
    /** Input fields whose answer would settle a category still open. */
    missing: (keyof EligibilityInput)[];
    /** The questions that can matter under the answers given: those of every category not already ruled out by another condition (a form shows these besides the ones `formSpec` marks `always`), and `socialInsuranceMonthly` where that subsidy applies. */
    ask: (keyof EligibilityInput)[];
    whatWouldChange: Msg[];
    internGets: ItemOut[];
    socialInsuranceSubsidy: SocialInsuranceOut | null;
    apply: ApplyOut;
}
// end generated: self-check

// ---------------------------------------------------------------- estimate
export interface InternInput {
    name?: string | null;
    /** Defaults to the estimate's startDate. */
    startDate?: DateString | null;
    /** Defaults to the estimate's months (1–24). */
    months?: number | null;
    tier?: number | null;
    /** Defaults to "inProgress". */
    outcome?: Outcome | null;
    /** leftEarly / hiredEarly: the first day no longer an intern. */
    outcomeDate?: DateString | null;
    /** hiredEarly: length of the labour contract in months. */
    contractMonths?: number | null;
    /** hiredEarly: social insurance is paid. */
    socialInsurance?: boolean | null;
}
/** Where the notice leaves the standard open: an amount per intern per month, or a share of the minimum wage. */
export interface LocalStandard {
    baseAmount?: string | number | null;
    basePercent?: string | number | null;
    raisedAmount?: string | number | null;
    raisedPercent?: string | number | null;
}
export interface EstimateInputCommon {
    province: ProvinceId;
    /** Minimum-wage tier, from 1; needed where the subsidy is a share of the minimum wage. */
    tier?: number | null;
    /** Instead of tier, where the county lists are known (Gansu, Ningxia). */
    county?: string | null;
    startDate: DateString;
    /** Agreed length in months, 1–24; outside the notices' "usually 3–12" a MONTHS_OUTSIDE_USUAL warning. */
    months: number;
    localStandard?: LocalStandard | null;
    /** Batch mode: list rows that fail are reported in `rejectedRows` and left out instead of throwing. */
    skipInvalidRows?: boolean | null;
}
export interface CohortInput extends EstimateInputCommon {
    interns: number;
    /** How many were retained at the end. Left out (or null): the outcomes are not known yet, so the
     * retention threshold stays open (`retentionRate.meetsThreshold` null, the interns counted in
     * `inProgress`, `retentionDifference` and `total` null); never read as 0 retained. */
    retained?: number | null;
    internList?: undefined;
}
export interface ListInput extends EstimateInputCommon { internList: InternInput[]; interns?: undefined; retained?: undefined; }
export type EstimateInput = CohortInput | ListInput;
// generated: estimate (from the answer! and string_enum! declarations in src/; `JIANXI_WRITE_TYPES=1 cargo test --test typescript` writes it)
export interface StandardOut {
    kind: "fixed" | "increment" | "minimumWageShare" | "local";
    amount: MoneyString | null;
    percent: DecimalString | null;
    /** True when the figure is the user's local standard, not the document's. */
    supplied: boolean;
    /** True when the document leaves the figure open and none was supplied. */
    required: boolean;
    note: Text | null;
    source: Cited | null;
    /** STANDARD_OF_DOCUMENT_YEAR: months fall past the period the document speaks of; the figure is that year's standard, to be confirmed locally. */
    horizonNote: Msg | null;
}
export interface MonthRow {
    /** The calendar month in which these internship months begin, "YYYY-MM". */
    month: string;
    from: DateString;
    to: DateString;
    /** The minimum wage used, when one applies and is the same for every intern this month. */
    minimumWage: MoneyString | null;
    /** The minimum wage's document and confidence (also a MINIMUM_WAGE_SOURCE note). */
    minimumWageSource: Cited | null;
    /** The base amount per intern for a full month, when the same for every intern. */
    perInternBase: MoneyString | null;
    /** Interns active in this month. */
    interns: number;
    /** Intern-months paid (fractions for part months). */
    internMonths: DecimalString;
    amount: MoneyString | null;
    /** The retention difference for this month, paid once after the internship. */
    difference: MoneyString | null;
    formula: string | null;
    notes: Msg[];
}
/** The retention rate counted one way. */
export interface RetentionReading {
    /** Who is in the denominator: all the unit's interns, or those who completed (the form's 完成见习人数). */
    id: "allInterns" | "completedInterns";
    numerator: number;
    denominator: number;
    percent: DecimalString;
    meetsThreshold: boolean | null;
    text: Text;
    source: Cited;
}
export interface RetentionOut {
    /** The first reading's figures (the only one where the document defines the rate). */
    numerator: number;
    denominator: number;
    /** Still in their internship: not counted as retained yet. */
    inProgress: number;
    percent: DecimalString;
    thresholdPercent: DecimalString | null;
    /** true/false, or null while interns in progress could still change it, or when the readings disagree. */
    meetsThreshold: boolean | null;
    /** The jurisdiction's own statement of how the rate is counted (or that its document does not say). */
    definition: Msg;
    /** Each way of counting, with its figures and source: one where the document defines the rate, both where it does not. */
    readings: RetentionReading[];
    /** The readings come to different answers on the threshold: left open. */
    readingsDisagree: boolean;
    source: Cited | null;
}
/** A remaining-period condition checked. */
export interface RemainingCondition {
    kind: "window" | "contractLength" | "socialInsurance" | "atLeastHalfServed";
    status: "passed" | "failed" | "unknown";
    detail: Msg;
}
export interface RemainingOut {
    intern: number;
    name: string | null;
    hiredOn: DateString;
    /** true, false, or null when a condition cannot be checked from the input. */
    eligible: boolean | null;
    conditions: RemainingCondition[];
    internMonths: DecimalString;
    amount: MoneyString | null;
    source: Cited | null;
    /** CONTINUATION_DATED_BACK: a 2023 continuation that took effect after the start covers the hire date. */
    note?: Msg;
}
export interface InternOut {
    index: number;
    name: string | null;
    startDate: DateString;
    endDate: DateString;
    outcome: Outcome;
    internMonths: DecimalString;
    base: MoneyString | null;
    difference: MoneyString | null;
    remainingPeriod: MoneyString | null;
}
/** A list row left out of a batch estimate, and why. */
export interface RejectedRow {
    /** Position in `internList` (0-based). */
    index: number;
    code: ErrorCode;
    /** Path of the field, e.g. "internList[3].outcomeDate". */
    field: string;
    /** The field without its positions ("internList.outcomeDate"): a stable key for labels. */
    fieldKey: string;
    /** Chinese message. */
    message: string;
    messageEn: string;
}
/** `estimateSubsidy`'s answer. */
export interface SubsidyEstimate {
    province: string;
    provinceName: Text;
    startDate: DateString;
    agreedMonths: number;
    mode: "cohort" | "list";
    basis: Basis;
    baseStandard: StandardOut;
    raisedStandard: StandardOut;
    months: MonthRow[];
    baseTotal: MoneyString | null;
    retentionRate: RetentionOut;
    /** Whether the raised standard applies (null: not yet known). */
    raisedApplies: boolean | null;
    /** The one-time difference paid after the internship ("1+1"); null when unknown. */
    retentionDifference: MoneyString | null;
    /** What the difference would be if the threshold is met (also when it is not yet known). */
    potentialDifference: MoneyString | null;
    differencePayableAfter: DateString;
    remainingPeriod: RemainingOut[];
    remainingPeriodTotal: MoneyString | null;
    total: MoneyString | null;
    /** Figures to supply for a complete estimate; `code` is the localStandard field. */
    required: Msg[];
    interns: InternOut[];
    employerNotes: ItemOut[];
    rules: Msg[];
    warnings: Msg[];
    /** With skipInvalidRows: the list rows left out, in row order, with the field and the reason. */
    rejectedRows: RejectedRow[];
}
// end generated: estimate

// ---------------------------------------------------------------- summary path (simulate)
/** A column of whole numbers, one item per unit or per listed intern: a plain array or a typed array. */
export type NumberColumn = number[] | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array | Float64Array | Float32Array;
/** One unit as `estimateSubsidy` takes it, and the group (a city) it counts under. */
export type SimulationUnit = EstimateInput & { group?: string | null };
/** A plan as columns: the fast form for many units (a province's quota). Dates are numbers YYYYMMDD (20230701). */
export interface UnitColumns {
    startDate: NumberColumn;
    /** Agreed length in months. */
    months: NumberColumn;
    /** Interns in the unit. With `interns` columns, the unit's interns are the next `size` rows there. */
    size: NumberColumn;
    /** Cohort units (no `interns` columns): how many are retained; the rest complete and leave. */
    retained?: NumberColumn;
    /** Minimum-wage tier, 0 for none. */
    tier?: NumberColumn;
    /** Index into `counties`, -1 for none. */
    county?: NumberColumn;
    /** Index into `groups` (default 0). */
    group?: NumberColumn;
}
export interface InternColumns {
    /** 0 inProgress, 1 completed, 2 retained, 3 leftEarly, 4 hiredEarly. */
    outcome: NumberColumn;
    /** YYYYMMDD for leftEarly and hiredEarly, 0 for the others. */
    outcomeDate?: NumberColumn;
    /** hiredEarly only, -1 when not known (and for the others). */
    contractMonths?: NumberColumn;
    /** hiredEarly only: 1 paid, 0 not paid, -1 not known (and for the others). */
    socialInsurance?: NumberColumn;
}
interface SimulationCommon {
    /** Answer each unit's amounts too (`perUnit`). */
    perUnit?: boolean;
    /** Policy files used for this call only, as `loadPolicies(files)` would extend the data in force: a what-if. The data in force is unchanged. */
    policies?: PolicyFile | PolicyFile[];
}
export interface SimulationUnitsInput extends SimulationCommon { units: SimulationUnit[]; }
export interface SimulationColumnsInput extends SimulationCommon {
    province: ProvinceId;
    localStandard?: LocalStandard;
    /** Names of the groups `units.group` points to. */
    groups?: string[];
    /** County names `units.county` points to. */
    counties?: string[];
    units: UnitColumns;
    interns?: InternColumns;
}
export type SimulationInput = SimulationUnitsInput | SimulationColumnsInput;
// generated: summary (from the answer! and string_enum! declarations in src/; `JIANXI_WRITE_TYPES=1 cargo test --test typescript` writes it)
/** Money by category. A category is null where a figure the user must supply is missing. */
export interface SimulationAmounts {
    /** Monthly base claims. */
    base: MoneyString | null;
    /** Retention differences of units that reach the threshold, in the month they become payable. */
    difference: MoneyString | null;
    /** Differences of units whose threshold is open (interns in progress, or the retention readings disagree): not in `total`. */
    differenceOpen: MoneyString | null;
    /** Remaining-period subsidies, in the month the contract is signed. */
    remaining: MoneyString | null;
    /** base + difference + remaining. */
    total: MoneyString | null;
}
/** A group's (a city's) units and amounts. */
export interface SimulationGroup {
    name: string;
    units: number;
    interns: number;
    retained: number;
    unitsMeetingThreshold: number;
    unitsOpen: number;
    amounts: SimulationAmounts;
}
/** A calendar month's amounts, and the same per group. */
export interface SimulationMonth {
    /** "YYYY-MM". */
    month: string;
    amounts: SimulationAmounts;
    /** The same amounts per group, in the order of `groups`. */
    groups: SimulationAmounts[];
}
/** The standards a set of units was computed with, as the estimate states them. */
export interface SimulationStandards {
    province: string;
    provinceName: Text;
    /** Earliest and latest unit start date these apply to. */
    from: DateString;
    to: DateString;
    units: number;
    baseStandard: StandardOut;
    raisedStandard: StandardOut;
    thresholdPercent: DecimalString | null;
    thresholdSource: Cited | null;
    documents: DocRef[];
    warnings: Msg[];
}
/** One unit's amounts (with `perUnit`). */
export interface SimulationUnitResult {
    /** Index into `groups`. */
    group: number;
    interns: number;
    retained: number;
    meetsThreshold: boolean | null;
    /** "YYYY-MM". */
    differencePayableIn: string;
    amounts: SimulationAmounts;
}
/** `simulate`'s answer. */
export interface SimulationResult {
    units: number;
    interns: number;
    retained: number;
    unitsMeetingThreshold: number;
    unitsNotMeetingThreshold: number;
    /** Units whose retention threshold is not settled (interns in progress): their difference is in `differenceOpen`, not in the total. */
    unitsOpen: number;
    /** Interns hired early whose remaining-period subsidy is counted. */
    hiredEarlyCounted: number;
    /** Interns hired early whose conditions cannot be checked from the input (not counted). */
    remainingUnchecked: number;
    rejectedRows: number;
    amounts: SimulationAmounts;
    groups: SimulationGroup[];
    /** Calendar months in order, each with the amounts per group (in the order of `groups`). */
    months: SimulationMonth[];
    /** The standards used, as the documents state them, merged over the start dates that share them. */
    standards: SimulationStandards[];
    required: Msg[];
    /** When each category is counted (the tool's rules where the documents are silent). */
    rules: Msg[];
    warnings: Msg[];
    /** Each unit's amounts, in input order (with `perUnit: true`). */
    perUnit?: SimulationUnitResult[];
}
// end generated: summary

// ---------------------------------------------------------------- officials
export interface MonthlyReportInput {
    /** The 14 indicators in order; 1–13 whole numbers, 14 in 万元. */
    indicators: (number | string)[];
    /** "national-2023" (default) or "yunnan-2023". */
    form?: string;
}
export interface ReportDeadlineInput {
    province: ProvinceId;
    /** "YYYY-MM" */
    month: string;
    /** true: a year without a holiday calendar is a NO_CALENDAR error instead of a provisional date. */
    strictCalendar?: boolean | null;
}
export interface ReviewDeadlineInput {
    province: ProvinceId;
    submittedOn: DateString;
    /** Whose application: "employer" (default) or "youth". */
    applicant?: "employer" | "youth" | null;
    strictCalendar?: boolean | null;
}
// generated: officials (from the answer! and string_enum! declarations in src/; `JIANXI_WRITE_TYPES=1 cargo test --test typescript` writes it)
export interface CheckResult {
    /** The relation as the form writes it, e.g. "5≥6≥7". */
    check: string;
    passed: boolean;
}
export interface Failure {
    check: string;
    /** Every indicator the relation involves. */
    indicators: number[];
    names: string[];
    detail: Msg;
}
export interface MonthlyReportResult {
    valid: boolean;
    form: string;
    checks: CheckResult[];
    failures: Failure[];
    source: Cited;
}
export interface AnnualReportOut {
    /** The date the year's report is due; null where the text says only "at the end of the year". */
    deadline: DateString | null;
    rule: Msg;
    source: Cited;
}
export interface ReportDeadlineResult {
    province: string;
    month: string;
    form: string;
    /** Under the rule in force on the day the report falls due. */
    deadline: DateString;
    /** Counted on weekdays only in a year whose holidays are not published (a PROVISIONAL_CALENDAR note says so). */
    provisional: boolean;
    rule: Msg;
    source: Cited;
    /** NO_PROVINCIAL_DEADLINE (the province's notice sets none; the national rule is used), PROVISIONAL_CALENDAR. */
    notes: Msg[];
    /** The yearly report on the plan, for the month's year, where a text sets one. */
    annualReport: AnnualReportOut | null;
}
export interface ReviewDeadlineResult {
    province: string;
    applicant: "employer" | "youth";
    submittedOn: DateString;
    /** null where no text sets a review time for this applicant (a NO_REVIEW_TIME note says so). */
    workingDays: number | null;
    deadline: DateString | null;
    provisional: boolean;
    notes: Msg[];
    source: Cited | null;
}
// end generated: officials

// ---------------------------------------------------------------- data
export interface Source { document: string; clause: string; quote: string; /** A remark on the quote or the figure, in both languages. */ note?: Text | null; reading?: Text | null; }
export interface MinimumWageEntry {
    from: DateString;
    inForceBy?: boolean;
    earliest?: DateString | null;
    /** Yuan per month by tier (tier 1 first): numbers or decimal strings, as the file gives them. */
    amounts: (number | DecimalString)[];
    merged?: [number, number][];
    source: Source;
}
export interface PolicyFile {
    id: string;
    name: Text;
    /** Place in the jurisdiction menus, smaller first; files without one come last (by id). The first is the default. */
    menuOrder?: number | null;
    baseline?: string | null;
    updated: DateString;
    documents: { id: string; number: string; title: string; issuer: string; issuedOn?: DateString | null; /** Why the date is what it is, where the document does not state it. */ dateNote?: Text | null; confidence: Confidence; /** Its text in notices/ (quotes are checked against it), if kept there. */ fromFile?: string; /** Where a seed file holds two documents: [start marker, end marker] pairs ("" = file start or end). */ seedParts?: [string, string][] }[];
    minimumWage?: { tierNames: Text[]; entries: MinimumWageEntry[]; countyLists?: { from: DateString; tiers: string[][]; othersTier?: number | null; source: Source }[]; note?: Text | null } | null;
    /** See policies/*.toml for the full shape of rule sets. */
    ruleSets?: Record<string, unknown>[];
    holidayCalendars?: { year: number; daysOff: [DateString, DateString][]; makeupWorkdays: DateString[]; source: Source }[];
    quotas?: { id: string; title: Text; columns: Text[]; rows: { region: string; values: number[] }[]; total?: number[] | null; source: Source }[];
    reportForms?: { id: string; name: Text; indicators: { number: number; name: string; nameEn: string; unit: string }[]; checks: { name: string; chain: number[][] }[]; source: Source }[];
}
// generated: data (from the answer! and string_enum! declarations in src/; `JIANXI_WRITE_TYPES=1 cargo test --test typescript` writes it)
export interface PolicyData {
    /** The policy files as given. */
    jurisdictions: PolicyFile[];
    /** Years with a holiday calendar: working days can be counted in these only. */
    calendarYears: number[];
    /** The newest `updated` date of the files: the date of the data. */
    dataDate: DateString | null;
}
/** What `loadPolicies` answers. */
export interface LoadResult {
    /** The ids of the jurisdictions loaded after the call. */
    jurisdictions: string[];
}
// end generated: data
export interface LoadOptions { mode?: LoadMode; }

// ---------------------------------------------------------------- form
export interface FormSpecInput {
    /** Default: the first jurisdiction in menu order. */
    province?: ProvinceId;
    /** The date whose rules and minimum wages apply; without it, questions of every rule set known and no wages. */
    asOf?: DateString;
}
// generated: form (from the answer! and string_enum! declarations in src/; `JIANXI_WRITE_TYPES=1 cargo test --test typescript` writes it)
/** One question of the self-check. */
export interface FormQuestion {
    /** The input field of checkEligibility it fills. */
    id: keyof EligibilityInput;
    kind: "date" | "choice" | "yesNo" | "amount" | "text";
    /** For a choice: the FormSpec list it offers. */
    options: "educationLevels" | "hukouProvinces" | null;
    label: Text;
    /** The section it sits in, where the data gives one (Ningxia: 社会保险补贴（宁夏）). */
    heading: Text | null;
    /** Asked from the start; otherwise only while checkEligibility lists it in `ask`. */
    always: boolean;
    /** Where the wording comes from a policy file: its source. */
    source: Cited | null;
}
/** An education level and its label. */
export interface EducationChoice {
    id: Education;
    label: Text;
}
/** A province of household registration and its label. */
export interface ProvinceChoice {
    id: HukouProvince;
    label: Text;
}
/** A jurisdiction of the menus. */
export interface FormJurisdiction {
    id: string;
    name: Text;
    menuOrder: number | null;
    baseline: string | null;
    updated: DateString;
}
/** A minimum-wage tier with the wage in force on `asOf`. */
export interface FormTier {
    tier: number;
    name: Text;
    /** The monthly minimum wage in force on asOf (after any merge), if known. */
    minimumWage: MoneyString | null;
    wageFrom: DateString | null;
}
/** Internship lengths computed (min–max) and the usual range of the notices. */
export interface MonthRange {
    min: number;
    max: number;
    usualMin: number;
    usualMax: number;
}
/** Everything a front end needs to build its forms. */
export interface FormSpec {
    asOf: DateString | null;
    dataDate: DateString | null;
    /** In menu order (`menuOrder`, then id); the first is `defaultJurisdiction`. */
    jurisdictions: FormJurisdiction[];
    defaultJurisdiction: string;
    /** The jurisdiction described below: the one asked for, or the default. */
    province: string;
    provinceName: Text;
    educationLevels: EducationChoice[];
    hukouProvinces: ProvinceChoice[];
    /** What the rules in force on asOf ask, in the order a form shows them. */
    questions: FormQuestion[];
    /** The jurisdiction's minimum-wage tiers with the wage in force on asOf (empty in the youth module, whose data has no wages). */
    tiers: FormTier[];
    tierNote: Text | null;
    /** Whether an estimate can name a county instead of a tier (the data lists counties by tier). */
    county: boolean;
    months: MonthRange;
    /** The documents whose rules stand on asOf for this jurisdiction. */
    documents: DocRef[];
}
// end generated: form



export function addWorkingDays(date: DateString, n: number): DateString;

export function checkEligibility(input_: EligibilityInput): EligibilityResult;

export function estimateSubsidy(input_: EstimateInput): SubsidyEstimate;

/**
 * `formSpec({ province, asOf })`: what a front end needs to build its form.
 */
export function formSpec(input_: FormSpecInput | undefined): FormSpec;

/**
 * Replaces or extends the policy data (validated: a data file is outside input); on
 * any error the data in force stays as it was.
 */
export function loadPolicies(data: PolicyFile | PolicyFile[] | string, options: LoadOptions | undefined): LoadResult;

export function policies(): PolicyData;

export function reportDeadline(input_: ReportDeadlineInput): ReportDeadlineResult;

/**
 * Unloads all policy data: until the next `loadPolicies`, entry points fail with
 * `NO_POLICY_DATA`.
 */
export function resetPolicies(): void;

export function reviewDeadline(input_: ReviewDeadlineInput): ReviewDeadlineResult;

/**
 * The summary path: the estimate's totals for many units at once, per group and month.
 */
export function simulate(input_: SimulationInput): SimulationResult;

export function validateMonthlyReport(input_: MonthlyReportInput): MonthlyReportResult;

export function workingDaysBetween(from: DateString, to: DateString): number;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly addWorkingDays: (a: number, b: number, c: number) => void;
    readonly checkEligibility: (a: number, b: number) => void;
    readonly estimateSubsidy: (a: number, b: number) => void;
    readonly formSpec: (a: number, b: number) => void;
    readonly loadPolicies: (a: number, b: number, c: number) => void;
    readonly policies: (a: number) => void;
    readonly reportDeadline: (a: number, b: number) => void;
    readonly resetPolicies: () => void;
    readonly reviewDeadline: (a: number, b: number) => void;
    readonly simulate: (a: number, b: number) => void;
    readonly validateMonthlyReport: (a: number, b: number) => void;
    readonly workingDaysBetween: (a: number, b: number, c: number) => void;
    readonly __wbindgen_export: (a: number, b: number) => number;
    readonly __wbindgen_export2: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_export3: (a: number, b: number, c: number) => void;
    readonly __wbindgen_export4: (a: number) => void;
    readonly __wbindgen_add_to_stack_pointer: (a: number) => number;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
