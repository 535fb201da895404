//! The organisers' page (administrators: add an account, change a role, disable, issue a
//! password link), setting a password through a link, and changing one's own password.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::accounts::{self, AccountRefused, PasswordLink};
use super::desk::{AdminDesk, Desk};
use super::{
    Account, MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS, NewPassword, Role, Username, password, session,
};
use crate::csrf::{CsrfForm, CsrfToken};
use crate::error::AppError;
use crate::forms::FieldErrors;
use crate::i18n::{Message, Tr};
use crate::pages::{self, LocalPath};
use crate::state::AppState;

/// The values of the form that adds an account, as typed.
#[derive(Deserialize, Default, Clone)]
pub(crate) struct AddForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    role: String,
}

impl AddForm {
    /// The form as it first shows: no name, the reviewer role.
    fn blank() -> Self {
        Self {
            role: Role::Reviewer.key().into(),
            ..Self::default()
        }
    }
}

/// A link just made, shown once to the administrator who made it.
struct LinkNotice {
    username: String,
    url: String,
    expires_at: String,
}

#[derive(Template)]
#[template(path = "organisers/accounts.html")]
struct AccountsPage {
    tr: Tr,
    desk: Desk,
    accounts: Vec<Account>,
    roles: &'static [Role],
    values: AddForm,
    errors: FieldErrors,
    link: Option<LinkNotice>,
    /// A change refused for the whole page, such as removing the last administrator.
    refusal: Option<String>,
}

impl AccountsPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(|m| self.tr.message(m))
    }

    fn role_label(&self, role: &Role) -> String {
        self.tr.t(role.label_key())
    }
}

// The page comes back from five handlers, each with its own outcome to show.
#[allow(clippy::too_many_arguments)]
async fn accounts_page(
    state: &AppState,
    tr: Tr,
    desk: Desk,
    status: StatusCode,
    values: AddForm,
    errors: FieldErrors,
    link: Option<(String, PasswordLink)>,
    refusal: Option<Message>,
) -> Result<HttpResponse, AppError> {
    let accounts = state
        .db
        .read(|conn| Ok(super::repo::list_accounts(conn)?))
        .await?;
    let link = link.map(|(username, link)| LinkNotice {
        username,
        url: state
            .settings
            .link_to(&crate::paths::password_link(&link.token)),
        expires_at: tr.timestamp(&link.expires_at),
    });
    let refusal = refusal.map(|m| tr.message(&m));
    pages::html(
        status,
        &AccountsPage {
            tr,
            desk,
            accounts,
            roles: &Role::ALL,
            values,
            errors,
            link,
            refusal,
        },
    )
}

#[tracing::instrument(skip_all)]
pub(crate) async fn organisers_page(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
) -> Result<HttpResponse, AppError> {
    let values = AddForm::blank();
    accounts_page(
        &state,
        tr,
        desk,
        StatusCode::OK,
        values,
        FieldErrors::default(),
        None,
        None,
    )
    .await
}

/// Adds an account without a password and shows the link its owner sets one with.
#[tracing::instrument(skip_all)]
pub(crate) async fn add_organiser(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    CsrfForm(form): CsrfForm<AddForm>,
) -> Result<HttpResponse, AppError> {
    let mut errors = FieldErrors::default();
    let username = Username::parse(form.username.trim())
        .map_err(|_| errors.add("username", Message::new("invalid-username")))
        .ok();
    let role = Role::parse(&form.role);
    if role.is_none() {
        errors.add("role", Message::new("invalid-role"));
    }
    let (Some(username), Some(role)) = (username, role) else {
        let status = errors.status();
        return accounts_page(&state, tr, desk, status, form, errors, None, None).await;
    };
    let by = desk.organiser.username.clone();
    let name = username.to_string();
    let made = state
        .db
        .write(move |conn| {
            Ok(
                match accounts::add_organiser(conn, &username, None, role, &by)? {
                    Ok(id) => Ok(accounts::issue_password_link(conn, id, &by)?
                        .map_err(|e| anyhow::anyhow!("a new account has no link: {e}"))?),
                    Err(refused) => Err(refused),
                },
            )
        })
        .await?;
    match made {
        Ok(link) => {
            let values = AddForm::blank();
            let link = Some((name, link));
            accounts_page(
                &state,
                tr,
                desk,
                StatusCode::OK,
                values,
                FieldErrors::default(),
                link,
                None,
            )
            .await
        }
        Err(_) => {
            errors.add("username", Message::new("invalid-username-taken"));
            let status = errors.status();
            accounts_page(&state, tr, desk, status, form, errors, None, None).await
        }
    }
}

