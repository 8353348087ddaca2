//! The protection summary of the response (docs/contract-benefits.md, `protection`): filled by
//! `benefits::protection`.

use super::outcome::Reason;
use super::{opt_dec_str, SourceRef};
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Protection {
    /// `"yes"` (already a member), `"no"` (about to join) or `"unknown"`: from `member`, else
    /// from the contribution history.
    pub member: &'static str,
    pub risks: Vec<ProtectionRisk>,
    /// For the self-employed: how to join, when to pay and what missed months cost.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upkeep: Option<Upkeep>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProtectionRisk {
    /// `death`, `workAccidentDeath`, `workAccident`, `scholarship`, `oldAge`.
    pub risk: &'static str,
    pub program: &'static str,
    /// The sum of the payouts (amounts paid once or in all); absent when there is none to add.
    #[serde(serialize_with = "opt_dec_str", skip_serializing_if = "Option::is_none")]
    pub total: Option<Decimal>,
    pub items: Vec<ProtectionItem>,
    /// The conditions of the event's answer, and those of membership and payment.
    pub conditions: Vec<Reason>,
    /// For someone not yet able to get it (too few contribution months): the earliest day it
    /// could be had. The items then carry no amount.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub available_from: Option<String>,
    /// What the engine cannot put an amount on for this risk, and why.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_computed: Vec<String>,
    pub sources: Vec<SourceRef>,
    pub verified: bool,
    pub estimate: bool,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProtectionItem {
    /// The benefit's kind, as in `benefits` (`deathBenefit`, `stmb`, …), or `medicalCare`.
    pub kind: &'static str,
    #[serde(serialize_with = "opt_dec_str", skip_serializing_if = "Option::is_none")]
    pub amount: Option<Decimal>,
    /// As in `benefits`, or `"asNeeded"` for medical care.
    pub period: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub months: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to_month: Option<u32>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Upkeep {
    /// The membership number is issued at most this many working days after the complete form
    /// and the first contribution; protection starts then.
    pub registration_days: u32,
    /// JKK and JKM are paid by this day of the month they are for.
    pub due_day: u32,
    pub due_month: &'static str,
    /// More than this many consecutive unpaid months: no JKK or JKM right at all.
    pub lapse_months: u32,
    pub sources: Vec<SourceRef>,
}
