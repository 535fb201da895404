//! The `consult` command: serves the application, and manages it from the command line.

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};

use consult::audit::COMMAND_LINE;
use consult::configuration::{self, BaseUrl, Settings};
use consult::document::Library;
use consult::organisers::{NewPassword, Username};
use consult::review::FilterQuery;
use consult::startup::Application;
use consult::tallies::{ExportFile, ExportFormat, export};

#[derive(Parser)]
#[command(
    name = "consult",
    version,
    about = "Regional consultations on a draft legal text"
)]
#[command(args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// With no subcommand, `consult` serves.
    #[command(flatten)]
    serve: ServeArgs,
}

#[derive(clap::Args)]
struct ServeArgs {
    #[command(flatten)]
    db: DbArg,
    /// Address and port to listen on.
    #[arg(long, env = "CONSULT_BIND", default_value = configuration::DEFAULT_BIND)]
    bind: String,
    /// Mark cookies Secure (when served over HTTPS).
    #[arg(long, env = "CONSULT_SECURE_COOKIES")]
    secure_cookies: bool,
    /// Largest accepted request body, in bytes.
    #[arg(long, env = "CONSULT_MAX_BODY_BYTES", default_value_t = configuration::DEFAULT_MAX_BODY_BYTES)]
    max_body_bytes: usize,
    /// Minutes an organiser session lasts without a request.
    #[arg(
        long,
        env = "CONSULT_SESSION_IDLE_MINUTES",
        default_value_t = configuration::DEFAULT_SESSION_IDLE_MINUTES
    )]
    session_idle_minutes: u64,
    /// The site's public address, e.g. https://consult.example.org, for absolute links
    /// (the private link on a receipt); without it those links are relative.
    #[arg(long, env = "CONSULT_BASE_URL", value_parser = BaseUrl::parse)]
    base_url: Option<BaseUrl>,
    /// The SMTP server receipts are mailed through: smtp://host:port, smtp://host?tls=required
    /// (STARTTLS) or smtps://host, with user:password@ before the host if it needs them (give
    /// those in the environment, not on the command line). Needs --mail-from and --base-url.
    /// Without it no mail is sent and the form promises none.
    #[arg(
        long,
        env = "CONSULT_SMTP_URL",
        requires = "mail_from",
        requires = "base_url",
        hide_env_values = true
    )]
    smtp_url: Option<String>,
    /// The sender of receipts, e.g. "Consultations <consult@example.org>".
    #[arg(long, env = "CONSULT_MAIL_FROM", requires = "smtp_url", value_parser = parse_mailbox)]
    mail_from: Option<lettre::message::Mailbox>,
    /// Export downloads served at once; a further one is asked to retry.
    #[arg(long, env = "CONSULT_EXPORT_STREAMS", default_value_t = configuration::DEFAULT_EXPORT_STREAMS)]
    export_streams: usize,
    /// Serve a room offline: a new --db is filled from this pack (from `consult room pack`),
    /// not with the shipped draft, and serves its one consultation.
    #[arg(long, env = "CONSULT_ROOM")]
    room: Option<PathBuf>,
}

#[derive(clap::Args, Clone)]
struct DbArg {
    /// The SQLite database file.
    #[arg(long, env = "CONSULT_DB", default_value = configuration::DEFAULT_DATABASE)]
    db: PathBuf,
}

#[derive(Subcommand)]
enum RoomCommand {
    /// Write everything a room needs to serve one consultation offline (its process, draft
    /// version, lists and organiser accounts, and a key for the room), for
    /// `consult serve --room FILE --db room.db` on the room's laptop. Keep the file as safe
    /// as a backup: it holds the organisers' password hashes and the room's key.
    Pack {
        /// The consultation's slug.
        #[arg(long)]
        consultation: String,
        /// Where to write the pack.
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        db: DbArg,
    },
    /// Write the room's feedback, edits, moderation and dispositions, signed with the room's
    /// key, for `consult room merge` at the centre. Safe while the room's server runs.
    Export {
        /// Where to write the export.
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        db: DbArg,
    },
    /// Add a room's export to this database. Merging the same file again, or an earlier export
    /// of the same room, changes nothing; an altered file, or one for another consultation, is
    /// refused and nothing is stored.
    Merge {
        /// The room's export.
        file: PathBuf,
        /// Refuse the file unless it is for this consultation.
        #[arg(long)]
        consultation: Option<String>,
        #[command(flatten)]
        db: DbArg,
    },
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web application (the default).
    Serve(ServeArgs),
    /// Load drafts.
    Document {
        #[command(subcommand)]
        command: DocumentCommand,
    },
    /// Set up consultations.
    Consultation {
        #[command(subcommand)]
        command: ConsultationCommand,
    },
    /// List the processes.
    Process {
        #[command(subcommand)]
        command: ProcessCommand,
    },
    /// Manage organiser accounts.
    Organiser {
        #[command(subcommand)]
        command: OrganiserCommand,
    },
    /// Import statements, written submissions or paper forms from a .csv or .xlsx file into a
    /// consultation. Every row is checked first; with any problem nothing is stored and each
    /// is listed by line. Rows already stored (same external_id, or same content and
    /// provenance) are skipped, so importing a file twice adds nothing.
    Import {
        /// The .csv or .xlsx file; its columns are named in the README.
        file: PathBuf,
        /// The consultation's slug.
        #[arg(long)]
        consultation: String,
        /// Check the file and say what would be stored, without storing anything.
        #[arg(long)]
        dry_run: bool,
        #[command(flatten)]
        db: DbArg,
    },
    /// Rooms that work offline: pack a consultation for a laptop in the meeting room, export
    /// what the room took, merge it back at the centre.
    Room {
        #[command(subcommand)]
        command: RoomCommand,
    },
    /// Copy the database to PATH with SQLite's online backup; safe while the server runs.
    Backup {
        /// Where to write the copy.
        path: PathBuf,
        #[command(flatten)]
        db: DbArg,
    },
    /// Erase the name, organisation, country and email of all feedback sent with an email
    /// address; the comments stay and are still counted.
    Forget {
        #[arg(long)]
        email: String,
        #[command(flatten)]
        db: DbArg,
    },
    /// Write the CSV exports into a folder; the filters are those of the review page.
    Export {
        #[command(flatten)]
        db: DbArg,
        /// The folder to write into.
        #[arg(long, default_value = "exports")]
        out: PathBuf,
        /// csv, or xlsx for workbooks with typed cells (their column notes in English).
        #[arg(long, default_value = "csv", value_parser = parse_export_format)]
        format: ExportFormat,
        #[command(flatten)]
        filter: ExportFilter,
    },
}

