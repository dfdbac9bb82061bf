//! Turning a plan into text: quoting (the security boundary), command
//! templates, per-role scripts and the readable plan report.

pub mod graph;
pub mod quote;
pub mod report;
pub mod script;
pub mod template;
