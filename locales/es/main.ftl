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
home-intro = { $title } ({ $symbol }). Elija la consulta de su región y comente el proyecto artículo por artículo.
fact-country = País
fact-regional-groups = Grupos regionales
fact-held = Fecha
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
received-item = Está registrada con el número #{ $id } de la consulta de { $city }.
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
none-chosen = Ninguno
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
