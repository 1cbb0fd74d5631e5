//! Public comment on nominees (lấy ý kiến nhân dân): before the council
//! meets on nominations for high honours, the nominees are published for
//! comment for at least 10 working days (Decree 98/2023/NĐ-CP art. 46).
//! The count of working days is checked by the site against the holiday
//! calendar (`crate::calendar::holidays`); this module reads the entry.

use crate::date::PartialDate;
use crate::model::Spanned;
use crate::model::decision::{Honouree, NOMINEE_KEYS, read_honouree};
use crate::model::keys::{Key, required};
use crate::model::read::MapReader;
use crate::msg;

/// Where comments go.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Contact {
    pub unit: String,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Nomination {
    pub council: String,
    /// What the nominees are proposed for.
    pub award: String,
    pub opens: Spanned<PartialDate>,
    pub closes: Spanned<PartialDate>,
    pub contact: Contact,
    pub nominees: Vec<Honouree>,
}

impl Nomination {
    /// Its own front-matter keys, in the order `thidua new` writes them.
    pub const KEYS: [Key; 6] = [
        required("council"),
        required("award"),
        required("opens"),
        required("closes"),
        required("contact"),
        required("nominees"),
    ];

    pub fn read(r: &MapReader<'_>) -> Option<Nomination> {
        let council = r.required_string("council", msg!("T0202-help-council"));
        let award = r.required_string("award", msg!("T0202-help-award-title"));
        let opens = r.required_date("opens", msg!("T0202-help-opens"));
        let closes = r.required_date("closes", msg!("T0202-help-closes"));
        r.require_in(
            "contact",
            msg!("what-entry", section = "nominations"),
            msg!("T0202-help-contact"),
        );
        let contact = r.group(
            "contact",
            msg!("what-group", key = "contact"),
            &["unit", "address", "phone", "email"],
            |g| {
                let unit = g.required_string("unit", msg!("T0202-help-contact"))?;
                Some(Contact {
                    unit: unit.value,
                    address: g.string("address").map(|s| s.value),
                    phone: g.string("phone").map(|s| s.value),
                    email: g.string("email").map(|s| s.value),
                })
            },
        );
        let nominees = r.list_of(
            "nominees",
            msg!("what-nominee"),
            &NOMINEE_KEYS,
            read_honouree,
        );
        r.require_in(
            "nominees",
            msg!("what-entry", section = "nominations"),
            msg!("T0202-help-nominees"),
        );
        let (opens, closes) = (opens?, closes?);
        for d in [&opens, &closes] {
            if d.value.day().is_none() {
                r.problems().error(
                    d.pos,
                    msg!("T0215-date-not-full", text = d.value.iso()),
                    Some(msg!("T0215-help-full-date")),
                );
                return None;
            }
        }
        if closes.value < opens.value {
            r.problems().error(
                closes.pos,
                msg!(
                    "T0215-closes-before-opens",
                    opens = opens.value.iso(),
                    closes = closes.value.iso()
                ),
                Some(msg!("T0215-help-period")),
            );
            return None;
        }
        Some(Nomination {
            council: council?.value,
            award: award?.value,
            opens,
            closes,
            contact: contact?,
            nominees,
        })
    }
}
