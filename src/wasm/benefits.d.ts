// Benefits and eligibility (src/benefits, docs/contract-benefits.md): the request groups and the
// response groups that src/benefits/mod.rs flattens into the response. Kept apart from the
// contributions so that the benefits work extends its own section; tests/node/types.test.mjs
// checks the keys against src/benefits/mod.rs.

/** Request groups of the benefits (src/benefits FIELDS) that every segment may carry. */
export interface BenefitsCommon {
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
    | "death" | "workAccidentDeath" | "disability" | "temporaryIncapacity" | "jobLoss"
    | "retirement" | "resignation" | "leavingIndonesia";
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
