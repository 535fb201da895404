## التخطيط
site-footer = مشاورات إقليمية بشأن مشروع الإعلان المتعلق بالحق في التضامن الدولي.
skip-link = الانتقال إلى المحتوى الرئيسي
nav-site = الموقع
nav-consultations = المشاورات
nav-organisers = المنظمون
nav-language = اللغة
breadcrumb = مسار التنقل

## الأخطاء
error-back = العودة إلى المشاورات
error-reference = إذا تكرر ذلك، يرجى إبلاغ المنظمين بهذا المرجع:
error-not-found-title = غير موجود
error-not-found-page = لم يُعثر على هذه الصفحة.
error-not-found-consultation = لم يُعثر على هذه المشاورة.
error-not-found-article = لم يُعثر على هذه المادة.
error-not-found-paragraph = لم يُعثر على هذه المادة أو الفقرة.
error-not-found-feedback = لم يُعثر على رابط المساهمة هذا.
error-not-found-export = لم يُعثر على هذا الملف المُصدَّر.
error-not-found-item = لم يُعثر على هذه المساهمة.
error-not-found-stylesheet = لم يُعثر على ورقة الأنماط هذه.
error-csrf-title = انتهت صلاحية النموذج
error-csrf = انتهت صلاحية هذا النموذج أو أنه لم يصدر عن هذا الموقع، فلم يُحفظ شيء. ارجع إلى الصفحة السابقة وأعد تحميلها ثم أرسل النموذج مرة أخرى.
error-closed-title = المشاورة مغلقة
error-closed = هذه المشاورة مغلقة: لم تعد تقبل مساهمات جديدة أو تعديلات، ولم يُحفظ شيء.
error-bad-request-title = طلب غير صالح
error-encoding = احتوى النموذج على نص ليس بترميز UTF-8 صالح؛ لم يُحفظ شيء.
error-nul = احتوى النموذج على محرف NUL، وهو ما لا يمكن أن يحتويه نص؛ لم يُحفظ شيء.
error-too-large-title = النص طويل جدًا
error-too-large = أرسل هذا النموذج أكثر من { $kb } كيلوبايت، وهو الحد الأقصى الذي يقبله الموقع في المرة الواحدة، فلم يُحفظ شيء. ارجع واختصر النص ثم أرسله مرة أخرى.
error-internal-title = حدث خطأ
error-internal = نأسف، حدث خطأ من جانبنا.

