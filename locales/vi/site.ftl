# site messages (vi). See src/i18n/mod.rs for the rules.
