//! `bpjstk-calc`: the command line, a thin shell over the library.
//!
//! - a request on stdin, the response on stdout (`--pretty` for people); an error is printed
//!   as `{"error": …}` on stdout and the exit status is 2;
//! - `--jsonl`: one request per line in, one response or error per line out, streaming; the
//!   exit status is 2 if any line was an error;
//! - `--csv`: a CSV file in (a header of contract keys, one request per row), one CSV row out
//!   per request with the totals by payer and program or the error; streaming;
//! - `--sponsor-csv`: a CSV of worker groups in, the sponsor budget out as JSON
//!   (docs/contract-sponsor.md);
//! - `--rules`: what the law data covers.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: bpjstk-calc [--pretty] [--jsonl] [--csv] [--rules]
  reads one JSON request on stdin and writes the response on stdout;
  --jsonl   one request per line in, one response or error per line out
  --csv     a CSV of requests in (header: contract keys), a CSV of totals out (docs/bulk-template.csv)
  --pretty  indented output (not with --jsonl)
  --rules   print what the law data covers, then exit
  --sponsor-csv --as-of=YYYY-MM-DD --months=N [--public-budget] [--lang=en]
            a CSV of worker groups in (header: count, monthlyIncome or bracket, occupation,
            includeJht), the sponsor budget out as JSON (docs/contract-sponsor.md)";

fn main() -> ExitCode {
    let mut pretty = false;
    let mut jsonl = false;
    let mut csv = false;
    let mut sponsor: Option<Sponsor> = None;
    for arg in std::env::args().skip(1) {
        if let Some(a) = Sponsor::arg(&mut sponsor, &arg) {
            if !a {
                eprintln!("bpjstk-calc: {arg:?} needs --sponsor-csv\n{USAGE}");
                return ExitCode::from(64);
            }
            continue;
        }
        match arg.as_str() {
            "--pretty" => pretty = true,
            "--jsonl" => jsonl = true,
            "--csv" => csv = true,
            "--rules" => {
                let rules = bpjstk_calc::rules::rules();
                let text = serde_json::to_string_pretty(&rules).unwrap_or_default();
                return say(&text);
            }
            "-h" | "--help" => {
                return say(USAGE);
            }
            "-V" | "--version" => {
                return say(&format!(
                    "bpjstk-calc {} (law data {})",
                    env!("CARGO_PKG_VERSION"),
                    bpjstk_calc::law::LAW_VERSION
                ));
            }
            other => {
                eprintln!("bpjstk-calc: unknown argument {other:?}\n{USAGE}");
                return ExitCode::from(64);
            }
        }
    }
    let result = if let Some(s) = sponsor {
        run_sponsor(&s, pretty)
    } else if csv {
        run_csv()
    } else if jsonl {
        run_jsonl()
    } else {
        run_one(pretty)
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(2),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bpjstk-calc: {e}");
            ExitCode::from(74)
        }
    }
}

/// Prints a text and a line break; a closed pipe (`bpjstk-calc --rules | head`) is not an error.
fn say(text: &str) -> ExitCode {
    let mut out = io::stdout().lock();
    match writeln!(out, "{text}") {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => ExitCode::from(74),
        _ => ExitCode::SUCCESS,
    }
}

/// Most bytes read for one request (a request is a few hundred bytes).
const MAX_REQUEST: u64 = 1 << 20;

fn run_one(pretty: bool) -> io::Result<bool> {
    let mut input = Vec::new();
    io::stdin().take(MAX_REQUEST + 1).read_to_end(&mut input)?;
    let (ok, text) = if input.len() as u64 > MAX_REQUEST {
        (false, too_large())
    } else {
        match std::str::from_utf8(&input) {
            Ok(s) => bpjstk_calc::calculate_to_string(s, pretty),
            Err(_) => (false, not_utf8()),
        }
    };
    let mut out = io::stdout().lock();
    writeln!(out, "{text}")?;
    Ok(ok)
}

fn not_utf8() -> String {
    r#"{"error":{"code":"invalidInput","message":"Permintaan bukan teks UTF-8. / The request is not UTF-8 text."}}"#.to_owned()
}

fn too_large() -> String {
    r#"{"error":{"code":"invalidInput","message":"Permintaan lebih dari 1 MiB. / The request is larger than 1 MiB."}}"#.to_owned()
}

