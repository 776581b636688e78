//! Work split over the machine's cores: two halves at once, the second on
//! a scoped thread that ends with the call.
//!
//! Not rayon: its pool keeps threads alive for the process, and memory
//! that a finished thread freed is only given back once the thread has
//! ended (see BENCHMARKS.md, "freed memory given back after loading");
//! sprout never needs more than two workers at a time either.

use std::fmt;

/// A worker thread panicked: its share of the work is lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panicked;

impl fmt::Display for Panicked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a worker thread failed")
    }
}

impl std::error::Error for Panicked {}

/// Runs `first` on this thread and `second` on a scoped one, at once,
/// and returns both results; the second is `Err` when its thread
/// panicked (a panic of `first` goes on as usual).
pub fn join<A, B: Send>(
    first: impl FnOnce() -> A,
    second: impl FnOnce() -> B + Send,
) -> (A, Result<B, Panicked>) {
    std::thread::scope(|s| {
        let other = s.spawn(second);
        let a = first();
        (a, other.join().map_err(|_| Panicked))
    })
}

/// Runs `work` on the two halves of `items` at once, the first half on
/// this thread; the results are in the items' order.
pub fn halves<T: Sync, R: Send>(
    items: &[T],
    work: impl Fn(&[T]) -> R + Sync,
) -> (R, Result<R, Panicked>) {
    let (a, b) = items.split_at(items.len() / 2);
    join(|| work(a), || work(b))
}

/// Runs `work` on `n` threads at once and returns what each made, in
/// order; a thread that panicked panics here (tests of shared tables).
pub fn on_threads<R: Send>(n: usize, work: impl Fn() -> R + Sync) -> Vec<R> {
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..n).map(|_| s.spawn(&work)).collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_halves_run_at_once_and_keep_their_order() {
        let items: Vec<u32> = (0..101).collect();
        let (a, b) = halves(&items, |part| part.to_vec());
        let b = b.unwrap();
        assert_eq!((a.len(), b.len()), (50, 51));
        assert_eq!([a, b].concat(), items);
        // They run at the same time: each waits for the other to start.
        let barrier = std::sync::Barrier::new(2);
        let (x, y) = join(|| barrier.wait().is_leader(), || barrier.wait().is_leader());
        assert_ne!(x, y.unwrap(), "exactly one of the two leads");
    }

    #[test]
    fn a_panic_on_the_second_thread_is_an_error_not_a_crash() {
        let (a, b) = join(|| 1, || -> u32 { panic!("lost") });
        assert_eq!((a, b), (1, Err(Panicked)));
        assert_eq!(on_threads(3, || 7), [7, 7, 7]);
    }
}
