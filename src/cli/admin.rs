//! `sprout admin roles`: the team's two roles on a PostgreSQL database
//! (the script `sql/roles.sql`, run by the store), then what to do next.

use super::args::AdminAction;
use super::stdout::stdout;
use crate::Error;
use std::io::Write;
use std::path::PathBuf;

pub fn run(action: AdminAction, db: PathBuf) -> Result<(), Error> {
    match action {
        AdminAction::Roles => roles(db),
    }
}

fn roles(db: PathBuf) -> Result<(), Error> {
    let Some(location) = db.to_str().filter(|l| crate::store::is_postgres(l)) else {
        return Err(Error::Usage(crate::tr!("cli-err-roles-need-postgres")));
    };
    let name = crate::store::create_roles(location)?;
    let mut out = stdout();
    writeln!(
        out,
        "{}",
        crate::tr!("cli-admin-roles-ready", name = name.as_str())
    )?;
    out.flush()?;
    Ok(())
}
