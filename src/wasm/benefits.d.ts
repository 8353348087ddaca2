// Benefits and eligibility (src/benefits, docs/contract-benefits.md): the request groups and the
// response groups that src/benefits/mod.rs flattens into the response. Kept apart from the
// contributions so that the benefits work extends its own section; tests/node/types.test.mjs
// checks the keys against src/benefits/mod.rs.

/** Request groups of the benefits (src/benefits FIELDS) that every segment may carry. */
export interface BenefitsCommon {
  /** Already a member (true) or about to join (false); inferred from `history` when absent. */
  member?: boolean;
  history?: History;
  event?: BenefitEvent;
  assumptions?: Assumptions;
  family?: Family;
}

/** The benefits groups of each segment (FIELDS' segment bits). */
export interface WageEarnerBenefits extends BenefitsCommon {
  /** The current JHT balance, from the member's statement. */
  jhtBalance?: MoneyInput;
  /** Default "WNI". */
  citizenship?: "WNI" | "WNA";
}
export interface SelfEmployedBenefits extends BenefitsCommon {
  jhtBalance?: MoneyInput;
  citizenship?: "WNI" | "WNA";
}
export interface ConstructionBenefits extends BenefitsCommon {
  citizenship?: "WNI" | "WNA";
}
export interface MigrantBenefits extends BenefitsCommon {
  jhtBalance?: MoneyInput;
}

export interface History {
  monthsContributed?: number;
  /** Exactly 24 booleans, oldest first; true = contribution paid. */
  last24?: boolean[];
  membershipStart?: IsoDate;
  averageIndexedWage?: MoneyInput;
  jpWages?: { year: number; wage: MoneyInput; inflation: string }[];
}

export interface BenefitEvent {
  kind:
    | "death" | "workAccidentDeath" | "disability" | "temporaryIncapacity" | "workAccident"
    | "jobLoss" | "retirement" | "resignation" | "leavingIndonesia";
  date?: IsoDate;
  disabilityKind?: "totalPermanent" | "partialAnatomical" | "partialFunctional";
  disabilityItem?: string;
  /** A decimal string, more than 0 up to 100. */
  disabilityPercentage?: string;
  functionLostPercentage?: string;
  leftHanded?: boolean;
  workRelated?: boolean;
  incapacityMonths?: number;
  jobLossCause?:
    | "layoff" | "contractEndedEarly" | "contractExpired" | "resignation" | "retirement"
    | "totalPermanentDisability" | "death";
  claimDate?: IsoDate;
}

export interface Assumptions {
  /** Decimal strings, −0.5 … 0.5. */
  wageGrowth?: string;
  jhtReturn?: string;
  targetAge?: number;
}

export interface Family {
  spouse?: boolean;
  children?: { level?: "notInSchool" | "tk" | "sd" | "smp" | "sma" | "higher"; age?: number }[];
  parents?: boolean;
}

/** Flattened into Response (src/benefits Outcome). */
export interface Outcome {
  eligibility: Eligibility[];
  benefits?: Benefit[];
  notComputed?: NotComputed[];
  assumptions?: Assumption[];
  /** What each covered risk would bring on `asOf`, without an event. */
  protection?: Protection;
}

export interface Protection {
  /** From `member`, else from the contribution history. */
  member: "yes" | "no" | "unknown";
  /** In this order, when present: death (JKM), workAccidentDeath (JKK), workAccident (JKK),
   * scholarship (JKM, then JKK), oldAge (JHT and/or JP). */
  risks: ProtectionRisk[];
  /** Self-employed only: joining, the due day, what unpaid months cost. */
  upkeep?: Upkeep;
}

export interface ProtectionRisk {
  risk: "death" | "workAccidentDeath" | "workAccident" | "scholarship" | "oldAge";
  program: Program;
  /** The sum of the payouts (items paid "once" or in "total"); absent when there is none. */
  total?: Money;
  /** Medical care first (no amount), then payouts, then ceilings ("max"). */
  items: ProtectionItem[];
  conditions: Reason[];
  /** The earliest day it could be had, when too few months have been paid; items then carry
   * no amount. */
  availableFrom?: IsoDate;
  notComputed?: string[];
  sources: SourceRef[];
  verified: boolean;
  estimate: boolean;
}

export interface ProtectionItem {
  /** A benefit kind of `benefits`, or "medicalCare". */
  kind: string;
  amount?: Money;
  period: "once" | "month" | "total" | "max" | "asNeeded";
  months?: number;
  /** A monthly amount over a span of months; `toMonth` absent when open-ended. */
  fromMonth?: number;
  toMonth?: number;
}

export interface Upkeep {
  /** Working days from the complete form and first payment to the membership number. */
  registrationDays: number;
  /** JKK and JKM are paid by this day of the month they are for. */
  dueDay: number;
  dueMonth: "same";
  /** More than this many consecutive unpaid months: no JKK or JKM right. */
  lapseMonths: number;
  sources: SourceRef[];
}

export type Status = "mandatory" | "optional" | "notAvailable" | "eligible" | "notEligible" | "undecided";

export interface Eligibility {
  program: Program;
  topic: string;
  status: Status;
  reasons: Reason[];
  /** For an undecided status: the request fields that would decide it. */
  decidedBy?: string[];
}

export interface Reason {
  code: string;
  message: string;
  /** Absent for a plain statement; null when unknown. */
  met?: boolean | null;
  sources: SourceRef[];
}

export interface Benefit {
  program: Program;
  kind: string;
  amount: Money;
  period: "once" | "month" | "total" | "max";
  months?: number;
  /** Wage replacement by month (a work accident without the months given): the span. */
  fromMonth?: number;
  toMonth?: number;
  explanation: string;
  sources: SourceRef[];
  verified: boolean;
  estimate: boolean;
  schedule?: Step[];
  projection?: Point[];
  notes?: string[];
}

export interface Step {
  month: number;
  date?: IsoDate;
  rate: Rate;
  amount: Money;
  instrument: string;
}

export interface Point {
  year: number;
  age: number;
  balance: Money;
  contributed: Money;
}

export interface NotComputed {
  program: Program;
  code: string;
  message: string;
  sources: SourceRef[];
}

export interface Assumption {
  code: string;
  message: string;
}
