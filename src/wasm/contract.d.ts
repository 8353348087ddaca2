// The calculation contract (version 1) as TypeScript types: src/api.rs, src/rules.rs and the
// request keys of src/case.rs FIELDS. tests/node/types.test.mjs checks that they stay equal.
// The request and response are CalculationRequest and CalculationResponse (src/api.rs Response),
// not Request and Response, which would hide the DOM types of those names in the same file.

/** Rupiah as a string holding an exact decimal: "5000000", "1250000.5". Never a float. */
export type Money = string;
/** Money in a request: a decimal string (at most 2 decimals) or a whole number. */
export type MoneyInput = string | number | bigint;
/** A date written YYYY-MM-DD. */
export type IsoDate = string;
/** A rate as an exact decimal string: "0.0024" is 0.24 %. */
export type Rate = string;

export type Segment = "wageEarner" | "selfEmployed" | "construction" | "migrant";
export type Lang = "id" | "en";
export type Program = "JKK" | "JKM" | "JHT" | "JP" | "JKP" | "JKK+JKM";
export type ErrorCode = "invalidInput" | "unknownField" | "outOfCoverage" | "notApplicable";

/** Keys every request may carry. */
export interface RequestCommon {
  /** The day whose rules apply: the contribution month, or the day of the event. */
  asOf: IsoDate;
  segment: Segment;
  /** Language of the texts in the response; default "id". */
  lang?: Lang;
  /** "amounts" keeps every figure and source but leaves out the sentences, eligibility and
   * benefits: the form for payrolls and bulk runs. Default "full". */
  detail?: "full" | "amounts";
}

/** Penerima Upah (PU): a worker paid wages by an employer. */
export interface WageEarnerRequest extends RequestCommon, WageEarnerBenefits {
  segment: "wageEarner";
  /** Upah: basic wage plus fixed allowances. */
  monthlyWage: MoneyInput;
  /** JKK risk group of the workplace, 1 very low … 5 very high. */
  riskGroup: 1 | 2 | 3 | 4 | 5;
  enterpriseSize: "micro" | "small" | "medium" | "large";
  birthDate?: IsoDate;
  laborIntensive?: boolean;
}

/** Bukan Penerima Upah (BPU): self-employed and informal workers. Give one of the incomes. */
export interface SelfEmployedRequest extends RequestCommon, SelfEmployedBenefits {
  segment: "selfEmployed";
  monthlyIncome?: MoneyInput;
  weeklyIncome?: MoneyInput;
  dailyIncome?: MoneyInput;
  includeJht?: boolean;
  /** An occupation code from rules().occupations; default "other". */
  occupation?: string;
  publicBudget?: boolean;
  /** Employs others: PP 50/2025's relief is for own-account workers only (Pasal 3(4)). */
  employsOthers?: boolean;
  birthDate?: IsoDate;
  /** A sponsor budget for groups of workers (docs/contract-sponsor.md). */
  sponsor?: SponsorRequest | null;
}

/** Jasa Konstruksi: a construction project, by contract value or by known wages. */
export interface ConstructionRequest extends RequestCommon, ConstructionBenefits {
  segment: "construction";
  monthlyWage?: MoneyInput;
  contractValue?: MoneyInput;
}

/** Pekerja Migran Indonesia (PMI). */
export interface MigrantRequest extends RequestCommon, MigrantBenefits {
  segment: "migrant";
  contractMonths: 6 | 12 | 24;
  extensionMonths?: number;
  includeJht?: boolean;
  jhtMonthlyAmount?: MoneyInput;
  birthDate?: IsoDate;
}

export type CalculationRequest = WageEarnerRequest | SelfEmployedRequest | ConstructionRequest | MigrantRequest;

export interface CalculationResponse extends Outcome {
  asOf: IsoDate;
  segment: Segment;
  lang: Lang;
  rules: RulesInfo;
  contributions: Contributions;
  /** A sponsor budget, when the request has `sponsor`. */
  sponsor?: Budget;
  warnings: Notice[];
}

export interface RulesInfo {
  coverageFrom: IsoDate;
  verifiedUntil: IsoDate;
  version: string;
  dataHash: string;
  notes: string[];
}

export interface Contributions {
  lines: Line[];
  total: Shares;
  perDay?: Shares;
  notIncluded: Excluded[];
  bracket?: Bracket;
  income?: IncomeConversion;
}

export interface Shares {
  employer: Money;
  worker: Money;
  government: Money;
  total: Money;
}

export interface Line {
  program: Program;
  /** "month" for a monthly contribution, "once" for a one-off amount. */
  period: "month" | "once";
  base: Money | null;
  /** null where the amount is a fixed sum or a tiered schedule. */
  rate: Rate | null;
  employer: Money;
  worker: Money;
  government: Money;
  total: Money;
  sources: SourceRef[];
  explanation?: string;
  relief?: ReliefApplied;
  redirected?: Redirected[];
  notes?: string[];
}

export interface SourceRef {
  instrument: string;
  article: string;
  /** false where the figure is not yet confirmed from a primary source. */
  verified: boolean;
}

export interface ReliefApplied {
  id: string;
  instrument: string;
  factor: Rate;
  from: IsoDate;
  until: IsoDate;
  fullAmount: Money;
  verified: boolean;
}

export interface Redirected {
  from: Program;
  rate: Rate;
  amount: Money;
  sources: SourceRef[];
}

export interface Excluded {
  program: Program;
  code: string;
  message: string;
  sources: SourceRef[];
}

export interface Bracket {
  number: number;
  from: Money;
  to: Money | null;
  base: Money;
  verified: boolean;
  /** Left out with `detail: "amounts"`. */
  explanation?: string;
}

export interface IncomeConversion {
  given: Money;
  per: "day" | "week" | "month";
  monthly: Money;
  /** Left out with `detail: "amounts"`. */
  explanation?: string;
}

export interface Notice {
  code: string;
  message: string;
}

/** One row of calculateMany / calculateLines that could not be answered. */
export interface ErrorEnvelope {
  error: { code: ErrorCode; field?: string; message: string };
}

/** What calculate() throws: an Error with the contract's code and field. */
export interface CalculationError extends Error {
  code: ErrorCode;
  /** The request key concerned, or null when the error is about the whole request. */
  field: string | null;
}

/** rules(): what the law data covers. */
export interface Rules {
  coverageFrom: IsoDate;
  verifiedUntil: IsoDate;
  computesUntil: IsoDate;
  version: string;
  dataHash: string;
  instruments: InstrumentInfo[];
  occupations: OccupationInfo[];
  reliefs: ReliefInfo[];
  values: number;
  unverifiedValues: number;
}

export interface InstrumentInfo {
  id: string;
  titleId: string;
  titleEn: string;
  date: IsoDate;
}

export interface OccupationInfo {
  code: string;
  nameId: string;
  nameEn: string;
  transport: boolean;
}

export interface ReliefInfo {
  id: string;
  instrument: string;
  from: IsoDate;
  until: IsoDate;
  verified: boolean;
}
