//! Award decisions (quyết định khen thưởng): the decision, its award and
//! the people and collectives it honours — the source of the honour rolls
//! (sổ vàng). A revoked decision stays published, marked as revoked.

use serde::Serialize;

use crate::date::PartialDate;
use crate::model::Ref;
use crate::model::Spanned;
use crate::model::award::AwardForm;
use crate::model::document::{Signer, read_signer};
use crate::model::exemplar::Subject;
use crate::model::keys::{Key, optional, required};
use crate::model::read::{Choice, MapReader};
use crate::msg;

/// One person or collective a decision honours (or a nomination proposes).
#[derive(Debug, Clone, PartialEq)]
pub struct Honouree {
    pub name: String,
    pub subject: Subject,
    pub position: Option<String>,
    pub unit: Option<String>,
    pub locality: Option<String>,
    /// The exemplar entry of that person or collective, if there is one.
    pub exemplar: Option<Ref>,
    /// What they achieved (nominations).
    pub achievements: Option<String>,
}

/// The keys of a recipient (decisions) and of a nominee (nominations).
pub const RECIPIENT_KEYS: [&str; 6] = [
    "name", "subject", "position", "unit", "locality", "exemplar",
];
pub const NOMINEE_KEYS: [&str; 7] = [
    "name",
    "subject",
    "position",
    "unit",
    "locality",
    "achievements",
    "exemplar",
];

/// Reads one recipient or nominee.
pub fn read_honouree(r: &MapReader<'_>) -> Option<Honouree> {
    let name = r.required_string("name", msg!("T0202-help-recipient-name"));
    let options: Vec<Choice<'_, Subject>> = Subject::ALL
        .iter()
        .map(|s| (s.key(), s.vietnamese(), *s))
        .collect();
    let subject = r.choice("subject", &options).unwrap_or(Subject::Person);
    Some(Honouree {
        name: name?.value,
        subject,
        position: r.string("position").map(|s| s.value),
        unit: r.string("unit").map(|s| s.value),
        locality: r.string("locality").map(|s| s.value),
        exemplar: r.string("exemplar"),
        achievements: r.string("achievements").map(|s| s.value),
    })
}

/// Why and when a decision was revoked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Revocation {
    pub date: PartialDate,
    /// The number of the decision that revoked it.
    pub decision: Option<String>,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub number: Spanned<String>,
    pub issued: PartialDate,
    pub issuer: String,
    pub signer: Option<Signer>,
    pub award: String,
    pub form: AwardForm,
    pub reason: Option<String>,
    pub recipients: Vec<Honouree>,
    pub revoked: Option<Revocation>,
    /// Path of the signed file, relative to the entry file.
    pub file: Option<Spanned<String>>,
}

impl Decision {
    /// Its own front-matter keys, in the order `thidua new` writes them.
    pub const KEYS: [Key; 9] = [
        required("number"),
        required("issued"),
        required("issuer"),
        optional("signer"),
        required("award"),
        optional("reason"),
        required("recipients"),
        optional("revoked"),
        optional("file"),
    ];

    pub fn read(r: &MapReader<'_>) -> Option<Decision> {
        let number = r.required_string("number", msg!("T0202-help-decision-number"));
        let issued = r.required_date("issued", msg!("T0202-help-decision-issued"));
        let issuer = r.required_string("issuer", msg!("T0202-help-doc-issuer"));
        let award = r.required_string("award", msg!("T0202-help-award-title"));
        let recipients = r.list_of(
            "recipients",
            msg!("what-recipient"),
            &RECIPIENT_KEYS,
            read_honouree,
        );
        r.require_in(
            "recipients",
            msg!("what-entry", section = "decisions"),
            msg!("T0202-help-recipients"),
        );
        let signer = r.group(
            "signer",
            msg!("what-group", key = "signer"),
            &["name", "position", "on_behalf"],
            read_signer,
        );
        let revoked = r.group(
            "revoked",
            msg!("what-group", key = "revoked"),
            &["date", "decision", "reason"],
            |g| {
                let date = g.required_date("date", msg!("T0202-help-revoked-date"))?;
                Some(Revocation {
                    date: date.value,
                    decision: g.string("decision").map(|s| s.value),
                    reason: g.string("reason").map(|s| s.value),
                })
            },
        );
        let award = award?.value;
        Some(Decision {
            number: number?,
            issued: issued?.value,
            issuer: issuer?.value,
            signer,
            form: AwardForm::from_title(&award),
            award,
            reason: r.string("reason").map(|s| s.value),
            recipients,
            revoked,
            file: r.string("file"),
        })
    }
}