/// The review page's filters, as flags. Empty means any.
#[derive(clap::Args)]
struct ExportFilter {
    /// The process whose feedback to write (its slug); the first if not given.
    #[arg(long, default_value = "")]
    process: String,
    /// The version of the process's draft (its symbol); the one the desk reviews if not given.
    #[arg(long, default_value = "")]
    version: String,
    /// Write the feedback on this version only, not that carried from earlier versions.
    #[arg(long)]
    this_version_only: bool,
    /// A consultation's slug, e.g. suva-2015.
    #[arg(long, default_value = "")]
    consultation: String,
    /// `preamble` or an article number.
    #[arg(long, default_value = "")]
    article: String,
    /// support, amend, oppose or question.
    #[arg(long, default_value = "")]
    stance: String,
    /// A stakeholder category, as labelled in the form.
    #[arg(long, default_value = "")]
    stakeholder_category: String,
    /// A theme key.
    #[arg(long, default_value = "")]
    theme: String,
    /// general, substantive or drafting.
    #[arg(long, default_value = "")]
    comment_type: String,
    /// pending, accepted, partially-accepted, not-accepted or noted.
    #[arg(long, default_value = "")]
    disposition: String,
    /// Words that must appear in the comment or proposed wording.
    #[arg(long, default_value = "")]
    q: String,
    /// online, statement, written-submission, email or paper-form.
    #[arg(long, default_value = "")]
    channel: String,
    /// Only the members of this text group.
    #[arg(long, default_value = "")]
    group: String,
    /// Only the first item of each group of identical or near-identical comments.
    #[arg(long)]
    one_per_group: bool,
}

impl From<ExportFilter> for FilterQuery {
    fn from(f: ExportFilter) -> Self {
        FilterQuery {
            process: f.process,
            version: f.version,
            versions: if f.this_version_only {
                "this".to_string()
            } else {
                String::new()
            },
            consultation: f.consultation,
            article: f.article,
            stance: f.stance,
            stakeholder_category: f.stakeholder_category,
            theme: f.theme,
            comment_type: f.comment_type,
            disposition: f.disposition,
            channel: f.channel,
            group: f.group,
            copies: if f.one_per_group {
                "one".to_string()
            } else {
                String::new()
            },
            q: f.q,
            text: String::new(),
        }
    }
}

#[derive(Subcommand)]
enum DocumentCommand {
    /// Read a draft from a .txt, .md, .docx or .json file and show the structure found; store
    /// it unless --dry-run. A file that cannot be read as a draft is refused with each problem's
    /// line, and nothing is stored.
    Import(ImportArgs),
}

#[derive(clap::Args)]
struct ImportArgs {
    /// The draft: plain text as UN documents print it (.txt), Markdown (.md), Word (.docx) or
    /// the JSON schema of the shipped draft (.json).
    file: PathBuf,
    /// Make the draft the text of this process (replacing a draft nobody has commented on).
    #[arg(long, conflicts_with = "new_process")]
    process: Option<String>,
    /// Create a process with this slug for the draft.
    #[arg(long, conflicts_with = "revises")]
    new_process: Option<String>,
    /// Store the draft as the version after the document with this symbol (the newest
    /// version of its process), and propose which of its units descends from which.
    #[arg(long, conflicts_with = "process")]
    revises: Option<String>,
    /// Store the file as a language version of the document with this symbol (with
    /// --language): aligned with it unit by unit, or refused with each unit that does not
    /// align named by line.
    #[arg(long, conflicts_with_all = ["process", "new_process", "revises"], requires = "language")]
    translation_of: Option<String>,
    /// The document symbol, e.g. A/HRC/35/35 (required unless the file is JSON).
    #[arg(long)]
    symbol: Option<String>,
    /// The title, instead of the file's first line.
    #[arg(long)]
    title: Option<String>,
    /// The year of the document (this year if not given).
    #[arg(long)]
    year: Option<i64>,
    /// The language the draft is written in: en, fr, es, ar... (en if not given).
    #[arg(long, value_parser = parse_language)]
    language: Option<String>,
    /// Show what would be stored, and store nothing.
    #[arg(long)]
    dry_run: bool,
    #[command(flatten)]
    db: DbArg,
}

#[derive(Subcommand)]
enum ConsultationCommand {
    /// Add a consultation on a process's draft; it takes comments at once, or within its
    /// comment period if --opens or --closes is given.
    Add {
        /// Its address: lower-case letters, digits and hyphens, e.g. dakar-2026.
        slug: String,
        #[command(flatten)]
        fields: ConsultationFields,
        #[command(flatten)]
        db: DbArg,
    },
    /// Change a consultation; the fields not given stay as they are.
    Edit {
        slug: String,
        #[command(flatten)]
        fields: ConsultationFields,
        #[command(flatten)]
        db: DbArg,
    },
    /// Every consultation: slug, city, held, state, comment period.
    List {
        #[command(flatten)]
        db: DbArg,
    },
}

