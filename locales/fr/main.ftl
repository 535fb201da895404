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
audit-action-document-revise = Projet révisé chargé
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

# Setting up consultations
consultation-new-title = Nouvelle consultation
consultation-edit-title = Modifier la consultation { $slug }
consultation-slug = Adresse
consultation-slug-hint = Lettres minuscules, chiffres et traits d’union, unique sur ce serveur, par exemple dakar-2026. Elle ne pourra plus être changée.
consultation-slug-fixed = L’adresse reste la même : les liens vers la consultation l’utilisent.
consultation-city = Ville ou titre
consultation-groups-hint = Un par ligne.
consultation-languages = Langues
consultation-languages-hint = Codes de langue séparés par des virgules, par exemple fr, en.
consultation-held-hint = Le mois (2026-03) ou le jour (2026-03-14) de la réunion.
consultation-process = Processus (son projet est le texte commenté)
consultation-schedule = Période de contributions
consultation-schedule-hint = Laissez vide pour ouvrir et fermer à la main. Avec des heures, la consultation s’ouvre et se ferme d’elle-même ; la fermer à la main la ferme toujours aussitôt.
consultation-opens = Ouverture des contributions
consultation-closes = Clôture des contributions
consultation-time-zone = Fuseau horaire
consultation-time-zone-hint = Le fuseau de ces heures, tel que les pages les affichent : par exemple Africa/Addis_Ababa, Europe/Zurich, Asia/Qatar, America/Panama, Pacific/Fiji ou UTC.
consultation-save = Enregistrer la consultation
consultation-create = Créer la consultation
admin-edit-consultation = Modifier { $city }
admin-new-consultation = Nouvelle consultation
status-open-until = jusqu’au { $time }
status-open-by-hand = jusqu’à ce que les organisateurs la ferment
status-not-yet-open = Pas encore ouverte
status-opens-on = ouvre le { $time }
status-ended-on = contributions closes le { $time }
zoned-time = { $day } { $month } { $year }, { $time } ({ $zone })
invalid-consultation-slug = Utilisez des lettres minuscules, des chiffres et des traits d’union (60 au plus), sans trait d’union au début ni à la fin.
invalid-consultation-slug-taken = Une consultation a déjà cette adresse.
invalid-city-missing = Indiquez la ville ou un titre.
invalid-held = Indiquez le mois (2026-03) ou le jour (2026-03-14).
invalid-languages = Indiquez des codes de langue tels que fr, en, séparés par des virgules.
invalid-process-no-draft = Ce processus n’a pas encore de projet : chargez-en un d’abord.
invalid-process-has-feedback = Cette consultation a reçu des contributions sur son projet : elle reste sur ce projet.
invalid-time-zone = Indiquez un fuseau horaire tel que Africa/Addis_Ababa ou UTC.
invalid-moment = Indiquez une date et une heure telles que 2026-03-01T09:00.
invalid-closes-before-opens = La clôture doit venir après l’ouverture.
audit-action-consultation-create = Consultation créée
audit-action-consultation-edit = Consultation modifiée

# Invitations
consultation-access = Qui peut participer
consultation-access-public = Tout le monde : affichée sur la page d’accueil
consultation-access-invitation = Sur invitation : non affichée ; ses pages ne s’ouvrent que par les liens d’invitation que vous créez
invalid-access = Choisissez qui peut participer.
invalid-invitation-label = Nommez le groupe ou la personne à qui ce lien est destiné.
invitations-title = Invitations à { $city }
invitations-public = Cette consultation est publique : tout le monde peut participer, avec ou sans lien.
invitations-private = Cette consultation est sur invitation : seuls les navigateurs qui ont suivi un lien valide la voient.
invitations-made = Lien d’invitation pour { $label }
invitations-made-hint = Envoyez ce lien aux personnes invitées : il ouvre la consultation dans leur navigateur jusqu’à ce que vous le révoquiez. Il n’est affiché que maintenant.
invitations-list = Liens d’invitation
invitations-label = Pour
invitations-label-hint = Un groupe (« membres du groupe d’experts ») ou une personne, pour savoir quel lien révoquer.
invitations-made-by = Créé par
invitations-revoked = Révoqué
invitations-revoke = Révoquer
invitations-revoke-named = Révoquer le lien pour { $label }
invitations-new = Créer un lien d’invitation
invitations-make = Créer le lien
admin-invitations = Invitations à { $city }
admin-by-invitation = (sur invitation)
error-not-found-invitation = Ce lien d’invitation a été retiré ou n’existe pas. Demandez-en un nouveau aux organisateurs.
audit-action-invitation-create = Lien d’invitation créé
audit-action-invitation-revoke = Lien d’invitation révoqué

