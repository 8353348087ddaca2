//! JKP (job loss): who takes part, whether a termination gives the cash benefit, and how much.
//!
//! The conditions (contribution history, excluded causes, claim window) follow the regime of
//! the termination date. The amount of each monthly payment follows the regime in force on the
//! day it is paid: the reference (regulations.md §5.6, newer than issue 3 on this point) reads
//! PP 6/2025's transition (Pasal II angka 2; Penjelasan Umum) as "every JKP payment from 7 February
//! 2025 is 60%", whatever the termination date, so a running PP 37/2021 claim switches to 60%
//! for the months paid from then on.

use crate::text::t;
use super::input::{Cause, Citizenship, EventKind};
use super::{absent, at, cell_int, table, Check, Ctx, OneSource, Status, Step};
use crate::case::{EnterpriseSize, Participant};
use crate::date::Date;
use crate::error::Error;
use crate::law::{self, Source};
use crate::money::round_share;
use rust_decimal::Decimal;

/// The cited rules of JKP with no figure (src/law/statements.toml).
use crate::law::{JKP_CLAIMS as CLAIMS_SOURCE, JKP_EXCLUSIONS as EXCLUSION_SOURCE, JKP_PARTICIPANT as PARTICIPANT_SOURCE};

pub fn evaluate(ctx: &mut Ctx) -> Result<(), Error> {
    let d0 = ctx.case.as_of;
    let Participant::WageEarner(w) = &ctx.case.participant else {
        ctx.participation(
            "JKP",
            Status::NotAvailable,
            "employmentRelationshipOnly",
            ctx.text("JKP hanya untuk pekerja penerima upah yang punya hubungan kerja; segmen ini tidak ikut JKP.", "JKP is only for wage earners in an employment relationship; this segment does not take part."),
            &[PARTICIPANT_SOURCE],
        );
        return Ok(());
    };
    let size = w.size;
    if let Some(src) = absent(&law::JKP_BENEFIT_SCHEDULE, d0) {
        ctx.participation(
            "JKP",
            Status::NotAvailable,
            "notYetInForce",
            ctx.text("JKP belum ada pada tanggal ini (mulai dengan PP 37/2021).", "JKP did not exist on this date (it began with PP 37/2021)."),
            &[src],
        );
    } else if ctx.input.citizenship == Some(Citizenship::Wna) {
        ctx.participation(
            "JKP",
            Status::NotAvailable,
            "citizensOnly",
            ctx.text("JKP hanya untuk warga negara Indonesia.", "JKP is only for Indonesian citizens."),
            &[PARTICIPANT_SOURCE],
        );
    } else {
        ctx.participation(
            "JKP",
            Status::Mandatory,
            "mandatoryWithRequiredPrograms",
            ctx.text("Pekerja WNI yang terdaftar sebelum berumur 54 tahun dan diikutkan pada program yang diwajibkan menurut skala usaha menjadi peserta JKP; iurannya dibayar pemerintah dan dari rekomposisi.", "An Indonesian worker registered before age 54 and enrolled in the programs the enterprise size requires is a JKP participant; the contribution comes from the government and the recomposition."),
            &[PARTICIPANT_SOURCE],
        );
    }
    let Some(e) = &ctx.input.event else { return Ok(()) };
    if e.kind != EventKind::JobLoss {
        return Ok(());
    }
    let t = e.date;
    let lang = ctx.lang;
    let mut c = Check::new("JKP", "cashBenefit");
    if let Some(src) = absent(&law::JKP_BENEFIT_SCHEDULE, t) {
        c.no(
            "notYetInForce",
            ctx.text("JKP belum ada pada tanggal PHK.", "JKP did not exist on the termination date."),
            &[src],
        );
        ctx.decide(c);
        return Ok(());
    }
    if let (Some(src), Some(open)) = (absent(&law::JKP_CLAIMS_PAID, t), law::JKP_CLAIMS_PAID.versions.iter().find(|v| matches!(v.value, law::Value::Scalar(_)))) {
        let from = Date::from_key(open.from);
        c.unknown(
            "beforeClaimsWerePaid",
            t!(
                ctx.lang,
                "JKP sudah berlaku, tetapi klaim baru dibayar mulai {from_day}; apakah PHK sebelum itu mendapat manfaat belum pasti.",
                "JKP was in force, but claims were paid only from {from_day}; whether a termination before then gave a benefit is not settled.",
                from_day = ctx.day(from),
            ),
            &[src, open.source],
            &[],
        );
    }
    // Citizenship.
    match ctx.input.citizenship {
        Some(Citizenship::Wna) => c.no("citizensOnly", ctx.text("Bukan WNI: JKP hanya untuk warga negara Indonesia.", "Not an Indonesian citizen: JKP is only for citizens."), &[PARTICIPANT_SOURCE]),
        Some(Citizenship::Wni) => c.yes("citizen", ctx.text("Warga negara Indonesia.", "Indonesian citizen."), &[PARTICIPANT_SOURCE]),
        None => {
            c.yes("citizenAssumed", ctx.text("Dianggap WNI (kewarganegaraan tidak diisi).", "Taken to be an Indonesian citizen (citizenship not given)."), &[PARTICIPANT_SOURCE]);
            ctx.assume("citizenshipWni", ctx.text("Kewarganegaraan tidak diisi: dianggap WNI.", "No citizenship given: taken to be Indonesian (WNI)."));
        }
    }
    // Under 54 when registered.
    let max_age = at(&law::JKP_MAX_REGISTRATION_AGE, t, lang)?;
    let birth = w.birth_date;
    let start = ctx.input.history.membership_start;
    let under = |on: Date, b: Date| Decimal::from(Date::age_at(b, on)) < max_age.value;
    match (birth, start) {
        (Some(b), Some(s)) if under(s, b) => c.yes(
            "registeredUnder54",
            t!(ctx.lang, "Terdaftar pada umur {age} tahun, di bawah {max_age}.", "Registered at age {age}, under {max_age}.", age = Date::age_at(b, s), max_age = crate::text::Exact(max_age.value)),
            max_age.src(),
        ),
        (Some(b), Some(s)) => c.no(
            "registeredAt54OrOlder",
            t!(
                ctx.lang,
                "Terdaftar pada umur {age} tahun; peserta JKP harus terdaftar sebelum {max_age}.",
                "Registered at age {age}; JKP participants must register before {max_age}.",
                age = Date::age_at(b, s),
                max_age = crate::text::Exact(max_age.value),
            ),
            max_age.src(),
        ),
        (Some(b), None) if under(t, b) => c.yes(
            "registeredUnder54",
            t!(
                ctx.lang,
                "Berumur {age} tahun saat PHK, jadi terdaftar sebelum {max_age}.",
                "Aged {age} at the termination, so registered before {max_age}.",
                age = Date::age_at(b, t),
                max_age = crate::text::Exact(max_age.value),
            ),
            max_age.src(),
        ),
        (Some(_), None) => c.unknown(
            "registrationAgeUnknown",
            t!(ctx.lang, "Umur saat terdaftar tidak diketahui; harus di bawah {max_age} tahun.", "The age at registration is unknown; it must be under {max_age}.", max_age = crate::text::Exact(max_age.value)),
            max_age.src(),
            &["history.membershipStart"],
        ),
        (None, _) => c.unknown(
            "registrationAgeUnknown",
            t!(
                ctx.lang,
                "Tanggal lahir tidak diisi; umur saat terdaftar harus di bawah {max_age} tahun.",
                "No birth date given; the age at registration must be under {max_age}.",
                max_age = crate::text::Exact(max_age.value),
            ),
            max_age.src(),
            &["birthDate"],
        ),
    }
    // Programs required by the enterprise size: assumed enrolled, as the contributions are.
    let programs = match size {
        EnterpriseSize::Medium | EnterpriseSize::Large => "JKK, JKM, JHT, JP",
        _ => "JKK, JKM, JHT",
    };
    c.yes(
        "requiredProgramsAssumed",
        t!(
            ctx.lang,
            "Dianggap terdaftar pada program yang diwajibkan untuk skala usaha ini ({programs}), seperti pada hitungan iuran.",
            "Taken to be enrolled in the programs this enterprise size requires ({programs}), as in the contributions.",
        ),
        &[law::PROGRAMS_BY_ENTERPRISE_SIZE],
    );
    contribution_history(ctx, &mut c, t)?;
    // Excluded causes.
    match e.cause {
        None => c.unknown(
            "causeUnknown",
            ctx.text("Sebab PHK tidak diisi: mengundurkan diri, cacat total tetap, pensiun, meninggal, dan PKWT yang berakhir sesuai jangka waktunya tidak mendapat JKP.", "No cause of termination given: resignation, total permanent disability, retirement, death, and a fixed-term contract ending at its term give no JKP."),
            &[EXCLUSION_SOURCE],
            &["event.jobLossCause"],
        ),
        Some(Cause::Layoff) => c.yes("layoff", ctx.text("PHK oleh pemberi kerja.", "Terminated by the employer."), &[EXCLUSION_SOURCE]),
        Some(Cause::ContractEndedEarly) => c.yes("contractEndedEarly", ctx.text("PKWT diakhiri pemberi kerja sebelum jangka waktunya berakhir.", "A fixed-term contract ended by the employer before its term."), &[EXCLUSION_SOURCE]),
        Some(cause) => {
            let (id, en) = match cause {
                Cause::ContractExpired => ("PKWT yang berakhir sesuai jangka waktunya", "a fixed-term contract ending at its term"),
                Cause::Resignation => ("mengundurkan diri", "resignation"),
                Cause::Retirement => ("pensiun", "retirement"),
                Cause::TotalPermanentDisability => ("cacat total tetap", "total permanent disability"),
                _ => ("meninggal dunia", "death"),
            };
            c.no(
                "excludedCause",
                t!(ctx.lang, "Sebab PHK \"{id}\" dikecualikan dari JKP.", "Termination by {en} is excluded from JKP."),
                &[EXCLUSION_SOURCE],
            );
        }
    }
    claim_window(ctx, &mut c, t, e.claim_date)?;
    c.note(
        "atMostThreeClaims",
        ctx.text("JKP dapat diklaim paling banyak 3 kali selama usia kerja; klaim kedua dan ketiga masing-masing perlu masa iur 5 tahun sejak klaim sebelumnya. Hak juga hilang bila sudah mendapat pekerjaan.", "JKP can be claimed at most 3 times in a working life; the second and third claims each need 5 years of contributions after the previous one. The right also ends on finding work."),
        &[CLAIMS_SOURCE],
    );
    let status = ctx.decide(c);
    let (failed, undecided) = (status == Status::NotEligible, status == Status::Undecided);
    if failed {
        return Ok(());
    }
    cash(ctx, t, e.claim_date, w.wage, undecided)
}