/// A consultation's fields on the command line, as on the desk's form.
#[derive(clap::Args)]
struct ConsultationFields {
    /// The city, or a title.
    #[arg(long)]
    city: Option<String>,
    #[arg(long)]
    country: Option<String>,
    /// A regional group; repeat for several.
    #[arg(long = "regional-group")]
    regional_groups: Vec<String>,
    /// Language codes, e.g. "fr,en".
    #[arg(long)]
    languages: Option<String>,
    /// When the meeting is held: 2026-03 or 2026-03-14.
    #[arg(long)]
    held: Option<String>,
    /// The slug of the process whose draft it comments on.
    #[arg(long)]
    process: Option<String>,
    /// When it opens for comments: 2026-03-01T09:00, in --time-zone; "" for none.
    #[arg(long)]
    opens: Option<String>,
    /// When it closes for comments; "" for none.
    #[arg(long)]
    closes: Option<String>,
    /// The IANA time zone of --opens and --closes, e.g. Africa/Addis_Ababa (default UTC).
    #[arg(long)]
    time_zone: Option<String>,
    /// `public` (listed, open to anyone; the default) or `invitation` (only through the
    /// invitation links made on the desk).
    #[arg(long)]
    access: Option<String>,
    /// `draft` (the articles of the process's newest draft; the default), `questions` (a
    /// workshop on the process's discussion questions) or `both`.
    #[arg(long)]
    offers: Option<String>,
}

impl ConsultationFields {
    /// The form these flags fill in over `base`.
    fn over(
        self,
        base: consult::consultations::setup::SetupForm,
    ) -> consult::consultations::setup::SetupForm {
        consult::consultations::setup::SetupForm {
            city: self.city.unwrap_or(base.city),
            country: self.country.unwrap_or(base.country),
            regional_groups: if self.regional_groups.is_empty() {
                base.regional_groups
            } else {
                self.regional_groups.join("\n")
            },
            languages: self.languages.unwrap_or(base.languages),
            held: self.held.unwrap_or(base.held),
            process: self.process.unwrap_or(base.process),
            opens: self.opens.unwrap_or(base.opens),
            closes: self.closes.unwrap_or(base.closes),
            time_zone: self.time_zone.unwrap_or(base.time_zone),
            access: self.access.unwrap_or(base.access),
            offers: self.offers.unwrap_or(base.offers),
            slug: base.slug,
        }
    }
}

#[derive(Subcommand)]
enum ProcessCommand {
    /// Every process: slug, draft and consultations.
    List {
        #[command(flatten)]
        db: DbArg,
    },
}

#[derive(Subcommand)]
enum OrganiserCommand {
    /// Add an organiser; the password is read from stdin, or asked for twice on a terminal.
    /// The first organiser is an administrator; later ones review, unless --admin.
    Add {
        name: String,
        /// Make the organiser an administrator (sets up processes, drafts, consultations,
        /// vocabularies and organisers).
        #[arg(long)]
        admin: bool,
        #[command(flatten)]
        db: DbArg,
    },
    /// Every organiser: name, role, and whether the account is disabled.
    List {
        #[command(flatten)]
        db: DbArg,
    },
    /// Disable an organiser: they cannot log in, and their sessions end at once.
    Disable {
        name: String,
        #[command(flatten)]
        db: DbArg,
    },
    /// Set an organiser's password, read as for `add`; their sessions end.
    Passwd {
        name: String,
        #[command(flatten)]
        db: DbArg,
    },
}

#[actix_web::main]
async fn main() -> anyhow::Result<()> {
    consult::telemetry::init();
    let cli = Cli::parse();
    match cli.command.unwrap_or(Command::Serve(cli.serve)) {
        Command::Serve(args) => serve(args).await?,
        Command::Organiser { command } => match command {
            OrganiserCommand::Add { name, admin, db } => add_organiser(&name, admin, &db.db)?,
            OrganiserCommand::List { db } => list_organisers(&db.db)?,
            OrganiserCommand::Disable { name, db } => disable_organiser(&name, &db.db)?,
            OrganiserCommand::Passwd { name, db } => set_organiser_password(&name, &db.db)?,
        },
        Command::Document {
            command: DocumentCommand::Import(args),
        } => import_draft(args)?,
        Command::Process {
            command: ProcessCommand::List { db },
        } => list_processes(&db.db)?,
        Command::Consultation { command } => match command {
            ConsultationCommand::Add { slug, fields, db } => {
                set_up_consultation(&slug, fields, false, &db.db)?
            }
            ConsultationCommand::Edit { slug, fields, db } => {
                set_up_consultation(&slug, fields, true, &db.db)?
            }
            ConsultationCommand::List { db } => list_consultations(&db.db)?,
        },
        Command::Export {
            db,
            out,
            format,
            filter,
        } => export_all(&db.db, &out, format, filter.into())?,
        Command::Backup { path, db } => {
            let bar = progress(&format!(
                "copying {} to {}",
                db.db.display(),
                path.display()
            ));
            consult::db::backup(&db.db, &path)?;
            bar.finish_and_clear();
            println!("wrote {}", path.display());
        }
        Command::Forget { email, db } => forget(&db.db, &email)?,
        Command::Room { command } => match command {
            RoomCommand::Pack {
                consultation,
                out,
                db,
            } => pack_room(&consultation, &out, &db.db)?,
            RoomCommand::Export { out, db } => export_room(&out, &db.db)?,
            RoomCommand::Merge {
                file,
                consultation,
                db,
            } => merge_room(&file, consultation.as_deref(), &db.db)?,
        },
        Command::Import {
            file,
            consultation,
            dry_run,
            db,
        } => import_feedback(&file, &consultation, dry_run, &db.db)?,
    }
    Ok(())
}

