//! Exemplars (gương điển hình): people, collectives, households and models.

use serde::Serialize;

use crate::date::PartialDate;
use crate::model::Spanned;
use crate::model::award::Award;
use crate::model::keys::{Key, optional, required};
use crate::model::read::{Choice, MapReader};
use crate::msg;
use crate::vietnamese::PersonName;

/// Who the exemplar is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    Person,
    Collective,
    Household,
    Model,
}

impl Subject {
    pub const ALL: [Subject; 4] = [
        Subject::Person,
        Subject::Collective,
        Subject::Household,
        Subject::Model,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Subject::Person => "person",
            Subject::Collective => "collective",
            Subject::Household => "household",
            Subject::Model => "model",
        }
    }

    /// The Vietnamese words accepted for it in `subject:`.
    pub fn vietnamese(self) -> &'static [&'static str] {
        match self {
            Subject::Person => &["cá nhân"],
            Subject::Collective => &["tập thể"],
            Subject::Household => &["hộ gia đình", "hộ"],
            Subject::Model => &["mô hình"],
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Subject::Person => "Cá nhân",
            Subject::Collective => "Tập thể",
            Subject::Household => "Hộ gia đình",
            Subject::Model => "Mô hình",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Exemplar {
    pub subject: Subject,
    pub category: Option<String>,
    /// For persons: the name parts used to sort by given name.
    pub name: Option<PersonName>,
    pub position: Option<String>,
    pub unit: Option<String>,
    /// As recorded, never rewritten.
    pub locality: Spanned<String>,
    pub locality_as_of: Option<PartialDate>,
    pub awards: Vec<Award>,
    pub posthumous: bool,
    pub publication: Option<String>,
    pub consent: Option<bool>,
}

impl Exemplar {
    /// Its own front-matter keys, in the order `thidua new` writes them.
    pub const KEYS: [Key; 11] = [
        required("subject"),
        optional("category"),
        optional("name"),
        optional("position"),
        optional("unit"),
        required("locality"),
        optional("locality_as_of"),
        optional("awards"),
        optional("posthumous"),
        optional("publication"),
        optional("consent"),
    ];

    pub fn read(r: &MapReader<'_>, title: &str) -> Option<Exemplar> {
        let subject_options: Vec<Choice<'_, Subject>> = Subject::ALL
            .iter()
            .map(|s| (s.key(), s.vietnamese(), *s))
            .collect();
        let subject = r.choice("subject", &subject_options);
        r.require_in(
            "subject",
            msg!("what-entry", section = "exemplars"),
            msg!("T0202-help-subject"),
        );
        let locality = r.required_string("locality", msg!("T0202-help-locality"));
        let name = r.group(
            "name",
            msg!("what-group", key = "name"),
            &["family", "middle", "given"],
            read_name,
        );
        let exemplar = Exemplar {
            subject: subject.unwrap_or(Subject::Person),
            category: r.string("category").map(|s| s.value),
            name,
            position: r.string("position").map(|s| s.value),
            unit: r.string("unit").map(|s| s.value),
            locality: locality
                .clone()
                .unwrap_or(Spanned::new(String::new(), r.pos())),
            locality_as_of: r.date("locality_as_of").map(|d| d.value),
            awards: r.list_of("awards", msg!("what-award"), &Award::KEYS, Award::read),
            posthumous: r.bool("posthumous").unwrap_or(false),
            publication: r.string("publication").map(|s| s.value),
            consent: r.bool("consent"),
        };
        let mut exemplar = exemplar;
        if exemplar.subject == Subject::Person && exemplar.name.is_none() {
            exemplar.name = Some(PersonName::from_full(title));
        }
        Some(exemplar)
    }
}

fn read_name(r: &MapReader<'_>) -> Option<PersonName> {
    let given = r.required_string("given", msg!("T0202-help-given-name"));
    Some(PersonName {
        family: r.string("family").map(|s| s.value).unwrap_or_default(),
        middle: r.string("middle").map(|s| s.value).unwrap_or_default(),
        given: given?.value,
    })
}
