//! The near-duplicate figures of BENCHMARKS.md: BASE demo ideas indexed,
//! then NEW ones checked against them, of which PERCENT are labelled
//! near-copies of ideas of the base (typos, sentences reordered, another
//! amount, another proposer; see `sprout::demo::near_copy`). Precision and
//! recall are on those labels. Then the same engine as `is:duplicate`
//! runs it (base and new, all against all), and as the import does (the
//! base checked in chunks against itself, as an import of it into an
//! empty database; `SPROUT_BENCH_IMPORT=N` for its first N only).
//!
//!     cargo run --release --example bench -- --duplicates [BASE [NEW [PERCENT]]]

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use sprout::cores;
use sprout::demo;
use sprout::domain::{Idea, Timestamp};
use sprout::similar::pairs::{PairJudge, score_pairs};
use sprout::similar::{self, Fine, Index, Match, Signature, shingles, text_of};
use sprout::transfer::near::Near;
use std::collections::HashSet;
use std::time::Instant;

/// Wall and CPU seconds of what `work` does.
fn timed<R>(work: impl FnOnce() -> R) -> (R, f64, f64) {
    let cpu = || {
        // SAFETY: getrusage only writes the struct it is given.
        let mut u: libc::rusage = unsafe { std::mem::zeroed() };
        unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) };
        let t = |v: libc::timeval| v.tv_sec as f64 + v.tv_usec as f64 / 1e6;
        t(u.ru_utime) + t(u.ru_stime)
    };
    let (t, c) = (Instant::now(), cpu());
    let r = work();
    (r, t.elapsed().as_secs_f64(), cpu() - c)
}

/// What one check of new ideas found.
struct Found {
    /// For each new idea, the ideas of the base it looks like.
    matches: Vec<Vec<Match>>,
    proposed: usize,
    scored: usize,
}

/// `new` against the index of `base`, on both cores; with `bits` false,
/// every idea the bands propose is scored (the A/B).
fn check(index: &Index, base: &[Idea], new: &[Idea], bits: bool) -> Found {
    let one = |part: &[Idea]| {
        let (mut proposed, mut scored) = (0, 0);
        let matches = part
            .iter()
            .map(|idea| {
                let Some(sketch) = similar::Sketch::of_text(&text_of(idea)) else {
                    return Vec::new();
                };
                let ids = if bits {
                    let c = index.candidates(&sketch);
                    proposed += c.proposed;
                    c.ids
                } else {
                    let ids = index.proposed(&sketch);
                    proposed += ids.len();
                    ids
                };
                scored += ids.len();
                if ids.is_empty() {
                    return Vec::new(); // most: no shingle set needed
                }
                let set = shingles(&text_of(idea));
                let mut found: Vec<Match> = ids
                    .into_iter()
                    .filter_map(|id| {
                        let score = similar::jaccard(&set, &shingles(&text_of(&base[id as usize])));
                        (score >= similar::THRESHOLD).then_some(Match {
                            id: u64::from(id),
                            score,
                        })
                    })
                    .collect();
                found.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.id.cmp(&b.id)));
                found
            })
            .collect::<Vec<_>>();
        (matches, proposed, scored)
    };
    let ((mut a, pa, sa), b) = cores::halves(new, one);
    let (b, pb, sb) = b.expect("a worker thread failed");
    a.extend(b);
    Found {
        matches: a,
        proposed: pa + pb,
        scored: sa + sb,
    }
}

/// `is:duplicate` over ideas held in memory: the store's judge but for
/// reading the text from a slice (every read shingles it again, as there).
struct InMemory<'a> {
    ideas: &'a [Idea],
    flagged: HashSet<u32>,
    /// Each idea's fine bits by id, as `is:duplicate` has them (`None`:
    /// every pair the bits pass is scored, as before the fine bits).
    fine: Option<Vec<Option<Fine>>>,
}