async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let mut settings = Settings::new(args.db.db, args.bind);
    settings.secure_cookies = args.secure_cookies;
    settings.max_body_bytes = args.max_body_bytes;
    settings.session_idle_timeout = std::time::Duration::from_secs(args.session_idle_minutes * 60);
    settings.base_url = args.base_url;
    settings.export_streams = args.export_streams;
    settings.room = args.room;
    settings.mail = args
        .smtp_url
        .zip(args.mail_from)
        .map(|(url, from)| consult::mail::MailSettings { url, from });
    let application = Application::build(settings).await?;
    tracing::info!(port = application.port(), "serving");
    application.run_until_stopped().await?;
    Ok(())
}

/// A language tag as drafts are marked with: `en`, `fr`, `ar`, `zh-Hans`...
fn parse_language(raw: &str) -> Result<String, String> {
    consult::document::import::language_tag(raw)
        .ok_or_else(|| format!("{raw:?} is not a language code such as en, fr, es or ar"))
}

fn parse_mailbox(raw: &str) -> Result<lettre::message::Mailbox, String> {
    raw.parse()
        .map_err(|e| format!("{raw:?} is not a mail address: {e}"))
}

/// A spinner with what is being done, how much is written and for how long, on a terminal;
/// nothing when stderr is not one (a script, a log, a timer).
fn progress(doing: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner().with_message(doing.to_string());
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} {msg}: {bytes} ({bytes_per_sec}), {elapsed}")
    {
        bar.set_style(style);
    }
    // Drawn at once: a short export may end before the first tick.
    bar.tick();
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}

fn read_password() -> anyhow::Result<String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password (at least 12 characters): ")?;
        let second = rpassword::prompt_password("The same password again: ")?;
        anyhow::ensure!(first == second, "the two passwords differ");
        Ok(first)
    } else {
        let mut input = String::new();
        std::io::stdin().read_to_string(&mut input)?;
        password_from_lines(&input)
    }
}

/// A password piped in: one line, or the same line twice (as a terminal asks for it). No
/// login form takes a line break, so a password never holds one.
fn password_from_lines(input: &str) -> anyhow::Result<String> {
    let lines: Vec<&str> = input.lines().collect();
    match lines.as_slice() {
        [password] => Ok(password.to_string()),
        [password, again] if password == again => Ok(password.to_string()),
        [_, _] => anyhow::bail!("the two passwords differ"),
        _ => anyhow::bail!("give the password on one line (or on two, the same twice)"),
    }
}

/// The command line with the system user running it, as the audit log names who acted.
fn command_line_user() -> String {
    consult::audit::command_line_of(&std::env::var("USER").unwrap_or_default())
}

fn add_organiser(name: &str, admin: bool, db: &Path) -> anyhow::Result<()> {
    use consult::organisers::accounts;
    let username = Username::parse(name).map_err(anyhow::Error::msg)?;
    let password = NewPassword::parse(read_password()?).map_err(anyhow::Error::msg)?;
    let mut conn = consult::storage::open_direct(db)?;
    let role = consult::storage::write(&mut conn, |conn| {
        let role = accounts::command_line_role(conn, admin)?;
        accounts::add_with_password(conn, &username, &password, role, COMMAND_LINE)?;
        Ok(role)
    })?;
    println!("Added organiser {username} ({}).", role.key());
    Ok(())
}

fn list_organisers(db: &Path) -> anyhow::Result<()> {
    let conn = consult::storage::open_direct(db)?;
    for account in consult::organisers::repo::list_accounts(&conn)? {
        let state = match (account.disabled, account.has_password) {
            (true, _) => "disabled",
            (false, false) => "awaiting password",
            (false, true) => "active",
        };
        println!("{}\t{}\t{state}", account.username, account.role.key());
    }
    Ok(())
}

fn find_account(
    conn: &rusqlite::Connection,
    name: &str,
) -> anyhow::Result<consult::organisers::Account> {
    consult::organisers::repo::find_account_by_name(conn, name)?
        .ok_or_else(|| anyhow::anyhow!("there is no organiser named {name}"))
}

fn disable_organiser(name: &str, db: &Path) -> anyhow::Result<()> {
    let mut conn = consult::storage::open_direct(db)?;
    consult::storage::write(&mut conn, |conn| {
        let account = find_account(conn, name)?;
        consult::organisers::accounts::set_enabled(conn, account.id, false, COMMAND_LINE)?
            .map_err(anyhow::Error::from)
    })?;
    println!("Disabled organiser {name}; their sessions have ended.");
    Ok(())
}

fn set_organiser_password(name: &str, db: &Path) -> anyhow::Result<()> {
    use consult::organisers::accounts;
    let mut conn = consult::storage::open_direct(db)?;
    let account = find_account(&conn, name)?;
    let password = NewPassword::parse(read_password()?).map_err(anyhow::Error::msg)?;
    let hash = accounts::hash_new_password(&password)?;
    consult::storage::write(&mut conn, |conn| {
        accounts::change_password(conn, account.id, &hash, &[], COMMAND_LINE)?
            .map_err(anyhow::Error::from)
    })?;
    println!("Set the password of {name}; their sessions have ended.");
    Ok(())
}

