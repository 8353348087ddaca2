// Sponsor budgets (src/sponsor.rs, docs/contract-sponsor.md): the `sponsor` group of a
// selfEmployed request and the `sponsor` budget of its response. tests/node/types.test.mjs
// checks the keys against src/sponsor.rs.

export interface SponsorRequest {
  /** How many months, counted from the month of asOf: 1 … 60. */
  months: number;
  /** 1 … 100 groups of workers priced alike. */
  groups: SponsorGroupRequest[];
}

/** One group: exactly one of the three incomes or `bracket`. */
export interface SponsorGroupRequest {
  count: number;
  monthlyIncome?: MoneyInput;
  weeklyIncome?: MoneyInput;
  dailyIncome?: MoneyInput;
  /** The bracket of PP 44/2015 Lampiran II, instead of an income. */
  bracket?: number;
  occupation?: string;
  includeJht?: boolean;
}

/** The budget (src/sponsor.rs Budget). */
export interface Budget {
  months: number;
  /** YYYY-MM */
  firstMonth: string;
  lastMonth: string;
  publicBudget: boolean;
  workers: number;
  groups: Group[];
  programs: ProgramTotal[];
  total: Money;
  explanation?: string;
  notes?: string[];
}

export interface Group {
  count: number;
  occupation: string;
  includeJht: boolean;
  monthlyIncome: Money;
  bracket: number;
  base: Money;
  periods: Period[];
  reliefMonths: number;
  fullPriceMonths: number;
  lines: GroupLine[];
  perWorker: Money;
  subtotal: Money;
  explanation?: string;
  /** What each worker's family would get, in the first month (left out with detail "amounts"). */
  protection?: Protection;
}

export interface Period {
  /** YYYY-MM */
  from: string;
  until: string;
  months: number;
  monthly: Money;
  relief: boolean;
  lines: PeriodLine[];
}

export interface PeriodLine {
  program: Program;
  monthly: Money;
  relief?: string;
  fullAmount?: Money;
}

export interface GroupLine {
  program: Program;
  perWorker: Money;
  subtotal: Money;
  sources: SourceRef[];
  explanation?: string;
}

export interface ProgramTotal {
  program: Program;
  total: Money;
}
