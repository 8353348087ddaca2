//! No figure of the law lives outside the law data (src/law/*.toml): the programs, the benefits,
//! the reader, the typed case and the sponsor budget are scanned for rupiah amounts, percentages and dates
//! written in their code or sentences. Instrument names ("PP 44/2015") are names, not figures;
//! the few other numbers are listed below, each with the reason it is not a rule of the law.

use std::fs;

/// (file, text) pairs that may stay, and why.
const ALLOWED: &[(&str, &str, &str)] = &[
    ("src/questions.rs", "10% lapang pandang", "the name of a row of the disability table; its percentage is in the data"),
    ("src/questions.rs", "10% of the visual field", "the same row's English name"),
    ("src/read/questions.rs", "2026-01-31", "an example of the date format in an error"),
    ("src/read/fields.rs", "2026-01-31", "an example of the date format in an error"),
    ("src/read/questions.rs", "5000000", "an example of the money format in an error"),
    ("src/read/questions.rs", "1250000.50", "an example of the money format in an error"),
    ("src/read/fields.rs", "5000000", "an example of the money format in an error"),
    ("src/read/fields.rs", "1250000.50", "an example of the money format in an error"),
    ("src/questions.rs", "1200", "the most contribution months a request may give (100 years): an input bound"),
    ("src/benefits/jht.rs", "5,59%", "the returns BPJS announced for 2016-2020, quoted to explain the projection's assumption (not a rule)"),
    ("src/benefits/jht.rs", "7,82%", "the same, in Bahasa"),
    ("src/benefits/jht.rs", "5.59%", "the same, in English"),
    ("src/benefits/jht.rs", "7.82%", "the same, in English"),
    ("src/benefits/jht.rs", "2016", "the years of those announced returns"),
    ("src/benefits/jht.rs", "2020", "the years of those announced returns"),
];

fn files() -> Vec<String> {
    let mut out = vec!["src/case.rs".to_owned(), "src/questions.rs".to_owned(), "src/sponsor.rs".to_owned(), "src/statement.rs".to_owned()];
    for dir in ["src/read", "src/programs", "src/benefits"] {
        for e in fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "rs") {
                out.push(p.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    out
}

/// The code of a file without its comments and its test module.
fn code(text: &str) -> Vec<(usize, String)> {
    let end = ["#[cfg(test)]", "#[cfg(all(test"].iter().filter_map(|m| text.find(m)).min().unwrap_or(text.len());
    text[..end]
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .map(|(i, l)| (i + 1, l.split(" // ").next().unwrap_or(l).to_owned()))
        .collect()
}

/// Instrument names and article numbers are names: "PP 44/2015", "Permenaker 4/2023",
/// "B/1328/022020".
fn without_names(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // A run of digits, slashes and digits ("44/2015", "B/1328/022020") is a name.
        if b[i].is_ascii_digit() || b[i] == b'/' {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'/') {
                i += 1;
            }
            let word = &line[start..i];
            out.push_str(if word.contains('/') { " " } else { word });
        } else {
            let c = line[i..].chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

const MONTHS: &[&str] = &[
    "Januari", "January", "Februari", "February", "Maret", "March", "April", "Mei", "May", "Juni", "June", "Juli", "July",
    "Agustus", "August", "September", "Oktober", "October", "November", "Desember", "December",
];

/// Figures in one line of code: numbers of four digits or more, percentages, dates in words.
fn figures(line: &str) -> Vec<String> {
    let line = without_names(line);
    let mut found = Vec::new();
    // Identifiers (`pp49_2020`) are one word; the word after "Pasal" or "ayat" is an article.
    let words: Vec<&str> = line.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '%' || c == ',' || c == '.' || c == '-')).collect();
    for (i, w) in words.iter().enumerate() {
        let w = w.trim_matches(|c| c == ',' || c == '.' || c == '-');
        if i > 0 && matches!(words[i - 1], "Pasal" | "ayat" | "angka") {
            continue;
        }
        let digits = w.chars().filter(|c| c.is_ascii_digit()).count();
        if w.ends_with('%') && digits > 0 {
            found.push(w.to_owned());
        } else if digits >= 4 && w.chars().all(|c| c.is_ascii_digit() || c == '-' || c == '.' || c == ',') {
            found.push(w.to_owned());
        } else if MONTHS.contains(&w) && i > 0 && words[i - 1].chars().all(|c| c.is_ascii_digit()) && !words[i - 1].is_empty() {
            found.push(format!("{} {w}", words[i - 1]));
        }
    }
    found
}

#[test]
fn no_figure_of_the_law_is_written_outside_the_law_data() {
    let mut bad = Vec::new();
    for f in files() {
        let text = fs::read_to_string(&f).unwrap();
        for (n, line) in code(&text) {
            for fig in figures(&line) {
                if !ALLOWED.iter().any(|(file, t, _)| *file == f && line.contains(t) && t.contains(fig.as_str())) {
                    bad.push(format!("{f}:{n}: {fig}   | {}", line.trim()));
                }
            }
        }
    }
    assert!(bad.is_empty(), "figures outside src/law:\n{}", bad.join("\n"));
}

/// The scanner finds what it is for (so that the test above can fail).
#[test]
fn the_scanner_sees_amounts_percentages_and_dates() {
    assert_eq!(figures(r#"ctx.text("ditambah 40% sampai 15 Mei 2021", "plus 40%")"#), vec!["40%", "15 Mei", "2021", "40%"]);
    assert_eq!(figures(r#"let cap = Decimal::from(5000000);"#), vec!["5000000"]);
    assert!(figures(r#""PP 44/2015 Pasal 30 ayat (2)""#).is_empty());
    assert!(figures(r#"let months = 12;"#).is_empty());
}