fn run_jsonl() -> io::Result<bool> {
    let stdin = io::stdin().lock();
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let mut all_ok = true;
    let mut reader = stdin.take(u64::MAX);
    let mut line = Vec::new();
    loop {
        line.clear();
        let n = (&mut reader)
            .take(MAX_REQUEST + 1)
            .read_until(b'\n', &mut line)?;
        if n == 0 {
            break;
        }
        if line.len() as u64 > MAX_REQUEST && line.last() != Some(&b'\n') {
            // Skip the rest of an over-long line, then report it in its place.
            let mut rest = Vec::new();
            (&mut reader).read_until(b'\n', &mut rest)?;
            writeln!(out, "{}", too_large())?;
            all_ok = false;
            continue;
        }
        let Ok(text) = std::str::from_utf8(&line) else {
            writeln!(out, "{}", not_utf8())?;
            all_ok = false;
            continue;
        };
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        let (ok, response) = bpjstk_calc::calculate_to_string(text, false);
        all_ok &= ok;
        out.write_all(response.as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(all_ok)
}

fn run_csv() -> io::Result<bool> {
    let mut input = io::stdin().lock();
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    writeln!(out, "{}", bpjstk_calc::bulk::OUTPUT_HEADER)?;
    let mut reader = bpjstk_calc::bulk::Reader::default();
    let mut line = Vec::new();
    let mut rows = String::new();
    loop {
        line.clear();
        if (&mut input).take(MAX_REQUEST + 1).read_until(b'\n', &mut line)? == 0 {
            break;
        }
        if line.len() as u64 > MAX_REQUEST {
            let mut rest = Vec::new();
            input.read_until(b'\n', &mut rest)?;
            reader.too_long(&mut rows);
            continue;
        }
        reader.line(&String::from_utf8_lossy(&line), &mut rows);
        if rows.len() > 1 << 16 {
            out.write_all(rows.as_bytes())?;
            rows.clear();
        }
    }
    reader.finish(&mut rows);
    out.write_all(rows.as_bytes())?;
    out.flush()?;
    Ok(!reader.any_error)
}

/// The arguments of `--sponsor-csv`.
#[derive(Default)]
struct Sponsor {
    as_of: String,
    months: String,
    public_budget: bool,
    lang: Option<String>,
}

impl Sponsor {
    /// Reads one argument of the sponsor mode: None if it is not one; Some(false) if it is one
    /// but `--sponsor-csv` was not given first.
    fn arg(s: &mut Option<Sponsor>, arg: &str) -> Option<bool> {
        if arg == "--sponsor-csv" {
            s.get_or_insert_with(Sponsor::default);
            return Some(true);
        }
        let set = |s: &mut Sponsor| {
            if let Some(v) = arg.strip_prefix("--as-of=") {
                s.as_of = v.to_owned();
            } else if let Some(v) = arg.strip_prefix("--months=") {
                s.months = v.to_owned();
            } else if let Some(v) = arg.strip_prefix("--lang=") {
                s.lang = Some(v.to_owned());
            } else {
                s.public_budget = true;
            }
        };
        if ["--as-of=", "--months=", "--lang="].iter().any(|p| arg.starts_with(p)) || arg == "--public-budget" {
            return Some(match s {
                Some(s) => {
                    set(s);
                    true
                }
                None => false,
            });
        }
        None
    }
}

/// `--sponsor-csv`: a CSV of groups on stdin, the sponsor budget (or the error) on stdout.
fn run_sponsor(s: &Sponsor, pretty: bool) -> io::Result<bool> {
    let mut input = Vec::new();
    io::stdin().take(MAX_REQUEST + 1).read_to_end(&mut input)?;
    let result = if input.len() as u64 > MAX_REQUEST {
        Err(None)
    } else {
        bpjstk_calc::sponsor_csv::csv_request(&String::from_utf8_lossy(&input), &s.as_of, &s.months, s.public_budget, s.lang.as_deref())
            .and_then(|raw| bpjstk_calc::calculate(&raw))
            .map_err(Some)
    };
    let (ok, text) = match result {
        Ok(r) => (true, bpjstk_calc::to_json(&r, pretty)),
        Err(Some(e)) => (false, bpjstk_calc::to_json(&bpjstk_calc::error::ErrorEnvelope { error: &e }, pretty)),
        Err(None) => (false, Some(too_large())),
    };
    let text = text.unwrap_or_else(|| r#"{"error":{"code":"invalidInput","message":"serialisation failed"}}"#.to_owned());
    writeln!(io::stdout().lock(), "{text}")?;
    Ok(ok)
}