/// 12 contribution months within the 24 before the termination; under PP 37/2021 also the
/// 6 months just before it, in a row.
fn contribution_history(ctx: &mut Ctx, c: &mut Check, t: Date) -> Result<(), Error> {
    let lang = ctx.lang;
    let need = at(&law::JKP_MONTHS_REQUIRED, t, lang)?;
    let window = at(&law::JKP_WINDOW_MONTHS, t, lang)?;
    let h = &ctx.input.history;
    let (n, w) = (need.value, window.value);
    let src = [need.source, window.source];
    match (h.last24, h.months, h.membership_start) {
        (Some(a), _, _) => {
            let paid = a.iter().filter(|x| **x).count();
            let msg = t!(
                ctx.lang,
                "{paid} bulan iuran dalam {w} bulan sebelum PHK; perlu paling sedikit {n}.",
                "{paid} contribution months in the {w} months before the termination; at least {n} needed.",
                w = crate::text::Exact(w),
                n = crate::text::Exact(n),
            );
            if Decimal::from(paid) >= n {
                c.yes("monthsInWindowMet", msg, &src);
            } else {
                c.no("monthsInWindowNotMet", msg, &src);
            }
        }
        (None, Some(m), _) if Decimal::from(m) < n => c.no(
            "monthsInWindowNotMet",
            t!(
                ctx.lang,
                "Seluruh masa iur {m} bulan, kurang dari {n} bulan dalam {w} bulan sebelum PHK.",
                "Only {m} contribution months in all, fewer than the {n} needed within the {w} months before the termination.",
                n = crate::text::Exact(n),
                w = crate::text::Exact(w),
            ),
            &src,
        ),
        // Of m months paid since membership began, at most (span − window) lie before the
        // window, so at least m − (span − window) lie within it.
        (None, Some(m), Some(s)) if Decimal::from(i64::from(m) - i64::from((Date::months_between(s, t) + 1).max(0)) ) + w >= n => {
            let span = (Date::months_between(s, t) + 1).max(0);
            let least = (Decimal::from(i64::from(m) - i64::from(span)) + w).min(Decimal::from(m));
            c.yes(
                "monthsInWindowMet",
                t!(
                    ctx.lang,
                    "Kepesertaan mulai {s_day} ({span} bulan sampai PHK) dengan {m} bulan iuran, jadi paling sedikit {least} bulan iuran dalam {w} bulan sebelum PHK; perlu {n}.",
                    "Membership began {s_day} ({span} months to the termination) with {m} months paid, so at least {least} of them lie within the {w} months before it; {n} needed.",
                    s_day = ctx.day(s),
                    least = crate::text::Exact(least),
                    w = crate::text::Exact(w),
                    n = crate::text::Exact(n),
                ),
                &src,
            )
        }
        _ => c.unknown(
            "monthsInWindowUnknown",
            t!(
                ctx.lang,
                "Perlu {n} bulan iuran dalam {w} bulan sebelum PHK; isi catatan 24 bulan terakhir.",
                "{n} contribution months are needed within the {w} months before the termination; give the record of the last 24 months.",
                n = crate::text::Exact(n),
                w = crate::text::Exact(w),
            ),
            &src,
            &["history.last24"],
        ),
    }
    if let Some(src) = absent(&law::JKP_CONSECUTIVE_MONTHS, t) {
        let from = law::JKP_CONSECUTIVE_MONTHS.version(t).map_or(0, |v| v.from);
        let dropped = law::JKP_CONSECUTIVE_MONTHS.versions.iter().any(|v| v.from < from && matches!(v.value, law::Value::Scalar(_)));
        if dropped {
            c.note(
                "consecutiveMonthsDropped",
                ctx.text("Syarat 6 bulan iuran berturut-turut sebelum PHK sudah dihapus untuk PHK pada tanggal ini.", "The condition of 6 consecutive months before the termination no longer applies on this date."),
                &[src],
            );
        }
        return Ok(());
    }
    let k = at(&law::JKP_CONSECUTIVE_MONTHS, t, lang)?;
    let kn = super::whole(k.value).and_then(|v| usize::try_from(v).ok()).unwrap_or(0).min(24);
    match h.last24 {
        Some(a) => {
            let ok = a[24 - kn..].iter().all(|x| *x);
            let msg = t!(ctx.lang, "{kn} bulan terakhir sebelum PHK harus dibayar berturut-turut.", "The last {kn} months before the termination must be paid in a row.");
            if ok {
                c.yes("consecutiveMonthsMet", msg, k.src());
            } else {
                c.no("consecutiveMonthsNotMet", msg, k.src());
            }
        }
        None => c.unknown(
            "consecutiveMonthsUnknown",
            t!(
                ctx.lang,
                "Untuk PHK pada tanggal ini perlu {kn} bulan iuran berturut-turut sebelum PHK; isi catatan 24 bulan terakhir.",
                "A termination on this date needs {kn} consecutive contribution months before it; give the record of the last 24 months.",
            ),
            k.src(),
            &["history.last24"],
        ),
    }
    Ok(())
}

