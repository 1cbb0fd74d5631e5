//! The diagnostics text is an API for editors: snapshot it.

use crate::support::{build_err, fixture};

#[test]
fn every_problem_of_a_run_is_reported_at_its_line_and_column() {
    let diags = build_err(&fixture("errors"));
    insta::assert_snapshot!("errors_fixture", diags.render(thidua::i18n::Lang::En));
}

#[test]
fn template_errors_name_the_template_and_line() {
    let mut fs = fixture("minimal");
    fs.insert(
        "templates/404.html",
        b"{% extends \"base.html\" %}\n{% block main %}\n{{ nope.nope }}\n{% endblock main %}"
            .to_vec(),
    );
    let diags = build_err(&fs);
    let text = diags.render(thidua::i18n::Lang::En);
    assert!(
        text.lines().any(|l| l.starts_with("templates/404.html:3:")),
        "{text}"
    );
}

#[test]
fn template_syntax_errors_name_the_template_and_line() {
    let mut fs = fixture("minimal");
    fs.insert(
        "templates/404.html",
        b"{% extends \"base.html\" %}\n{% block main %}\n{% if %}\n{% endblock main %}".to_vec(),
    );
    let text = build_err(&fs).render(thidua::i18n::Lang::En);
    assert!(
        text.lines().any(|l| l.starts_with("templates/404.html:3:")),
        "{text}"
    );
}

#[test]
fn missing_config_says_what_to_do() {
    let fs = thidua::source::MemFs::new();
    let text = build_err(&fs).render(thidua::i18n::Lang::En);
    assert!(
        text.contains("thidua.yaml: error[T0401]: this site has no thidua.yaml"),
        "{text}"
    );
    assert!(text.contains("thidua init"));
}

#[test]
fn config_errors_have_positions() {
    let mut fs = fixture("minimal");
    fs.insert(
        "thidua.yaml",
        "title: X\nbase_url: ftp://x\npaginat: 3\n"
            .as_bytes()
            .to_vec(),
    );
    insta::assert_snapshot!(
        "config_errors",
        build_err(&fs).render(thidua::i18n::Lang::En)
    );
}
