//! The calendars of Vietnamese public life: the lunar calendar of Vietnam
//! (`lunar`, UTC+7) and the working days of state offices (`holidays`: the
//! Labor Code's public holidays, with each year's published schedule from
//! `data/holidays.yaml`). It depends on nothing of the pipeline
//! but the YAML reader, the model's text cleaning and diagnostics.

pub mod holidays;
pub mod lunar;