#[derive(Deserialize)]
pub(crate) struct RoleForm {
    #[serde(default)]
    role: String,
}

async fn after_change(
    state: &AppState,
    tr: Tr,
    desk: Desk,
    outcome: Result<(), AccountRefused>,
) -> Result<HttpResponse, AppError> {
    match outcome {
        Ok(()) => Ok(pages::see_other(&LocalPath::or_home(
            &crate::paths::organisers(),
        ))),
        Err(AccountRefused::NoSuchOrganiser) => {
            Err(AppError::NotFound("error-not-found-organiser"))
        }
        Err(refused) => {
            let values = AddForm::blank();
            let key = match refused {
                AccountRefused::UsernameTaken => "invalid-username-taken",
                _ => "error-last-administrator",
            };
            accounts_page(
                state,
                tr,
                desk,
                StatusCode::CONFLICT,
                values,
                FieldErrors::default(),
                None,
                Some(Message::new(key)),
            )
            .await
        }
    }
}

#[tracing::instrument(skip(state, desk, tr, form))]
pub(crate) async fn change_role(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    id: web::Path<i64>,
    CsrfForm(form): CsrfForm<RoleForm>,
) -> Result<HttpResponse, AppError> {
    let role = Role::parse(&form.role)
        .ok_or_else(|| AppError::BadRequest(Message::new("invalid-role")))?;
    let (id, by) = (id.into_inner(), desk.organiser.username.clone());
    let outcome = state
        .db
        .write(move |conn| Ok(accounts::set_role(conn, id, role, &by)?))
        .await?;
    after_change(&state, tr, desk, outcome).await
}

#[derive(Deserialize)]
pub(crate) struct NoFields {}

async fn set_enabled(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    id: i64,
    enabled: bool,
) -> Result<HttpResponse, AppError> {
    let by = desk.organiser.username.clone();
    let outcome = state
        .db
        .write(move |conn| Ok(accounts::set_enabled(conn, id, enabled, &by)?))
        .await?;
    after_change(&state, tr, desk, outcome).await
}

/// Disables an account: it cannot log in, and its sessions end at once.
#[tracing::instrument(skip(state, desk, tr))]
pub(crate) async fn disable(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    id: web::Path<i64>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    set_enabled(state, desk, tr, id.into_inner(), false).await
}

#[tracing::instrument(skip(state, desk, tr))]
pub(crate) async fn enable(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    id: web::Path<i64>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    set_enabled(state, desk, tr, id.into_inner(), true).await
}

/// A new link for an account (a forgotten password); earlier links stop working.
#[tracing::instrument(skip(state, desk, tr))]
pub(crate) async fn issue_link(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    id: web::Path<i64>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let (id, by) = (id.into_inner(), desk.organiser.username.clone());
    let issued = state
        .db
        .write(move |conn| {
            let username = super::repo::find_account(conn, id)?.map(|a| a.username);
            Ok(accounts::issue_password_link(conn, id, &by)?
                .map(|link| (username.unwrap_or_default(), link)))
        })
        .await?
        .map_err(|_| AppError::NotFound("error-not-found-organiser"))?;
    let values = AddForm::blank();
    accounts_page(
        &state,
        tr,
        desk,
        StatusCode::OK,
        values,
        FieldErrors::default(),
        Some(issued),
        None,
    )
    .await
}

/// The new password and its repetition, checked as the form's fields.
fn check_new_password(
    errors: &mut FieldErrors,
    password: &str,
    repeat: &str,
) -> Option<NewPassword> {
    let length = password.chars().count();
    if length < MIN_PASSWORD_CHARS {
        errors.add(
            "password",
            Message::new("invalid-password-short").with("min", MIN_PASSWORD_CHARS as i64),
        );
    } else if length > MAX_PASSWORD_CHARS {
        errors.add(
            "password",
            Message::new("invalid-password-long").with("max", MAX_PASSWORD_CHARS as i64),
        );
    } else if password != repeat {
        errors.add("repeat", Message::new("invalid-password-repeat"));
    }
    if errors.is_empty() {
        NewPassword::parse(password.to_string()).ok()
    } else {
        None
    }
}

