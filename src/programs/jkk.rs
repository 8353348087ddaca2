//! Jaminan Kecelakaan Kerja (work accident): contributions by the workplace's risk group.

use crate::api::Line;
use crate::case::{Case, WageEarner};
use crate::error::Error;
use crate::law::{self, Program, ReliefCondition, SegmentKind};
use crate::programs::need;
use crate::statement::{line, Part, Payer, Spec};

/// The JKK rate of a risk group: PP 44/2015 Pasal 16(1) and Lampiran I.
pub fn rate_param(group: u8) -> &'static law::Param {
    match group {
        1 => &law::JKK_RATE_1,
        2 => &law::JKK_RATE_2,
        3 => &law::JKK_RATE_3,
        4 => &law::JKK_RATE_4,
        _ => &law::JKK_RATE_5,
    }
}

/// The relief on a wage earner's JKK on this date: PP 49/2020 for everyone, PP 7/2025 and
/// PP 36/2025 where the employer is a qualifying labour-intensive industry.
pub fn wage_earner_relief(case: &Case, w: &WageEarner) -> Option<&'static law::Relief> {
    law::relief(case.as_of, Program::Jkk, SegmentKind::WageEarner, |c| match c {
        ReliefCondition::Always => true,
        ReliefCondition::LaborIntensive => w.labor_intensive,
        _ => false,
    })
}

/// JKK of a wage earner: the risk group's rate × the monthly wage, paid by the employer.
pub fn wage_earner(case: &Case, w: &WageEarner) -> Result<Line, Error> {
    let rate = need(rate_param(w.risk_group), case)?;
    let mut l = line(
        Spec {
            program: "JKK",
            once: false,
            base: Some(w.wage),
            base_note: None,
            parts: &[Part::Rate(Payer::Employer, rate.value)],
            relief: wage_earner_relief(case, w),
            sources: vec![rate.source],
        },
        case,
    );
    let group_name = match w.risk_group {
        1 => case.lang.t("sangat rendah", "very low"),
        2 => case.lang.t("rendah", "low"),
        3 => case.lang.t("sedang", "medium"),
        4 => case.lang.t("tinggi", "high"),
        _ => case.lang.t("sangat tinggi", "very high"),
    };
    if case.explain() { l.notes.push(match case.lang {
        crate::text::Lang::Id => format!("Kelompok risiko {} ({group_name}); kelompok sebenarnya ditetapkan BPJS Ketenagakerjaan untuk tiap perusahaan.", w.risk_group),
        crate::text::Lang::En => format!("Risk group {} ({group_name}); the actual group is set by BPJS Ketenagakerjaan for each company.", w.risk_group),
    }); }
    if let Some(r) = &l.relief {
        if r.id != "pp49_2020" {
            if case.explain() {
                // The fewest participants and the month they must have paid up to, from the law
                // data: the month before the first labour-intensive relief began.
                let n = law::JKK_LABOR_INTENSIVE_MIN_PARTICIPANTS.at(case.as_of).map(|v| crate::text::Exact(v.value).to_string()).unwrap_or_default();
                let first = law::RELIEFS.iter().filter(|x| x.condition == law::ReliefCondition::LaborIntensive).map(|x| x.from).min();
                let month = first.map(|f| crate::text::month_year(crate::date::Date::from_key(f).add_months(-1), case.lang)).unwrap_or_default();
                l.notes.push(crate::say!(
                    case.lang,
                    format!("Keringanan ini hanya untuk industri padat karya tertentu (makanan, minuman dan tembakau; tekstil dan pakaian; kulit; alas kaki; mainan anak; furnitur) dengan paling sedikit {n} peserta aktif yang telah membayar iuran JKK sampai {month}, sebagaimana dinyatakan dalam permintaan."),
                    format!("This relief is only for certain labour-intensive industries (food, beverages and tobacco; textiles and apparel; leather; footwear; children's toys; furniture) with at least {n} active participants that had paid JKK up to {month}, as the request states."),
                ));
            }
        }
    }
    Ok(l)
}