impl PairJudge for InMemory<'_> {
    type Error = ();
    fn wanted(&self, a: u32, b: u32) -> bool {
        let fine = self
            .fine
            .as_ref()
            .is_none_or(|f| match (&f[a as usize], &f[b as usize]) {
                (Some(x), Some(y)) => x.may_be_like(y),
                _ => false,
            });
        fine && !(self.flagged.contains(&a) && self.flagged.contains(&b))
    }
    fn shingles(&mut self, id: u32) -> Result<Option<Vec<u32>>, ()> {
        Ok(self.ideas.get(id as usize).map(|i| shingles(&text_of(i))))
    }
    fn like(&mut self, a: u32, b: u32, _score: f32) {
        self.flagged.insert(a);
        self.flagged.insert(b);
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
    let mut base = demo::generate_particular(n_base, 1, now);
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
    for (n, idea) in base.iter_mut().chain(&mut new).enumerate() {
        idea.id = n as u64;
    }
    println!(
        "near-duplicates: {n_base} ideas, {n_new} new of which {n_copies} near-copies (made in {:.1} s)",
        t.elapsed().as_secs_f64()
    );

    let (index, wall, cpu) = timed(|| {
        let sketches = similar::sketch_all(base.iter().cloned().map(Ok::<_, ()>), |_| {});
        Index::build(sketches.expect("no errors"))
    });
    println!(
        "  index of {n_base}: built in {wall:.2} s ({cpu:.2} s CPU), {} bytes, {:.1} bytes an idea (budget 100)",
        index.heap_bytes(),
        index.heap_bytes() as f64 / n_base as f64
    );

    let (found, wall, cpu) = timed(|| check(&index, &base, &new, true));
    println!(
        "  checking {n_new} new against {n_base}: {wall:.2} s ({cpu:.2} s CPU; budget 10 s), a new idea: {:.0} proposed by the bands, {:.1} scored",
        found.proposed as f64 / n_new as f64,
        found.scored as f64 / n_new as f64
    );
    // A/B in the same run: the bands alone, every proposed idea scored, on
    // the first 200 (all of them would take many minutes at a million).
    let few = &new[..n_new.min(200)];
    let (bands_alone, wall_b, cpu_b) = timed(|| check(&index, &base, few, false));
    let (bits_too, wall_a, cpu_a) = timed(|| check(&index, &base, few, true));
    let same = bands_alone
        .matches
        .iter()
        .zip(&bits_too.matches)
        .filter(|(a, b)| a == b)
        .count();
    println!(
        "  A/B on {} of them: bands alone {wall_b:.2} s ({cpu_b:.2} s CPU, {:.0} scored an idea), with the bits {wall_a:.2} s ({cpu_a:.2} s CPU, {:.1} scored); same answer for {same} of {}",
        few.len(),
        bands_alone.scored as f64 / few.len() as f64,
        bits_too.scored as f64 / few.len() as f64,
        few.len()
    );

    let (mut reported, mut right, mut found_copies) = (0usize, 0usize, 0usize);
    let mut missed = 0;
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
                missed += 1;
            }
        }
    }
    println!(
        "  precision {:.3} ({right} of {reported} reported pairs are labelled copies), recall {:.3} ({found_copies} of {n_copies} copies found), threshold {}",
        right as f64 / reported.max(1) as f64,
        found_copies as f64 / n_copies.max(1) as f64,
        similar::THRESHOLD
    );
    copy_figures(&index, &base, &new, &label, missed);
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
    drop(index);

    // is:duplicate: base and new, all against all; with the fine bits (as
    // the engine does, the signatures made here as the store keeps them),
    // then without them, for the A/B.
    let all: Vec<Idea> = base.into_iter().chain(new).collect();
    for with_fine in [true, false] {
        let ((flagged, work), wall, cpu) = timed(|| {
            let (index, fine) = if with_fine {
                let (mut signed, second) = cores::halves(&all, |part: &[Idea]| {
                    (part.iter())
                        .map(|i| Signature::of_text(&text_of(i)))
                        .collect::<Vec<_>>()
                });
                signed.extend(second.expect("no panic"));
                let sketches = (signed.iter().enumerate())
                    .filter_map(|(n, s)| Some((n as u32, s.as_ref()?.sketch)));
                let index = Index::build(sketches);
                (
                    index,
                    Some(signed.iter().map(|s| s.map(|s| s.fine)).collect()),
                )
            } else {
                let sketches = similar::sketch_all(all.iter().cloned().map(Ok::<_, ()>), |_| {});
                (Index::build(sketches.expect("no errors")), None)
            };
            let mut judge = InMemory {
                ideas: &all,
                flagged: HashSet::new(),
                fine,
            };
            let work = score_pairs(&index, &mut judge).expect("no errors");
            (judge.flagged, work)
        });
        let copies_flagged = label
            .iter()
            .enumerate()
            .filter(|(n, of)| of.is_some() && flagged.contains(&((n_base + n) as u32)))
            .count();
        println!(
            "  is:duplicate over {}{}: {wall:.2} s ({cpu:.2} s CPU, index built in it), {} flagged, {copies_flagged} of {n_copies} labelled copies among them; {} pairs proposed, {} scored",
            all.len(),
            if with_fine {
                " with the fine bits"
            } else {
                " without the fine bits"
            },
            flagged.len(),
            work.proposed,
            work.scored
        );
    }

    // The import's check: the base as if imported into an empty database,
    // in chunks, each record against all before it.
    // SPROUT_BENCH_IMPORT: how many of the base (all of it unless told;
    // the per-record cost grows with the ideas before it).
    let chunk = 10_000;
    let n_import = std::env::var("SPROUT_BENCH_IMPORT")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(n_base)
        .min(n_base);
    let (flagged_at_import, wall, cpu) = timed(|| {
        let mut near = Near::default();
        let mut flagged = 0;
        for part in all[..n_import].chunks(chunk) {
            let found = near
                .check(part, &|_| None, |id| Ok(all.get(id as usize).cloned()))
                .expect("no errors");
            flagged += found.iter().flatten().count();
        }
        flagged
    });
    println!(
        "  import check of {n_import} into an empty database, {chunk} at a time: {wall:.2} s ({cpu:.2} s CPU) = {:.0} records/s ({:.0} a CPU second); {flagged_at_import} looked like an earlier one",
        n_import as f64 / wall,
        n_import as f64 / cpu
    );
}

