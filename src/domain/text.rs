//! Text rules shared by every entry point: what may be stored, and how text
//! is folded for matching (Unicode lower case, `ё` as `е`).

/// Characters that must never be stored or sent to a terminal: C0 and C1
/// controls, DEL, and the bidirectional overrides and isolates that can make
/// text display in an order other than the one it is stored in.
pub fn is_forbidden(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// One-line text: tabs and line breaks become spaces, other forbidden
/// characters are dropped, runs of spaces collapse and the ends are trimmed.
pub fn clean_line(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut pending_space = false;
    for c in input.chars() {
        if c == '\n' || c == '\r' || c == '\t' || c.is_whitespace() {
            pending_space = !out.is_empty();
        } else if !is_forbidden(c) {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Multi-line text: keeps newlines and tabs, turns `\r\n` and lone `\r` into
/// newlines, drops every other forbidden character, and trims the ends.
pub fn clean_multiline(input: &str) -> String {
    // Most text is clean already: copied once, not rebuilt three times
    // (a tenth of an import's checking, a summary an idea).
    if is_clean_multiline(input) {
        return input.to_string();
    }
    clean_multiline_by_chars(input)
}

/// Whether [`clean_multiline`] keeps `input` as it is: no carriage return,
/// no forbidden character but newline and tab (C0 controls and DEL are
/// single bytes, C1 controls `C2 80`–`C2 9F`, the bidirectional overrides
/// and isolates `E2 80 AA`–`AE` and `E2 81 A6`–`A9`), nothing to trim.
fn is_clean_multiline(input: &str) -> bool {
    let bytes = input.as_bytes();
    let clean_bytes = bytes.iter().enumerate().all(|(i, &b)| match b {
        b'\n' | b'\t' => true,
        0..=0x1f | 0x7f => false,
        0xc2 => !matches!(bytes.get(i + 1), Some(0x80..=0x9f)),
        0xe2 => !matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0x80), Some(0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
        ),
        _ => true,
    });
    clean_bytes && !input.starts_with(char::is_whitespace) && !input.ends_with(char::is_whitespace)
}

fn clean_multiline_by_chars(input: &str) -> String {
    let normalised = input.replace("\r\n", "\n").replace('\r', "\n");
    let kept: String = normalised
        .chars()
        .filter(|&c| c == '\n' || c == '\t' || !is_forbidden(c))
        .collect();
    kept.trim().to_string()
}

/// Text made safe to print: any forbidden character becomes U+FFFD, so
/// nothing that reaches a terminal can carry an escape sequence. Newlines are
/// kept only when `keep_newlines` is set.
pub fn printable(input: &str, keep_newlines: bool) -> String {
    input
        .chars()
        .map(|c| {
            if keep_newlines && c == '\n' {
                c
            } else if c == '\t' {
                ' '
            } else if is_forbidden(c) {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

/// Folds one character for matching. It always yields exactly one character,
/// so positions in folded text are positions in the original.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let lower = c.to_lowercase().next().unwrap_or(c);
    if lower == 'ё' { 'е' } else { lower }
}

/// Folds text for matching: Unicode lower case, `ё` as `е`, same length in
/// characters as the input.
pub fn fold(input: &str) -> String {
    input.chars().map(fold_char).collect()
}

/// Normalises a tag: trimmed, lower case, inner white space (and the list
/// separators `;` and `,`) as `-`.
/// Returns `None` for a tag that is empty after that.
pub fn normalize_tag(input: &str) -> Option<String> {
    let line = clean_line(input);
    let tag: String = line
        .chars()
        .map(|c| {
            if c.is_whitespace() || c == ';' || c == ',' {
                '-'
            } else {
                c
            }
        })
        .flat_map(char::to_lowercase)
        .collect();
    (!tag.is_empty()).then_some(tag)
}

/// The words of a text for the summary word index: runs of letters and
/// digits, folded. Words longer than 40 characters are cut there.
pub fn words(input: &str) -> impl Iterator<Item = String> + '_ {
    input
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().take(40).map(fold_char).collect())
}

/// 1500000 → "1 500 000" (the Russian way of grouping digits).
pub fn group_digits(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// A value cut to `most` characters, the last an ellipsis: a message that
/// quotes it stays on one line.
pub fn cut_to(v: &str, most: usize) -> String {
    if v.chars().count() <= most {
        return v.to_string();
    }
    let cut: String = v.chars().take(most.saturating_sub(1)).collect();
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_value_is_cut_with_an_ellipsis_and_a_short_one_kept() {
        assert_eq!(cut_to("Пилот", 40), "Пилот");
        assert_eq!(cut_to("abcdef", 4), "abc…");
        assert_eq!(cut_to("abcd", 4), "abcd");
    }

    #[test]
    fn clean_line_drops_controls_and_collapses_space() {
        assert_eq!(clean_line("  a\tb\n\nc  "), "a b c");
        assert_eq!(clean_line("x\u{1b}[2Jy\u{7}z"), "x[2Jyz");
        assert_eq!(clean_line("\u{9b}31m\u{202E}evil"), "31mevil");
        assert_eq!(clean_line("\u{1b}]52;c;SGVsbG8=\u{7}"), "]52;c;SGVsbG8=");
    }

    #[test]
    fn clean_multiline_keeps_newlines_and_tabs() {
        assert_eq!(clean_multiline("a\r\nb\rc\td\u{1b}e\n"), "a\nb\nc\tde");
        assert_eq!(clean_multiline("\u{2066}x\u{2069}"), "x");
    }

    use proptest::strategy::Strategy;

    proptest::proptest! {
        #[test]
        fn clean_text_is_found_clean_exactly_when_cleaning_keeps_it(
            text in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::char::any(),
                    proptest::sample::select(vec![
                        '\n', '\r', '\t', ' ', '\u{85}', '\u{9f}', '\u{a0}', '\u{7f}',
                        '\u{202a}', '\u{202e}', '\u{202f}', '\u{2066}', '\u{2069}',
                        '\u{206a}', '\u{2028}', '\u{3000}', 'é', 'ж', '€',
                    ]),
                ],
                0..12,
            ).prop_map(|cs| cs.into_iter().collect::<String>())
        ) {
            let cleaned = clean_multiline_by_chars(&text);
            proptest::prop_assert_eq!(is_clean_multiline(&text), cleaned == text);
            proptest::prop_assert_eq!(clean_multiline(&text), cleaned);
        }
    }

    #[test]
    fn printable_replaces_what_could_escape() {
        assert_eq!(printable("a\u{1b}b\nc", false), "a\u{FFFD}b\u{FFFD}c");
        assert_eq!(printable("a\nb\tc", true), "a\nb c");
    }

    #[test]
    fn fold_handles_cyrillic_and_yo_and_keeps_length() {
        assert_eq!(fold("Поиск РАБОТЫ"), "поиск работы");
        assert_eq!(fold("Ёлка"), "елка");
        assert_eq!(fold("İx").chars().count(), 2);
    }

    #[test]
    fn digits_group_in_threes() {
        assert_eq!(group_digits(1_500_000), "1 500 000");
        assert_eq!(group_digits(999), "999");
        assert_eq!(group_digits(0), "0");
    }

    #[test]
    fn tags_are_lower_case_without_spaces() {
        assert_eq!(
            normalize_tag(" Elderly Care ").as_deref(),
            Some("elderly-care")
        );
        assert_eq!(normalize_tag("  "), None);
        assert_eq!(normalize_tag("Дети").as_deref(), Some("дети"));
    }

    #[test]
    fn words_split_on_non_alphanumerics() {
        let w: Vec<_> = words("Clean water, for Ёлкино-2!").collect();
        assert_eq!(w, ["clean", "water", "for", "елкино", "2"]);
    }
}