fn forget(db: &Path, email: &str) -> anyhow::Result<()> {
    anyhow::ensure!(!email.trim().is_empty(), "give the email address to forget");
    let mut conn = consult::storage::open_direct(db)?;
    let erased = consult::storage::write(&mut conn, |conn| {
        let erased = consult::feedback::erase_personal_details(conn, email, COMMAND_LINE)?;
        // A room's later export must not bring them back.
        consult::rooms::repo::forget_authors(conn, &erased)?;
        Ok(erased)
    })?;
    match erased.len() {
        1 => println!("Erased the personal details of 1 feedback item."),
        n => println!("Erased the personal details of {n} feedback items."),
    }
    Ok(())
}

/// Each file is written beside its final name and renamed, so a reader never sees half a file.
fn parse_export_format(raw: &str) -> Result<ExportFormat, String> {
    ExportFormat::ALL
        .into_iter()
        .find(|f| f.extension() == raw)
        .ok_or_else(|| format!("{raw:?} is not csv or xlsx"))
}

fn export_all(
    db: &Path,
    out: &Path,
    format: ExportFormat,
    query: FilterQuery,
) -> anyhow::Result<()> {
    let mut conn = consult::storage::open_direct(db)?;
    let library = consult::document::repo::load_library(&conn)?;
    // The process and the version of its draft the desk would review, with the same filter.
    let (_, filter) =
        consult::review::desk_filter_read(&conn, &library, &query).map_err(|e| match e {
            consult::error::AppError::BadRequest(message) => {
                let english = consult::i18n::Tr::new(consult::i18n::Lang::En, "/");
                anyhow::anyhow!(english.message(&message))
            }
            consult::error::AppError::NotFound(_) => anyhow::anyhow!(
                "there is no process {:?} with a draft version {:?}",
                query.process,
                query.version
            ),
            other => anyhow::Error::from(other),
        })?;
    std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
    let english = consult::i18n::Tr::new(consult::i18n::Lang::En, "/");
    for file in ExportFile::ALL {
        let name = file.name_in(format);
        let target = out.join(&name);
        let partial = out.join(format!(".{name}.partial"));
        let written = std::fs::File::create(&partial)
            .with_context(|| format!("cannot write {}", partial.display()))?;
        let bar = progress(&format!("writing {name}"));
        let mut writer = std::io::BufWriter::new(bar.wrap_write(&written));
        let rows = export::write(
            (*file, format),
            &conn,
            &library,
            &filter,
            &english,
            &mut writer,
        )?;
        writer.into_inner().map_err(|e| e.into_error())?;
        written.sync_all()?;
        bar.finish_and_clear();
        std::fs::rename(&partial, &target)?;
        record_export(&mut conn, &name, &filter)?;
        println!("wrote {} ({rows} rows)", target.display());
    }
    if format == ExportFormat::Xlsx {
        let name = consult::tallies::CONSOLIDATION;
        let (target, partial) = (out.join(name), out.join(format!(".{name}.partial")));
        let written = std::fs::File::create(&partial)
            .with_context(|| format!("cannot write {}", partial.display()))?;
        let bar = progress(&format!("writing {name}"));
        let mut writer = std::io::BufWriter::new(bar.wrap_write(&written));
        let rows = export::write_consolidation(&conn, &library, &filter, &english, &mut writer)?;
        writer.into_inner().map_err(|e| e.into_error())?;
        written.sync_all()?;
        bar.finish_and_clear();
        std::fs::rename(&partial, &target)?;
        record_export(&mut conn, name, &filter)?;
        println!("wrote {} ({rows} feedback rows)", target.display());
    }
    Ok(())
}

/// An export written, in the audit log as the desk's downloads are.
fn record_export(
    conn: &mut rusqlite::Connection,
    name: &str,
    filter: &consult::review::Filter,
) -> anyhow::Result<()> {
    consult::storage::write(conn, |conn| {
        Ok(consult::tallies::record_export(
            conn,
            name,
            filter,
            &command_line_user(),
        )?)
    })
}