async fn hash(password: NewPassword) -> Result<String, AppError> {
    Ok(web::block(move || accounts::hash_new_password(&password))
        .await
        .map_err(|e| anyhow::anyhow!("hashing was cancelled: {e}"))??)
}

#[derive(Template)]
#[template(path = "organisers/set_password.html")]
struct SetPasswordPage {
    tr: Tr,
    csrf_token: String,
    action: String,
    username: String,
    errors: FieldErrors,
}

impl SetPasswordPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(|m| self.tr.message(m))
    }
}

async fn link_account(state: &AppState, token: String) -> Result<Account, AppError> {
    state
        .db
        .read(move |conn| Ok(accounts::account_of_link(conn, &token)?))
        .await?
        .ok_or(AppError::NotFound("error-not-found-password-link"))
}

#[tracing::instrument(skip_all)]
pub(crate) async fn set_password_page(
    state: web::Data<AppState>,
    token: web::Path<String>,
    csrf: CsrfToken,
    tr: Tr,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let account = link_account(&state, token.clone()).await?;
    pages::ok(&SetPasswordPage {
        tr,
        csrf_token: csrf.0,
        action: crate::paths::password_link(&token),
        username: account.username,
        errors: FieldErrors::default(),
    })
}

#[derive(Deserialize)]
pub(crate) struct SetPasswordForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    repeat: String,
}

/// Sets the password through the link, once, then sends the organiser to log in.
#[tracing::instrument(skip_all)]
pub(crate) async fn set_password(
    state: web::Data<AppState>,
    token: web::Path<String>,
    csrf: CsrfToken,
    tr: Tr,
    CsrfForm(form): CsrfForm<SetPasswordForm>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let account = link_account(&state, token.clone()).await?;
    let mut errors = FieldErrors::default();
    let Some(password) = check_new_password(&mut errors, &form.password, &form.repeat) else {
        let page = SetPasswordPage {
            tr,
            csrf_token: csrf.0,
            action: crate::paths::password_link(&token),
            username: account.username,
            errors,
        };
        return pages::html(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let hashed = hash(password).await?;
    state
        .db
        .write(move |conn| Ok(accounts::set_password_with_link(conn, &token, &hashed)?))
        .await?
        .ok_or(AppError::NotFound("error-not-found-password-link"))?;
    Ok(pages::see_other(
        &LocalPath::or_home(&crate::paths::login()),
    ))
}

#[derive(Template)]
#[template(path = "organisers/account.html")]
struct AccountPage {
    tr: Tr,
    desk: Desk,
    errors: FieldErrors,
    changed: bool,
}

impl AccountPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(|m| self.tr.message(m))
    }
}

#[tracing::instrument(skip_all)]
pub(crate) async fn account_page(desk: Desk, tr: Tr) -> Result<HttpResponse, AppError> {
    pages::ok(&AccountPage {
        tr,
        desk,
        errors: FieldErrors::default(),
        changed: false,
    })
}

#[derive(Deserialize)]
pub(crate) struct ChangePasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    repeat: String,
}

/// Changes the signed-in organiser's password, after checking the current one; their other
/// sessions end.
#[tracing::instrument(skip_all)]
pub(crate) async fn change_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    desk: Desk,
    tr: Tr,
    CsrfForm(form): CsrfForm<ChangePasswordForm>,
) -> Result<HttpResponse, AppError> {
    let organiser_id = desk.organiser.id;
    let stored = state
        .db
        .read(move |conn| Ok(super::repo::password_hash(conn, organiser_id)?))
        .await?;
    let mut errors = FieldErrors::default();
    if !password::verify_bounded(stored, form.current).await? {
        errors.add("current", Message::new("invalid-current-password"));
    }
    let new_password = check_new_password(&mut errors, &form.password, &form.repeat);
    let Some(new_password) = new_password.filter(|_| errors.is_empty()) else {
        let page = AccountPage {
            tr,
            desk,
            errors,
            changed: false,
        };
        return pages::html(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let hashed = hash(new_password).await?;
    let keep = session::session_hash(&req).unwrap_or_default();
    let by = desk.organiser.username.clone();
    state
        .db
        .write(move |conn| {
            Ok(accounts::change_password(
                conn,
                organiser_id,
                &hashed,
                &keep,
                &by,
            )?)
        })
        .await?
        .map_err(|_| AppError::NotFound("error-not-found-organiser"))?;
    pages::ok(&AccountPage {
        tr,
        desk,
        errors: FieldErrors::default(),
        changed: true,
    })
}
