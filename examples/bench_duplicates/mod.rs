//! The near-duplicate figures of BENCHMARKS.md: a million demo ideas
//! indexed, then ten thousand new ones checked against them, of which a
//! share are labelled near-copies of ideas among the million (typos,
//! sentences reordered, another amount, another proposer; see
//! `sprout::demo::near_copy`). Precision and recall are on those labels.
//!
//!     cargo run --release --example bench -- --duplicates [BASE [NEW [PERCENT]]]

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use sprout::cores;
use sprout::demo;
use sprout::domain::{Idea, Timestamp};
use sprout::similar::{self, Index, Match, Sketch, shingles, text_of};
use std::time::Instant;

/// What one run found.
struct Found {
    /// For each new idea, the ideas of the base it looks like.
    matches: Vec<Vec<Match>>,
    candidates: usize,
}

fn check(index: &Index, base: &[Idea], new: &[Idea]) -> Found {
    let one = |part: &[Idea]| {
        let mut candidates = 0;
        let matches = part
            .iter()
            .map(|idea| {
                let set = shingles(&text_of(idea));
                similar::matches(index, &set, |id| {
                    candidates += 1;
                    base.get(id as usize).map(|b| shingles(&text_of(b)))
                })
            })
            .collect::<Vec<_>>();
        (matches, candidates)
    };
    let ((mut a, ca), b) = cores::halves(new, one);
    let (b, cb) = b.expect("a worker thread failed");
    a.extend(b);
    Found {
        matches: a,
        candidates: ca + cb,
    }
}

pub fn run(args: &[String]) {
    let arg = |n: usize, default: usize| {
        args.get(n)
            .map(|a| a.parse().expect("a whole number"))
            .unwrap_or(default)
    };
    let (n_base, n_new, percent) = (arg(0, 1_000_000), arg(1, 10_000), arg(2, 20));
    let now = Timestamp(1_800_000_000);
    let t = Instant::now();
    let base = demo::generate_particular(n_base, 1, now);
    let mut rng = ChaCha8Rng::seed_from_u64(17);
    let n_copies = n_new * percent / 100;
    // New ideas: fresh ones (another seed) and near-copies of the base.
    let mut new = demo::generate_particular(n_new - n_copies, 2, now);
    let mut label = vec![None; new.len()];
    for _ in 0..n_copies {
        let of = rng.random_range(0..base.len());
        new.push(demo::near_copy(&base[of], &mut rng, now));
        label.push(Some(of as u64));
    }
    println!(
        "near-duplicates: {n_base} ideas, {n_new} new of which {n_copies} near-copies (made in {:.1} s)",
        t.elapsed().as_secs_f64()
    );

    let t = Instant::now();
    let sketch = |part: &[Idea]| -> Vec<Option<Sketch>> {
        part.iter()
            .map(|i| Sketch::of(&shingles(&text_of(i))))
            .collect()
    };
    let (mut sketches, rest) = cores::halves(&base, sketch);
    sketches.extend(rest.expect("a worker thread failed"));
    let index = Index::build(
        sketches
            .into_iter()
            .enumerate()
            .filter_map(|(id, s)| Some((id as u32, s?))),
    );
    let built = t.elapsed();
    println!(
        "  index of {n_base}: built in {:.2} s, {} bytes, {:.1} bytes an idea (budget 100)",
        built.as_secs_f64(),
        index.heap_bytes(),
        index.heap_bytes() as f64 / n_base as f64
    );

    let t = Instant::now();
    let found = check(&index, &base, &new);
    let took = t.elapsed();
    println!(
        "  checking {n_new} new against {n_base}: {:.2} s (budget 10 s), {:.0} candidates scored a new idea",
        took.as_secs_f64(),
        found.candidates as f64 / n_new as f64
    );

    let (mut reported, mut right, mut found_copies) = (0usize, 0usize, 0usize);
    let mut missed = Vec::new();
    let mut wrong_scores = Vec::new();
    for (matches, label) in found.matches.iter().zip(&label) {
        reported += matches.len();
        for m in matches {
            if Some(m.id) == *label {
                right += 1;
            } else {
                wrong_scores.push(m.score);
            }
        }
        if let Some(of) = label {
            if matches.iter().any(|m| m.id == *of) {
                found_copies += 1;
            } else {
                missed.push(*of);
            }
        }
    }
    println!(
        "  precision {:.3} ({right} of {reported} reported pairs are labelled copies), recall {:.3} ({found_copies} of {n_copies} copies found), threshold {}",
        right as f64 / reported.max(1) as f64,
        found_copies as f64 / n_copies.max(1) as f64,
        similar::THRESHOLD
    );
    // The real score of every labelled copy to its original, found or not:
    // how far above the threshold the copies are.
    let mut copy_scores: Vec<f32> = new
        .iter()
        .zip(&label)
        .filter_map(|(idea, of)| {
            let of = &base[(*of)? as usize];
            Some(similar::jaccard(
                &shingles(&text_of(idea)),
                &shingles(&text_of(of)),
            ))
        })
        .collect();
    copy_scores.sort_by(f32::total_cmp);
    if !copy_scores.is_empty() {
        let q = |p: f64| copy_scores[((copy_scores.len() - 1) as f64 * p) as usize];
        println!(
            "  labelled copies' scores: min {:.2}, p1 {:.2}, p5 {:.2}, p50 {:.2}; missed: {}",
            q(0.0),
            q(0.01),
            q(0.05),
            q(0.5),
            missed.len()
        );
    }
    wrong_scores.sort_by(f32::total_cmp);
    if !wrong_scores.is_empty() {
        let q = |p: f64| wrong_scores[((wrong_scores.len() - 1) as f64 * p) as usize];
        println!(
            "  unlabelled pairs reported: {}, scores p50 {:.2}, p90 {:.2}, max {:.2}",
            wrong_scores.len(),
            q(0.5),
            q(0.9),
            q(1.0)
        );
    }
}