fn import_draft(args: ImportArgs) -> anyhow::Result<()> {
    use consult::document::import::{self, DraftFacts, Format, Outline};
    use consult::processes::{DraftTarget, Loaded, ProcessSlug};

    if let Some(symbol) = args.translation_of.clone() {
        return import_translation(args, &symbol);
    }
    let name = args.file.to_string_lossy();
    let format = Format::from_file_name(&name)
        .ok_or_else(|| anyhow::anyhow!("{name}: give a .txt, .md, .docx or .json file"))?;
    let target = match (&args.process, &args.new_process, &args.revises) {
        (Some(slug), _, _) => Some(DraftTarget::Process(
            ProcessSlug::parse(slug).map_err(anyhow::Error::msg)?,
        )),
        (None, Some(slug), _) => Some(DraftTarget::NewProcess(
            ProcessSlug::parse(slug).map_err(anyhow::Error::msg)?,
        )),
        (None, None, Some(symbol)) => Some(DraftTarget::Revision(symbol.clone())),
        (None, None, None) => None,
    };
    anyhow::ensure!(
        target.is_some() || args.dry_run,
        "say where the draft goes: --process SLUG, --new-process SLUG or --revises SYMBOL (or --dry-run to only look)"
    );
    let size = std::fs::metadata(&args.file)
        .with_context(|| format!("cannot read {name}"))?
        .len();
    anyhow::ensure!(
        size <= import::MAX_DRAFT_BYTES as u64,
        "{name}: the file has {size} bytes; a draft may have at most {}",
        import::MAX_DRAFT_BYTES
    );
    let bytes = std::fs::read(&args.file).with_context(|| format!("cannot read {name}"))?;
    let facts = DraftFacts {
        symbol: args.symbol,
        title: args.title,
        year: args.year,
        language: args.language,
    };
    let reading = match import::read(&bytes, format, &facts) {
        Ok(reading) => reading,
        Err(problems) => {
            let listed: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
            anyhow::bail!(
                "{name} cannot be taken as a draft; nothing was stored:\n{}",
                listed.join("\n")
            );
        }
    };
    print!("{}", Outline::of(&reading.draft));
    for warning in &reading.warnings {
        println!("warning: {warning}");
    }
    let revision = matches!(target, Some(DraftTarget::Revision(_)));
    let Some(target) = target.filter(|_| !args.dry_run || revision) else {
        println!("Nothing stored (--dry-run).");
        return Ok(());
    };
    let mut conn = consult::storage::open_direct(&args.db.db)?;
    if args.dry_run {
        // A revision's lineage is proposed as it would be stored, then nothing is kept.
        let tx = conn.transaction()?;
        let loaded = consult::processes::load_draft(&tx, &target, &reading.draft, COMMAND_LINE)?;
        if let Loaded::Revised { version, links, .. } = &loaded {
            print_lineage(*version, links);
        }
        tx.rollback()?;
        println!("Nothing stored (--dry-run).");
        return Ok(());
    }
    let loaded = consult::storage::write(&mut conn, |conn| {
        Ok(consult::processes::load_draft(
            conn,
            &target,
            &reading.draft,
            COMMAND_LINE,
        )?)
    })?;
    let process = match &target {
        DraftTarget::NewProcess(slug) | DraftTarget::Process(slug) => slug.to_string(),
        DraftTarget::Revision(symbol) => format!("of {symbol}"),
        DraftTarget::Translation { symbol, language } => format!("{language} of {symbol}"),
    };
    let done = match &loaded {
        Loaded::Created { .. } => format!("Created process {process} with"),
        Loaded::Added { .. } => format!("Added to process {process}"),
        Loaded::Replaced { .. } => format!("Replaced the draft of process {process} with"),
        Loaded::Translated { .. } => format!("Stored the language version {process}:"),
        Loaded::Revised { version, links, .. } => {
            print_lineage(*version, links);
            format!("Stored version {version}, the revision {process}:")
        }
    };
    println!(
        "{done} {}. A running server shows it after its next start.",
        reading.draft.symbol
    );
    Ok(())
}

/// The page cache of an import's one transaction, in KiB.
const IMPORT_CACHE_KB: i64 = 256 * 1024;

fn import_feedback(file: &Path, slug: &str, dry_run: bool, db: &Path) -> anyhow::Result<()> {
    use consult::imports::file::ImportFile;
    use consult::imports::read;

    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let format = read::ImportFormat::from_file_name(&name)
        .ok_or_else(|| anyhow::anyhow!("{name}: give a .csv or .xlsx file"))?;
    let mut conn = consult::storage::open_direct(db)?;
    let consultation = consult::consultations::repo::find_by_slug(&conn, slug)?
        .ok_or_else(|| anyhow::anyhow!("there is no consultation {slug:?}"))?;
    let library = consult::document::repo::load_library(&conn)?;
    let document = library
        .get(consultation.document_id)
        .cloned()
        .ok_or_else(|| anyhow::anyhow!("the consultation {slug} has no draft"))?;
    let vocabulary = consult::feedback::repo::load_vocabulary(&conn, document.process_id)?;
    let english = consult::i18n::Tr::new(consult::i18n::Lang::En, "/");
    let by = command_line_user();
    let import = ImportFile {
        path: file,
        format,
        document: &document,
        vocabulary: &vocabulary,
        by: &by,
        today: consult::feedback::provenance::latest_day(),
    };
    let checking = progress(&format!("checking {name}"));
    let checks = import
        .check()
        .with_context(|| format!("cannot read {}", file.display()))?;
    checking.finish_and_clear();
    if !checks.problems.is_empty() {
        let listed: Vec<String> = checks
            .problems
            .iter()
            .map(|p| format!("  {}", p.describe(&english)))
            .collect();
        anyhow::bail!(
            "{name} cannot be imported; nothing was stored. Correct the file and import it again:\n{}",
            listed.join("\n")
        );
    }
    for (line, first) in &checks.repeated {
        println!("line {line} repeats line {first}: taken once");
    }
    if dry_run {
        let already = import.count_stored(&conn, consultation.id)?;
        println!(
            "{name}: {} rows to add, {} already stored. Nothing stored (--dry-run).",
            checks.rows - already,
            already
        );
        return Ok(());
    }
    let bar = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(checks.rows as u64).with_message(format!("importing {name}"));
        if let Ok(style) = ProgressStyle::with_template("{msg}: {pos}/{len} rows, {elapsed}") {
            bar.set_style(style);
        }
        bar
    } else {
        ProgressBar::hidden()
    };
    // The whole file is one transaction: with SQLite's default 2 MB of page cache, its pages
    // went back and forth through the write-ahead log (a third of the time in the kernel).
    conn.pragma_update(None, "cache_size", -IMPORT_CACHE_KB)?;
    let stored = consult::storage::write(&mut conn, |conn| {
        import.store(conn, (consultation.id, document.id), &checks, || bar.inc(1))
    })?;
    bar.finish_and_clear();
    // Stored and counted; now the items are indexed for search and grouped, a batch at a
    // time, so a running server's submissions interleave.
    let grouping = progress(&format!("indexing and grouping the texts of {name}"));
    if let Ok(style) = ProgressStyle::with_template("{spinner} {msg}: {pos}/{len} items, {elapsed}")
    {
        grouping.set_style(style);
        grouping.set_length(stored.added.len() as u64);
    }
    consult::storage::finish_deferred(&mut conn, |n| grouping.inc(n as u64))?;
    grouping.finish_and_clear();
    for line in &stored.already {
        println!("line {line} is already stored: skipped");
    }
    println!(
        "{name} (sha256 {}): {} items added to {slug}, {} already stored. A running server shows them at once.",
        checks.sha256,
        stored.added.len(),
        stored.already.len()
    );
    Ok(())
}

