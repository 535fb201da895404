## Mise en page
site-footer = Consultations régionales sur le projet de déclaration sur le droit à la solidarité internationale.
skip-link = Aller au contenu principal
nav-site = Site
nav-consultations = Consultations
nav-organisers = Organisateurs
nav-language = Langue
breadcrumb = Fil d’Ariane

## Erreurs
error-back = Retour aux consultations
error-reference = Si cela se reproduit, merci de communiquer cette référence aux organisateurs :
error-not-found-title = Introuvable
error-not-found-page = Cette page est introuvable.
error-not-found-consultation = Cette consultation est introuvable.
error-not-found-process = Ce processus n’existe pas.
error-not-found-article = Cet article est introuvable.
error-not-found-paragraph = Cet article ou ce paragraphe est introuvable.
error-not-found-feedback = Ce lien vers une contribution est introuvable.
error-not-found-export = Cet export est introuvable.
error-not-found-item = Cette contribution est introuvable.
error-not-found-stylesheet = Cette feuille de style est introuvable.
error-csrf-title = Formulaire expiré
error-csrf = Ce formulaire a expiré ou ne provient pas de ce site : rien n’a été enregistré. Revenez en arrière, rechargez la page et envoyez-le de nouveau.
error-closed-title = Consultation close
error-closed = Cette consultation est close : elle n’accepte plus de nouvelles contributions ni de modifications, et rien n’a été enregistré.
error-bad-request-title = Requête invalide
error-encoding = Le formulaire contenait du texte qui n’est pas de l’UTF-8 valide ; rien n’a été enregistré.
error-nul = Le formulaire contenait un caractère NUL, qu’un texte ne peut pas contenir ; rien n’a été enregistré.
error-too-large-title = Texte trop long
error-too-large = Ce formulaire a envoyé plus de { $kb } Ko, le maximum accepté en une fois : rien n’a été enregistré. Revenez en arrière, raccourcissez le texte et envoyez-le de nouveau.
error-internal-title = Une erreur s’est produite
error-internal = Désolés, une erreur s’est produite de notre côté.

