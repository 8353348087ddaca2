//! What we decided where the law is silent, each with its reason, in one place, so that a
//! later reading of the law changes one spot. The README lists these for users.

use rust_decimal::Decimal;

/// Largest monthly wage or income accepted: Rp1 trillion. Far above any real wage; it keeps
/// every product of the engine well inside the range of exact decimals.
pub const MAX_MONTHLY: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0); // 1e12
/// Largest construction contract value accepted: Rp100 quadrillion (1e17).
pub const MAX_CONTRACT: Decimal = Decimal::from_parts(1_569_325_056, 23_283_064, 0, false, 0); // 1e17
/// Money may carry at most two decimals (sen).
pub const MONEY_DP: u32 = 2;
/// Most months beyond a migrant worker's contract that can be priced at once.
pub const MAX_EXTENSION_MONTHS: i128 = 120;
/// Latest date computed: 31 December of the year after the verified-until date. Later dates
/// would be pure extrapolation of today's law (outOfCoverage); dates after the verified-until
/// date but within this margin are computed with a warning.
pub const EXTRAPOLATION_YEARS: i32 = 1;

/// A daily income is turned into a monthly one as × 25 working days, the factor BPJS uses for
/// daily-paid wage earners (letter B/11003/112020); the page shows this assumption.
pub const DAYS_WORKED_PER_MONTH: Decimal = Decimal::from_parts(25, 0, 0, false, 0);
/// A weekly income is turned into a monthly one as × 52 / 12 (weeks in a year over months).
pub const WEEKS_PER_YEAR: Decimal = Decimal::from_parts(52, 0, 0, false, 0);
pub const MONTHS_PER_YEAR: Decimal = Decimal::from_parts(12, 0, 0, false, 0);
/// "What it costs per day" for the self-employed divides the monthly total by 30.
pub const DAYS_PER_MONTH_FOR_COST: Decimal = Decimal::from_parts(30, 0, 0, false, 0);

// Conventions decided in code, described here:
//
// - BPU brackets: the annex gives bounds in whole thousands (…1.099.000, 1.100.000…). A bracket
//   runs from its lower bound up to, not including, the next lower bound, so Rp1.099.500 is in
//   the first bracket. Incomes are compared after the daily/weekly conversion, unrounded.
// - JP stops at retirement age: no JP line when the worker's age on `asOf` is at least the JP
//   retirement age in force on `asOf` (PP 45/2015 Pasal 15).
// - JKP for a worker aged 54 or more: the line is kept (a participant registered before 54
//   stays in), with a warning that registration at that age is not possible.
// - Village budgets (APBDes): PP 50/2025 excludes contributions paid from the state or a
//   regional budget (APBN/APBD) and says nothing of village budgets. A village that sponsors
//   workers should budget the full amount: we ask callers to set `publicBudget: true` for any
//   government budget, including a village's, and flag that the APBDes case is unsettled.
//   Under-budgeting would leave workers unpaid when a branch decides otherwise.
// - PP 49/2020's JP deferral: 99% of the JP remittance for August 2020 to January 2021 could be
//   paid later; it was deferred, not forgiven, so the JP line keeps its full amount with a note.