/// Writes `bytes` to `path` through a file beside it, so a reader never finds half a file,
/// readable by its owner alone: room files hold keys, password hashes and personal details.
fn write_private(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    let partial = PathBuf::from(partial);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(&partial)
        .with_context(|| format!("cannot write {}", partial.display()))?;
    file.write_all(bytes)?;
    file.sync_all()?;
    std::fs::rename(&partial, path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

/// A database that must already exist: opening a missing one would make a new, filled one.
fn existing(db: &Path) -> anyhow::Result<&Path> {
    anyhow::ensure!(db.exists(), "there is no database {}", db.display());
    Ok(db)
}

fn pack_room(slug: &str, out: &Path, db: &Path) -> anyhow::Result<()> {
    let mut conn = consult::storage::open_direct(db)?;
    let pack = consult::rooms::pack(&mut conn, slug, &command_line_user())?;
    write_private(out, &consult::rooms::file::write_pack(&pack)?)?;
    println!(
        "wrote {}: room {} for the consultation {slug}. On the room's laptop: consult serve --room {} --db room.db",
        out.display(),
        pack.room,
        out.display()
    );
    Ok(())
}

fn export_room(out: &Path, db: &Path) -> anyhow::Result<()> {
    let mut conn = consult::storage::open_direct(existing(db)?)?;
    let bytes = consult::rooms::export(&mut conn)?;
    write_private(out, &bytes)?;
    println!(
        "wrote {}: merge it at the centre with consult room merge {}",
        out.display(),
        out.display()
    );
    Ok(())
}

fn merge_room(file: &Path, expected: Option<&str>, db: &Path) -> anyhow::Result<()> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let mut conn = consult::storage::open_direct(existing(db)?)?;
    let (export, merged) = consult::rooms::merge(&mut conn, &bytes, expected, &command_line_user())
        .with_context(|| format!("{} was not merged; nothing was stored", file.display()))?;
    println!(
        "merged room {} (export {}) into {}: {} added, {} updated, {} skipped",
        export.room,
        export.export_number,
        export.consultation,
        merged.added,
        merged.updated,
        merged.skipped
    );
    if !merged.groups_added.is_empty() {
        println!(
            "breakout groups set up in the room, now set up here: {}",
            merged.groups_added.join(", ")
        );
    }
    if !merged.conflicts.is_empty() {
        let items: Vec<String> = merged.conflicts.iter().map(|id| format!("#{id}")).collect();
        println!(
            "changed both in the room and here since the last merge (the later change kept, the other's words as a revision): {}",
            items.join(" ")
        );
    }
    if merged.clock_ahead {
        println!(
            "warning: the room's clock was ahead of this one's when it exported; which of two changes is the later was told by its times"
        );
    }
    Ok(())
}

/// `consult document import FILE --translation-of SYMBOL --language L`: a language version
/// of a stored draft version, aligned unit by unit or refused whole.
fn import_translation(args: ImportArgs, symbol: &str) -> anyhow::Result<()> {
    use consult::document::import::{self, DraftFacts, Format};
    let name = args.file.to_string_lossy().to_string();
    let format = Format::from_file_name(&name)
        .ok_or_else(|| anyhow::anyhow!("{name}: give a .txt, .md, .docx or .json file"))?;
    let language = args
        .language
        .clone()
        .ok_or_else(|| anyhow::anyhow!("give the version's language with --language"))?;
    let mut conn = consult::storage::open_direct(&args.db.db)?;
    let library = consult::document::repo::load_library(&conn)?;
    let originals: Vec<_> = library
        .all()
        .iter()
        .filter(|d| d.symbol == symbol)
        .collect();
    let original = match originals.as_slice() {
        [one] => (*one).clone(),
        [] => anyhow::bail!("there is no draft with the symbol {symbol:?}"),
        _ => anyhow::bail!(
            "several drafts have the symbol {symbol:?}; give each version a symbol of its own"
        ),
    };
    anyhow::ensure!(
        original.language != language,
        "{symbol} is itself in {language}: a language version is in another language"
    );
    let bytes = std::fs::read(&args.file).with_context(|| format!("cannot read {name}"))?;
    let facts = DraftFacts {
        symbol: Some(original.symbol.clone()),
        title: args.title.clone(),
        year: Some(original.year),
        language: Some(language.clone()),
    };
    let refuse = |problems: Vec<import::Finding<import::Problem>>| {
        let listed: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
        anyhow::anyhow!(
            "{name} cannot be taken as the {language} version of {symbol}; nothing was stored:\n{}",
            listed.join("\n")
        )
    };
    let reading = import::read(&bytes, format, &facts).map_err(refuse)?;
    let version =
        consult::document::translation::align(&original, &reading, &language).map_err(refuse)?;
    if args.dry_run {
        println!(
            "{name}: the {language} version of {symbol}, {} units aligned. Nothing stored (--dry-run).",
            version.units.len()
        );
        return Ok(());
    }
    let replaced = consult::storage::write(&mut conn, |conn| {
        consult::document::store_translation(conn, &version, &command_line_user()).map_err(|e| {
            match e {
                consult::document::TranslationRefused::Commented => {
                    let english = consult::i18n::Tr::new(consult::i18n::Lang::En, "/");
                    anyhow::anyhow!(english.t("error-translation-commented"))
                }
                other => anyhow::Error::new(other),
            }
        })
    })?;
    println!(
        "{} the {language} version of {symbol}: {} units aligned. A running server shows it after its next start.",
        if replaced { "Replaced" } else { "Stored" },
        version.units.len()
    );
    Ok(())
}

/// The proposed lineage as the command line shows it: counts by kind, then what to check.
fn print_lineage(version: i64, links: &[consult::lineage::Link]) {
    use consult::lineage::LinkKind;
    println!("Version {version}: lineage proposed from the version before");
    for kind in LinkKind::ALL {
        let count = links.iter().filter(|l| l.kind == kind).count();
        if count > 0 {
            println!("  {:<10} {count}", kind.key());
        }
    }
    let doubtful: Vec<&consult::lineage::Link> = links.iter().filter(|l| l.doubtful).collect();
    if !doubtful.is_empty() {
        println!("To check ({}):", doubtful.len());
        for link in doubtful {
            let end = |a: &Option<consult::lineage::UnitAddress>| {
                a.as_ref()
                    .map_or_else(|| "-".to_string(), ToString::to_string)
            };
            println!(
                "  {} -> {}  {} ({:.2})",
                end(&link.from),
                end(&link.to),
                link.kind.key(),
                link.similarity
            );
        }
    }
}

fn list_processes(db: &Path) -> anyhow::Result<()> {
    let conn = consult::storage::open_direct(db)?;
    let library = consult::document::repo::load_library(&conn)?;
    let consultations = consult::consultations::repo::list(&conn)?;
    for process in consult::processes::repo::list(&conn)? {
        let draft = library
            .newest_of_process(process.id)
            .map_or_else(|| "no draft".to_string(), |d| d.symbol.clone());
        let slugs: Vec<&str> = consultations
            .iter()
            .filter(|c| {
                library
                    .get(c.document_id)
                    .is_some_and(|d| d.process_id == process.id)
            })
            .map(|c| c.slug.as_str())
            .collect();
        println!(
            "{}\t{}\t{}\t{}",
            process.slug,
            draft,
            process.title,
            slugs.join(", ")
        );
    }
    Ok(())
}

/// Each process with its newest draft and its questions, as the consultation form offers them.
fn process_drafts(
    conn: &rusqlite::Connection,
    library: &Library,
) -> anyhow::Result<Vec<consult::consultations::setup::Offered>> {
    Ok(consult::processes::repo::list(conn)?
        .iter()
        .map(|p| consult::consultations::setup::Offered::of(library, p))
        .collect())
}

fn set_up_consultation(
    slug: &str,
    fields: ConsultationFields,
    editing: bool,
    db: &Path,
) -> anyhow::Result<()> {
    use consult::consultations::setup::{self, SetupForm};
    let mut conn = consult::storage::open_direct(db)?;
    let library = consult::document::repo::load_library(&conn)?;
    let processes = process_drafts(&conn, &library)?;
    let existing = consult::consultations::repo::find_by_slug(&conn, slug)?;
    let base = match (&existing, editing) {
        (Some(consultation), true) => {
            let process = library
                .get(consultation.document_id)
                .and_then(|d| {
                    consult::processes::repo::list(&conn)
                        .ok()?
                        .into_iter()
                        .find(|p| p.id == d.process_id)
                })
                .map(|p| p.slug)
                .unwrap_or_default();
            SetupForm::of(
                consultation,
                &process,
                setup::offers_of(consultation, &library),
            )
        }
        (None, true) => anyhow::bail!("there is no consultation {slug}"),
        (_, false) => SetupForm {
            slug: slug.to_string(),
            time_zone: "UTC".into(),
            ..SetupForm::default()
        },
    };
    let form = fields.over(base);
    let english = consult::i18n::Tr::new(consult::i18n::Lang::En, "/");
    let refused = |errors: consult::forms::FieldErrors| {
        let listed: Vec<String> = errors
            .iter()
            .map(|(field, message)| {
                format!(
                    "  --{}: {}",
                    field.replace('_', "-"),
                    english.message(message)
                )
            })
            .collect();
        anyhow::anyhow!("the consultation was not saved:\n{}", listed.join("\n"))
    };
    let parsed = form.parse(&processes).map_err(refused)?;
    let outcome = consult::storage::write(&mut conn, |conn| match &existing {
        Some(consultation) if editing => setup::edit(conn, consultation, &parsed, COMMAND_LINE),
        _ => setup::create(conn, &parsed, COMMAND_LINE).map(|r| r.map(drop)),
    })?;
    outcome.map_err(refused)?;
    println!(
        "{} consultation {slug}.",
        if editing { "Saved" } else { "Added" }
    );
    Ok(())
}

fn list_consultations(db: &Path) -> anyhow::Result<()> {
    let conn = consult::storage::open_direct(db)?;
    for c in consult::consultations::repo::list(&conn)? {
        let state = match c.phase() {
            consult::consultations::Phase::Open => "open",
            consult::consultations::Phase::NotYetOpen => "not yet open",
            consult::consultations::Phase::Ended => "ended",
            consult::consultations::Phase::Closed => "closed",
        };
        let period = match (&c.opens_at, &c.closes_at) {
            (None, None) => String::new(),
            (opens, closes) => format!(
                "{} to {} ({})",
                opens.as_deref().unwrap_or("-"),
                closes.as_deref().unwrap_or("-"),
                c.time_zone
            ),
        };
        println!("{}\t{}\t{}\t{state}\t{period}", c.slug, c.city, c.held);
    }
    Ok(())
}