/// The claim window: the right lapses if not claimed within the months of the regime. When
/// the window of the termination date ends after a longer window took effect, the longer one
/// applies (the right was still alive). Whether a right that had already lapsed revives is
/// unknown (reference §8 item 12).
fn claim_window(ctx: &mut Ctx, c: &mut Check, t: Date, claim: Option<Date>) -> Result<(), Error> {
    let lang = ctx.lang;
    let w0 = at(&law::JKP_CLAIM_MONTHS, t, lang)?;
    let months = |v: Decimal| i32::try_from(super::whole(v).unwrap_or(0)).unwrap_or(0);
    let first = t.add_months(months(w0.value));
    let wl = at(&law::JKP_CLAIM_MONTHS, first, lang)?;
    let deadline = t.add_months(months(wl.value).max(months(w0.value)));
    let on = claim.unwrap_or(ctx.case.as_of);
    let what = if claim.is_some() { ctx.text("Klaim diajukan", "Claimed") } else { ctx.text("Pada tanggal perhitungan", "On the date of the calculation") };
    if on <= deadline {
        c.yes(
            "withinClaimWindow",
            t!(
                ctx.lang,
                "{what} {on_day}: dalam batas {limit} bulan sejak PHK (sampai {deadline_day}).",
                "{what} {on_day}: within the {limit} months after the termination (until {deadline_day}).",
                on_day = ctx.day(on),
                limit = crate::text::Exact(wl.value.max(w0.value)),
                deadline_day = ctx.day(deadline),
            ),
            &[w0.source, wl.source],
        );
        return Ok(());
    }
    let wc = at(&law::JKP_CLAIM_MONTHS, on, lang)?;
    if on <= t.add_months(months(wc.value)) {
        c.unknown(
            "lapsedRightRevivalUnknown",
            t!(
                ctx.lang,
                "Hak klaim gugur pada {deadline_day} menurut aturan saat PHK; aturan baru memberi {wc} bulan, tetapi apakah hak yang sudah gugur hidup kembali belum diketahui.",
                "The right lapsed on {deadline_day} under the rule of the termination date; the new rule gives {wc} months, but whether a lapsed right revives is not known.",
                deadline_day = ctx.day(deadline),
                wc = crate::text::Exact(wc.value),
            ),
            &[w0.source, wc.source],
            &[],
        );
        return Ok(());
    }
    c.no(
        "claimWindowPassed",
        t!(
            ctx.lang,
            "{what} {on_day}: lewat batas klaim {deadline_day} (hak gugur).",
            "{what} {on_day}: past the claim deadline of {deadline_day} (the right lapsed).",
            on_day = ctx.day(on),
            deadline_day = ctx.day(deadline),
        ),
        &[w0.source, wl.source],
    );
    Ok(())
}

