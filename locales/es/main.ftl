## Diseño
site-footer = Consultas regionales sobre el proyecto de declaración sobre el derecho a la solidaridad internacional.
skip-link = Ir al contenido principal
nav-site = Sitio
nav-consultations = Consultas
nav-organisers = Organizadores
nav-language = Idioma
breadcrumb = Ruta de navegación

## Errores
error-back = Volver a las consultas
error-reference = Si vuelve a ocurrir, indique a los organizadores esta referencia:
error-not-found-title = No encontrado
error-not-found-page = No se encontró esta página.
error-not-found-consultation = No se encontró esta consulta.
error-not-found-process = Ese proceso no existe.
error-not-found-article = No se encontró este artículo.
error-not-found-paragraph = No se encontró este artículo o párrafo.
error-not-found-feedback = No se encontró este enlace a una contribución.
error-not-found-export = No se encontró esta exportación.
error-not-found-item = No se encontró esta contribución.
error-not-found-stylesheet = No se encontró esta hoja de estilo.
error-csrf-title = Formulario caducado
error-csrf = Este formulario ha caducado o no procede de este sitio, por lo que no se guardó nada. Vuelva atrás, recargue la página y envíelo de nuevo.
error-closed-title = Consulta cerrada
error-closed = Esta consulta está cerrada: ya no acepta nuevas contribuciones ni cambios, y no se guardó nada.
error-bad-request-title = Solicitud no válida
error-encoding = El formulario contenía texto que no es UTF-8 válido; no se guardó nada.
error-nul = El formulario contenía un carácter NUL, que un texto no puede contener; no se guardó nada.
error-too-large-title = Texto demasiado largo
error-too-large = Este formulario envió más de { $kb } KB, el máximo que el sitio acepta de una vez, por lo que no se guardó nada. Vuelva atrás, acorte el texto y envíelo de nuevo.
error-internal-title = Algo salió mal
error-internal = Lo sentimos, algo salió mal por nuestra parte.

