//! `--demo`: one sample deployment and a user for each role, so that a
//! newcomer can walk a whole handoff. Seeded once; nothing without `--demo`.
//!
//! Two of the users, `exchange-team` and `lync-team`, hold every group their
//! team's steps need; the demo deployment has each team countersign the
//! other's steps, so two people in two browsers can take it to complete.

use crate::db::Pool;

use super::{ServiceError, accounts, deployments};
use crate::answers::{example_toml, form};
use crate::auth::{Actor, PortalRole};
use crate::catalog::Catalog;
use crate::db;
use crate::roles::Role;
use crate::workflow::Countersigner;

/// The two demo users who can walk the demo deployment together.
pub const EXCHANGE_TEAM: &str = "exchange-team";
pub const LYNC_TEAM: &str = "lync-team";

/// Creates the demo users and deployment unless they exist; returns each new
/// user with their password.
pub async fn seed(pool: &Pool, catalog: &Catalog) -> Result<Vec<(String, String)>, ServiceError> {
    let system = Actor::command_line();
    let mut conn = pool.acquire().await?;
    if db::users::by_name(&mut conn, "coordinator").await?.is_some() {
        return Ok(Vec::new());
    }
    drop(conn);
    let mut people: Vec<(String, String, Vec<String>)> = vec![
        ("coordinator".into(), "Demo coordinator".into(), vec![PortalRole::Coordinator.key().into()]),
        ("auditor".into(), "Demo auditor".into(), vec![PortalRole::Auditor.key().into()]),
    ];
    for role in Role::ALL {
        people.push((role.key().to_owned(), format!("Demo {}", role.name()), vec![role.key().to_owned()]));
    }
    let keys = |roles: &[Role]| roles.iter().map(|r| r.key().to_owned()).collect::<Vec<String>>();
    people.push((
        EXCHANGE_TEAM.into(),
        "Demo Exchange team".into(),
        keys(&[
            Role::ExchangeOrgAdmins,
            Role::ExchangeServerAdmins,
            Role::ExchangeRecipientAdmins,
            Role::LocalAdmins,
            Role::EnterpriseAdmins,
            Role::DnsAdmins,
        ]),
    ));
    // OcsUmUtil.exe needs both RTC groups in one person; Grant-CsOUPermission needs Domain Admins.
    people.push((
        LYNC_TEAM.into(),
        "Demo Lync team".into(),
        keys(&[
            Role::CsAdministrator,
            Role::RtcUniversalServerAdmins,
            Role::RtcUniversalUserAdmins,
            Role::DomainAdmins,
            Role::LocalAdmins,
        ]),
    ));
    let mut created = Vec::new();
    let mut coordinator_id = None;
    for (username, display_name, roles) in people {
        let (id, password) = accounts::create_user(pool, &system, &username, &display_name, "", &roles).await?;
        if username == "coordinator" {
            coordinator_id = Some(id);
        }
        created.push((username, password));
    }
    let mut conn = pool.acquire().await?;
    let coordinator = match coordinator_id {
        Some(id) => Actor::from_keys(id, "coordinator", "Demo coordinator", &db::users::roles(&mut conn, id).await?),
        None => return Ok(created),
    };
    drop(conn);
    let mut fields = form::from_toml(&example_toml());
    fields.insert("deployment.name".into(), "Demo: Contoso Exchange 2013 and Lync 2013".into());
    fields.insert("workflow.countersigner".into(), Countersigner::OtherTeam.key().into());
    deployments::create(pool, catalog, &coordinator, &fields).await?;
    Ok(created)
}
