//! Many requests at once as CSV: a payroll, a village's list of workers. One row per request,
//! the header naming the contract's keys (`asOf`, `segment`, `monthlyWage`, …); one output row
//! per input row, with the totals by payer and by program, or the error and the field at fault.
//! Shared by the command line (`--csv`) and the WebAssembly API, so both read a file the same
//! way. The template is `docs/bulk-template.csv`.

use crate::api::Response;
use std::borrow::Cow;
use std::fmt::Write as _;
use crate::error::{Code, Error};
use crate::raw::Raw;

/// Most bytes of one record, line breaks inside quoted fields included: as many as the command
/// line reads of one physical line (a quote left open would otherwise swallow the rest of the
/// file into one record).
pub const MAX_RECORD: usize = 1 << 20;
/// Keys whose CSV cells are whole numbers.
const INTEGER_KEYS: &[&str] = &["riskGroup", "contractMonths", "extensionMonths"];
/// Keys whose CSV cells are `true` or `false`.
const BOOL_KEYS: &[&str] = &["includeJht", "laborIntensive", "publicBudget"];
/// The programs with a column of their own in the output, in order.
pub const PROGRAMS: &[&str] = &["JKK", "JKM", "JHT", "JP", "JKP", "JKK+JKM"];

pub const OUTPUT_HEADER: &str =
    "line,status,errorCode,errorField,errorMessage,employer,worker,government,total,JKK,JKM,JHT,JP,JKP,JKK+JKM";

/// Splits one CSV record (RFC 4180: commas, double quotes, `""` inside quotes). Returns None
/// while a quoted field is still open, so that a caller reading line by line can append the
/// next line (a quoted field may hold a line break).
///
/// Written here rather than taken from csv-core: with csv-core 0.1.13 the npm package's module
/// grew by 2.6 KB gzipped (both of its reading paths and its table are linked, as they are
/// chosen at run time), 1.3 KB over the package's size budget, with the same output on every
/// file tried (the template, 100,000 rows, odd quoting, 2,500 malformed files) and no
/// measurable difference in speed. tests/bulk.rs holds the odd quoting cases.
pub fn split_record(record: &str) -> Option<Vec<String>> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = record.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    cell.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                cell.push(c);
            }
        } else if c == '"' && at_start {
            quoted = true;
            at_start = false;
        } else if c == ',' {
            cells.push(std::mem::take(&mut cell));
            at_start = true;
        } else {
            cell.push(c);
            at_start = false;
        }
    }
    if quoted {
        return None;
    }
    cells.push(cell);
    Some(cells)
}

/// The cells of one record into `cells` (cleared first), borrowing from the record when no
/// cell is quoted, which is nearly every row of a payroll. False while a quote is still open.
fn split_into<'a>(record: &'a str, cells: &mut Vec<Cow<'a, str>>) -> bool {
    cells.clear();
    if !record.contains('"') {
        cells.extend(record.split(|c: char| c == ',').map(Cow::Borrowed));
        return true;
    }
    match split_record(record) {
        Some(owned) => {
            cells.extend(owned.into_iter().map(Cow::Owned));
            true
        }
        None => false,
    }
}

