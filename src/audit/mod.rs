//! The audit log: every organiser action and failed login, with who, when and from where.

pub mod repo;
pub mod routes;

/// Who acted when the command line did: this, or this with the system user in brackets
/// ([`command_line_of`]).
pub const COMMAND_LINE: &str = "command line";

/// The command line run by a system user, as the log stores who acted.
pub fn command_line_of(user: &str) -> String {
    if user.is_empty() {
        COMMAND_LINE.to_string()
    } else {
        format!("{COMMAND_LINE} ({user})")
    }
}

/// The system user of an actor made by [`command_line_of`] (empty when none was known), or
/// `None` for anyone else.
pub fn command_line_user(actor: &str) -> Option<&str> {
    let rest = actor.strip_prefix(COMMAND_LINE)?;
    if rest.is_empty() {
        return Some("");
    }
    rest.strip_prefix(" (")?.strip_suffix(')')
}

/// What happened. Stored by key; the keys are part of the audit log's meaning, never reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Login,
    LoginFailed,
    Logout,
    Export,
    Forget,
    Hide,
    Unhide,
    Disposition,
    Open,
    Close,
    ProcessCreate,
    DocumentLoad,
    DocumentReplace,
    DocumentRevise,
    OrganiserAdd,
    OrganiserRole,
    OrganiserDisable,
    OrganiserEnable,
    PasswordLink,
    PasswordSet,
    PasswordChange,
    ConsultationCreate,
    ConsultationEdit,
    InvitationCreate,
    InvitationRevoke,
    VocabularyAdd,
    VocabularyRename,
    VocabularyMove,
    VocabularyRetire,
    VocabularyRestore,
    LineageCorrect,
    LineageConfirm,
    KeyMark,
    KeyUnmark,
    SplitCopy,
    Import,
    RoomPack,
    RoomUnpack,
    RoomMerge,
    TranslationLoad,
    QuestionAdd,
    QuestionEdit,
    QuestionMove,
    QuestionRetire,
    QuestionRestore,
    QuestionDelete,
    GroupAdd,
    RapporteurLink,
    RapporteurRevoke,
    AreaAdd,
    AreaEdit,
    AreaMove,
    AreaRetire,
    AreaRestore,
    AreaDelete,
    AreaAssign,
    AreaUnassign,
}

impl Action {
    pub fn key(&self) -> &'static str {
        match self {
            Action::Login => "login",
            Action::LoginFailed => "login-failed",
            Action::Logout => "logout",
            Action::Export => "export",
            Action::Forget => "forget",
            Action::Hide => "hide",
            Action::Unhide => "unhide",
            Action::Disposition => "disposition",
            Action::Open => "open",
            Action::Close => "close",
            Action::ProcessCreate => "process-create",
            Action::DocumentLoad => "document-load",
            Action::DocumentReplace => "document-replace",
            Action::DocumentRevise => "document-revise",
            Action::OrganiserAdd => "organiser-add",
            Action::OrganiserRole => "organiser-role",
            Action::OrganiserDisable => "organiser-disable",
            Action::OrganiserEnable => "organiser-enable",
            Action::PasswordLink => "password-link",
            Action::PasswordSet => "password-set",
            Action::PasswordChange => "password-change",
            Action::ConsultationCreate => "consultation-create",
            Action::ConsultationEdit => "consultation-edit",
            Action::InvitationCreate => "invitation-create",
            Action::InvitationRevoke => "invitation-revoke",
            Action::VocabularyAdd => "vocabulary-add",
            Action::VocabularyRename => "vocabulary-rename",
            Action::VocabularyMove => "vocabulary-move",
            Action::VocabularyRetire => "vocabulary-retire",
            Action::VocabularyRestore => "vocabulary-restore",
            Action::LineageCorrect => "lineage-correct",
            Action::LineageConfirm => "lineage-confirm",
            Action::KeyMark => "key-mark",
            Action::KeyUnmark => "key-unmark",
            Action::SplitCopy => "split-copy",
            Action::Import => "import",
            Action::RoomPack => "room-pack",
            Action::RoomUnpack => "room-unpack",
            Action::RoomMerge => "room-merge",
            Action::TranslationLoad => "translation-load",
            Action::QuestionAdd => "question-add",
            Action::QuestionEdit => "question-edit",
            Action::QuestionMove => "question-move",
            Action::QuestionRetire => "question-retire",
            Action::QuestionRestore => "question-restore",
            Action::QuestionDelete => "question-delete",
            Action::GroupAdd => "group-add",
            Action::RapporteurLink => "rapporteur-link",
            Action::RapporteurRevoke => "rapporteur-revoke",
            Action::AreaAdd => "area-add",
            Action::AreaEdit => "area-edit",
            Action::AreaMove => "area-move",
            Action::AreaRetire => "area-retire",
            Action::AreaRestore => "area-restore",
            Action::AreaDelete => "area-delete",
            Action::AreaAssign => "area-assign",
            Action::AreaUnassign => "area-unassign",
        }
    }
}

/// One entry to record.
#[derive(Debug, Clone)]
pub struct Entry {
    pub actor: String,
    pub action: Action,
    pub subject: String,
    pub detail: String,
    pub address: String,
}

impl Entry {
    pub fn new(actor: impl Into<String>, action: Action) -> Self {
        Self {
            actor: actor.into(),
            action,
            subject: String::new(),
            detail: String::new(),
            address: String::new(),
        }
    }

    pub fn subject(mut self, subject: impl Into<String>) -> Self {
        self.subject = subject.into();
        self
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = detail.into();
        self
    }

    pub fn address(mut self, address: impl Into<String>) -> Self {
        self.address = address.into();
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_s_user_comes_back_and_nobody_else_is_taken_for_it() {
        assert_eq!(command_line_user(&command_line_of("ines")), Some("ines"));
        assert_eq!(command_line_user(&command_line_of("")), Some(""));
        for organiser in [
            "alice",
            "command linesman",
            "command line)",
            "command line (x",
        ] {
            assert_eq!(command_line_user(organiser), None, "{organiser}");
        }
    }
}