/// The cash benefit, month by month: the schedule in force on each payment day, on the wage
/// capped at the JKP ceiling of the termination date.
fn cash(ctx: &mut Ctx, t: Date, claim: Option<Date>, wage: Decimal, undecided: bool) -> Result<(), Error> {
    let lang = ctx.lang;
    let cap = at(&law::JKP_BENEFIT_WAGE_CAP, t, lang)?;
    let base = wage.min(cap.value);
    let first = table(&law::JKP_BENEFIT_SCHEDULE, t, lang)?;
    let n = first.rows.iter().filter_map(|r| cell_int(r, 1)).max().unwrap_or(0).clamp(0, 24) as u32;
    let start = claim.unwrap_or(t);
    ctx.assume(
        "jkpPaymentDates",
        ctx.text("Pembayaran JKP bulan ke-k dianggap jatuh k bulan sesudah klaim (atau sesudah PHK bila tanggal klaim tidak diisi); besarannya mengikuti aturan yang berlaku pada hari pembayaran.", "JKP payment k is taken to fall k months after the claim (or the termination when no claim date is given); its rate follows the rule in force on the payment day."),
    );
    let mut steps = Vec::new();
    let mut srcs: Vec<Source> = vec![cap.source];
    let mut total = Decimal::ZERO;
    let mut verified = true;
    for k in 1..=n {
        let paid = start.add_months(k as i32);
        let tab = table(&law::JKP_BENEFIT_SCHEDULE, paid, lang)?;
        let kk = i64::from(k);
        let Some(row) = tab.rows.iter().find(|r| cell_int(r, 0).unwrap_or(i64::MAX) <= kk && kk <= cell_int(r, 1).unwrap_or(-1)) else { break };
        let rate = row.cells.get(2).copied().unwrap_or_default();
        verified &= row.verified;
        let amount = round_share(rate * base);
        total = total + amount;
        if !srcs.contains(&tab.source) {
            srcs.push(tab.source);
        }
        steps.push(Step { month: k, date: Some(paid.to_string()), rate, amount, instrument: tab.source.instrument });
    }
    let mut parts = String::new();
    let mut i = 0;
    while i < steps.len() {
        let r = steps[i].rate;
        let mut j = i;
        while j < steps.len() && steps[j].rate == r {
            j += 1;
        }
        super::push_instalments(&mut parts, ctx.lang, j - i, r, base, steps[i].amount);
        i = j;
    }
    let capped = if wage > cap.value {
        t!(ctx.lang, " (upah {wage_rp} dibatasi {cap_rp})", " (wage {wage_rp} capped at {cap_rp})", wage_rp = ctx.rp(wage), cap_rp = ctx.rp(cap.value))
    } else {
        String::new()
    };
    let ex = format!("{parts}{capped} = {}", ctx.rp(total));
    let months = steps.len() as u32;
    let mixed = steps.windows(2).any(|w| w[0].instrument != w[1].instrument);
    let b = ctx.benefit("JKP", "cashBenefit", total, "total", ex, &srcs);
    b.verified &= verified;
    b.months = Some(months);
    b.schedule = steps;
    if mixed {
        // The regime of the later payments, from the law data: its first day, instrument and rate.
        if let Some(v) = law::JKP_BENEFIT_SCHEDULE.versions.last() {
            let rate = match v.value {
                law::Value::Table(rows) => rows.first().and_then(|r| r.cells.get(2)).map(|r| crate::text::pct(*r, lang)).unwrap_or_default(),
                _ => String::new(),
            };
            let day = crate::text::date(crate::date::Date::from_key(v.from), lang);
            let instrument = v.source.instrument;
            b.notes.push(t!(
                lang,
                "Sejak {day} setiap pembayaran JKP mengikuti {instrument} ({rate}), juga untuk PHK sebelumnya (Pasal II angka 2).",
                "From {day} every JKP payment follows {instrument} ({rate}), also for terminations before it (Pasal II number 2).",
            ));
        }
    }
    if undecided {
        b.notes.push(super::text(lang, "Jumlah ini berlaku bila syarat yang belum pasti di atas terpenuhi.", "This amount applies if the undecided conditions above are met."));
    }
    b.notes.push(super::text(lang, "Selain uang tunai: informasi pasar kerja dan pelatihan kerja.", "Besides cash: job-market information and training."));
    Ok(())
}