## Consultas
home-title = Consultas regionales
home-choose = Elija la consulta de su región y comente el proyecto artículo por artículo.
process-consultations = Consultas
process-no-draft = Todavía no se ha cargado ningún proyecto.
process-no-consultations = Todavía no hay consultas.
process-open-count = { $count ->
    [0] ninguna consulta abierta
    [one] { $count } consulta abierta
   *[other] { $count } consultas abiertas
}
fact-country = País
fact-regional-groups = Grupos regionales
fact-held = Fecha de la reunión
fact-status = Estado
fact-comments = Comentarios
status-open = Abierta a contribuciones
status-closed = Cerrada
status-closed-long = Cerrada: las contribuciones pueden leerse pero ya no enviarse
consultation-title = Consulta de { $city }
consultation-intro = Abra un artículo para leer su texto completo y comentarlo, entero o párrafo por párrafo.
part-title = Parte { $number }. { $title }
comment-count = { $count ->
    [one] { $count } comentario
   *[other] { $count } comentarios
}
held-date = { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
timestamp = { $day } de { $month } de { $year }, { $time } UTC

## El proyecto
article-preamble = Preámbulo
article-numbered = Artículo { $number }
reference-whole-preamble = Todo el preámbulo
reference-whole-article = Todo el artículo
reference-preambular = Párrafo { $reference } del preámbulo
reference-paragraph = Párrafo { $reference }
reference-item = Apartado { $reference }
comment-on-preambular = Comentar el párrafo { $reference } del preámbulo
comment-on-paragraph = Comentar el párrafo { $reference }
paragraph-prefix = Párrafo { $number }:
footnote = Nota { $number }
notes = Notas
articles-nav = Artículos

## El formulario
feedback-title = Su contribución sobre { $title }
feedback-intro-article = Comente el artículo entero o un párrafo. Los campos marcados (obligatorio) deben completarse; todos los demás son opcionales. Tras el envío recibirá un enlace privado para ver y modificar su contribución mientras la consulta esté abierta.
feedback-intro-preamble = Comente el preámbulo entero o un párrafo. Los campos marcados (obligatorio) deben completarse; todos los demás son opcionales. Tras el envío recibirá un enlace privado para ver y modificar su contribución mientras la consulta esté abierta.
feedback-closed = La consulta de { $city } está cerrada: ya no acepta contribuciones.
form-error-summary = Su contribución aún no se ha enviado: revise estos campos
form-error = Error:
field-paragraph = Párrafo
field-stance = Su posición
mark-required = obligatorio
mark-optional = opcional
mark-any = marque todos los que correspondan
field-comment-type = Tipo de comentario
field-themes = Temas
field-comment = Su comentario
hint-comment = Hasta 10.000 caracteres.
field-proposed-text = Redacción propuesta
hint-proposed-text = Opcional: el texto tal como usted lo redactaría. Hasta 10.000 caracteres.
about-you = Sobre usted
field-name = Nombre
field-organisation = Organización
field-country = País
field-category = Categoría de parte interesada
category-not-stated = Sin indicar
field-email = Correo electrónico
hint-email = Solo lo ven los organizadores; nunca se exporta ni se publica.
field-publish-name = Publicar mi nombre con mi comentario
submit-send = Enviar contribución
submit-save = Guardar cambios
invalid-paragraph = Elija un párrafo de este artículo, o el artículo entero.
invalid-stance = Indique su posición sobre este texto.
invalid-comment-type = Elija el tipo de comentario.
invalid-theme = Uno de los temas elegidos no está en la lista.
invalid-comment-empty = Escriba su comentario.
invalid-too-long = Este texto tiene { $length } caracteres; el límite es { $max }. Acórtelo, por favor.
invalid-category = Elija una categoría de la lista.
invalid-email-long = Una dirección de correo electrónico tiene como máximo { $max } caracteres.
invalid-email = Esto no parece una dirección de correo electrónico (nombre@ejemplo.org).

## Listas de referencia
stance-support = Apoyo al texto tal como está
stance-amend = Apoyo con enmiendas
stance-oppose = Oposición / supresión
stance-question = Pregunta o comentario
type-general = General
type-substantive = De fondo
type-drafting = De redacción
theme-legal-framework = Preámbulo y marco jurídico de la solidaridad internacional
theme-nature-of-right = Conceptualización y naturaleza del derecho
theme-extraterritorial = Obligaciones extraterritoriales (derechos civiles, políticos, económicos, sociales y culturales)
theme-non-state-actors = Actores no estatales y sus funciones
theme-development = Cooperación para el desarrollo, Agenda 2030, pobreza, seguridad alimentaria, salud
theme-trade-finance = Comercio, inversión, finanzas, deuda, tributación
theme-climate-environment = Cambio climático, medio ambiente, riesgo de desastres
theme-migration-conflict = Migración, refugiados, conflictos armados, terrorismo
theme-drafting = Redacción, estructura y formulación
category-member-state = Estado Miembro
category-intergovernmental-organization = Organización intergubernamental
category-united-nations-agency = Organismo de las Naciones Unidas
category-regional-economic-commission = Comisión económica regional
category-national-human-rights-institution = Institución nacional de derechos humanos
category-civil-society-ngo = Sociedad civil / ONG
category-private-sector = Sector privado
category-academia = Ámbito académico
category-independent-expert = Experto independiente
disposition-accepted = Aceptada
disposition-partially-accepted = Aceptada en parte
disposition-not-accepted = No aceptada
disposition-noted = Tomada en cuenta

## El enlace privado
received-title = Gracias: hemos recibido su contribución
received-item = Está registrada con la referencia { $id } en la consulta de { $city }.
your-feedback = Su contribución
saved = Se guardaron sus cambios.
private-link-title = Su enlace privado
private-link-open = Conserve este enlace para ver su contribución y modificarla hasta que se cierre la consulta. Quien lo tenga podrá hacer lo mismo, así que no lo comparta con nadie.
private-link-closed = Conserve este enlace para ver su contribución. Quien lo tenga podrá hacer lo mismo, así que no lo comparta con nadie.
sent-title = Lo que envió
fact-consultation = Consulta
fact-article = Artículo
fact-paragraph = Párrafo
fact-position = Posición
fact-comment-type = Tipo de comentario
fact-themes = Temas
fact-comment = Comentario
fact-proposed-text = Redacción propuesta
none = Ninguna
fact-name = Nombre
name-published = (publicado con el comentario)
name-not-published = (no publicado)
fact-organisation = Organización
fact-category = Categoría de parte interesada
fact-email = Correo electrónico
fact-sent = Enviada
fact-changed = Último cambio
outcome-title = Qué se hizo con su comentario
outcome-decision = Decisión de los organizadores:
change-title = Modificar su contribución
change-closed = La consulta de { $city } está cerrada, por lo que esta contribución ya no puede modificarse.

## Acceso de los organizadores
login-title = Acceso de los organizadores
login-username = Nombre de usuario
login-password = Contraseña
login-submit = Entrar
login-wrong = El nombre de usuario o la contraseña no son correctos.
login-wait = { $minutes ->
    [one] Demasiados intentos fallidos. Espere { $minutes } minuto antes de volver a intentarlo.
   *[other] Demasiados intentos fallidos. Espere { $minutes } minutos antes de volver a intentarlo.
}

## Organisers' desk
admin-nav = Espacio de los organizadores
admin-nav-overview = Resumen
admin-nav-tally = Recuento
admin-nav-audit = Registro de auditoría
admin-signed-in-as = Sesión iniciada como
admin-log-out = Cerrar sesión
admin-title = Resumen de las consultas
admin-articles-title = Contribuciones por artículo
admin-articles-intro = Contribuciones visibles en todas las consultas. Abra un artículo para leer, filtrar y responder a sus contribuciones.
admin-articles-caption = Contribuciones por artículo según la posición, y elementos pendientes de decisión
column-article = Artículo
column-total = Total
column-awaiting = Pendientes de decisión
column-consultation = Consulta
column-comments = Comentarios
column-change = Cambiar
admin-tally-link = El recuento por consulta, con gráficos
admin-consultations-title = Consultas
admin-consultations-intro = Cerrar una consulta detiene de inmediato las nuevas contribuciones y los cambios; los enlaces privados de los participantes siguen mostrando sus contribuciones. Una consulta cerrada puede volver a abrirse.
admin-consultations-caption = Consultas con su estado y su número de comentarios
admin-close = Cerrar { $city }
admin-reopen = Reabrir { $city }
admin-exports-title = Exportaciones para el grupo de redacción
admin-exports-intro = Archivos CSV en UTF-8 que se abren en una hoja de cálculo con los acentos y el árabe intactos. Los nombres de las columnas quedan en inglés, sea cual sea el idioma de esta página. Cada página de examen exporta también lo que muestran sus filtros.
export-feedback = Cada contribución, una fila por contribución, con su texto y quién la envió.
export-tally-by-article = Número por posición para cada artículo, por consulta y en total.
export-tally-by-stakeholder = Número por posición para cada artículo, por categoría de parte interesada.
export-disposition-of-comments = Qué se decidió sobre cada comentario, en el orden de columnas de la plantilla de comentarios ISO/CEI.
stance-short-support = Apoyo
stance-short-amend = Enmiendas
stance-short-oppose = Oposición
stance-short-question = Pregunta
disposition-pending = Pendiente
hide-reason-abusive = Ofensivo
hide-reason-duplicate = Duplicado
hide-reason-off-topic = Ajeno al tema
list-separator = {"; "}
pages = Páginas
page-previous = ← Anterior
page-next = Siguiente →

## Review page
review-title = Examen: { $article }
review-current-text = Texto actual — { $article } ({ $symbol })
filter-label = Filtrar las contribuciones
filter-all = Todas
filter-theme = Tema
filter-words = Palabras del comentario o de la redacción propuesta
filter-words-hint = Deben aparecer todas las palabras. Una palabra de cuatro letras o más encuentra también las que empiezan por ella: «clima» encuentra «climático».
filter-apply = Aplicar los filtros
filter-clear = Quitar los filtros
review-count-none = Ningún elemento coincide, de { $total } ({ $article }).
review-count = Elementos { $first } a { $last } de { $matching } que coinciden, entre { $total } ({ $article }).
review-count-more = Elementos { $first } a { $last } de más de { $matching } que coinciden, entre { $total } ({ $article }).
review-export-matching = Exportar lo que coincide:
review-hidden-as = Oculto ({ $reason })
review-from = De:
review-no-name = (sin nombre)
review-proposal-title = Redacción propuesta, comparada con el texto actual
review-disposition = Decisión
review-rationale = Justificación
review-recorded-by = Registrada por { $name }, { $time }
review-print-disposition = Decisión: { $disposition }.
review-record = Registrar la decisión
review-hide-as = Ocultar como
review-hide = Ocultar
review-unhide = Volver a mostrar
review-choose-disposition = Elija una decisión de la lista.
review-rationale-needed = Indique la justificación: el participante la leerá.
filter-unknown-consultation = No hay ninguna consulta «{ $value }» por la que filtrar.
filter-unknown-article = No hay ningún artículo «{ $value }» por el que filtrar.
filter-unknown-stance = No hay ninguna posición «{ $value }» por la que filtrar.
filter-unknown-category = No hay ninguna categoría de parte interesada «{ $value }» por la que filtrar.
filter-unknown-theme = No hay ningún tema «{ $value }» por el que filtrar.
filter-unknown-comment-type = No hay ningún tipo de comentario «{ $value }» por el que filtrar.
filter-unknown-disposition = No hay ninguna decisión «{ $value }» por la que filtrar.
error-form-unreadable = No se pudo leer el formulario; no se guardó nada.
error-status-unknown = Una consulta está abierta o cerrada.
error-hide-reason-unknown = Elija por qué se oculta este elemento.

## Tally
tally-title = Recuento por artículo y por consulta
tally-intro = Solo contribuciones visibles: los elementos ocultos no se cuentan.
tally-bars-title = Posiciones por artículo
tally-bars-svg-title = Contribuciones por artículo según la posición
tally-bars-svg-desc = Una barra por artículo, dividida por posición; los números figuran junto a cada barra y en la tabla de abajo.
tally-bar-label = { $total } en total: { $support } apoyo, { $amend } enmiendas, { $oppose } oposición, { $question } pregunta
tally-heat-title = Proporción de apoyo (con o sin enmiendas)
tally-heat-svg-title = Proporción de apoyo por artículo y por consulta
tally-heat-svg-desc = Cada casilla da el porcentaje de contribuciones que apoyan el texto, con o sin enmiendas, y el número de elementos; cuanto más oscura, mayor el apoyo.
tally-share = { $percent } % de { $total }
tally-share-none = sin contribuciones
tally-matrix-title = Las cifras
tally-matrix-caption = Contribuciones por artículo y por consulta: apoyo / enmiendas / oposición / pregunta, y el total
tally-all = Todas

## Audit log
audit-title = Registro de auditoría
audit-intro = Cada acción de los organizadores y cada inicio de sesión fallido, del más reciente al más antiguo. Página { $page }.
audit-when = Cuándo (UTC)
audit-who = Quién
audit-action = Acción
audit-on = Sobre
audit-detail = Detalle
audit-from = Desde
audit-newer = ← Más recientes
audit-older = Más antiguos →
audit-action-login = Inicio de sesión
audit-action-login-failed = Inicio de sesión fallido
audit-action-logout = Cierre de sesión
audit-action-export = Exportación
audit-action-forget = Datos personales borrados
audit-action-hide = Ocultado
audit-action-unhide = Vuelto a mostrar
audit-action-disposition = Decisión
audit-action-open = Consulta abierta
audit-action-close = Consulta cerrada
audit-action-process-create = Proceso creado
audit-action-document-load = Proyecto cargado
audit-action-document-revise = Proyecto revisado cargado
audit-action-document-replace = Proyecto reemplazado
audit-action-organiser-add = Organizador añadido
audit-action-organiser-role = Rol cambiado
audit-action-organiser-disable = Organizador desactivado
audit-action-organiser-enable = Organizador reactivado
audit-action-password-link = Enlace de contraseña emitido
audit-action-password-set = Contraseña definida por enlace
audit-action-password-change = Contraseña cambiada
error-media-type = Esta solicitud no se envió como un formulario web, por lo que no se guardó nada.
error-timeout-title = Demasiado lento
error-timeout = El formulario tardó demasiado en llegar, por lo que no se guardó nada. Envíelo de nuevo.
error-exports-busy-title = Exportaciones ocupadas
error-exports-busy = Se están descargando demasiadas exportaciones en este momento. Vuelva a intentarlo en unos segundos.
error-decided-title = Ya decidida
error-decided = Los organizadores ya registraron una decisión sobre esta contribución, por lo que ya no puede modificarse y no se guardó nada.
change-decided = Los organizadores registraron una decisión sobre esta contribución, por lo que ya no puede modificarse.
review-edits = { $count ->
    [one] Modificada una vez por su autor
   *[other] Modificada { $count } veces por su autor
}
review-edit-at = Modificada el { $time }:
title-error = Error: { $title }
private-link-field = El enlace, para copiarlo entero
private-link-keep = Guárdelo en sus marcadores o cópielo en un lugar seguro.
private-link-bookmark = Esta página, para guardarla en marcadores
admin-close-confirm = Sí, cerrar { $city } a nuevas contribuciones y cambios
error-close-unconfirmed = El cierre debe confirmarse: marque la casilla junto al botón. No se cambió nada.
review-hide-choose = Elija un motivo
review-rationale-placeholder = Por qué, para el participante (obligatorio salvo si se acepta)
email-receipt-subject = Su contribución a la consulta de { $city } (referencia { $id })
email-receipt-intro = Recibimos su contribución sobre { $article } en la consulta de { $city }, con la referencia { $id }. Esto es lo que envió.
email-receipt-link = Su enlace privado
email-receipt-advice = Con este enlace puede ver su contribución, y modificarla mientras la consulta esté abierta y antes de que los organizadores decidan sobre ella. Quien lo tenga podrá hacer lo mismo: no lo comparta con nadie y conserve este correo.
hint-email-receipt = Le enviamos el acuse de recibo y su enlace privado a esta dirección. Solo la ven los organizadores; nunca se exporta ni se publica.
consultation-counts = Junto a cada artículo: las contribuciones enviadas solo en la consulta de { $city }; las de otras consultas no se cuentan.
review-new-wording = Una nueva redacción: tiene poco en común con el texto al que responde, por eso se muestra sola.
tally-legend-percent = { $percent } %
review-read-whole = { $count ->
    [one] Leer todo el comentario ({ $count } carácter)
   *[other] Leer todo el comentario ({ $count } caracteres)
}

# Organiser accounts
setup-error-summary = Aún no se ha guardado nada: revise estos campos
error-forbidden-title = Solo para administradores
error-forbidden = Solo los administradores pueden hacer esto. Pídaselo a un administrador.
error-not-found-organiser = Ese organizador no existe.
error-not-found-password-link = Este enlace de contraseña ha caducado o ya se usó. Pida uno nuevo a un administrador.
error-last-administrator = Debe quedar al menos un administrador activo: nombre antes administrador a otro organizador.
invalid-username = Un nombre de usuario tiene de 1 a 64 letras, cifras, puntos, guiones bajos o guiones.
invalid-username-taken = Ya existe un organizador con ese nombre de usuario.
invalid-role = Elija administrador o revisor.
invalid-password-short = Una contraseña tiene al menos { $min } caracteres.
invalid-password-long = Una contraseña tiene como máximo { $max } caracteres.
invalid-password-repeat = Las dos contraseñas no coinciden.
invalid-current-password = Esta no es su contraseña actual.
role-administrator = Administrador
role-reviewer = Revisor
admin-nav-organisers = Organizadores
admin-nav-account = Su cuenta
organisers-title = Organizadores
organisers-list = Cuentas de los organizadores
organisers-link-title = Enlace de contraseña para { $username }
organisers-link-hint = Envíe este enlace a su titular: sirve una vez para definir su contraseña, hasta el { $expires }. Solo se muestra ahora.
organisers-link-label = Enlace
organisers-username = Nombre de usuario
organisers-role = Rol
organisers-status = Estado
organisers-actions = Acciones
organisers-role-of = Rol de { $username }
organisers-change-role = Cambiar el rol
organisers-disabled = Desactivado
organisers-awaiting-password = Contraseña pendiente
organisers-active = Activo
organisers-enable = Reactivar
organisers-enable-named = Reactivar a { $username }
organisers-disable = Desactivar
organisers-disable-named = Desactivar a { $username }
organisers-new-link = Nuevo enlace de contraseña
organisers-new-link-named = Nuevo enlace de contraseña para { $username }
organisers-add = Añadir un organizador
organisers-add-hint = Los administradores preparan los procesos, los proyectos, las consultas, los vocabularios y los organizadores; los revisores trabajan en la mesa de revisión. El nuevo organizador define su contraseña con el enlace que usted le envíe.
organisers-add-submit = Añadir organizador
password-title = Defina su contraseña
password-for = Para la cuenta de organizador { $username }.
password-new = Nueva contraseña
password-hint = Al menos 12 caracteres; unas pocas palabras sin relación son fáciles de recordar y difíciles de adivinar.
password-repeat = La misma contraseña otra vez
password-submit = Definir la contraseña
account-title = Su cuenta
account-password-changed = Su contraseña ha cambiado. Sus otras sesiones han terminado.
account-change-password = Cambiar su contraseña
account-current-password = Contraseña actual
account-submit = Cambiar la contraseña

# Loading a draft
admin-nav-draft = Cargar un proyecto
draft-new-title = Cargar un proyecto
draft-new-intro = Suba el proyecto como archivo. Verá la estructura encontrada y cada advertencia antes de que se guarde nada.
draft-problems-title = El archivo no puede leerse como proyecto; no se ha guardado nada. Corrija el archivo y súbalo de nuevo:
draft-file = Archivo del proyecto
draft-file-hint = Texto plano como lo imprimen los documentos de las Naciones Unidas (.txt), Markdown (.md), Word (.docx) o JSON (.json); 10 MB como máximo.
draft-target = Destino del proyecto
draft-target-new = Un proceso nuevo
draft-new-slug = Dirección del proceso nuevo
draft-new-slug-hint = Minúsculas, cifras y guiones, por ejemplo cooperacion-regional-2026.
draft-target-existing = El proyecto de un proceso existente
draft-process = Proceso
draft-process-hint = Reemplaza un proyecto que nadie ha comentado; un proyecto comentado nunca se modifica.
draft-symbol = Signatura del documento
draft-symbol-hint = Por ejemplo A/HRC/35/35. Un archivo JSON indica la suya.
draft-title-field = Título
draft-title-hint = Déjelo vacío para tomar la primera línea del archivo.
draft-year = Año
draft-language = Idioma del proyecto
draft-language-hint = Un código de idioma: en, fr, es, ar…
draft-read = Leer el archivo
draft-preview-title = Revise el proyecto antes de guardarlo
draft-preview-new = Leído de { $file }, para el proceso nuevo { $slug }.
draft-preview-existing = Leído de { $file }, como proyecto del proceso { $slug }.
draft-preamble = Preámbulo
draft-preamble-paragraphs = { $count ->
    [one] { $count } párrafo
   *[other] { $count } párrafos
}
draft-footnotes = Notas
draft-footnote-count = { $count ->
    [0] ninguna
    [one] { $count } nota
   *[other] { $count } notas
}
draft-warnings-title = Para revisar
draft-structure = Artículos encontrados
draft-article = Artículo
draft-part = Parte
draft-paragraphs = Párrafos numerados
draft-items = Apartados
draft-confirm = Guardar este proyecto
draft-discard = Descartar
draft-refused-process-exists = Ya existe un proceso { $slug }: súbalo de nuevo con otra dirección.
draft-refused-no-process = El proceso { $slug } ya no existe.
draft-refused-has-feedback = El proyecto de { $slug } tiene contribuciones: un proyecto comentado nunca se modifica ni se elimina.
draft-refused-document-exists = Ya hay un documento { $symbol } de ese año y ese idioma.
draft-at-line = Línea { $line }: { $what }
draft-at-paragraph = Párrafo de Word { $number }: { $what }
draft-problem-too-large = El archivo supera los { $mb } MB.
draft-problem-not-utf8 = El texto no está en UTF-8; guarde el archivo en UTF-8.
draft-problem-not-word = No es un archivo de Word (.docx) legible.
draft-problem-json = El JSON no tiene la forma de un proyecto: { $why }
draft-problem-no-title = Se esperaba el título del proyecto en la primera línea.
draft-problem-no-symbol = Falta la signatura del documento.
draft-problem-no-articles = No se encontró ningún encabezado de artículo (se esperaba una línea como «Artículo 1»).
draft-problem-article-number = Se esperaba el artículo { $expected } y se encontró el { $found }: los números de artículo no deben saltarse ni repetirse.
draft-problem-article-too-large = Un número de artículo es demasiado grande.
draft-problem-part-twice = La parte { $number } aparece dos veces.
draft-problem-paragraph-number = Se esperaba el párrafo { $expected }. y se encontró { $found }.: los números de párrafo no deben saltarse ni repetirse.
draft-problem-item-letter = Se esperaba el apartado ({ $expected }) y se encontró ({ $found }).
draft-problem-item-alone = Un apartado sin párrafo ni artículo al que pertenecer.
draft-problem-text-before-paragraphs = Texto sin número antes del primer párrafo numerado del artículo; numérelo o conviértalo en el título del artículo.
draft-problem-empty-article = El artículo { $number } no tiene texto.
draft-problem-marker-without-text = La llamada de nota [^{ $number }] no tiene texto; añada una línea «[^{ $number }]: texto».
draft-problem-footnote-twice = La nota { $number } tiene dos textos.
draft-problem-footnote-empty = La nota { $number } no tiene texto.
draft-problem-structure = La estructura no puede guardarse: { $why }
draft-warning-footnote-not-cited = Ninguna llamada [^{ $number }] cita la nota { $number }.
draft-warning-language = No se indicó el idioma; se considera que el proyecto está en «{ $language }».
draft-warning-year = No se indicó el año; el proyecto se fecha en { $year }.
draft-warning-title-next-line = El artículo { $article } se titula «{ $title }» (la línea que sigue a su encabezado).
invalid-draft-file-missing = Elija el archivo del proyecto.
invalid-draft-file-kind = Elija un archivo .txt, .md, .docx o .json.
invalid-process = Elija un proceso.
invalid-process-slug = Use minúsculas, cifras y guiones (60 como máximo), sin guion al principio ni al final.
invalid-process-slug-taken = Ya existe un proceso con esa dirección.
invalid-symbol-missing = Indique la signatura del documento.
invalid-year = Indique un año entre { $min } y { $max }.
invalid-language = Indique un código de idioma como en, fr, es o ar.
error-not-found-draft-upload = Este proyecto subido ya se guardó o se descartó, o se conservó más de un día. Súbalo de nuevo.

# Setting up consultations
consultation-new-title = Nueva consulta
consultation-edit-title = Modificar la consulta { $slug }
consultation-slug = Dirección
consultation-slug-hint = Minúsculas, cifras y guiones, única en este servidor, por ejemplo dakar-2026. No podrá cambiarse después.
consultation-slug-fixed = La dirección no cambia: los enlaces a la consulta la usan.
consultation-city = Ciudad o título
consultation-groups-hint = Uno por línea.
consultation-languages = Idiomas
consultation-languages-hint = Códigos de idioma separados por comas, por ejemplo es, en.
consultation-held-hint = El mes (2026-03) o el día (2026-03-14) de la reunión.
consultation-process = Proceso (su proyecto es el texto comentado)
consultation-schedule = Periodo de contribuciones
consultation-schedule-hint = Déjelo vacío para abrir y cerrar a mano. Con horas, la consulta se abre y se cierra sola; cerrarla a mano la cierra siempre de inmediato.
consultation-opens = Apertura de contribuciones
consultation-closes = Cierre de contribuciones
consultation-time-zone = Zona horaria
consultation-time-zone-hint = La zona de estas horas, tal como las muestran las páginas: por ejemplo Africa/Addis_Ababa, Europe/Zurich, Asia/Qatar, America/Panama, Pacific/Fiji o UTC.
consultation-save = Guardar la consulta
consultation-create = Crear la consulta
admin-edit-consultation = Modificar { $city }
admin-new-consultation = Nueva consulta
status-open-until = hasta el { $time }
status-open-by-hand = hasta que los organizadores la cierren
status-not-yet-open = Aún no abierta
status-opens-on = se abre el { $time }
status-ended-on = contribuciones cerradas el { $time }
zoned-time = { $day } de { $month } de { $year }, { $time } ({ $zone })
invalid-consultation-slug = Use minúsculas, cifras y guiones (60 como máximo), sin guion al principio ni al final.
invalid-consultation-slug-taken = Ya existe una consulta con esa dirección.
invalid-city-missing = Indique la ciudad o un título.
invalid-held = Indique el mes (2026-03) o el día (2026-03-14).
invalid-languages = Indique códigos de idioma como es, en, separados por comas.
invalid-process-no-draft = Este proceso aún no tiene proyecto: cargue uno primero.
invalid-process-has-feedback = Esta consulta tiene contribuciones sobre su proyecto: sigue en ese proyecto.
invalid-time-zone = Indique una zona horaria como Africa/Addis_Ababa o UTC.
invalid-moment = Indique una fecha y hora como 2026-03-01T09:00.
invalid-closes-before-opens = El cierre debe ser posterior a la apertura.
audit-action-consultation-create = Consulta creada
audit-action-consultation-edit = Consulta modificada

# Invitations
consultation-access = Quién puede participar
consultation-access-public = Cualquiera: aparece en la página de inicio
consultation-access-invitation = Por invitación: no aparece; sus páginas solo se abren con los enlaces de invitación que usted cree
invalid-access = Elija quién puede participar.
invalid-invitation-label = Indique el grupo o la persona a quien va este enlace.
invitations-title = Invitaciones a { $city }
invitations-public = Esta consulta es pública: cualquiera puede participar, con o sin enlace.
invitations-private = Esta consulta es por invitación: solo la ven los navegadores que siguieron un enlace vigente.
invitations-made = Enlace de invitación para { $label }
invitations-made-hint = Envíe este enlace a las personas invitadas: abre la consulta en su navegador hasta que usted lo revoque. Solo se muestra ahora.
invitations-list = Enlaces de invitación
invitations-label = Para
invitations-label-hint = Un grupo («miembros del grupo de expertos») o una persona, para saber qué enlace revocar.
invitations-made-by = Creado por
invitations-revoked = Revocado
invitations-revoke = Revocar
invitations-revoke-named = Revocar el enlace para { $label }
invitations-new = Crear un enlace de invitación
invitations-make = Crear el enlace
admin-invitations = Invitaciones a { $city }
admin-by-invitation = (por invitación)
error-not-found-invitation = Este enlace de invitación se retiró o no existe. Pida uno nuevo a los organizadores.
audit-action-invitation-create = Enlace de invitación creado
audit-action-invitation-revoke = Enlace de invitación revocado

# Themes and stakeholder categories
admin-vocabularies = Temas y categorías de partes interesadas
vocabulary-title = Temas y categorías de partes interesadas
vocabulary-intro = Los participantes eligen de estas listas. Cambiar el nombre conserva la clave, que guardan las contribuciones y las exportaciones; una entrada retirada ya no se ofrece, y las contribuciones que la usaron la conservan y siguen contando. Nada usado se elimina nunca.
vocabulary-themes = Temas
vocabulary-categories = Categorías de partes interesadas
vocabulary-key = Clave
vocabulary-name = Nombre
vocabulary-uses = Contribuciones que la usan
vocabulary-order = Orden
vocabulary-name-of = Nombre de { $key }
vocabulary-rename = Cambiar nombre
vocabulary-shown-as = Se muestra en este idioma como «{ $name }» mientras no se cambie el nombre.
vocabulary-retired = Retirada
vocabulary-offered = Ofrecida
vocabulary-restore = Ofrecer de nuevo
vocabulary-restore-named = Ofrecer de nuevo { $key }
vocabulary-retire = Retirar
vocabulary-retire-named = Retirar { $key }
vocabulary-up = Subir
vocabulary-up-named = Subir { $key }
vocabulary-down = Bajar
vocabulary-down-named = Bajar { $key }
vocabulary-add-theme = Añadir un tema
vocabulary-key-hint = Minúsculas, cifras y guiones, usada en las exportaciones. Déjela vacía para formarla a partir del nombre.
vocabulary-add-category = Añadir una categoría de partes interesadas
vocabulary-category-hint = Su nombre tal como se dio la primera vez es también su clave en las exportaciones.
vocabulary-rename-refused = No se cambió el nombre de { $key }: { $why }
invalid-entry-label = Indique un nombre.
invalid-theme-key = Indique una clave de minúsculas, cifras y guiones (el nombre no da ninguna).
invalid-entry-label-taken = Una entrada de esta lista ya tiene ese nombre.
invalid-entry-key-taken = Una entrada de esta lista ya tiene esa clave.
invalid-entry-unknown = Esa entrada no existe.
error-not-found-list = Esa lista no existe.
error-not-found-entry = Esa entrada no existe.
error-vocabulary-change-unknown = La mesa no hace ese cambio en la lista.
audit-action-vocabulary-add = Entrada de lista añadida
audit-action-vocabulary-rename = Entrada de lista renombrada
audit-action-vocabulary-move = Entrada de lista movida
audit-action-vocabulary-retire = Entrada de lista retirada
audit-action-vocabulary-restore = Entrada de lista ofrecida de nuevo

# Revised drafts
draft-target-revision = Una versión revisada del proyecto de un proceso (la que sigue a la más reciente; las versiones anteriores y sus contribuciones no cambian)
draft-preview-revision = Leído de { $file }, como la versión siguiente a { $symbol }.
draft-refused-no-base = No hay un único documento { $symbol } que revisar.
draft-refused-not-newest = { $symbol } no es la versión más reciente de su proceso: revise la versión { $version }.
draft-refused-before-base = Una revisión de { $year } no puede seguir a una versión de { $base }.

# Lineage
lineage-title = Filiación de { $new } desde { $old }
lineage-intro = Qué unidad de la nueva versión desciende de qué unidad de la versión anterior, según la propuesta hecha a partir de las palabras de los textos y su orden. Los vínculos dudosos van primero: revíselos, corrija los que haga falta y confirme el conjunto.
lineage-confirm = { $count ->
    [one] Confirmar la filiación ({ $count } vínculo sin confirmar)
   *[other] Confirmar la filiación ({ $count } vínculos sin confirmar)
}
lineage-confirmed = La filiación está confirmada. Un vínculo corregido después se confirma al guardarlo.
lineage-links = Vínculos entre las dos versiones
lineage-in = En { $symbol }
lineage-kind = Cómo
lineage-correct = Pasa a ser
lineage-similarity = { $percent } % de palabras en común
lineage-doubtful = Revisar
lineage-link-confirmed = Confirmado
lineage-becomes = En qué se convierte { $unit }
lineage-deleted-choice = Nada: suprimido
lineage-save = Guardar
lineage-unchanged = Sin cambios
lineage-moved = Movido o renumerado
lineage-amended = Modificado
lineage-split = Dividido
lineage-merged = Fusionado
lineage-new = Nuevo
lineage-deleted = Suprimido
lineage-review-link = Revisar la filiación de { $symbol }
error-not-found-lineage = Esta versión no tiene filiación que revisar.
error-lineage-unknown-unit = Una de las unidades indicadas no está en su versión.
audit-action-lineage-correct = Vínculo de filiación corregido
audit-action-lineage-confirm = Filiación confirmada

review-carried-from = Escrito sobre { $unit } de { $symbol } ({ $city })
filter-versions = Versiones
filter-versions-this = Solo esta versión
filter-unknown-versions = No hay ninguna opción de versiones «{ $value }».
error-not-found-version = El proyecto no tiene esa versión.
admin-versions = Versiones del proyecto
admin-version = Versión { $number }: { $symbol }
deleted-title = Comentarios sobre texto suprimido antes de { $symbol }
deleted-count = { $total ->
    [one] Un comentario se escribió sobre texto que { $symbol } ya no tiene.
   *[other] { $total } comentarios se escribieron sobre texto que { $symbol } ya no tiene.
}
deleted-section = { $unit } de { $symbol }
admin-deleted-link = Comentarios sobre texto suprimido
compare-title = { $from } comparado con { $to }
compare-from = Versión anterior
compare-to = Versión posterior
compare-submit = Comparar
compare-key = Las palabras añadidas en la versión posterior aparecen subrayadas; las suprimidas, tachadas. El texto desplazado se compara con su lugar de origen.
compare-new = Nuevo
compare-formerly = antes { $place }
compare-unchanged = Sin cambios
compare-deleted-title = Suprimido de { $symbol }
compare-none-deleted = No se suprimió nada.
compare-not-earlier = { $from } no es una versión anterior de { $to }: elija primero una versión anterior.
error-not-found-comparison = Este proyecto solo tiene una versión: todavía no hay nada que comparar.
column-unit = Párrafo
compare-link = Comparar las versiones del proyecto