## Consultations
home-title = Consultations régionales
home-choose = Choisissez la consultation de votre région, puis commentez le projet article par article.
process-consultations = Consultations
process-no-draft = Aucun projet chargé pour l’instant.
process-no-consultations = Aucune consultation pour l’instant.
process-open-count = { $count ->
    [0] aucune consultation ouverte
    [one] { $count } consultation ouverte
   *[other] { $count } consultations ouvertes
}
fact-country = Pays
fact-regional-groups = Groupes régionaux
fact-held = Date de la réunion
fact-status = État
fact-comments = Commentaires
status-open = Ouverte aux contributions
status-closed = Close
status-closed-long = Close : les contributions restent lisibles mais ne peuvent plus être envoyées
consultation-title = Consultation de { $city }
consultation-intro = Ouvrez un article pour en lire le texte intégral et le commenter, en entier ou paragraphe par paragraphe.
part-title = Partie { $number }. { $title }
comment-count = { $count ->
    [one] { $count } commentaire
   *[other] { $count } commentaires
}
held-date = { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
timestamp = { $day } { $month } { $year }, { $time } UTC

## Le projet
article-preamble = Préambule
article-numbered = Article { $number }
reference-whole-preamble = Tout le préambule
reference-whole-article = Tout l’article
reference-preambular = Alinéa { $reference } du préambule
reference-paragraph = Paragraphe { $reference }
reference-item = Point { $reference }
comment-on-preambular = Commenter l’alinéa { $reference } du préambule
comment-on-paragraph = Commenter le paragraphe { $reference }
paragraph-prefix = Paragraphe { $number } :
footnote = Note { $number }
notes = Notes
articles-nav = Articles

## Le formulaire
feedback-title = Votre contribution sur { $title }
feedback-intro-article = Commentez l’article en entier ou un paragraphe. Les champs marqués (obligatoire) doivent être remplis ; tous les autres sont facultatifs. Après l’envoi, vous recevez un lien privé pour consulter et modifier votre contribution tant que la consultation est ouverte.
feedback-intro-preamble = Commentez le préambule en entier ou un alinéa. Les champs marqués (obligatoire) doivent être remplis ; tous les autres sont facultatifs. Après l’envoi, vous recevez un lien privé pour consulter et modifier votre contribution tant que la consultation est ouverte.
feedback-closed = La consultation de { $city } est close : elle n’accepte plus de contributions.
form-error-summary = Votre contribution n’a pas encore été envoyée : vérifiez ces champs
form-error = Erreur :
field-paragraph = Paragraphe
field-stance = Votre position
mark-required = obligatoire
mark-optional = facultatif
mark-any = cochez tout ce qui s’applique
field-comment-type = Type de commentaire
field-themes = Thèmes
field-comment = Votre commentaire
hint-comment = 10 000 caractères au plus.
field-proposed-text = Formulation proposée
hint-proposed-text = Facultatif : le texte tel que vous le souhaiteriez. 10 000 caractères au plus.
about-you = À propos de vous
field-name = Nom
field-organisation = Organisation
field-country = Pays
field-category = Catégorie de partie prenante
category-not-stated = Non précisée
field-email = Courriel
hint-email = Seuls les organisateurs le voient ; il n’est jamais exporté ni publié.
field-publish-name = Publier mon nom avec mon commentaire
submit-send = Envoyer la contribution
submit-save = Enregistrer les modifications
invalid-paragraph = Choisissez un paragraphe de cet article, ou l’article entier.
invalid-stance = Indiquez votre position sur ce texte.
invalid-comment-type = Choisissez le type de commentaire.
invalid-theme = L’un des thèmes choisis ne figure pas dans la liste.
invalid-comment-empty = Veuillez écrire votre commentaire.
invalid-too-long = Ce texte compte { $length } caractères ; la limite est de { $max }. Veuillez le raccourcir.
invalid-category = Choisissez une catégorie dans la liste.
invalid-email-long = Une adresse électronique compte au plus { $max } caractères.
invalid-email = Ceci ne ressemble pas à une adresse électronique (nom@exemple.org).

## Listes de référence
stance-support = Soutien au texte tel quel
stance-amend = Soutien avec modifications
stance-oppose = Opposition / suppression
stance-question = Question ou simple commentaire
type-general = Général
type-substantive = De fond
type-drafting = Rédactionnel
theme-legal-framework = Préambule et cadre juridique de la solidarité internationale
theme-nature-of-right = Conception et nature du droit
theme-extraterritorial = Obligations extraterritoriales (droits civils, politiques, économiques, sociaux et culturels)
theme-non-state-actors = Acteurs non étatiques et leur rôle
theme-development = Coopération pour le développement, Programme 2030, pauvreté, sécurité alimentaire, santé
theme-trade-finance = Commerce, investissement, finance, dette, fiscalité
theme-climate-environment = Changements climatiques, environnement, risques de catastrophe
theme-migration-conflict = Migrations, réfugiés, conflits armés, terrorisme
theme-drafting = Rédaction, structure et formulation
category-member-state = État Membre
category-intergovernmental-organization = Organisation intergouvernementale
category-united-nations-agency = Organisme des Nations Unies
category-regional-economic-commission = Commission économique régionale
category-national-human-rights-institution = Institution nationale des droits de l’homme
category-civil-society-ngo = Société civile / ONG
category-private-sector = Secteur privé
category-academia = Milieu universitaire
category-independent-expert = Expert indépendant
disposition-accepted = Acceptée
disposition-partially-accepted = Partiellement acceptée
disposition-not-accepted = Non acceptée
disposition-noted = Prise en note

## Le lien privé
received-title = Merci : votre contribution a bien été reçue
received-item = Elle est enregistrée sous la référence { $id } dans la consultation de { $city }.
your-feedback = Votre contribution
saved = Vos modifications ont été enregistrées.
private-link-title = Votre lien privé
private-link-open = Conservez ce lien pour consulter votre contribution et la modifier jusqu’à la clôture de la consultation. Toute personne qui l’a peut en faire autant : ne le communiquez à personne.
private-link-closed = Conservez ce lien pour consulter votre contribution. Toute personne qui l’a peut en faire autant : ne le communiquez à personne.
sent-title = Ce que vous avez envoyé
fact-consultation = Consultation
fact-article = Article
fact-paragraph = Paragraphe
fact-position = Position
fact-comment-type = Type de commentaire
fact-themes = Thèmes
fact-comment = Commentaire
fact-proposed-text = Formulation proposée
none = Aucune
fact-name = Nom
name-published = (publié avec le commentaire)
name-not-published = (non publié)
fact-organisation = Organisation
fact-category = Catégorie de partie prenante
fact-email = Courriel
fact-sent = Envoyée le
fact-changed = Modifiée le
outcome-title = Suite donnée à votre commentaire
outcome-decision = Décision des organisateurs :
change-title = Modifier votre contribution
change-closed = La consultation de { $city } est close : cette contribution ne peut plus être modifiée.

## Connexion des organisateurs
login-title = Connexion des organisateurs
login-username = Nom d’utilisateur
login-password = Mot de passe
login-submit = Se connecter
login-wrong = Le nom d’utilisateur ou le mot de passe est incorrect.
login-wait = { $minutes ->
    [one] Trop de tentatives infructueuses. Veuillez patienter { $minutes } minute avant de réessayer.
   *[other] Trop de tentatives infructueuses. Veuillez patienter { $minutes } minutes avant de réessayer.
}

## Organisers' desk
admin-nav = Espace des organisateurs
admin-nav-overview = Vue d’ensemble
admin-nav-tally = Décompte
admin-nav-audit = Journal d’audit
admin-signed-in-as = Connecté en tant que
admin-log-out = Se déconnecter
admin-title = Vue d’ensemble des consultations
admin-articles-title = Contributions par article
admin-articles-intro = Contributions visibles dans toutes les consultations. Ouvrez un article pour lire, filtrer et traiter ses contributions.
admin-articles-caption = Contributions par article selon la position, et éléments en attente de suite à donner
column-article = Article
column-total = Total
column-awaiting = En attente de suite
column-consultation = Consultation
column-comments = Commentaires
column-change = Modifier
admin-tally-link = Le décompte par consultation, avec graphiques
admin-consultations-title = Consultations
admin-consultations-intro = Clore une consultation arrête aussitôt les nouvelles contributions et les modifications ; les liens privés des participants montrent toujours leurs contributions. Une consultation close peut être rouverte.
admin-consultations-caption = Consultations avec leur statut et leur nombre de commentaires
admin-close = Clore { $city }
admin-reopen = Rouvrir { $city }
admin-exports-title = Exports pour le groupe de rédaction
admin-exports-intro = Fichiers CSV en UTF-8, qui s’ouvrent dans un tableur avec les accents et l’arabe intacts. Les noms de colonnes restent en anglais, quelle que soit la langue de cette page. Chaque page d’examen exporte aussi ce que montrent ses filtres.
export-feedback = Chaque contribution, une ligne par contribution, avec son texte et son auteur.
export-tally-by-article = Nombre par position pour chaque article, par consultation et au total.
export-tally-by-stakeholder = Nombre par position pour chaque article, par catégorie de parties prenantes.
export-disposition-of-comments = La suite donnée à chaque commentaire, dans l’ordre des colonnes du modèle de commentaires ISO/CEI.
stance-short-support = Soutien
stance-short-amend = Modifications
stance-short-oppose = Opposition
stance-short-question = Question
disposition-pending = En attente
hide-reason-abusive = Injurieux
hide-reason-duplicate = Doublon
hide-reason-off-topic = Hors sujet
list-separator = {" ; "}
pages = Pages
page-previous = ← Précédente
page-next = Suivante →

## Review page
review-title = Examen : { $article }
review-current-text = Texte actuel — { $article } ({ $symbol })
filter-label = Filtrer les contributions
filter-all = Toutes
filter-theme = Thème
filter-words = Mots du commentaire ou du libellé proposé
filter-words-hint = Chaque mot doit figurer. Un mot de quatre lettres ou plus trouve aussi les mots qu’il commence : « climat » trouve « climatique ».
filter-apply = Appliquer les filtres
filter-clear = Effacer les filtres
review-count-none = Aucun élément ne correspond, sur { $total } ({ $article }).
review-count = Éléments { $first } à { $last } sur { $matching } correspondants, parmi { $total } ({ $article }).
review-count-more = Éléments { $first } à { $last } sur plus de { $matching } correspondants, parmi { $total } ({ $article }).
review-export-matching = Exporter ce qui correspond :
review-hidden-as = Masqué ({ $reason })
review-from = De :
review-no-name = (sans nom)
review-proposal-title = Libellé proposé, comparé au texte actuel
review-disposition = Suite donnée
review-rationale = Justification
review-recorded-by = Enregistrée par { $name }, le { $time }
review-print-disposition = Suite donnée : { $disposition }.
review-record = Enregistrer la suite donnée
review-hide-as = Masquer comme
review-hide = Masquer
review-unhide = Rétablir
review-choose-disposition = Choisissez une suite dans la liste.
review-rationale-needed = Donnez la justification : le participant la lira.
filter-unknown-consultation = Il n’y a pas de consultation « { $value } » par laquelle filtrer.
filter-unknown-article = Il n’y a pas d’article « { $value } » par lequel filtrer.
filter-unknown-stance = Il n’y a pas de position « { $value } » par laquelle filtrer.
filter-unknown-category = Il n’y a pas de catégorie de parties prenantes « { $value } » par laquelle filtrer.
filter-unknown-theme = Il n’y a pas de thème « { $value } » par lequel filtrer.
filter-unknown-comment-type = Il n’y a pas de type de commentaire « { $value } » par lequel filtrer.
filter-unknown-disposition = Il n’y a pas de suite donnée « { $value } » par laquelle filtrer.
error-form-unreadable = Le formulaire n’a pas pu être lu ; rien n’a été enregistré.
error-status-unknown = Une consultation est soit ouverte, soit close.
error-hide-reason-unknown = Choisissez pourquoi cet élément est masqué.

## Tally
tally-title = Décompte par article et par consultation
tally-intro = Contributions visibles uniquement : les éléments masqués ne sont pas comptés.
tally-bars-title = Positions par article
tally-bars-svg-title = Contributions par article selon la position
tally-bars-svg-desc = Une barre par article, divisée par position ; les nombres sont écrits à côté de chaque barre et repris dans le tableau ci-dessous.
tally-bar-label = { $total } au total : { $support } soutien, { $amend } modifications, { $oppose } opposition, { $question } question
tally-heat-title = Part de soutien (avec ou sans modifications)
tally-heat-svg-title = Part de soutien par article et par consultation
tally-heat-svg-desc = Chaque case donne le pourcentage de contributions qui soutiennent le texte, avec ou sans modifications, et le nombre d’éléments ; plus la case est foncée, plus le soutien est fort.
tally-share = { $percent } % de { $total }
tally-share-none = aucune contribution
tally-matrix-title = Les chiffres
tally-matrix-caption = Contributions par article et par consultation : soutien / modifications / opposition / question, et le total
tally-all = Toutes

## Audit log
audit-title = Journal d’audit
audit-intro = Chaque action des organisateurs et chaque échec de connexion, du plus récent au plus ancien. Page { $page }.
audit-when = Quand (UTC)
audit-who = Qui
audit-action = Action
audit-on = Sur
audit-detail = Détail
audit-from = Depuis
audit-newer = ← Plus récents
audit-older = Plus anciens →
audit-action-login = Connexion
audit-action-login-failed = Échec de connexion
audit-action-logout = Déconnexion
audit-action-export = Export
audit-action-forget = Données personnelles effacées
audit-action-hide = Masquage
audit-action-unhide = Rétablissement
audit-action-disposition = Suite donnée
audit-action-open = Consultation ouverte
audit-action-close = Consultation close
audit-action-process-create = Processus créé
audit-action-document-load = Projet chargé
audit-action-document-replace = Projet remplacé
audit-action-organiser-add = Organisateur ajouté
audit-action-organiser-role = Rôle modifié
audit-action-organiser-disable = Organisateur désactivé
audit-action-organiser-enable = Organisateur réactivé
audit-action-password-link = Lien de mot de passe émis
audit-action-password-set = Mot de passe défini par lien
audit-action-password-change = Mot de passe modifié
error-media-type = Cette requête n’a pas été envoyée comme un formulaire web : rien n’a été enregistré.
error-timeout-title = Trop lent
error-timeout = Le formulaire a mis trop de temps à arriver : rien n’a été enregistré. Veuillez l’envoyer de nouveau.
error-exports-busy-title = Exports occupés
error-exports-busy = Trop d’exports sont en cours de téléchargement. Veuillez réessayer dans quelques secondes.
error-decided-title = Décision déjà prise
error-decided = Les organisateurs ont déjà enregistré une décision sur cette contribution : elle ne peut plus être modifiée et rien n’a été enregistré.
change-decided = Les organisateurs ont enregistré une décision sur cette contribution : elle ne peut plus être modifiée.
review-edits = { $count ->
    [one] Modifiée une fois par son auteur
   *[other] Modifiée { $count } fois par son auteur
}
review-edit-at = Modifiée le { $time } :
title-error = Erreur : { $title }
private-link-field = Le lien, à copier en entier
private-link-keep = Ajoutez-le à vos favoris ou copiez-le en lieu sûr.
private-link-bookmark = Cette page, à mettre en favori
admin-close-confirm = Oui, fermer { $city } aux nouvelles contributions et modifications
error-close-unconfirmed = La fermeture doit être confirmée : cochez la case à côté du bouton. Rien n’a été modifié.
review-hide-choose = Choisir un motif
review-rationale-placeholder = Pourquoi, pour le participant (obligatoire sauf si acceptée)
email-receipt-subject = Votre contribution à la consultation de { $city } (référence { $id })
email-receipt-intro = Nous avons reçu votre contribution sur { $article } dans la consultation de { $city }, sous la référence { $id }. Voici ce que vous avez envoyé.
email-receipt-link = Votre lien privé
email-receipt-advice = Avec ce lien, vous pouvez consulter votre contribution, et la modifier tant que la consultation est ouverte et que les organisateurs n’ont pas statué. Toute personne qui l’a peut en faire autant : ne le communiquez à personne et conservez ce courriel.
hint-email-receipt = Nous vous envoyons l’accusé de réception et votre lien privé à cette adresse. Seuls les organisateurs la voient ; elle n’est jamais exportée ni publiée.
consultation-counts = À côté de chaque article : les contributions envoyées dans la seule consultation de { $city } ; celles des autres consultations ne sont pas comptées.
review-new-wording = Une nouvelle rédaction : elle a peu en commun avec le texte visé, elle est donc présentée seule.
tally-legend-percent = { $percent } %
review-read-whole = { $count ->
    [one] Lire tout le commentaire ({ $count } caractère)
   *[other] Lire tout le commentaire ({ $count } caractères)
}

# Organiser accounts
setup-error-summary = Rien n’a encore été enregistré : vérifiez ces champs
error-forbidden-title = Réservé aux administrateurs
error-forbidden = Seuls les administrateurs peuvent faire ceci. Demandez-le à un administrateur.
error-not-found-organiser = Cet organisateur n’existe pas.
error-not-found-password-link = Ce lien de mot de passe a expiré ou a déjà servi. Demandez-en un nouveau à un administrateur.
error-last-administrator = Il doit rester au moins un administrateur actif : nommez d’abord un autre organisateur administrateur.
invalid-username = Un nom d’utilisateur compte de 1 à 64 lettres, chiffres, points, traits de soulignement ou traits d’union.
invalid-username-taken = Un organisateur porte déjà ce nom d’utilisateur.
invalid-role = Choisissez administrateur ou évaluateur.
invalid-password-short = Un mot de passe compte au moins { $min } caractères.
invalid-password-long = Un mot de passe compte au plus { $max } caractères.
invalid-password-repeat = Les deux mots de passe diffèrent.
invalid-current-password = Ce n’est pas votre mot de passe actuel.
role-administrator = Administrateur
role-reviewer = Évaluateur
admin-nav-organisers = Organisateurs
admin-nav-account = Votre compte
organisers-title = Organisateurs
organisers-list = Comptes des organisateurs
organisers-link-title = Lien de mot de passe pour { $username }
organisers-link-hint = Envoyez ce lien à son titulaire : il permet de définir son mot de passe une fois, jusqu’au { $expires }. Il n’est affiché que maintenant.
organisers-link-label = Lien
organisers-username = Nom d’utilisateur
organisers-role = Rôle
organisers-status = État
organisers-actions = Actions
organisers-role-of = Rôle de { $username }
organisers-change-role = Changer le rôle
organisers-disabled = Désactivé
organisers-awaiting-password = Mot de passe à définir
organisers-active = Actif
organisers-enable = Réactiver
organisers-enable-named = Réactiver { $username }
organisers-disable = Désactiver
organisers-disable-named = Désactiver { $username }
organisers-new-link = Nouveau lien de mot de passe
organisers-new-link-named = Nouveau lien de mot de passe pour { $username }
organisers-add = Ajouter un organisateur
organisers-add-hint = Les administrateurs préparent les processus, les projets, les consultations, les vocabulaires et les organisateurs ; les évaluateurs travaillent au bureau d’examen. Le nouvel organisateur définit lui-même son mot de passe grâce au lien que vous lui envoyez.
organisers-add-submit = Ajouter l’organisateur
password-title = Définir votre mot de passe
password-for = Pour le compte d’organisateur { $username }.
password-new = Nouveau mot de passe
password-hint = Au moins 12 caractères ; quelques mots sans rapport sont faciles à retenir et difficiles à deviner.
password-repeat = Le même mot de passe, à nouveau
password-submit = Définir le mot de passe
account-title = Votre compte
account-password-changed = Votre mot de passe a été changé. Vos autres sessions ont pris fin.
account-change-password = Changer votre mot de passe
account-current-password = Mot de passe actuel
account-submit = Changer le mot de passe

# Loading a draft
admin-nav-draft = Charger un projet
draft-new-title = Charger un projet
draft-new-intro = Téléversez le projet sous forme de fichier. Vous verrez la structure trouvée et chaque avertissement avant que rien ne soit enregistré.
draft-problems-title = Le fichier ne peut pas être lu comme un projet ; rien n’a été enregistré. Corrigez le fichier et téléversez-le à nouveau :
draft-file = Fichier du projet
draft-file-hint = Texte brut tel que l’impriment les documents de l’ONU (.txt), Markdown (.md), Word (.docx) ou JSON (.json) ; 10 Mo au plus.
draft-target = Destination du projet
draft-target-new = Un nouveau processus
draft-new-slug = Adresse du nouveau processus
draft-new-slug-hint = Lettres minuscules, chiffres et traits d’union, par exemple cooperation-regionale-2026.
draft-target-existing = Le projet d’un processus existant
draft-process = Processus
draft-process-hint = Il remplace un projet que personne n’a commenté ; un projet commenté n’est jamais modifié.
draft-symbol = Cote du document
draft-symbol-hint = Par exemple A/HRC/35/35. Un fichier JSON donne la sienne.
draft-title-field = Titre
draft-title-hint = Laissez vide pour reprendre la première ligne du fichier.
draft-year = Année
draft-language = Langue du projet
draft-language-hint = Un code de langue : en, fr, es, ar…
draft-read = Lire le fichier
draft-preview-title = Vérifiez le projet avant de l’enregistrer
draft-preview-new = Lu dans { $file }, pour le nouveau processus { $slug }.
draft-preview-existing = Lu dans { $file }, comme projet du processus { $slug }.
draft-preamble = Préambule
draft-preamble-paragraphs = { $count ->
    [one] { $count } alinéa
   *[other] { $count } alinéas
}
draft-footnotes = Notes
draft-footnote-count = { $count ->
    [0] aucune
    [one] { $count } note
   *[other] { $count } notes
}
draft-warnings-title = À vérifier
draft-structure = Articles trouvés
draft-article = Article
draft-part = Partie
draft-paragraphs = Paragraphes numérotés
draft-items = Alinéas lettrés
draft-confirm = Enregistrer ce projet
draft-discard = Abandonner
draft-refused-process-exists = Un processus { $slug } existe déjà : téléversez à nouveau avec une autre adresse.
draft-refused-no-process = Le processus { $slug } n’existe plus.
draft-refused-has-feedback = Le projet de { $slug } a reçu des contributions : un projet commenté n’est jamais modifié ni supprimé.
draft-refused-document-exists = Un document { $symbol } de cette année et de cette langue est déjà enregistré.
draft-at-line = Ligne { $line } : { $what }
draft-at-paragraph = Paragraphe Word { $number } : { $what }
draft-problem-too-large = Le fichier dépasse { $mb } Mo.
draft-problem-not-utf8 = Le texte n’est pas en UTF-8 ; enregistrez le fichier en UTF-8.
draft-problem-not-word = Ce n’est pas un fichier Word (.docx) lisible.
draft-problem-json = Le JSON n’a pas la forme d’un projet : { $why }
draft-problem-no-title = Le titre du projet est attendu à la première ligne.
draft-problem-no-symbol = La cote du document manque.
draft-problem-no-articles = Aucun intitulé d’article trouvé (une ligne telle que « Article premier » est attendue).
draft-problem-article-number = Article { $expected } attendu, article { $found } trouvé : les numéros d’article ne doivent ni sauter ni se répéter.
draft-problem-article-too-large = Un numéro d’article est trop grand.
draft-problem-part-twice = La partie { $number } apparaît deux fois.
draft-problem-paragraph-number = Paragraphe { $expected }. attendu, { $found }. trouvé : les numéros de paragraphe ne doivent ni sauter ni se répéter.
draft-problem-item-letter = Alinéa ({ $expected }) attendu, ({ $found }) trouvé.
draft-problem-item-alone = Un alinéa lettré sans paragraphe ni article auquel appartenir.
draft-problem-text-before-paragraphs = Du texte sans numéro avant le premier paragraphe numéroté de l’article ; numérotez-le ou faites-en le titre de l’article.
draft-problem-empty-article = L’article { $number } n’a pas de texte.
draft-problem-marker-without-text = L’appel de note [^{ $number }] n’a pas de texte ; ajoutez une ligne « [^{ $number }]: texte ».
draft-problem-footnote-twice = La note { $number } a deux textes.
draft-problem-footnote-empty = La note { $number } n’a pas de texte.
draft-problem-structure = La structure ne peut pas être enregistrée : { $why }
draft-warning-footnote-not-cited = La note { $number } n’est appelée par aucun renvoi [^{ $number }].
draft-warning-language = Aucune langue n’a été indiquée ; le projet est considéré comme rédigé en « { $language } ».
draft-warning-year = Aucune année n’a été indiquée ; le projet est daté de { $year }.
draft-warning-title-next-line = L’article { $article } a pour titre « { $title } » (la ligne qui suit son intitulé).
invalid-draft-file-missing = Choisissez le fichier du projet.
invalid-draft-file-kind = Choisissez un fichier .txt, .md, .docx ou .json.
invalid-process = Choisissez un processus.
invalid-process-slug = Utilisez des lettres minuscules, des chiffres et des traits d’union (60 au plus), sans trait d’union au début ni à la fin.
invalid-process-slug-taken = Un processus a déjà cette adresse.
invalid-symbol-missing = Indiquez la cote du document.
invalid-year = Indiquez une année de { $min } à { $max }.
invalid-language = Indiquez un code de langue tel que en, fr, es ou ar.
error-not-found-draft-upload = Ce projet téléversé a déjà été enregistré ou abandonné, ou a été conservé plus d’un jour. Téléversez-le à nouveau.
