# model messages (en). See src/i18n/mod.rs for the rules.