## المشاورات
home-title = المشاورات الإقليمية
home-intro = { $title } ({ $symbol }). اختر مشاورة منطقتك، ثم علّق على المشروع مادةً مادة.
fact-country = البلد
fact-regional-groups = المجموعات الإقليمية
fact-held = تاريخ الانعقاد
fact-status = الحالة
fact-comments = التعليقات
status-open = مفتوحة لتلقي المساهمات
status-closed = مغلقة
status-closed-long = مغلقة: يمكن قراءة المساهمات ولكن لم يعد من الممكن إرسالها
consultation-title = مشاورة { $city }
consultation-intro = افتح مادة لقراءة نصها الكامل والتعليق عليها كلها أو على إحدى فقراتها.
part-title = الجزء { $number }. { $title }
comment-count = { $count ->
    [zero] لا تعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $count } تعليقات
   *[other] { $count } تعليقًا
}
held-date = { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
timestamp = { $day } { $month } { $year }، الساعة { $time } بالتوقيت العالمي

## المشروع
article-preamble = الديباجة
article-numbered = المادة { $number }
reference-whole-preamble = الديباجة كلها
reference-whole-article = المادة كلها
reference-preambular = الفقرة { $reference } من الديباجة
reference-paragraph = الفقرة { $reference }
reference-item = البند { $reference }
comment-on-preambular = التعليق على الفقرة { $reference } من الديباجة
comment-on-paragraph = التعليق على الفقرة { $reference }
paragraph-prefix = الفقرة { $number }:
footnote = الحاشية { $number }
notes = الحواشي
articles-nav = المواد

## نموذج المساهمة
feedback-title = مساهمتك بشأن { $title }
feedback-intro-article = علّق على المادة كلها أو على إحدى فقراتها. يجب ملء الحقول المعلَّمة (إلزامي)؛ وسائر الحقول اختيارية. بعد الإرسال تحصل على رابط خاص لعرض مساهمتك وتعديلها ما دامت المشاورة مفتوحة.
feedback-intro-preamble = علّق على الديباجة كلها أو على إحدى فقراتها. يجب ملء الحقول المعلَّمة (إلزامي)؛ وسائر الحقول اختيارية. بعد الإرسال تحصل على رابط خاص لعرض مساهمتك وتعديلها ما دامت المشاورة مفتوحة.
feedback-closed = مشاورة { $city } مغلقة: لم تعد تقبل المساهمات.
form-error-summary = لم تُرسل مساهمتك بعد: يرجى مراجعة هذه الحقول
form-error = خطأ:
field-paragraph = الفقرة
field-stance = موقفك
mark-required = إلزامي
mark-optional = اختياري
mark-any = اختر كل ما ينطبق
field-comment-type = نوع التعليق
field-themes = المواضيع
field-comment = تعليقك
hint-comment = حتى 10000 حرف.
field-proposed-text = الصياغة المقترحة
hint-proposed-text = اختياري: النص كما تودّ أن يكون. حتى 10000 حرف.
about-you = معلومات عنك
field-name = الاسم
field-organisation = المنظمة
field-country = البلد
field-category = فئة الجهة المعنية
category-not-stated = غير محددة
field-email = البريد الإلكتروني
hint-email = لا يطّلع عليه إلا المنظمون؛ ولا يُصدَّر ولا يُنشر أبدًا.
field-publish-name = انشر اسمي مع تعليقي
submit-send = إرسال المساهمة
submit-save = حفظ التعديلات
invalid-paragraph = اختر فقرة من هذه المادة، أو المادة كلها.
invalid-stance = اختر موقفك من هذا النص.
invalid-comment-type = اختر نوع التعليق.
invalid-theme = أحد المواضيع المختارة ليس في القائمة.
invalid-comment-empty = يرجى كتابة تعليقك.
invalid-too-long = يبلغ طول هذا النص { $length } حرفًا، والحد الأقصى { $max }. يرجى اختصاره.
invalid-category = اختر فئة من القائمة.
invalid-email-long = لا يتجاوز عنوان البريد الإلكتروني { $max } حرفًا.
invalid-email = لا يبدو هذا عنوان بريد إلكتروني (name@example.org).

## القوائم المرجعية
stance-support = تأييد النص بصيغته الحالية
stance-amend = تأييد مع تعديلات
stance-oppose = اعتراض / حذف
stance-question = سؤال أو تعليق فقط
type-general = عام
type-substantive = موضوعي
type-drafting = صياغي / تحريري
theme-legal-framework = الديباجة والإطار القانوني للتضامن الدولي
theme-nature-of-right = مفهوم الحق وطبيعته
theme-extraterritorial = الالتزامات خارج الحدود الإقليمية (الحقوق المدنية والسياسية والاقتصادية والاجتماعية والثقافية)
theme-non-state-actors = الجهات الفاعلة من غير الدول وأدوارها
theme-development = التعاون الإنمائي، وخطة عام 2030، والفقر، والأمن الغذائي، والصحة
theme-trade-finance = التجارة، والاستثمار، والتمويل، والديون، والضرائب
theme-climate-environment = تغير المناخ، والبيئة، ومخاطر الكوارث
theme-migration-conflict = الهجرة، واللاجئون، والنزاعات المسلحة، والإرهاب
theme-drafting = الصياغة والبنية والعبارات
category-member-state = دولة عضو
category-intergovernmental-organization = منظمة حكومية دولية
category-united-nations-agency = وكالة تابعة للأمم المتحدة
category-regional-economic-commission = لجنة اقتصادية إقليمية
category-national-human-rights-institution = مؤسسة وطنية لحقوق الإنسان
category-civil-society-ngo = المجتمع المدني / منظمة غير حكومية
category-private-sector = القطاع الخاص
category-academia = الأوساط الأكاديمية
category-independent-expert = خبير مستقل
disposition-accepted = مقبول
disposition-partially-accepted = مقبول جزئيًا
disposition-not-accepted = غير مقبول
disposition-noted = أُحيط به علمًا

## الرابط الخاص
received-title = شكرًا لك: وصلتنا مساهمتك
received-item = حُفظت برقم #{ $id } في مشاورة { $city }.
your-feedback = مساهمتك
saved = حُفظت تعديلاتك.
private-link-title = رابطك الخاص
private-link-open = احتفظ بهذا الرابط لعرض مساهمتك وتعديلها حتى إغلاق المشاورة. يستطيع كل من يملكه أن يفعل الشيء نفسه، فلا تشاركه مع أحد.
private-link-closed = احتفظ بهذا الرابط لعرض مساهمتك. يستطيع كل من يملكه أن يفعل الشيء نفسه، فلا تشاركه مع أحد.
sent-title = ما أرسلته
fact-consultation = المشاورة
fact-article = المادة
fact-paragraph = الفقرة
fact-position = الموقف
fact-comment-type = نوع التعليق
fact-themes = المواضيع
none-chosen = لم يُختر شيء
fact-comment = التعليق
fact-proposed-text = الصياغة المقترحة
none = لا يوجد
fact-name = الاسم
name-published = (يُنشر مع التعليق)
name-not-published = (لا يُنشر)
fact-organisation = المنظمة
fact-category = فئة الجهة المعنية
fact-email = البريد الإلكتروني
fact-sent = أُرسلت في
fact-changed = آخر تعديل
outcome-title = ما آل إليه تعليقك
outcome-decision = قرار المنظمين:
change-title = تعديل مساهمتك
change-closed = مشاورة { $city } مغلقة، لذا لم يعد من الممكن تعديل هذه المساهمة.

## دخول المنظمين
login-title = دخول المنظمين
login-username = اسم المستخدم
login-password = كلمة المرور
login-submit = دخول
login-wrong = اسم المستخدم أو كلمة المرور غير صحيحين.
login-wait = { $minutes ->
    [one] محاولات فاشلة كثيرة. يرجى الانتظار دقيقة واحدة قبل المحاولة مرة أخرى.
    [two] محاولات فاشلة كثيرة. يرجى الانتظار دقيقتين قبل المحاولة مرة أخرى.
    [few] محاولات فاشلة كثيرة. يرجى الانتظار { $minutes } دقائق قبل المحاولة مرة أخرى.
   *[other] محاولات فاشلة كثيرة. يرجى الانتظار { $minutes } دقيقة قبل المحاولة مرة أخرى.
}
