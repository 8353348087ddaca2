//! The README's benefit examples run: every request of the section "## Benefits: worked
//! examples" is computed, and every key figure written as `PROGRAM/kind` = Rpn in it must be
//! one of the response's amounts of that program and kind. The same examples close
//! docs/contract-benefits.md ("## Worked examples") and are checked there too.

use serde_json::Value;

const SECTION: &str = "## Benefits: worked examples";

fn amounts(r: &Value, program: &str, kind: &str) -> Vec<String> {
    r["benefits"]
        .as_array()
        .map(|bs| {
            bs.iter()
                .filter(|b| b["program"] == program && b["kind"] == kind)
                .map(|b| b["amount"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// A figure an example claims: program, kind, amount.
type Claim = (String, String, String);

/// Each example: the request, and the `PROGRAM/kind` = Rpn claims after it.
fn examples(text: &str) -> Vec<(String, Vec<Claim>)> {
    let mut out: Vec<(String, Vec<Claim>)> = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "```json" {
            let mut req = String::new();
            for l in lines.by_ref() {
                if l.trim() == "```" {
                    break;
                }
                req.push_str(l);
            }
            out.push((req, Vec::new()));
        } else if let Some((_, claims)) = out.last_mut() {
            // `JKK/deathBenefit` = Rp96,000,000 (…); several per line
            let mut rest = line;
            while let Some(i) = rest.find('`') {
                let after = &rest[i + 1..];
                let Some(j) = after.find('`') else { break };
                let name = &after[..j];
                let tail = after[j + 1..].trim_start();
                rest = &after[j + 1..];
                let Some((program, kind)) = name.split_once('/') else { continue };
                let Some(num) = tail.strip_prefix("= Rp") else { continue };
                let digits: String = num.chars().take_while(|c| c.is_ascii_digit() || *c == ',').filter(|c| *c != ',').collect();
                claims.push((program.to_owned(), kind.to_owned(), digits));
            }
        }
    }
    out
}

fn check(text: &str) {
    let ex = examples(text);
    assert_eq!(ex.len(), 5, "one example per program");
    for (req, claims) in ex {
        let r = bpjstk_calc::calculate_json(&req).unwrap_or_else(|e| panic!("{req}: {e}"));
        let r = serde_json::to_value(&r).unwrap();
        assert!(!claims.is_empty(), "{req} claims no figure");
        for (program, kind, amount) in claims {
            let got = amounts(&r, &program, &kind);
            assert!(got.contains(&amount), "{req}: {program}/{kind} = {amount}, got {got:?}");
        }
    }
}

fn section<'a>(text: &'a str, title: &str) -> Option<&'a str> {
    let start = text.find(title)?;
    let rest = &text[start + title.len()..];
    let end = rest.find("\n## ").unwrap_or(rest.len());
    Some(&rest[..end])
}

#[test]
fn the_readme_benefit_examples_give_the_figures_they_show() {
    let Ok(readme) = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")) else { return };
    if let Some(s) = section(&readme, SECTION) {
        check(s);
    }
}

#[test]
fn the_contract_document_s_benefit_examples_give_their_figures() {
    let doc = include_str!("../docs/contract-benefits.md");
    check(section(doc, "## Worked examples").expect("docs/contract-benefits.md has its worked examples"));
}
