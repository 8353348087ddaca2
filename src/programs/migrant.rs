//! Pekerja Migran Indonesia (migrant workers): joint JKK+JKM amounts paid once, by stage and
//! contract length, and the voluntary JHT (Permenaker 18/2018, then Permenaker 4/2023).

use crate::case::{Case, Migrant};
use crate::error::{Code, Error};
use crate::law::{self, Value};
use crate::programs::{missing, need, source_of, Out};
use crate::statement::{line, Part, Payer, Spec};
use crate::text;
use crate::api::Line;
use crate::law::Source;
use rust_decimal::Decimal;

/// A joint JKK+JKM amount paid once by the worker.
fn once(amount: Decimal, source: Source, case: &Case) -> Line {
    line(
        Spec {
            program: "JKK+JKM",
            once: true,
            base: None,
            base_note: None,
            parts: &[Part::Fixed(Payer::Worker, amount)],
            relief: None,
            sources: vec![source],
        },
        case,
    )
}

pub fn contributions(case: &Case, m: &Migrant, out: &mut Out) -> Result<(), Error> {
    let lang = case.lang;
    if law::MIGRANT_PRE_PLACEMENT.version(case.as_of).is_some_and(|v| matches!(v.value, Value::Absent)) {
        return Err(Error::new(
            Code::NotApplicable,
            Some("segment"),
            {
                let from = law::MIGRANT_PRE_PLACEMENT.first_in_force().map(|d| text::date(d, lang)).unwrap_or_default();
                crate::say!(
                    lang,
                    format!("BPJS Ketenagakerjaan belum menyelenggarakan jaminan sosial pekerja migran pada tanggal ini (mulai {from})."),
                    format!("BPJS Ketenagakerjaan did not yet cover migrant workers on this date (it did from {from})."),
                )
            },
        ));
    }
    let pre = need(&law::MIGRANT_PRE_PLACEMENT, case)?;
    let package = need(
        match m.contract_months {
            6 => &law::MIGRANT_PLACEMENT_6,
            12 => &law::MIGRANT_PLACEMENT_12,
            _ => &law::MIGRANT_PLACEMENT_24,
        },
        case,
    )?;
    let mut l = once(pre.value, pre.source, case);
    if case.explain() { l.notes.push(lang.t("Perlindungan sebelum bekerja (pra-penempatan).", "Protection before work (pre-placement).").to_owned()); }
    out.lines.push(l);
    let mut l = once(package.value, package.source, case);
    if case.explain() { l.notes.push(crate::say!(
        lang,
        format!("Perlindungan selama dan sesudah bekerja, perjanjian kerja {} bulan.", m.contract_months),
        format!("Protection during and after work, {}-month contract.", m.contract_months),
    )); }
    out.lines.push(l);
    if m.extension_months > 0 {
        let month = need(&law::MIGRANT_EXTENSION_MONTH, case)?;
        let n = Decimal::from(m.extension_months);
        let mut l = once(month.value * n, month.source, case);
        if case.explain() {
            l.explanation = format!("{} × {} = {}", m.extension_months, text::rp(month.value, lang), text::rp(l.total, lang));
        }
        if case.explain() { l.notes.push(lang.t("Bulan di luar masa perjanjian kerja, dibayar sekaligus.", "Months beyond the contract, paid at once.").to_owned()); }
        out.lines.push(l);
    }
    match m.jht_monthly {
        Some(amount) => {
            let choices = law::MIGRANT_JHT_CHOICES.table(case.as_of).ok_or_else(|| missing(law::MIGRANT_JHT_CHOICES.name, case))?;
            let mut amounts: Vec<Decimal> = Vec::with_capacity(choices.rows.len());
            for r in choices.rows {
                if let Some(a) = r.cells.first() {
                    amounts.push(*a);
                }
            }
            if !amounts.contains(&amount) {
                let mut list = String::new();
                for a in &amounts {
                    text::push_item(&mut list, ", ", format_args!("{}", text::rp(*a, lang)));
                }
                return Err(Error::new(
                    Code::InvalidInput,
                    Some("jhtMonthlyAmount"),
                    crate::say!(
                        lang,
                        format!("`jhtMonthlyAmount` harus salah satu pilihan iuran JHT pekerja migran: {list}."),
                        format!("`jhtMonthlyAmount` must be one of the migrant workers' JHT choices: {list}."),
                    ),
                ));
            }
            let mut source = choices.source;
            source.verified = choices.rows.iter().all(|r| r.verified);
            let mut l = line(
                Spec {
                    program: "JHT",
                    once: false,
                    base: None,
                    base_note: None,
                    parts: &[Part::Fixed(Payer::Worker, amount)],
                    relief: None,
                    sources: vec![source],
                },
                case,
            );
            if case.explain() { l.notes.push(lang.t("JHT sukarela, jumlah dipilih pekerja.", "Voluntary JHT, amount chosen by the worker.").to_owned()); }
            out.lines.push(l);
        }
        None => out.exclude(
            "JHT",
            "optionalNotChosen",
            lang.t("JHT pekerja migran bersifat sukarela dan tidak dipilih.", "JHT is voluntary for migrant workers and was not chosen.").to_owned(),
            &source_of(&law::MIGRANT_JHT_CHOICES, case),
        ),
    }
    for program in ["JP", "JKP"] {
        out.exclude(
            program,
            "notAvailableForSegment",
            crate::say!(
                lang,
                format!("{program} tidak tersedia bagi pekerja migran dalam skema ini."),
                format!("{program} is not available to migrant workers in this scheme."),
            ),
            &[pre.source],
        );
    }
    Ok(())
}
