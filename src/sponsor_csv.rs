//! The command line's `--sponsor-csv` door: a CSV of worker groups becomes a sponsor request
//! (docs/contract-sponsor.md), which the library then reads and computes as any other.

use crate::bulk::split_record;
use crate::error::{Code, Error};
use crate::raw::Raw;
use crate::read::GROUP_KEYS;
use crate::text::{self, t, text, Lang};

#[inline(never)]
fn invalid(field: &str, message: String) -> Error {
    Error::new(Code::InvalidInput, Some(field), message)
}

/// A sponsor request from a CSV of groups (the command line's `--sponsor-csv`): a header of
/// group keys (`count`, `monthlyIncome`, `weeklyIncome`, `dailyIncome`, `bracket`,
/// `occupation`, `includeJht`), one group per row; the top level comes from the arguments.
/// Group `i` of the request (and of its errors, `sponsor.groups[i]`) is data row `i + 1`, line
/// `i + 2` of the file. Empty cells are not given; cells are typed as `bulk` types them and
/// otherwise left as text for the engine to refuse by name.
pub fn csv_request(csv: &str, as_of: &str, months: &str, public_budget: bool, lang: Option<&str>) -> Result<Raw, Error> {
    let l = if lang == Some("en") { Lang::En } else { Lang::Id };
    let mut lines = csv.lines().filter(|line| !line.trim().is_empty());
    let record = |line: &str| {
        split_record(line).ok_or_else(|| {
            invalid("sponsor.groups", text(l, "Sel CSV bertanda kutip tidak ditutup pada barisnya.", "A quoted CSV cell is not closed on its line."))
        })
    };
    let header: Vec<String> = record(lines.next().unwrap_or_default())?
        .into_iter()
        .enumerate()
        .map(|(i, h)| if i == 0 { h.trim_start_matches('\u{feff}').trim().to_owned() } else { h.trim().to_owned() })
        .collect();
    for name in &header {
        if !GROUP_KEYS.contains(&name.as_str()) {
            let list = text::quoted(GROUP_KEYS, "`");
            let shown: String = name.chars().take(40).collect();
            return Err(Error::new(
                Code::UnknownField,
                Some(&shown),
                t!(l, "Kolom CSV `{shown}` tidak dikenal. Kolom kelompok: {list}.", "Unknown CSV column `{shown}`. The group columns are: {list}."),
            ));
        }
    }
    let mut groups = Vec::new();
    for line in lines {
        let cells = record(line)?;
        let mut items = Vec::with_capacity(cells.len());
        for (key, cell) in header.iter().zip(&cells) {
            let cell = cell.trim();
            if cell.is_empty() {
                continue;
            }
            let value = match key.as_str() {
                "count" | "bracket" if cell.len() <= 20 && cell.bytes().all(|b| b.is_ascii_digit()) => {
                    cell.parse::<i128>().map(Raw::Int).unwrap_or_else(|_| Raw::Str(cell.to_owned()))
                }
                "includeJht" if cell == "true" || cell == "false" => Raw::Bool(cell == "true"),
                _ => Raw::Str(cell.to_owned()),
            };
            items.push((key.clone(), value));
        }
        if cells.len() > header.len() {
            let path = format!("sponsor.groups[{}]", groups.len());
            return Err(invalid(
                &path,
                t!(
                    l,
                    "Baris CSV ke-{line} punya {n_cells} sel untuk {n_columns} kolom.",
                    "CSV line {line} has {n_cells} cells for {n_columns} columns.",
                    line = groups.len() + 2,
                    n_cells = cells.len(),
                    n_columns = header.len(),
                ),
            ));
        }
        groups.push(Raw::Object(items));
    }
    let months = months.parse::<i128>().map(Raw::Int).unwrap_or_else(|_| Raw::Str(months.to_owned()));
    let mut top = vec![
        ("asOf".to_owned(), Raw::Str(as_of.to_owned())),
        ("segment".to_owned(), Raw::Str("selfEmployed".to_owned())),
        ("publicBudget".to_owned(), Raw::Bool(public_budget)),
        ("sponsor".to_owned(), Raw::Object(vec![("months".to_owned(), months), ("groups".to_owned(), Raw::Array(groups))])),
    ];
    if let Some(lang) = lang {
        top.push(("lang".to_owned(), Raw::Str(lang.to_owned())));
    }
    Ok(Raw::Object(top))
}
