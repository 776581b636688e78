//! All the ideas against all (`is:duplicate`): the pairs the index
//! proposes, band by band ([`Index::pairs`]), each scored by its real
//! shingles unless the caller no longer needs it (both ideas flagged
//! already, or a pair people have settled).

use super::{Index, THRESHOLD, jaccard};

/// What [`score_pairs`] asks of its caller.
pub trait PairJudge {
    type Error;
    /// Whether the pair of ids `a` < `b` still needs its score.
    fn wanted(&self, a: u32, b: u32) -> bool;
    /// The shingles of idea `id` (`None`: it is gone).
    fn shingles(&mut self, id: u32) -> Result<Option<Vec<u32>>, Self::Error>;
    /// The pair scored `score`, at least [`THRESHOLD`].
    fn like(&mut self, a: u32, b: u32, score: f32);
}

/// The work [`score_pairs`] did, for the figures.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct PairWork {
    /// Pairs that shared a band (once a band).
    pub proposed: usize,
    /// Pairs whose bits passed and that were still wanted: scored.
    pub scored: usize,
}

/// Scores every pair of `index` that shares a band and passes the bits,
/// telling `judge` of those at [`THRESHOLD`] or more. The first error of
/// `judge` stops the scoring and is returned.
pub fn score_pairs<J: PairJudge>(index: &Index, judge: &mut J) -> Result<PairWork, J::Error> {
    let mut work = PairWork::default();
    let mut failed = None;
    // The last two ideas read: a band's group gives its pairs idea by
    // idea, so one side of the next pair is mostly one of these.
    let mut recent: [(u32, Option<Vec<u32>>); 2] = [(u32::MAX, None), (u32::MAX, None)];
    work.proposed = index.pairs(|a, b| {
        if failed.is_some() || !judge.wanted(a, b) {
            return;
        }
        work.scored += 1;
        let mut read = |id: u32, judge: &mut J| -> Result<Option<Vec<u32>>, J::Error> {
            if let Some((_, s)) = recent.iter().find(|(r, _)| *r == id) {
                return Ok(s.clone());
            }
            let s = judge.shingles(id)?;
            recent.swap(0, 1);
            recent[0] = (id, s.clone());
            Ok(s)
        };
        let both = read(a, judge).and_then(|sa| Ok((sa, read(b, judge)?)));
        match both {
            Ok((Some(sa), Some(sb))) => {
                let score = jaccard(&sa, &sb);
                if score >= THRESHOLD {
                    judge.like(a, b, score);
                }
            }
            Ok(_) => {}
            Err(e) => failed = Some(e),
        }
    });
    match failed {
        Some(e) => Err(e),
        None => Ok(work),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Sketch, shingles};
    use super::*;
    use std::collections::BTreeSet;

    struct Texts {
        texts: Vec<&'static str>,
        settled: (u32, u32),
        found: BTreeSet<(u32, u32)>,
        reads: usize,
    }

    impl PairJudge for Texts {
        type Error = String;
        fn wanted(&self, a: u32, b: u32) -> bool {
            (a, b) != self.settled && !self.found.contains(&(a, b))
        }
        fn shingles(&mut self, id: u32) -> Result<Option<Vec<u32>>, String> {
            self.reads += 1;
            match self.texts.get(id as usize) {
                Some(&"broken") => Err(format!("cannot read #{id}")),
                t => Ok(t.map(|t| shingles(t))),
            }
        }
        fn like(&mut self, a: u32, b: u32, _score: f32) {
            self.found.insert((a, b));
        }
    }

    fn index(texts: &[&str]) -> Index {
        Index::build(
            texts
                .iter()
                .enumerate()
                .filter_map(|(n, t)| Some((n as u32, Sketch::of(&shingles(t))?))),
        )
    }

    const CLINIC: &str = "A mobile clinic visits the villages of Perm Krai every week; \
                          volunteers are trained by nurses from the regional hospital.";

    #[test]
    fn near_copies_are_paired_others_and_settled_pairs_are_not() {
        let texts = vec![
            CLINIC,
            "Lessons run after school in the library of the district centre for teenagers.",
            "A mobile clinic visits the villages of Perm Krai every week; \
             volunteers are trained by nurses from the regional hospitall.",
            "A mobile clinik visits the villages of Perm Krai every week; \
             volunteers are trained by nurses from the regional hospital.",
        ];
        let mut judge = Texts {
            texts: texts.clone(),
            settled: (0, 3),
            found: BTreeSet::new(),
            reads: 0,
        };
        let work = score_pairs(&index(&texts), &mut judge).unwrap();
        assert_eq!(judge.found, BTreeSet::from([(0, 2), (2, 3)]));
        // Each pair scored once however many bands it shares (the judge no
        // longer wants a pair it was told of), the settled one never, the
        // other text's pairs turned away by their bits.
        assert_eq!(work.scored, 2, "{work:?}");
        assert!(work.proposed >= 3, "{work:?}");
        assert!(judge.reads <= 4, "{} reads", judge.reads);
    }

    #[test]
    fn the_first_error_stops_the_scoring() {
        let texts = vec![CLINIC, "broken", CLINIC];
        let mut judge = Texts {
            texts: texts.clone(),
            settled: (u32::MAX, 0),
            found: BTreeSet::new(),
            reads: 0,
        };
        // "broken" has its own sketch; make it share every band with the
        // clinic by indexing the clinic's sketch under its id.
        let clinic = Sketch::of(&shingles(CLINIC)).unwrap();
        let index = Index::build([(0, clinic), (1, clinic), (2, clinic)]);
        assert_eq!(
            score_pairs(&index, &mut judge),
            Err("cannot read #1".to_string())
        );
    }
}
