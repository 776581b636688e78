//! The text of an idea as a set of shingles: the normalised text cut into
//! overlapping runs of [`WIDTH`] characters, each hashed to 32 bits, sorted
//! and without repeats. Two texts are as similar as the Jaccard index of
//! their sets (shared shingles over all shingles).
//!
//! Characters, not words: a typo changes the few shingles that cover it,
//! where it would change every word shingle it touches; sentences put in
//! another order keep all their shingles but the few across each seam.

/// Characters in one shingle. Four is short enough that a typo costs at
/// most four shingles and long enough that unrelated texts share few.
pub const WIDTH: usize = 4;

/// The text as it is compared: lower case, letters and digits only (`ё`
/// read as `е`), every run of anything else one space, no space at
/// either end. Punctuation, case and spacing are not what makes two
/// projects different.
pub fn normalise(text: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(text.len());
    normalised(text, |c| out.push(c));
    out
}

/// [`normalise`] a character at a time, into `out`.
fn normalised(text: &str, mut out: impl FnMut(char)) {
    let (mut space, mut any) = (false, false);
    for c in text.chars() {
        if c.is_ascii() {
            // Most text: no Unicode tables needed.
            if c.is_ascii_alphanumeric() {
                if space && any {
                    out(' ');
                }
                (space, any) = (false, true);
                out(c.to_ascii_lowercase());
            } else {
                space = true;
            }
        } else if c.is_alphanumeric() {
            if space && any {
                out(' ');
            }
            (space, any) = (false, true);
            for l in c.to_lowercase() {
                out(if l == 'ё' { 'е' } else { l });
            }
        } else {
            space = true;
        }
    }
}

/// The shingle set of `text` (sorted, no repeats). A text shorter than
/// [`WIDTH`] is one shingle of its own, an empty text none.
pub fn shingles(text: &str) -> Vec<u32> {
    let mut set = Vec::with_capacity(text.len());
    each_shingle(text, |h| set.push(h));
    set.sort_unstable();
    set.dedup();
    set
}

/// Calls `found` with the hash of each shingle of `text` in turn, repeats
/// and all, with no set built: what a MinHash needs (see
/// [`super::Sketch::of_text`]), at a fraction of the cost of [`shingles`].
pub fn each_shingle(text: &str, mut found: impl FnMut(u32)) {
    let mut window = ['\0'; WIDTH];
    let mut seen = 0usize;
    normalised(text, |c| {
        // Shifted by hand: `rotate_left` calls memmove, a char at a time.
        for i in 1..WIDTH {
            window[i - 1] = window[i];
        }
        window[WIDTH - 1] = c;
        seen += 1;
        if seen >= WIDTH {
            found(hash(&window));
        }
    });
    if (1..WIDTH).contains(&seen) {
        found(hash(&window[WIDTH - seen..]));
    }
}

/// A shingle's 32-bit hash: its characters folded 21 bits apart (a
/// character fits in 21) and mixed
/// (splitmix64's finaliser), so that the bits are spread evenly.
fn hash(chars: &[char]) -> u32 {
    let mut h: u64 = 0;
    for &c in chars {
        h = h.rotate_left(21) ^ c as u64;
    }
    (mix(h) >> 32) as u32
}

/// splitmix64's finaliser: every input bit moves about half the output bits.
pub(super) fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The Jaccard index of two shingle sets: shared over all, 0 to 1 (two
/// empty texts are not alike: nothing says they are the same project).
pub fn jaccard(a: &[u32], b: &[u32]) -> f32 {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let all = a.len() + b.len() - shared;
    if all == 0 {
        0.0
    } else {
        shared as f32 / all as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_punctuation_and_spacing_do_not_count() {
        assert_eq!(
            normalise("  Home-care, VISITS!\n\tfor  ёлки "),
            "home care visits for елки".chars().collect::<Vec<_>>()
        );
        assert_eq!(shingles("Home care."), shingles("home   CARE"));
        assert_eq!(
            jaccard(&shingles("Дом, милый дом"), &shingles("дом милый ДОМ")),
            1.0
        );
    }

    #[test]
    fn the_shingles_streamed_are_the_set_with_its_repeats() {
        for text in [
            "",
            "ab",
            "Дом, милый дом",
            "abcdab abcdab",
            "  Home-care, VISITS!",
        ] {
            let mut streamed = Vec::new();
            each_shingle(text, |h| streamed.push(h));
            streamed.sort_unstable();
            streamed.dedup();
            assert_eq!(streamed, shingles(text), "{text:?}");
        }
    }

    #[test]
    fn jaccard_is_shared_over_all() {
        assert_eq!(jaccard(&[1, 2, 3], &[2, 3, 4]), 0.5);
        assert_eq!(jaccard(&[1, 2], &[3, 4]), 0.0);
        assert_eq!(jaccard(&[], &[]), 0.0);
        assert_eq!(shingles(""), Vec::<u32>::new());
        assert_eq!(shingles("ab").len(), 1);
        // "abcdab" has the 4-grams abcd, bcda, cdab: three, none repeated.
        assert_eq!(shingles("abcdab").len(), 3);
    }

    #[test]
    fn a_typo_or_a_new_order_keeps_most_shingles_and_another_text_few() {
        let a = "Volunteers are trained by nurses from the regional hospital. \
                 Visits are scheduled through a simple phone line run by the centre.";
        let typo = a.replace("trained", "trianed").replace("phone", "phnoe");
        let swapped = "Visits are scheduled through a simple phone line run by the centre. \
                       Volunteers are trained by nurses from the regional hospital.";
        let other = "Lessons run after school in the library of the district centre.";
        let s = |x: &str| shingles(x);
        assert!(
            jaccard(&s(a), &s(&typo)) > 0.8,
            "{}",
            jaccard(&s(a), &s(&typo))
        );
        assert!(jaccard(&s(a), &s(swapped)) > 0.9);
        assert!(jaccard(&s(a), &s(other)) < 0.2);
    }
}
