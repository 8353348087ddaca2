//! The sponsor budget: what a village, a regional government, a cooperative or an NGO pays
//! for groups of self-employed (BPU) workers over a number of months (docs/contract-sponsor.md).
//!
//! Nothing here knows a rule. Each month of each group is priced as the case of one
//! `selfEmployed` worker it stands for (the group's fields read by `read`), through
//! `programs::contributions`,
//! so the law in force in that month applies (the PP 50/2025 relief ends 31 December 2026 for
//! most workers and 31 March 2027 for transport workers). Consecutive months that cost the same
//! are gathered into periods; the budget multiplies whole-rupiah amounts by months and workers,
//! so no rounding happens here (the shares are rounded per worker per month by
//! `money::round_share`, inside `statement::line`).

use crate::api::{Notice, SourceRef};
use crate::case::{self, Case, Detail, GroupIncome, IncomePer, Participant, Sponsor, SponsorGroup};
use crate::read::in_group;
use crate::text::t;
use crate::date::Date;
use crate::error::{Code, Error};
use crate::law;
use crate::text::{self, Lang};
use rust_decimal::Decimal;


pub use crate::api::budget::{Budget, Group, GroupLine, Period, PeriodLine, ProgramTotal};

/// One month of one worker of a group, as computed.
struct Month {
    date: Date,
    lines: Vec<PeriodLine>,
    sources: Vec<(&'static str, Vec<SourceRef>)>,
    total: Decimal,
}

fn month_code(d: Date) -> String {
    format!("{:04}-{:02}", d.year, d.month)
}



#[inline(never)]
fn invalid(field: &str, message: String) -> Error {
    Error::new(Code::InvalidInput, Some(field), message)
}

fn too_large(lang: Lang) -> Error {
    invalid(
        "sponsor",
        text::text(lang, "Anggaran menjadi terlalu besar untuk dihitung; perkecil jumlah pekerja atau bulan.", "The budget grows too large to compute; use fewer workers or months."),
    )
}

// The budget's exact sums and products, or the error of a budget too large.
fn add(a: Decimal, b: Decimal, lang: Lang) -> Result<Decimal, Error> {
    crate::money::add(a, b).ok_or_else(|| too_large(lang))
}

fn mul(a: Decimal, b: Decimal, lang: Lang) -> Result<Decimal, Error> {
    crate::money::mul(a, b).ok_or_else(|| too_large(lang))
}






/// The case of one worker of a group in one month: a self-employed worker's, as the single
/// request of that month would read (a group given by bracket is priced on the bracket's base
/// in force that month).
fn month_case(top: &Case, group: &SponsorGroup, date: Date, detail: Detail) -> Result<Case, Error> {
    let public_budget = matches!(&top.participant, Participant::SelfEmployed(s) if s.public_budget);
    let (given, per, monthly) = match group.income {
        GroupIncome::Given { per, amount, monthly } => (amount, per, monthly),
        GroupIncome::Bracket(n) => {
            let base = law::BPU_BRACKETS
                .table(date)
                .and_then(|t| t.rows.get(n - 1))
                .and_then(|r| r.cells.get(1).copied())
                .and_then(|b| crate::money::parse_decimal(text::plain(b).as_str()))
                .ok_or_else(|| crate::programs::missing(law::BPU_BRACKETS.name, top))?;
            (base, IncomePer::Month, base)
        }
    };
    Ok(Case {
        as_of: date,
        lang: top.lang,
        participant: Participant::SelfEmployed(case::SelfEmployed {
            given,
            per,
            monthly,
            include_jht: group.include_jht,
            occupation: group.occupation,
            public_budget,
            employs_others: None,
            birth_date: None,
        }),
        warnings: case::date_notices(date, top.lang),
        detail,
    })
}

/// Computes a sponsor budget, with the notices of its months (each once).
pub fn calculate(request: &Sponsor) -> Result<(Budget, Vec<Notice>), Error> {
    let Sponsor { top, months, groups: asks } = request;
    let (top, months) = (top, *months);
    let lang = top.lang;
    let explain = top.explain();
    let public_budget = matches!(&top.participant, Participant::SelfEmployed(s) if s.public_budget);
    let first = top.as_of.month_start();
    let last = first.add_months(months as i32 - 1);

    let mut warnings = top.notices();
    let mut groups = Vec::with_capacity(asks.len());
    let mut programs: Vec<ProgramTotal> = Vec::new();
    let mut total = Decimal::ZERO;
    let mut workers: u64 = 0;
    for ask in asks {
        let mut computed: Vec<Month> = Vec::with_capacity(months as usize);
        let mut first_case: Option<Case> = None;
        for m in 0..months {
            let date = if m == 0 { top.as_of } else { first.add_months(m as i32) };
            let case = month_case(top, ask, date, Detail::Amounts).map_err(|e| in_group(e, ask.index))?;
            let out = crate::programs::contributions(&case).map_err(|e| in_group(e, ask.index))?;
            // Each notice once, the first time it comes; a message is copied only then.
            for (code, message) in &case.warnings {
                if !warnings.iter().any(|w| w.code == *code) {
                    warnings.push(Notice { code, message: message.clone() });
                }
            }
            for n in out.warnings {
                if !warnings.iter().any(|w| w.code == n.code) {
                    warnings.push(n);
                }
            }
            let mut month = Month { date, lines: Vec::with_capacity(out.lines.len()), sources: Vec::with_capacity(out.lines.len()), total: Decimal::ZERO };
            for l in out.lines {
                month.lines.push(PeriodLine {
                    program: l.program,
                    monthly: l.total,
                    relief: l.relief.as_ref().map(|r| r.id),
                    full_amount: l.relief.as_ref().map(|r| r.full_amount),
                });
                month.total = month.total + l.total;
                month.sources.push((l.program, l.sources));
            }
            computed.push(month);
            if m == 0 {
                first_case = Some(case);
            }
        }
        let Some(Participant::SelfEmployed(s)) = first_case.map(|c| c.participant) else {
            return Err(unread());
        };
        let mut group = budget_group(ask, &s, &computed, lang, explain)?;
        if explain {
            group.protection = protection(top, ask)?;
        }
        for l in &group.lines {
            match programs.iter_mut().find(|p| p.program == l.program) {
                Some(p) => p.total = add(p.total, l.subtotal, lang)?,
                None => programs.push(ProgramTotal { program: l.program, total: l.subtotal }),
            }
        }
        total = add(total, group.subtotal, lang)?;
        workers += u64::from(ask.count);
        groups.push(group);
    }

    let explanation = if !explain {
        String::new()
    } else if groups.len() == 1 {
        t!(lang, "{workers} pekerja selama {months} bulan: {total_rp}.", "{workers} workers for {months} months: {total_rp}.", total_rp = text::rp(total, lang))
    } else {
        let mut sum = String::new();
        for g in &groups {
            text::push_item(&mut sum, " + ", format_args!("{}", text::rp(g.subtotal, lang)));
        }
        t!(
            lang,
            "{workers} pekerja dalam {n_groups} kelompok selama {months} bulan: {sum} = {total_rp}.",
            "{workers} workers in {n_groups} groups for {months} months: {sum} = {total_rp}.",
            n_groups = groups.len(),
            total_rp = text::rp(total, lang),
        )
    };
    let notes = if explain {
        vec![text::text(
            lang,
            "Iuran tiap bulan dihitung dengan aturan yang berlaku pada bulan itu, per pekerja, dan tiap bagian dibulatkan sekali ke rupiah penuh; anggaran adalah jumlah pekerja × jumlah bulan × iuran itu, tanpa pembulatan lagi.",
            "Each month is priced by the rules in force in that month, per worker, each share rounded once to whole rupiah; the budget is workers × months × that amount, with no further rounding.",
        )]
    } else {
        Vec::new()
    };
    let budget = Budget {
        months,
        first_month: month_code(first),
        last_month: month_code(last),
        public_budget,
        workers,
        groups,
        programs,
        total,
        explanation,
        notes,
    };
    Ok((budget, warnings))
}

/// Not reachable: `calculate` is only called when `requested` is true and the first month's
/// case was read. An error rather than a panic all the same.
fn unread() -> Error {
    Error::new(Code::InvalidInput, Some("sponsor"), "`sponsor` tidak dapat dibaca. / `sponsor` could not be read.".into())
}

fn budget_group(ask: &SponsorGroup, s: &case::SelfEmployed, computed: &[Month], lang: Lang, explain: bool) -> Result<Group, Error> {
    let count = Decimal::from(ask.count);
    // Runs of months with the same lines.
    let mut periods: Vec<Period> = Vec::new();
    for m in computed {
        match periods.last_mut() {
            Some(p) if p.lines == m.lines => {
                p.months += 1;
                p.until = month_code(m.date);
                p.end = m.date;
            }
            _ => periods.push(Period {
                from: month_code(m.date),
                until: month_code(m.date),
                months: 1,
                monthly: m.total,
                relief: m.lines.iter().any(|l| l.relief.is_some()),
                lines: m.lines.clone(),
                start: m.date,
                end: m.date,
            }),
        }
    }
    let relief_months = periods.iter().filter(|p| p.relief).map(|p| p.months).sum();
    let full_price_months = periods.iter().filter(|p| !p.relief).map(|p| p.months).sum();

    // The arithmetic: "120 × (Rp8.400 × 2 bulan + Rp16.800 × 10 bulan) = Rp…".
    let unit = lang.t("bulan", "months");
    let formula = |amounts: &[(Decimal, u32)], result: Decimal| {
        let mut inner = String::new();
        for (a, n) in amounts {
            text::push_item(&mut inner, " + ", format_args!("{} × {n} {unit}", text::rp(*a, lang)));
        }
        if amounts.len() != 1 {
            inner = format!("({inner})");
        }
        format!("{} × {inner} = {}", ask.count, text::rp(result, lang))
    };

    let mut lines: Vec<GroupLine> = Vec::new();
    let mut program_order: Vec<&'static str> = Vec::new();
    for p in &periods {
        for l in &p.lines {
            if !program_order.contains(&l.program) {
                program_order.push(l.program);
            }
        }
    }
    for program in program_order {
        let mut per_worker = Decimal::ZERO;
        let mut terms = Vec::new();
        for p in &periods {
            let amount = p.lines.iter().find(|l| l.program == program).map(|l| l.monthly).unwrap_or(Decimal::ZERO);
            per_worker = add(per_worker, mul(amount, Decimal::from(p.months), lang)?, lang)?;
            // A line that did not change between periods (JHT) is one term.
            match terms.last_mut() {
                Some((a, n)) if *a == amount => *n += p.months,
                _ => terms.push((amount, p.months)),
            }
        }
        let subtotal = mul(per_worker, count, lang)?;
        let mut sources: Vec<SourceRef> = Vec::new();
        for m in computed {
            for (prog, list) in &m.sources {
                if *prog == program {
                    for src in list {
                        if !sources.contains(src) {
                            sources.push(src.clone());
                        }
                    }
                }
            }
        }
        lines.push(GroupLine {
            program,
            per_worker,
            subtotal,
            sources,
            explanation: if explain { format!("{program}: {}", formula(&terms, subtotal)) } else { String::new() },
        });
    }
    let mut per_worker = Decimal::ZERO;
    for p in &periods {
        per_worker = add(per_worker, mul(p.monthly, Decimal::from(p.months), lang)?, lang)?;
    }
    let subtotal = mul(per_worker, count, lang)?;
    let explanation = if explain {
        let mut terms: Vec<(Decimal, u32)> = Vec::with_capacity(periods.len());
        for p in &periods {
            terms.push((p.monthly, p.months));
        }
        let mut e = formula(&terms, subtotal);
        let mut spans = String::new();
        for p in &periods {
            let span = if p.from == p.until {
                text::month_year(p.start, lang)
            } else {
                format!("{} – {}", text::month_year(p.start, lang), text::month_year(p.end, lang))
            };
            let what = if p.relief { lang.t("dengan keringanan", "with relief") } else { lang.t("harga penuh", "full price") };
            text::push_item(&mut spans, "; ", format_args!("{span}: {} {what}", text::rp(p.monthly, lang)));
        }
        e.push_str(" (");
        e.push_str(&spans);
        e.push(')');
        e
    } else {
        String::new()
    };
    let table = law::BPU_BRACKETS.table(computed.first().map(|m| m.date).unwrap_or_else(law::coverage_from));
    let (bracket, base) = table
        .and_then(|t| crate::programs::bpu::bracket(t.rows, s.monthly))
        .map(|(n, _, _, b, _)| (n, b))
        .unwrap_or((0, Decimal::ZERO));
    Ok(Group {
        count: ask.count,
        occupation: s.occupation.code,
        include_jht: s.include_jht,
        monthly_income: s.monthly,
        bracket,
        base,
        periods,
        relief_months,
        full_price_months,
        lines,
        per_worker,
        subtotal,
        explanation,
        protection: None,
    })
}

/// The protection summary of one worker of a group in the first month: the case of the
/// budget's first month, with its benefits evaluated (no benefit question asked).
fn protection(top: &Case, group: &SponsorGroup) -> Result<Option<crate::benefits::protection::Protection>, Error> {
    let case = month_case(top, group, top.as_of, Detail::Full).map_err(|e| in_group(e, group.index))?;
    Ok(crate::benefits::evaluate(&case, &crate::questions::Input::none()).map_err(|e| in_group(e, group.index))?.protection)
}