# Themes and stakeholder categories
admin-vocabularies = Thèmes et catégories de parties prenantes
vocabulary-title = Thèmes et catégories de parties prenantes
vocabulary-intro = Les participants choisissent dans ces listes. Renommer garde la clé, que les contributions et les exports enregistrent ; une entrée retirée n’est plus proposée, et les contributions qui l’ont utilisée la gardent et comptent toujours. Rien d’utilisé n’est jamais supprimé.
vocabulary-themes = Thèmes
vocabulary-categories = Catégories de parties prenantes
vocabulary-key = Clé
vocabulary-name = Nom
vocabulary-uses = Contributions qui l’utilisent
vocabulary-order = Ordre
vocabulary-name-of = Nom de { $key }
vocabulary-rename = Renommer
vocabulary-shown-as = Affiché dans cette langue comme « { $name } » tant qu’il n’est pas renommé.
vocabulary-retired = Retirée
vocabulary-offered = Proposée
vocabulary-restore = Proposer à nouveau
vocabulary-restore-named = Proposer à nouveau { $key }
vocabulary-retire = Retirer
vocabulary-retire-named = Retirer { $key }
vocabulary-up = Monter
vocabulary-up-named = Monter { $key }
vocabulary-down = Descendre
vocabulary-down-named = Descendre { $key }
vocabulary-add-theme = Ajouter un thème
vocabulary-key-hint = Lettres minuscules, chiffres et traits d’union, utilisée dans les exports. Laissez vide pour la tirer du nom.
vocabulary-add-category = Ajouter une catégorie de parties prenantes
vocabulary-category-hint = Son nom tel que donné la première fois est aussi sa clé dans les exports.
vocabulary-rename-refused = { $key } n’a pas été renommé : { $why }
invalid-entry-label = Indiquez un nom.
invalid-theme-key = Indiquez une clé en lettres minuscules, chiffres et traits d’union (le nom n’en donne pas).
invalid-entry-label-taken = Une entrée de cette liste porte déjà ce nom.
invalid-entry-key-taken = Une entrée de cette liste a déjà cette clé.
invalid-entry-unknown = Cette entrée n’existe pas.
error-not-found-list = Cette liste n’existe pas.
error-not-found-entry = Cette entrée n’existe pas.
error-vocabulary-change-unknown = Le bureau ne fait pas cette modification de liste.
audit-action-vocabulary-add = Entrée de liste ajoutée
audit-action-vocabulary-rename = Entrée de liste renommée
audit-action-vocabulary-move = Entrée de liste déplacée
audit-action-vocabulary-retire = Entrée de liste retirée
audit-action-vocabulary-restore = Entrée de liste proposée à nouveau

# Revised drafts
draft-target-revision = Une version révisée du projet d’un processus (la version qui suit la plus récente ; les versions antérieures et leurs contributions restent telles quelles)
draft-preview-revision = Lu dans { $file }, comme version suivant { $symbol }.
draft-refused-no-base = Il n’y a pas un document { $symbol } unique à réviser.
draft-refused-not-newest = { $symbol } n’est pas la version la plus récente de son processus : révisez la version { $version }.
draft-refused-before-base = Une révision datée de { $year } ne peut pas suivre une version datée de { $base }.

# Lineage
lineage-title = Filiation de { $new } depuis { $old }
lineage-intro = Quelle unité de la nouvelle version descend de quelle unité de la version précédente, telle que proposée d’après les mots des textes et leur ordre. Les liens douteux viennent d’abord : vérifiez-les, corrigez-en au besoin, puis confirmez l’ensemble.
lineage-confirm = { $count ->
    [one] Confirmer la filiation ({ $count } lien non confirmé)
   *[other] Confirmer la filiation ({ $count } liens non confirmés)
}
lineage-confirmed = La filiation est confirmée. Un lien corrigé ensuite est confirmé à son enregistrement.
lineage-links = Liens entre les deux versions
lineage-in = Dans { $symbol }
lineage-kind = Comment
lineage-correct = Devient
lineage-similarity = { $percent } % des mots en commun
lineage-doubtful = À vérifier
lineage-link-confirmed = Confirmé
lineage-becomes = Ce que devient { $unit }
lineage-deleted-choice = Rien : supprimé
lineage-save = Enregistrer
lineage-unchanged = Inchangé
lineage-moved = Déplacé ou renuméroté
lineage-amended = Modifié
lineage-split = Scindé
lineage-merged = Fusionné
lineage-new = Nouveau
lineage-deleted = Supprimé
lineage-review-link = Vérifier la filiation de { $symbol }
error-not-found-lineage = Cette version n’a pas de filiation à vérifier.
error-lineage-unknown-unit = L’une des unités nommées n’est pas dans sa version.
audit-action-lineage-correct = Lien de filiation corrigé
audit-action-lineage-confirm = Filiation confirmée

review-carried-from = Écrit sur { $unit } de { $symbol } ({ $city })
filter-versions = Versions
filter-versions-this = Cette version seulement
filter-unknown-versions = Il n’y a pas de choix de versions « { $value } ».
error-not-found-version = Le projet n’a pas cette version.
admin-versions = Versions du projet
admin-version = Version { $number } : { $symbol }
deleted-title = Commentaires sur un texte supprimé avant { $symbol }
deleted-count = { $total ->
    [one] Un commentaire porte sur un texte que { $symbol } n’a plus.
   *[other] { $total } commentaires portent sur un texte que { $symbol } n’a plus.
}
deleted-section = { $unit } de { $symbol }
admin-deleted-link = Commentaires sur un texte supprimé
compare-title = { $from } comparé à { $to }
compare-from = Version antérieure
compare-to = Version ultérieure
compare-submit = Comparer
compare-key = Les mots ajoutés dans la version ultérieure sont soulignés ; les mots supprimés sont barrés. Un texte déplacé est comparé à son emplacement d’origine.
compare-new = Nouveau
compare-formerly = anciennement { $place }
compare-unchanged = Inchangé
compare-deleted-title = Supprimé de { $symbol }
compare-none-deleted = Rien n’a été supprimé.
compare-not-earlier = { $from } n’est pas une version antérieure de { $to } : choisissez d’abord une version antérieure.
error-not-found-comparison = Ce projet n’a qu’une version : il n’y a encore rien à comparer.
column-unit = Paragraphe
compare-link = Comparer les versions du projet
