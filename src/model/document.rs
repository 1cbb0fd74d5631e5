//! Documents (văn bản): plans, directives, decisions … with the attached file.

use serde::Serialize;

use crate::date::PartialDate;
use crate::model::Spanned;
use crate::model::keys::{Key, optional, required};
use crate::model::read::MapReader;
use crate::msg;

/// Who signed, and on whose behalf.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Signer {
    pub name: String,
    pub position: Option<String>,
    pub on_behalf: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub doc_type: String,
    /// Số ký hiệu; absent when the document has none — never invented.
    pub number: Option<String>,
    pub issuer: String,
    pub issued: Option<PartialDate>,
    pub effective: Option<PartialDate>,
    pub abstract_text: String,
    pub signer: Option<Signer>,
    /// Path relative to the entry file.
    pub file: Option<Spanned<String>>,
    pub based_on: Vec<String>,
}

/// Document types editors are expected to use; others are accepted with a warning.
pub const DOC_TYPES: [&str; 12] = [
    "Kế hoạch",
    "Chỉ thị",
    "Quyết định",
    "Nghị quyết",
    "Chương trình hành động",
    "Hướng dẫn",
    "Thông báo",
    "Công văn",
    "Luật",
    "Nghị định",
    "Thông tư",
    "Đề cương",
];

impl Document {
    /// Its own front-matter keys, in the order `thidua new` writes them.
    pub const KEYS: [Key; 9] = [
        required("doc_type"),
        optional("number"),
        required("issuer"),
        optional("issued"),
        optional("effective"),
        required("abstract"),
        optional("signer"),
        optional("file"),
        optional("based_on"),
    ];

    pub fn read(r: &MapReader<'_>) -> Option<Document> {
        let doc_type = r.required_string("doc_type", msg!("T0202-help-doc-type"));
        let issuer = r.required_string("issuer", msg!("T0202-help-doc-issuer"));
        let abstract_text = r.required_string("abstract", msg!("T0202-help-abstract"));
        let issued = r.date("issued");
        if r.node("issued").is_none() {
            r.problems().warning(
                r.key_pos("issued"),
                msg!("T0212-no-issued-date"),
                Some(msg!("T0212-help-issued")),
            );
        }
        if let Some(t) = &doc_type
            && !DOC_TYPES
                .iter()
                .any(|d| crate::vietnamese::fold_eq(d, &t.value))
        {
            r.problems().warning(
                t.pos,
                msg!("T0212-unusual-doc-type", value = t.value.as_str()),
                Some(msg!("T0212-help-doc-types", types = DOC_TYPES.join(", "))),
            );
        }
        Some(Document {
            doc_type: doc_type.map(|t| t.value).unwrap_or_default(),
            number: r.string("number").map(|s| s.value),
            issuer: issuer.map(|t| t.value).unwrap_or_default(),
            issued: issued.map(|d| d.value),
            effective: r.date("effective").map(|d| d.value),
            abstract_text: abstract_text.map(|t| t.value).unwrap_or_default(),
            signer: r.group(
                "signer",
                msg!("what-group", key = "signer"),
                &["name", "position", "on_behalf"],
                read_signer,
            ),
            file: r.string("file"),
            based_on: r
                .string_list("based_on")
                .into_iter()
                .map(|s| s.value)
                .collect(),
        })
    }
}

pub(crate) fn read_signer(r: &MapReader<'_>) -> Option<Signer> {
    let name = r.required_string("name", msg!("T0202-help-signer-name"));
    Some(Signer {
        name: name?.value,
        position: r.string("position").map(|s| s.value),
        on_behalf: r.string("on_behalf").map(|s| s.value),
    })
}
