//! Reads the law data in `src/law/*.toml`, refuses anything without a source, and emits Rust
//! tables into `$OUT_DIR/law_data.rs`. No parser ships in the library or the wasm.
//!
//! Refused at build time: a value without `source`, `article`, `conf` or `lastVerified`; a
//! source that is not in the instrument registry; an unknown confidence mark; dates that are
//! not strictly increasing; a parameter that does not start at the coverage date; a table row
//! with the wrong number of cells; a relief regime naming an unknown program or condition.

use rust_decimal::Decimal;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::str::FromStr;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    meta: Option<Meta>,
    #[serde(default)]
    instrument: BTreeMap<String, Instrument>,
    #[serde(default)]
    param: BTreeMap<String, Param>,
    #[serde(default)]
    relief: BTreeMap<String, Relief>,
    #[serde(default)]
    occupation: BTreeMap<String, Occupation>,
    #[serde(default)]
    statement: BTreeMap<String, Statement>,
}

/// A cited rule with no figure of its own (who may join, which causes are excluded): the source
/// that sentences and reasons cite, kept with the rest of the law rather than in code.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Statement {
    doc: String,
    source: String,
    article: String,
    conf: String,
    last_verified: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Meta {
    coverage_from: String,
    verified_until: String,
    version: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Instrument {
    id: String,
    en: String,
    date: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Param {
    doc: String,
    #[serde(default)]
    columns: Vec<String>,
    values: Vec<Version>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Version {
    from: String,
    #[serde(default)]
    value: Option<String>,
    #[serde(default)]
    absent: bool,
    #[serde(default)]
    rows: Vec<Row>,
    source: String,
    article: String,
    conf: String,
    last_verified: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    cells: Vec<String>,
    conf: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Relief {
    from: String,
    to: String,
    factor: String,
    programs: Vec<String>,
    segment: String,
    condition: String,
    source: String,
    article: String,
    conf: String,
    last_verified: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Occupation {
    order: u32,
    id: String,
    en: String,
    transport: bool,
    source: String,
    article: String,
    conf: String,
    last_verified: String,
}

fn date(s: &str, what: &str) -> u32 {
    let b = s.as_bytes();
    let ok = b.len() == 10 && b[4] == b'-' && b[7] == b'-';
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    match (ok, num(0..4), num(5..7), num(8..10)) {
        (true, Some(y), Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d) => {
            y * 10000 + m * 100 + d
        }
        _ => panic!("law data: {what}: bad date {s:?} (want YYYY-MM-DD)"),
    }
}

fn dec(s: &str, what: &str) -> String {
    let d = Decimal::from_str(s).unwrap_or_else(|_| panic!("law data: {what}: bad decimal {s:?}"));
    let u = d.unpack();
    format!(
        "Decimal::from_parts({}, {}, {}, {}, {})",
        u.lo, u.mid, u.hi, u.negative, u.scale
    )
}

/// Confidence marks of the reference (shared/reference/regulations.md). P and S2 count as
/// verified; one secondary source, recall, derivation or code-only evidence do not.
fn verified(conf: &str, what: &str) -> bool {
    match conf {
        "P" | "S2" => true,
        "S1" | "R" | "D" | "G" => false,
        _ => panic!("law data: {what}: unknown confidence mark {conf:?}"),
    }
}

fn esc(s: &str) -> String {
    format!("{s:?}")
}

fn main() {
    let dir = std::path::Path::new("src/law");
    println!("cargo:rerun-if-changed=src/law");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("src/law")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    names.sort();

    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut meta = None;
    let mut instruments = BTreeMap::new();
    let mut params = BTreeMap::new();
    let mut reliefs = BTreeMap::new();
    let mut occupations = BTreeMap::new();
    let mut statements = BTreeMap::new();
    for path in &names {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(path).expect("read law file");
        for b in text.bytes().filter(|b| *b != b'\r') {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        let f: File =
            toml::from_str(&text).unwrap_or_else(|e| panic!("law data: {}: {e}", path.display()));
        if let Some(m) = f.meta {
            assert!(meta.is_none(), "law data: [meta] given twice");
            meta = Some(m);
        }
        instruments.extend(f.instrument);
        for (k, v) in f.param {
            assert!(
                params.insert(k.clone(), v).is_none(),
                "law data: param {k} given twice"
            );
        }
        reliefs.extend(f.relief);
        occupations.extend(f.occupation);
        for (k, v) in f.statement {
            assert!(statements.insert(k.clone(), v).is_none(), "law data: statement {k} given twice");
        }
    }
    let meta = meta.expect("law data: no [meta]");
    let coverage_from = date(&meta.coverage_from, "meta.coverageFrom");
    let verified_until = date(&meta.verified_until, "meta.verifiedUntil");

    let mut out = String::new();
    out.push_str("// Generated by build.rs from src/law/*.toml. Do not edit.\n");
    writeln!(out, "pub const COVERAGE_FROM: u32 = {coverage_from};").unwrap();
    writeln!(out, "pub const VERIFIED_UNTIL: u32 = {verified_until};").unwrap();
    writeln!(out, "pub const LAW_VERSION: &str = {};", esc(&meta.version)).unwrap();
    writeln!(out, "pub const LAW_HASH: &str = \"{hash:016x}\";").unwrap();

    out.push_str("pub static INSTRUMENTS: &[Instrument] = &[\n");
    for (k, i) in &instruments {
        writeln!(
            out,
            "  Instrument {{ id: {}, title_id: {}, title_en: {}, date: {} }},",
            esc(k),
            esc(&i.id),
            esc(&i.en),
            date(&i.date, k)
        )
        .unwrap();
    }
    out.push_str("];\n");

    let source = |what: &str, src: &str, art: &str, conf: &str, lv: &str| -> String {
        assert!(
            instruments.contains_key(src),
            "law data: {what}: source {src:?} is not in the instrument registry"
        );
        assert!(!art.trim().is_empty(), "law data: {what}: empty article");
        let lv = date(lv, what);
        assert!(
            lv <= verified_until,
            "law data: {what}: lastVerified after verifiedUntil"
        );
        format!(
            "Source {{ instrument: {}, article: {}, verified: {}, last_verified: {lv} }}",
            esc(src),
            esc(art),
            verified(conf, what)
        )
    };

    let mut all = Vec::new();
    for (name, p) in &params {
        assert!(!p.doc.trim().is_empty(), "law data: {name}: no doc");
        assert!(!p.values.is_empty(), "law data: {name}: no values");
        let ident = name.to_uppercase();
        all.push(ident.clone());
        writeln!(out, "/// {}", p.doc.replace('\n', " ")).unwrap();
        writeln!(
            out,
            "pub static {ident}: Param = Param {{ name: {}, versions: &[",
            esc(name)
        )
        .unwrap();
        let mut prev = 0;
        for (i, v) in p.values.iter().enumerate() {
            let what = format!("{name}[{i}]");
            let from = date(&v.from, &what);
            if i == 0 {
                assert_eq!(
                    from, coverage_from,
                    "law data: {name}: must start at coverageFrom"
                );
            } else {
                assert!(from > prev, "law data: {name}: dates must increase");
            }
            prev = from;
            let value = match (&v.value, v.absent, v.rows.is_empty()) {
                (Some(x), false, true) => {
                    assert!(p.columns.is_empty(), "law data: {what}: table wants rows");
                    format!("Value::Scalar({})", dec(x, &what))
                }
                (None, true, true) => "Value::Absent".to_string(),
                (None, false, false) => {
                    assert!(!p.columns.is_empty(), "law data: {what}: rows need columns");
                    let mut s = String::from("Value::Table(&[");
                    for (j, r) in v.rows.iter().enumerate() {
                        let rw = format!("{what}.rows[{j}]");
                        assert_eq!(r.cells.len(), p.columns.len(), "law data: {rw}: cell count");
                        let cells: Vec<_> = r.cells.iter().map(|c| dec(c, &rw)).collect();
                        write!(
                            s,
                            "Row {{ cells: &[{}], verified: {} }},",
                            cells.join(", "),
                            verified(&r.conf, &rw)
                        )
                        .unwrap();
                    }
                    s.push_str("])");
                    s
                }
                _ => panic!("law data: {what}: give exactly one of value, absent, rows"),
            };
            writeln!(
                out,
                "  Version {{ from: {from}, value: {value}, source: {} }},",
                source(&what, &v.source, &v.article, &v.conf, &v.last_verified)
            )
            .unwrap();
        }
        out.push_str("] };\n");
    }
    writeln!(
        out,
        "pub static PARAMS: &[&Param] = &[{}];",
        all.iter()
            .map(|i| format!("&{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    )
    .unwrap();

    out.push_str("pub static RELIEFS: &[Relief] = &[\n");
    let mut rs: Vec<_> = reliefs.iter().collect();
    rs.sort_by_key(|(_, r)| date(&r.from, "relief"));
    for (k, r) in rs {
        let from = date(&r.from, k);
        let to = date(&r.to, k);
        assert!(from <= to, "law data: relief {k}: from after to");
        let programs: Vec<String> = r
            .programs
            .iter()
            .map(|p| match p.as_str() {
                "JKK" => "Program::Jkk".into(),
                "JKM" => "Program::Jkm".into(),
                _ => panic!("law data: relief {k}: unknown program {p}"),
            })
            .collect();
        let segment = match r.segment.as_str() {
            "wageEarner" => "SegmentKind::WageEarner",
            "selfEmployed" => "SegmentKind::SelfEmployed",
            "construction" => "SegmentKind::Construction",
            "wageEarner+selfEmployed+construction" => "SegmentKind::AllButMigrant",
            s => panic!("law data: relief {k}: unknown segment {s}"),
        };
        let condition = match r.condition.as_str() {
            "always" => "ReliefCondition::Always",
            "laborIntensive" => "ReliefCondition::LaborIntensive",
            "transportOwnAccountNotPublicBudget" => "ReliefCondition::TransportOwnAccountNotPublicBudget",
            "otherOwnAccountNotPublicBudget" => "ReliefCondition::OtherOwnAccountNotPublicBudget",
            s => panic!("law data: relief {k}: unknown condition {s}"),
        };
        writeln!(
            out,
            "  Relief {{ id: {}, from: {from}, to: {to}, factor: {}, programs: &[{}], segment: {segment}, condition: {condition}, source: {} }},",
            esc(k),
            dec(&r.factor, k),
            programs.join(", "),
            source(k, &r.source, &r.article, &r.conf, &r.last_verified)
        )
        .unwrap();
    }
    out.push_str("];\n");

    let mut os: Vec<_> = occupations.iter().collect();
    os.sort_by_key(|(_, o)| o.order);
    out.push_str("pub static OCCUPATIONS: &[Occupation] = &[\n");
    for (k, o) in os {
        writeln!(
            out,
            "  Occupation {{ code: {}, name_id: {}, name_en: {}, transport: {}, source: {} }},",
            esc(k),
            esc(&o.id),
            esc(&o.en),
            o.transport,
            source(k, &o.source, &o.article, &o.conf, &o.last_verified)
        )
        .unwrap();
    }
    out.push_str("];\n");

    for (k, st) in &statements {
        assert!(!st.doc.trim().is_empty(), "law data: statement {k}: no doc");
        writeln!(out, "/// {}", st.doc.replace('\n', " ")).unwrap();
        writeln!(
            out,
            "pub const {}: Source = {};",
            k.to_uppercase(),
            source(k, &st.source, &st.article, &st.conf, &st.last_verified)
        )
        .unwrap();
    }

    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("law_data.rs");
    std::fs::write(dest, out).expect("write law_data.rs");
}