/// A CSV text cell: quoted when it holds a comma, a quote or a line break. A cell that a
/// spreadsheet would run as a formula (one starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return: a column name or value from the file, echoed in an error row) is written with a
/// leading apostrophe, so that it is shown as text and never run.
pub fn quote(cell: &str) -> String {
    let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let apostrophe = if formula { "'" } else { "" };
    if formula || cell.contains([',', '"', '\n', '\r']) {
        format!("\"{apostrophe}{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}

/// How a column's cells are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Integer,
    Bool,
    Text,
}

/// The header row: the keys of the contract, checked once for the whole file, and how each
/// column's cells are read.
#[derive(Debug, Clone)]
pub struct Columns(Vec<String>, Vec<Kind>);

impl Columns {
    pub fn new<S: AsRef<str>>(header: &[S], known: impl Fn(&str) -> bool) -> Result<Columns, Error> {
        let mut seen: Vec<String> = Vec::new();
        for (i, name) in header.iter().enumerate() {
            let name = name.as_ref();
            let name = if i == 0 { name.trim_start_matches('\u{feff}') } else { name }.trim();
            if !known(name) {
                return Err(Error::new(
                    Code::UnknownField,
                    Some(name),
                    format!("Kolom CSV `{name}` tidak dikenal. / Unknown CSV column `{name}`."),
                ));
            }
            if seen.iter().any(|s| s == name) {
                return Err(Error::new(
                    Code::InvalidInput,
                    Some(name),
                    format!("Kolom CSV `{name}` muncul dua kali. / CSV column `{name}` appears twice."),
                ));
            }
            seen.push(name.to_owned());
        }
        let kinds = seen
            .iter()
            .map(|k| {
                if INTEGER_KEYS.contains(&k.as_str()) {
                    Kind::Integer
                } else if BOOL_KEYS.contains(&k.as_str()) {
                    Kind::Bool
                } else {
                    Kind::Text
                }
            })
            .collect();
        Ok(Columns(seen, kinds))
    }

    /// One row as a request. Empty cells are not given; whole-number and true/false columns are
    /// typed when they look so, and otherwise left as text for the engine to refuse by name.
    pub fn request<S: AsRef<str>>(&self, cells: &[S]) -> Result<Raw, Error> {
        if cells.len() > self.0.len() {
            return Err(Error::new(
                Code::InvalidInput,
                None,
                format!(
                    "Baris ini punya {} sel, kepala CSV {} kolom. / This row has {} cells for {} columns.",
                    cells.len(),
                    self.0.len(),
                    cells.len(),
                    self.0.len()
                ),
            ));
        }
        let mut items = Vec::with_capacity(cells.len() + 1);
        for ((key, kind), cell) in self.0.iter().zip(&self.1).zip(cells) {
            let cell = cell.as_ref().trim();
            if cell.is_empty() {
                continue;
            }
            let value = if *kind == Kind::Integer && is_integer(cell) {
                cell.parse::<i128>().map(Raw::Int).unwrap_or_else(|_| Raw::Str(cell.to_owned()))
            } else if *kind == Kind::Bool && (cell == "true" || cell == "false") {
                Raw::Bool(cell == "true")
            } else {
                Raw::Str(cell.to_owned())
            };
            items.push((key.clone(), value));
        }
        if !self.0.iter().any(|k| k == "detail") {
            items.push(("detail".to_owned(), Raw::Str("amounts".to_owned())));
        }
        Ok(Raw::Object(items))
    }
}

fn is_integer(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    !digits.is_empty() && digits.len() <= 30 && digits.bytes().all(|b| b.is_ascii_digit())
}

/// The output row for one input row.
pub fn result_row(line: u64, result: &Result<Response, Error>) -> String {
    let mut out = String::new();
    write_row(&mut out, line, result);
    out
}

/// Appends the output row for one input row (without its line break) to `out`.
pub fn write_row(out: &mut String, line: u64, result: &Result<Response, Error>) {
    // Writing into a String cannot fail.
    let _ = write!(out, "{line}");
    match result {
        Ok(r) => {
            let t = &r.contributions.total;
            out.push_str(",ok,,,");
            for d in [t.employer, t.worker, t.government, t.total] {
                out.push(',');
                out.push_str(crate::text::plain(d).as_str());
            }
            // One pass over the lines, summing each program's column.
            let mut by_program = [None::<rust_decimal::Decimal>; PROGRAMS.len()];
            for l in &r.contributions.lines {
                if let Some(i) = PROGRAMS.iter().position(|p| *p == l.program) {
                    let sum = by_program[i].get_or_insert(rust_decimal::Decimal::ZERO);
                    *sum = *sum + l.total;
                }
            }
            for sum in by_program {
                out.push(',');
                if let Some(sum) = sum {
                    out.push_str(crate::text::plain(sum).as_str());
                }
            }
        }
        Err(e) => {
            out.push_str(",error,");
            out.push_str(e.code.as_str());
            out.push(',');
            out.push_str(&quote(e.field.as_deref().unwrap_or("")));
            out.push(',');
            out.push_str(&quote(&e.message));
            out.push_str(",,,,,,,,,,");
        }
    }
}

/// Every key a bulk file may name: the contract's, and the benefit groups' (refused per row).
pub fn known_key(k: &str) -> bool {
    crate::read::FIELDS.iter().chain(crate::read::QUESTION_FIELDS.iter()).any(|(name, _)| *name == k)
}

/// Reads a CSV file line by line and writes one output row per record: the same code for a
/// stream (the command line) and a whole text (the page).
#[derive(Debug, Default)]
pub struct Reader {
    columns: Option<Columns>,
    pending: String,
    line_no: u64,
    start: u64,
    /// The header was refused: nothing more is read.
    stopped: bool,
    /// Whether any row was an error.
    pub any_error: bool,
}

impl Reader {
    /// Feeds one physical line (with or without its line break); appends any output row to `out`.
    pub fn line(&mut self, text: &str, out: &mut String) {
        if self.stopped {
            return;
        }
        self.line_no += 1;
        if self.pending.is_empty() {
            self.start = self.line_no;
        }
        let open = !self.pending.is_empty();
        self.pending.push_str(text.trim_end_matches(|c: char| c == '\n' || c == '\r'));
        if open && !text.contains('"') {
            // Inside a quoted field still open, a line without a quote cannot close it: nothing
            // to split yet, so a quote left open does not make each following line re-read the
            // whole record.
            self.pending.push('\n');
            self.cap(out);
            return;
        }
        let record = std::mem::take(&mut self.pending);
        let mut cells = Vec::with_capacity(24);
        if !split_into(&record, &mut cells) {
            self.pending = record;
            self.pending.push('\n');
            self.cap(out);
            return;
        }
        if cells.iter().all(|c| c.trim().is_empty()) {
            return;
        }
        let result = match &self.columns {
            None => match Columns::new(&cells, known_key) {
                Ok(c) => {
                    self.columns = Some(c);
                    return;
                }
                Err(e) => {
                    self.stopped = true;
                    Err(e)
                }
            },
            Some(c) => c.request(&cells).and_then(|raw| crate::calculate(&raw)),
        };
        self.any_error |= result.is_err();
        write_row(out, self.start, &result);
        out.push('\n');
    }

    /// A record whose quoted field has not closed within MAX_RECORD bytes: an error of the line
    /// it began on, and the lines after it are read as new records.
    fn cap(&mut self, out: &mut String) {
        if self.pending.len() <= MAX_RECORD {
            return;
        }
        self.pending.clear();
        self.any_error = true;
        let e = Error::new(
            Code::InvalidInput,
            None,
            "Tanda kutip di baris ini tidak ditutup dalam 1 MiB. / A quote opened on this line is not closed within 1 MiB.".to_owned(),
        );
        write_row(out, self.start, &Err(e));
        out.push('\n');
    }

    /// A physical line too long to read: reported in its place, the rest goes on.
    pub fn too_long(&mut self, out: &mut String) {
        self.line_no += 1;
        self.pending.clear();
        self.any_error = true;
        let e = Error::new(
            Code::InvalidInput,
            None,
            "Baris lebih dari 1 MiB. / The line is longer than 1 MiB.".to_owned(),
        );
        write_row(out, self.line_no, &Err(e));
        out.push('\n');
    }

    /// Ends the file: a quote still open is an error of the record it began.
    pub fn finish(&mut self, out: &mut String) {
        if !self.pending.is_empty() && !self.stopped {
            let e = Error::new(
                Code::InvalidInput,
                None,
                "Tanda kutip tidak ditutup sampai akhir berkas. / A quote is not closed before the end of the file.".to_owned(),
            );
            self.any_error = true;
            write_row(out, self.start, &Err(e));
            out.push('\n');
            self.pending.clear();
        }
    }
}

/// A whole CSV text in, a whole CSV text out (for callers without streams, such as the page).
pub fn run(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    out.push_str(OUTPUT_HEADER);
    out.push('\n');
    let mut reader = Reader::default();
    for line in text.split_inclusive('\n') {
        reader.line(line, &mut out);
    }
    reader.finish(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_quoted_cells_and_waits_for_an_open_quote() {
        assert_eq!(split_record("a,b,,c").unwrap(), ["a", "b", "", "c"]);
        assert_eq!(split_record("\"a,b\",\"say \"\"hi\"\"\",x").unwrap(), ["a,b", "say \"hi\"", "x"]);
        assert_eq!(split_record("\"open"), None);
        assert_eq!(split_record("\"multi\nline\",2").unwrap(), ["multi\nline", "2"]);
        assert_eq!(quote("a,b"), "\"a,b\"");
        assert_eq!(quote("plain"), "plain");
        // Cells a spreadsheet would run as formulas are shown as text.
        for (cell, want) in [("=1+2", "\"'=1+2\""), ("+SUM(A1)", "\"'+SUM(A1)\""), ("-2", "\"'-2\""), ("@x", "\"'@x\""), ("\tx", "\"'\tx\""), ("\rx", "\"'\rx\""), ("=\"a\",b", "\"'=\"\"a\"\",b\"")] {
            assert_eq!(quote(cell), want, "{cell:?}");
        }
    }
}