/// How the labelled copies fare: their real scores, and which the bits
/// turned away.
fn copy_figures(index: &Index, base: &[Idea], new: &[Idea], label: &[Option<u64>], missed: usize) {
    let mut copy_scores = Vec::new();
    let (mut in_bands, mut turned_away) = (0, 0);
    for (idea, of) in new.iter().zip(label) {
        let Some(of) = of else { continue };
        let set = shingles(&text_of(idea));
        let score = similar::jaccard(&set, &shingles(&text_of(&base[*of as usize])));
        copy_scores.push(score);
        let Some(sketch) = similar::Sketch::of(&set) else {
            continue;
        };
        if index.proposed(&sketch).contains(&(*of as u32)) {
            in_bands += 1;
            if !index.candidates(&sketch).ids.contains(&(*of as u32)) {
                turned_away += 1;
            }
        }
    }
    copy_scores.sort_by(f32::total_cmp);
    if !copy_scores.is_empty() {
        let q = |p: f64| copy_scores[((copy_scores.len() - 1) as f64 * p) as usize];
        println!(
            "  labelled copies' scores: min {:.2}, p1 {:.2}, p5 {:.2}, p50 {:.2}; missed: {missed}; proposed by the bands {in_bands} of {}, of which the bits turned away {turned_away}",
            q(0.0),
            q(0.01),
            q(0.05),
            q(0.5),
            copy_scores.len()
        );
    }
}
