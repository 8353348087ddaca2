//! The sponsor's budget in the response (docs/contract-sponsor.md, `sponsor`): filled by
//! `sponsor`.

use super::{dec_str, opt_dec_str, SourceRef};
use crate::date::Date;
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Budget {
    pub months: u32,
    /// First and last month budgeted, `YYYY-MM`.
    pub first_month: String,
    pub last_month: String,
    pub public_budget: bool,
    pub workers: u64,
    pub groups: Vec<Group>,
    /// The whole budget by program, over all groups and months.
    pub programs: Vec<ProgramTotal>,
    #[serde(serialize_with = "dec_str")]
    pub total: Decimal,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub explanation: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Group {
    pub count: u32,
    pub occupation: &'static str,
    pub include_jht: bool,
    /// The monthly income the brackets were applied to (after a daily or weekly conversion);
    /// for a group given by bracket, the bracket's nominal income.
    #[serde(serialize_with = "dec_str")]
    pub monthly_income: Decimal,
    /// The bracket in the first month: number and nominal base.
    pub bracket: usize,
    #[serde(serialize_with = "dec_str")]
    pub base: Decimal,
    /// Runs of consecutive months that cost the same for one worker.
    pub periods: Vec<Period>,
    pub relief_months: u32,
    pub full_price_months: u32,
    pub lines: Vec<GroupLine>,
    /// One worker over all the months.
    #[serde(serialize_with = "dec_str")]
    pub per_worker: Decimal,
    /// `count × per_worker`.
    #[serde(serialize_with = "dec_str")]
    pub subtotal: Decimal,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub explanation: String,
    /// What the family of each worker of the group would get, in the first month: the
    /// protection summary of one worker's request (docs/contract-benefits.md). Left out with
    /// `detail: "amounts"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protection: Option<super::protection::Protection>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Period {
    /// First and last month of the run, `YYYY-MM`.
    pub from: String,
    pub until: String,
    pub months: u32,
    /// What one worker costs a month in this run.
    #[serde(serialize_with = "dec_str")]
    pub monthly: Decimal,
    pub relief: bool,
    pub lines: Vec<PeriodLine>,
    #[serde(skip)]
    pub(crate) start: Date,
    #[serde(skip)]
    pub(crate) end: Date,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PeriodLine {
    pub program: &'static str,
    #[serde(serialize_with = "dec_str")]
    pub monthly: Decimal,
    /// The relief regime that lowered it, and the amount without it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relief: Option<&'static str>,
    #[serde(serialize_with = "opt_dec_str", skip_serializing_if = "Option::is_none")]
    pub full_amount: Option<Decimal>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupLine {
    pub program: &'static str,
    /// One worker over all the months.
    #[serde(serialize_with = "dec_str")]
    pub per_worker: Decimal,
    #[serde(serialize_with = "dec_str")]
    pub subtotal: Decimal,
    pub sources: Vec<SourceRef>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub explanation: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProgramTotal {
    pub program: &'static str,
    #[serde(serialize_with = "dec_str")]
    pub total: Decimal,
}
