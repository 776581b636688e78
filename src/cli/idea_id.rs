//! An idea id as the command line takes it, for every command's arguments.

/// An id, with or without `#`.
pub fn parse_id(s: &str) -> Result<u64, String> {
    match s.trim().trim_start_matches('#').parse::<u64>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(crate::tr!("err-cli-not-an-id", value = s)),
    }
}
