//! `--demo`: one sample deployment and a user for each role, so that a
//! newcomer can walk a whole handoff. Seeded once; nothing without `--demo`.

use sqlx::SqlitePool;

use super::{ServiceError, accounts, deployments};
use crate::answers::{example_toml, form};
use crate::auth::{Actor, PortalRole};
use crate::catalog::Catalog;
use crate::db;
use crate::roles::Role;

/// Creates the demo users and deployment unless they exist; returns each new
/// user with their password.
pub async fn seed(pool: &SqlitePool, catalog: &Catalog) -> Result<Vec<(String, String)>, ServiceError> {
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
    // OcsUmUtil.exe needs both Lync groups in one person.
    people.push((
        "lync-admin".into(),
        "Demo Lync administrator (both RTC groups)".into(),
        vec![
            Role::RtcUniversalServerAdmins.key().into(),
            Role::RtcUniversalUserAdmins.key().into(),
            Role::CsAdministrator.key().into(),
        ],
    ));
    let mut created = Vec::new();
    let mut coordinator_id = None;
    for (username, display_name, roles) in people {
        let (id, password) = accounts::create_user(pool, &system, &username, &display_name, &roles).await?;
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
    let fields = form::from_toml(&example_toml());
    deployments::create(pool, catalog, &coordinator, &fields).await?;
    Ok(created)
}
