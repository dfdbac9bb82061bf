//! Countersign: plans the integration of Exchange Server with Lync Server 2013
//! and Skype for Business Server, splits every step by the Active Directory
//! group it needs, and renders the commands each person runs.
//!
//! The pure core (no I/O) is [`catalog`], [`params`], [`questionnaire`],
//! [`answers`], [`plan`] and [`render`]; [`cli`] is the command line over it.

pub mod answers;
pub mod audit;
pub mod auth;
pub mod catalog;
pub mod cli;
pub mod condition;
pub mod db;
pub mod i18n;
pub mod params;
pub mod plan;
pub mod questionnaire;
pub mod render;
pub mod results;
pub mod roles;
pub mod services;
pub mod web;
pub mod workflow;
