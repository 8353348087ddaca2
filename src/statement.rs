//! The result, line by line: each line carries its base, rate, shares, sources and an
//! explanation that shows the arithmetic in the request's language.

use crate::api::{Line, ReliefApplied, SourceRef};
use crate::case::Case;
use crate::date::Date;
use crate::law::{Relief, Source};
use crate::money::{round_share, times};
use crate::text::{self, Lang};
use rust_decimal::Decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Payer {
    Employer,
    Worker,
    Government,
}

impl Payer {
    fn label(self, lang: Lang) -> &'static str {
        match self {
            Payer::Employer => lang.t("pemberi kerja", "employer"),
            Payer::Worker => lang.t("pekerja", "worker"),
            Payer::Government => lang.t("pemerintah", "government"),
        }
    }
}

pub fn source_ref(s: Source) -> SourceRef {
    SourceRef { instrument: s.instrument, article: s.article, verified: s.verified }
}

/// Sources of a line, without repeats.
pub fn sources(list: &[Source]) -> Vec<SourceRef> {
    let mut out: Vec<SourceRef> = Vec::with_capacity(list.len());
    for s in list {
        let r = source_ref(*s);
        if !out.contains(&r) {
            out.push(r);
        }
    }
    out
}

/// One payer's part of a line: a rate of the base, or a fixed amount.
#[derive(Debug, Clone, Copy)]
pub enum Part {
    Rate(Payer, Decimal),
    Fixed(Payer, Decimal),
}

/// What a line is made of before it is computed.
pub struct Spec<'a> {
    pub program: &'static str,
    pub once: bool,
    /// The base the rates apply to, and how to describe it (e.g. "batas upah JP").
    pub base: Option<Decimal>,
    pub base_note: Option<String>,
    pub parts: &'a [Part],
    pub relief: Option<&'static Relief>,
    pub sources: Vec<Source>,
}

fn relief_dates(r: &Relief) -> (Date, Date) {
    (Date::from_key(r.from), Date::from_key(r.to))
}

/// Computes a line: each share exactly, rounded once (money::round_share); the line total is
/// the sum of the rounded shares.
pub fn line(spec: Spec, case: &Case) -> Line {
    let lang = case.lang;
    let explain = case.explain();
    let factor = spec.relief.map(|r| r.factor).unwrap_or(Decimal::ONE);
    let (mut employer, mut worker, mut government) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    let mut full_total = Decimal::ZERO;
    let mut pieces = Vec::with_capacity(if explain { spec.parts.len() } else { 0 });
    let base = spec.base.unwrap_or(Decimal::ZERO);
    let base_text = match &spec.base_note {
        _ if !explain => String::new(),
        Some(n) => format!("{} ({n})", text::rp(base, lang)),
        None => text::rp(base, lang),
    };
    let factor_text = if factor == Decimal::ONE || !explain {
        String::new()
    } else {
        format!(" × {}", text::pct(factor, lang))
    };
    let mut single_rate = None;
    for part in spec.parts {
        let (payer, exact, full, piece) = match *part {
            Part::Rate(p, rate) => {
                single_rate = Some(single_rate.map_or(rate, |r: Decimal| r + rate));
                let exact = times(times(base, rate), factor);
                let amount = round_share(exact);
                let piece = if explain {
                    format!("{}{factor_text} × {base_text} = {}", text::pct(rate, lang), text::rp(amount, lang))
                } else {
                    String::new()
                };
                let full = if factor == Decimal::ONE { amount } else { round_share(times(base, rate)) };
                (p, amount, full, piece)
            }
            Part::Fixed(p, amount) => {
                let exact = round_share(amount * factor);
                let piece = if !explain {
                    String::new()
                } else if factor == Decimal::ONE {
                    text::rp(amount, lang)
                } else {
                    format!("{}{factor_text} = {}", text::rp(amount, lang), text::rp(exact, lang))
                };
                let full = if factor == Decimal::ONE { exact } else { round_share(amount) };
                (p, exact, full, piece)
            }
        };
        // `a = a + b`, not `+=`: see `Shares::add`.
        full_total = full_total + full;
        match payer {
            Payer::Employer => employer = employer + exact,
            Payer::Worker => worker = worker + exact,
            Payer::Government => government = government + exact,
        }
        if explain {
            pieces.push((payer, piece));
        }
    }
    let total = employer + worker + government;
    let mut explanation = if !explain {
        String::new()
    } else if spec.parts.len() == 1 {
        pieces[0].1.clone()
    } else {
        let mut joined = String::new();
        for (p, s) in &pieces {
            text::push_item(&mut joined, " + ", format_args!("{s} ({})", p.label(lang)));
        }
        format!("{joined} = {}", text::rp(total, lang))
    };
    let mut all_sources = sources(&spec.sources);
    let relief = spec.relief.map(|r| {
        let (from, to) = relief_dates(r);
        let relief_source = source_ref(r.source);
        if !all_sources.contains(&relief_source) {
            all_sources.push(relief_source);
        }
        if explain {
        explanation.push_str(&match lang {
            Lang::Id => format!(
                ". Keringanan {} ({}%) berlaku sampai {}; tanpa keringanan {}",
                r.source.instrument,
                text::number((Decimal::ONE - r.factor) * Decimal::ONE_HUNDRED, lang),
                text::date(to, lang),
                text::rp(full_total, lang)
            ),
            Lang::En => format!(
                ". Relief under {} ({}% off) applies until {}; without it {}",
                r.source.instrument,
                text::number((Decimal::ONE - r.factor) * Decimal::ONE_HUNDRED, lang),
                text::date(to, lang),
                text::rp(full_total, lang)
            ),
        });
        }
        ReliefApplied {
            id: r.id,
            instrument: r.source.instrument,
            factor: r.factor,
            from: from.iso(),
            until: to.iso(),
            full_amount: full_total,
            verified: r.source.verified,
        }
    });
    let only_rate = spec.parts.iter().all(|p| matches!(p, Part::Rate(..)));
    Line {
        program: spec.program,
        period: if spec.once { "once" } else { "month" },
        base: spec.base,
        rate: if only_rate { single_rate.map(|r| r * factor) } else { None },
        employer,
        worker,
        government,
        total,
        sources: all_sources,
        explanation,
        relief,
        redirected: Vec::new(),
        notes: Vec::new(),
    }
}
