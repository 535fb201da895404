## التخطيط
site-footer = مشاورات إقليمية بشأن مشاريع النصوص، مادةً مادة.
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
error-not-found-process = لا توجد عملية بهذا الاسم.
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
refused-kept-title = لم يُحفظ نصك: ها هو لتحتفظ بنسخة منه
error-bad-request-title = طلب غير صالح
error-encoding = احتوى النموذج على نص ليس بترميز UTF-8 صالح؛ لم يُحفظ شيء.
error-nul = احتوى النموذج على محرف NUL، وهو ما لا يمكن أن يحتويه نص؛ لم يُحفظ شيء.
error-too-large-title = النص طويل جدًا
error-too-large = أرسل هذا النموذج أكثر من { $kb } كيلوبايت، وهو الحد الأقصى الذي يقبله الموقع في المرة الواحدة، فلم يُحفظ شيء. ارجع واختصر النص ثم أرسله مرة أخرى.
error-internal-title = حدث خطأ
error-internal = نأسف، حدث خطأ من جانبنا.

## المشاورات
home-title = المشاورات الإقليمية
home-choose = اختر مشاورة منطقتك، ثم علّق على المشروع مادةً مادة.
process-consultations = المشاورات
process-no-draft = لم يُحمَّل أي مشروع بعد.
process-no-consultations = لا توجد مشاورات بعد.
process-open-count = { $count ->
    [zero] لا توجد مشاورة مفتوحة
    [one] مشاورة واحدة مفتوحة
    [two] مشاورتان مفتوحتان
    [few] { $count } مشاورات مفتوحة
   *[other] { $count } مشاورة مفتوحة
}
fact-country = البلد
fact-regional-groups = المجموعات الإقليمية
fact-held = تاريخ الاجتماع
fact-status = الحالة
fact-comments = التعليقات
status-open = مفتوحة لتلقي المساهمات
status-closed = مغلقة
status-closed-long = مغلقة: يمكن قراءة المساهمات ولكن لم يعد من الممكن إرسالها
consultation-title = مشاورة { $city }
workshop-title = حلقة عمل { $city }
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
article-title = العنوان
article-whole = المشروع ككل
feedback-intro-title = علّق على عنوان المشروع: صياغته وما ينبغي أن يقوله.
feedback-intro-whole = علّق على المشروع ككل: بنيته وطوله وتوازنه وما أغفله.
toc-whole-opening = بنيته وطوله وتوازنه وما أغفله
article-question = السؤال { $number }
article-preamble = الديباجة
# Inside a sentence: "your feedback on the draft as a whole".
article-title-in-sentence = العنوان
article-whole-in-sentence = المشروع ككل
article-preamble-in-sentence = الديباجة
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
feedback-not-yet-open = تُفتح مشاورة { $city } لتلقي التعليقات في { $time }.
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
recorded-field-stance = موقفه
recorded-field-comment = ما قيل
recorded-about-you = من قاله
recorded-field-publish-name = نشر اسمه معه
recorded-hint-email = إن أعطاه: لا يراه إلا المنظمون، ولا يُصدَّر ولا يُنشر أبدًا.
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
stance-none = بلا موقف
stance-answer-support = أوافق
stance-answer-amend = أوافق جزئيًا
stance-answer-oppose = لا أوافق
stance-answer-question = سؤال أو تعليق
stance-answer-none = بلا موقف
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
received-item = حُفظت تحت المرجع { $id } في مشاورة { $city }.
your-feedback = مساهمتك
saved = حُفظت تعديلاتك.
private-link-title = رابطك الخاص
private-link-open = احتفظ بهذا الرابط لعرض مساهمتك وتعديلها حتى إغلاق المشاورة. يستطيع كل من يملكه أن يفعل الشيء نفسه، فلا تشاركه مع أحد.
private-link-closed = احتفظ بهذا الرابط لعرض مساهمتك. يستطيع كل من يملكه أن يفعل الشيء نفسه، فلا تشاركه مع أحد.
sent-title = ما أرسلته
fact-consultation = المشاورة
fact-article = المادة
fact-question = السؤال
fact-paragraph = الفقرة
fact-position = الموقف
fact-comment-type = نوع التعليق
fact-themes = المواضيع
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
login-session-ended = كانت جلستك قد انتهت، لذا لم يُحفظ آخر ما أرسلته. سجّل الدخول للعودة إلى تلك الصفحة وإرساله من جديد.
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

## Organisers' desk
admin-nav = مكتب المنظمين
admin-nav-overview = نظرة عامة
admin-nav-tally = الإحصاء
admin-nav-audit = سجل التدقيق
admin-signed-in-as = تم تسجيل الدخول باسم
admin-log-out = تسجيل الخروج
admin-title = نظرة عامة على المشاورات
admin-articles-title = المساهمات حسب المادة
admin-articles-intro = المساهمات الظاهرة في جميع المشاورات. افتح مادة لقراءة مساهماتها وتصفيتها والرد عليها.
admin-articles-caption = المساهمات حسب المادة والموقف، والعناصر التي تنتظر البت فيها
column-article = المادة
column-total = المجموع
column-awaiting = بانتظار البت
column-consultation = المشاورة
column-comments = التعليقات
column-change = تغيير
admin-tally-link = الإحصاء حسب المشاورة، مع الرسوم البيانية
admin-consultations-title = المشاورات
admin-consultations-intro = يؤدي إغلاق المشاورة إلى وقف المساهمات الجديدة والتعديلات فورًا؛ وتظل الروابط الخاصة للمشاركين تعرض مساهماتهم. ويمكن إعادة فتح المشاورة المغلقة.
admin-consultations-caption = المشاورات مع حالتها وعدد تعليقاتها
admin-close = إغلاق { $city }
admin-reopen = إعادة فتح { $city }
admin-open-now = فتح { $city } الآن
admin-processes = العمليات
admin-exports-title = ملفات التصدير لفريق الصياغة
admin-exports-intro = ملفات CSV بترميز UTF-8 تُفتح في جداول البيانات مع الحفاظ على الحروف المشكولة والعربية. تبقى أسماء الأعمدة بالإنكليزية أيًا كانت لغة هذه الصفحة. وتصدّر كل صفحة مراجعة أيضًا ما تعرضه مرشحاتها فقط.
export-feedback = كل مساهمة في صف مستقل، مع نصها ومرسلها.
export-tally-by-article = الأعداد حسب الموقف لكل مادة، لكل مشاورة وفي المجموع.
export-tally-by-stakeholder = الأعداد حسب الموقف لكل مادة، لكل فئة من أصحاب المصلحة.
export-disposition-of-comments = ما تقرر بشأن كل تعليق، بترتيب أعمدة نموذج التعليقات للمنظمة الدولية للتوحيد القياسي واللجنة الكهرتقنية الدولية.
stance-short-support = تأييد
stance-short-amend = تعديل
stance-short-oppose = اعتراض
stance-short-question = سؤال
stance-short-none = بلا موقف
disposition-pending = قيد النظر
hide-reason-abusive = مسيء
hide-reason-duplicate = مكرر
hide-reason-off-topic = خارج الموضوع
list-separator = {"؛ "}
pages = الصفحات
page-previous = → السابق
page-next = التالي ←

## Review page
review-title = مراجعة: { $article }
review-current-text = النص الحالي — { $article } ({ $symbol })
filter-label = تصفية المساهمات
filter-all = الكل
filter-theme = الموضوع
filter-words = كلمات في التعليق أو الصياغة المقترحة
filter-words-hint = يجب أن ترد كل الكلمات. والكلمة المؤلفة من أربعة أحرف أو أكثر تجد أيضاً الكلمات التي تبدأ بها: «تعاون» تجد «تعاونية».
filter-apply = تطبيق المرشحات
filter-clear = مسح المرشحات
review-count-none = لا توجد عناصر مطابقة، من أصل { $total } ({ $article }).
review-count = العناصر { $first }–{ $last } من { $matching } عنصرًا مطابقًا، من أصل { $total } ({ $article }).
review-count-more = العناصر { $first }–{ $last } من أكثر من { $matching } عنصرًا مطابقًا، من أصل { $total } ({ $article }).
review-export-matching = تصدير العناصر المطابقة:
review-hidden-as = مخفي ({ $reason })
review-from = من:
review-no-name = (بلا اسم)
review-proposal-title = الصياغة المقترحة مقارنة بالنص الحالي
review-disposition = البت
review-rationale = المسوّغ
review-recorded-by = سجّله { $name }، { $time }
review-print-disposition = البت: { $disposition }.
review-record = تسجيل البت
review-hide-as = إخفاء بوصفه
review-hide = إخفاء
review-unhide = إظهار
review-choose-disposition = اختر قرارًا من القائمة.
review-rationale-needed = اذكر المسوّغ: سيقرؤه المشارك.
filter-unknown-consultation = لا توجد مشاورة «{ $value }» للتصفية بها.
filter-unknown-article = لا توجد مادة «{ $value }» للتصفية بها.
filter-unknown-stance = لا يوجد موقف «{ $value }» للتصفية به.
filter-unknown-category = لا توجد فئة أصحاب مصلحة «{ $value }» للتصفية بها.
filter-unknown-theme = لا يوجد موضوع «{ $value }» للتصفية به.
filter-unknown-comment-type = لا يوجد نوع تعليق «{ $value }» للتصفية به.
filter-unknown-disposition = لا يوجد قرار «{ $value }» للتصفية به.
error-form-unreadable = تعذرت قراءة الاستمارة؛ ولم يُحفظ أي شيء.
error-status-unknown = المشاورة إما مفتوحة وإما مغلقة.
error-hide-reason-unknown = اختر سبب إخفاء هذا العنصر.

## Tally
tally-title = الإحصاء حسب المادة والمشاورة
tally-intro = المساهمات الظاهرة فقط: لا تُحتسب العناصر المخفية.
tally-bars-title = المواقف حسب المادة
tally-bars-svg-title = المساهمات حسب المادة والموقف
tally-bars-svg-desc = شريط لكل مادة مقسّم حسب الموقف؛ والأعداد مكتوبة بجانب كل شريط ومدرجة في الجدول أدناه.
tally-bar-label = { $total } في المجموع: { $support } تأييد، { $amend } تعديل، { $oppose } اعتراض، { $question } سؤال{ $none ->
    [0] {""}
   *[other] ، { $none } بلا موقف
}
tally-heat-title = نسبة التأييد (مع التعديلات أو بدونها)
tally-heat-svg-title = نسبة التأييد حسب المادة والمشاورة
tally-heat-svg-desc = تعطي كل خانة النسبة المئوية للمساهمات التي تؤيد النص، مع التعديلات أو بدونها، وعدد العناصر؛ وكلما كان اللون أغمق كان التأييد أكبر.
tally-share = { $percent }٪ من { $total }
tally-share-none = لا مساهمات
tally-matrix-title = الأرقام
tally-matrix-caption = المساهمات حسب المادة والمشاورة: تأييد / تعديل / اعتراض / سؤال / بلا موقف، والمجموع
tally-all = الكل

## Audit log
audit-title = سجل التدقيق
audit-intro = كل إجراء اتخذه المنظمون وكل محاولة دخول فاشلة، الأحدث أولًا. الصفحة { $page }.
audit-when = متى (بالتوقيت العالمي)
audit-who = من
audit-action = الإجراء
audit-on = على
audit-detail = التفاصيل
audit-command-line = سطر الأوامر
audit-command-line-user = سطر الأوامر ({ $user })
audit-from = من عنوان
audit-newer = → الأحدث
audit-older = الأقدم ←
audit-action-login = تسجيل الدخول
audit-action-login-failed = محاولة دخول فاشلة
audit-action-logout = تسجيل الخروج
audit-action-export = تصدير
audit-action-forget = محو البيانات الشخصية
audit-action-hide = إخفاء
audit-action-unhide = إظهار
audit-action-disposition = البت
audit-action-open = فتح المشاورة
audit-action-close = إغلاق المشاورة
audit-action-process-create = إنشاء عملية
audit-action-document-load = تحميل المشروع
audit-action-document-revise = تحميل مشروع منقَّح
audit-action-document-replace = استبدال المشروع
audit-action-organiser-add = إضافة منظِّم
audit-action-organiser-role = تغيير الدور
audit-action-organiser-disable = تعطيل منظِّم
audit-action-organiser-enable = إعادة تفعيل منظِّم
audit-action-password-link = إصدار رابط كلمة المرور
audit-action-password-set = تعيين كلمة المرور عبر رابط
audit-action-password-change = تغيير كلمة المرور
error-media-type = لم يُرسَل هذا الطلب كنموذج ويب، لذا لم يُحفظ شيء.
error-timeout-title = بطء شديد
error-timeout = استغرق وصول النموذج وقتًا طويلًا جدًا، لذا لم يُحفظ شيء. يرجى إرساله مرة أخرى.
error-exports-busy-title = التصديرات مشغولة
error-exports-busy = يجري تنزيل عدد كبير جدًا من ملفات التصدير في هذه اللحظة. يرجى المحاولة مرة أخرى بعد بضع ثوانٍ.
error-decided-title = صدر القرار
error-decided = سجّل المنظمون قرارًا بشأن هذه المساهمة، لذا لم يعد من الممكن تعديلها، ولم يُحفظ شيء.
error-retired-title = سُحب السؤال
error-retired = سُحب هذا السؤال أثناء كتابة إجابتك، فلم يعد يقبل إجابات، ولم يُحفظ شيء.
change-decided = سجّل المنظمون قرارًا بشأن هذه المساهمة، لذا لم يعد من الممكن تعديلها.
review-edits = { $count ->
    [one] عدّلها صاحبها مرة واحدة
    [two] عدّلها صاحبها مرتين
    [few] عدّلها صاحبها { $count } مرات
   *[other] عدّلها صاحبها { $count } مرة
}
review-edit-at = عُدّلت في { $time }:
title-error = خطأ: { $title }
private-link-field = الرابط، لنسخه كاملًا
private-link-keep = أضفه إلى المفضلة أو انسخه في مكان آمن.
private-link-bookmark = هذه الصفحة، لإضافتها إلى المفضلة
admin-close-confirm = نعم، أغلق { $city } أمام المساهمات والتعديلات الجديدة
error-close-unconfirmed = يحتاج الإغلاق إلى تأكيد: حدِّد المربع بجانب الزر. لم يُغيَّر شيء.
review-hide-choose = اختر سببًا
review-rationale-placeholder = السبب، للمشارك (مطلوب ما لم تُقبل)
email-receipt-subject = مساهمتك في مشاورة { $city } (المرجع { $id })
email-receipt-intro = تلقّينا مساهمتك بشأن { $article } في مشاورة { $city }، تحت المرجع { $id }. هذا ما أرسلته.
email-receipt-link = رابطك الخاص
email-receipt-advice = بهذا الرابط يمكنك الاطلاع على مساهمتك وتعديلها ما دامت المشاورة مفتوحة وقبل أن يبتّ فيها المنظمون. يستطيع كل من يملكه أن يفعل الشيء نفسه، فلا تشاركه مع أحد واحتفظ بهذه الرسالة.
hint-email-receipt = نرسل إليك إشعار الاستلام ورابطك الخاص على هذا العنوان. لا يراه إلا المنظمون، ولا يُصدَّر أو يُنشر أبدًا.
consultation-counts = بجانب كل مادة: المساهمات المرسلة في مشاورة { $city } وحدها؛ لا تُحتسب مساهمات المشاورات الأخرى.
review-new-wording = صياغة جديدة: لا تشترك إلا قليلًا مع النص الذي ترد عليه، لذا تُعرض وحدها.
tally-legend-percent = { $percent }٪
review-read-whole = { $count ->
    [one] اقرأ التعليق كاملًا (حرف واحد)
    [two] اقرأ التعليق كاملًا (حرفان)
    [few] اقرأ التعليق كاملًا ({ $count } أحرف)
   *[other] اقرأ التعليق كاملًا ({ $count } حرفًا)
}

# Organiser accounts
setup-error-summary = لم يُحفظ شيء بعد: يرجى مراجعة هذه الحقول
error-forbidden-title = للمشرفين فقط
error-forbidden = لا يقوم بهذا إلا المشرفون. اطلب ذلك من أحد المشرفين.
error-not-found-organiser = لا يوجد منظِّم بهذا الاسم.
error-not-found-password-link = انتهت صلاحية رابط كلمة المرور هذا أو سبق استخدامه. اطلب رابطًا جديدًا من أحد المشرفين.
error-last-administrator = يجب أن يبقى مشرف مفعَّل واحد على الأقل: اجعل منظِّمًا آخر مشرفًا أولًا.
invalid-username = يتكون اسم المستخدم من 1 إلى 64 حرفًا لاتينيًا أو رقمًا أو نقطة أو شرطة سفلية أو شرطة.
invalid-username-taken = يوجد منظِّم بهذا الاسم بالفعل.
invalid-role = اختر مشرفًا أو مراجعًا.
invalid-password-short = تتكون كلمة المرور من { $min } حرفًا على الأقل.
invalid-password-long = تتكون كلمة المرور من { $max } حرف على الأكثر.
invalid-password-repeat = كلمتا المرور مختلفتان.
invalid-current-password = هذه ليست كلمة مرورك الحالية.
role-administrator = مشرف
role-reviewer = مراجع
admin-nav-organisers = المنظِّمون
admin-nav-account = حسابك
organisers-title = المنظِّمون
organisers-list = حسابات المنظِّمين
organisers-link-title = رابط كلمة المرور لـ { $username }
organisers-link-hint = أرسل هذا الرابط إلى صاحبه: يعيّن به كلمة مروره مرة واحدة، وهو صالح حتى { $expires }. لا يُعرض إلا الآن.
organisers-link-label = الرابط
organisers-username = اسم المستخدم
organisers-role = الدور
organisers-status = الحالة
organisers-actions = الإجراءات
organisers-role-of = دور { $username }
organisers-change-role = تغيير الدور
organisers-disabled = معطَّل
organisers-awaiting-password = بانتظار كلمة المرور
organisers-active = نشط
organisers-enable = إعادة التفعيل
organisers-enable-named = إعادة تفعيل { $username }
organisers-disable = تعطيل
organisers-disable-named = تعطيل { $username }
organisers-new-link = رابط جديد لكلمة المرور
organisers-new-link-named = رابط جديد لكلمة المرور لـ { $username }
organisers-add = إضافة منظِّم
organisers-add-hint = يُعِدّ المشرفون العمليات والمشاريع والمشاورات والمفردات والمنظِّمين؛ ويعمل المراجعون في مكتب المراجعة. يعيّن المنظِّم الجديد كلمة مروره بنفسه عبر رابط ترسله إليه.
organisers-add-submit = إضافة المنظِّم
password-title = عيّن كلمة مرورك
password-for = لحساب المنظِّم { $username }.
password-new = كلمة المرور الجديدة
password-hint = 12 حرفًا على الأقل؛ بضع كلمات لا رابط بينها سهلة التذكر وصعبة التخمين.
password-repeat = كلمة المرور نفسها مرة أخرى
password-submit = تعيين كلمة المرور
account-title = حسابك
account-password-changed = تغيّرت كلمة مرورك. انتهت جلساتك الأخرى.
account-change-password = تغيير كلمة مرورك
account-current-password = كلمة المرور الحالية
account-submit = تغيير كلمة المرور

# Loading a draft
admin-nav-draft = تحميل مشروع
draft-new-title = تحميل مشروع
draft-new-intro = ارفع المشروع في ملف. سترى البنية التي وُجدت وكل تنبيه قبل أن يُحفظ أي شيء.
draft-problems-title = لا يمكن قراءة الملف بوصفه مشروعًا؛ لم يُحفظ شيء. صحّح الملف وارفعه مجددًا:
draft-file = ملف المشروع
draft-file-hint = نص عادي كما تطبعه وثائق الأمم المتحدة (‎.txt) أو Markdown ‏(‎.md) أو Word ‏(‎.docx) أو JSON ‏(‎.json)؛ 10 ميغابايت على الأكثر.
draft-target = وجهة المشروع
draft-target-new = عملية جديدة
draft-new-slug = عنوان العملية الجديدة
draft-new-slug-hint = حروف لاتينية صغيرة وأرقام وشرطات، مثل regional-cooperation-2026.
draft-target-existing = مشروع عملية قائمة
draft-process = العملية
draft-process-hint = يحلّ محل مشروع لم يعلّق عليه أحد؛ ولا يُعدَّل مشروع عليه تعليقات أبدًا.
draft-symbol = رمز الوثيقة
draft-symbol-hint = مثل A/HRC/35/35. ملف JSON يحمل رمزه.
draft-title-field = العنوان
draft-title-hint = اتركه فارغًا ليؤخذ السطر الأول من الملف.
draft-year = السنة
draft-language = لغة المشروع
draft-language-hint = رمز لغة: en أو fr أو es أو ar…
draft-read = قراءة الملف
draft-preview-title = راجع المشروع قبل حفظه
draft-preview-new = قُرئ من { $file }، للعملية الجديدة { $slug }.
draft-preview-existing = قُرئ من { $file }، بوصفه مشروع العملية { $slug }.
draft-preamble = الديباجة
draft-preamble-paragraphs = { $count ->
    [zero] لا فقرات
    [one] فقرة واحدة
    [two] فقرتان
    [few] { $count } فقرات
   *[other] { $count } فقرة
}
draft-footnotes = الحواشي
draft-footnote-count = { $count ->
    [zero] لا توجد
    [one] حاشية واحدة
    [two] حاشيتان
    [few] { $count } حواشٍ
   *[other] { $count } حاشية
}
draft-warnings-title = للمراجعة
draft-structure = المواد التي وُجدت
draft-article = المادة
draft-part = الجزء
draft-paragraphs = الفقرات المرقمة
draft-items = البنود
draft-confirm = حفظ هذا المشروع
draft-discard = تجاهل
draft-refused-process-exists = توجد عملية { $slug } بالفعل: ارفع الملف مجددًا بعنوان آخر.
draft-refused-no-process = لم تعد العملية { $slug } موجودة.
draft-refused-has-feedback = على مشروع { $slug } تعليقات: لا يُعدَّل مشروع عليه تعليقات ولا يُحذف أبدًا.
draft-refused-document-exists = توجد وثيقة { $symbol } بهذه السنة واللغة بالفعل.
draft-at-line = السطر { $line }: { $what }
draft-at-paragraph = فقرة Word رقم { $number }: { $what }
draft-problem-too-large = يتجاوز الملف { $mb } ميغابايت.
draft-problem-not-utf8 = النص ليس بترميز UTF-8؛ احفظ الملف بترميز UTF-8.
draft-problem-not-word = هذا ليس ملف Word ‏(‎.docx) يمكن قراءته.
draft-problem-json-syntax = لم يعد هذا JSON ابتداءً من العمود { $column } من هذا السطر.
draft-problem-json-cut = ينتهي الملف قبل أن ينتهي JSON فيه: هل الملف كامل؟
draft-problem-json-missing = ينقص JSON الحقلُ «{ $field }» الذي يحمله كل مشروع.
draft-problem-json-shape = القيمة في العمود { $column } من هذا السطر ليست من النوع الذي يحمله المشروع هناك (نص أو رقم أو قائمة).
draft-problem-no-title = يُنتظر عنوان المشروع في السطر الأول.
draft-problem-no-symbol = رمز الوثيقة غير موجود.
draft-problem-no-articles = لم يُعثر على عنوان مادة (يُنتظر سطر مثل «المادة 1»).
draft-problem-article-number = كانت المادة { $expected } منتظرة فوُجدت المادة { $found }: لا يجوز أن تتخطى أرقام المواد رقمًا أو تتكرر.
draft-problem-article-too-large = رقم إحدى المواد كبير جدًا.
draft-problem-part-twice = يرد الجزء { $number } مرتين.
draft-problem-paragraph-number = كانت الفقرة { $expected }. منتظرة فوُجدت { $found }.: لا يجوز أن تتخطى أرقام الفقرات رقمًا أو تتكرر.
draft-problem-item-letter = كان البند ({ $expected }) منتظرًا فوُجد ({ $found }).
draft-problem-item-alone = بند بحرف لا ينتمي إلى فقرة أو مادة.
draft-problem-text-before-paragraphs = نص بلا رقم قبل أول فقرة مرقمة في المادة؛ رقّمه أو اجعله عنوان المادة.
draft-problem-empty-article = المادة { $number } بلا نص.
draft-problem-marker-without-text = إحالة الحاشية [^{ $number }] بلا نص؛ أضف سطرًا «[^{ $number }]: النص».
draft-problem-footnote-twice = للحاشية { $number } نصّان.
draft-problem-footnote-empty = الحاشية { $number } بلا نص.
draft-problem-structure = لا يمكن حفظ البنية: { $why }
draft-problem-not-in-original = { $unit } غير موجود في الأصل: النسخة اللغوية تضم وحدات الأصل لا أكثر.
draft-problem-missing-from-version = { $unit } من الأصل ناقص هنا: النسخة اللغوية تضم كل وحدات الأصل.
error-translation-commented = علّق مشاركون وهم يقرؤون هذه النسخة اللغوية: تبقى كما قرؤوها. حمّلوا نصًا مصححًا مع النسخة التالية من المشروع.
draft-warning-footnote-not-cited = لا تحيل أي إحالة [^{ $number }] إلى الحاشية { $number }.
draft-warning-language = لم تُحدَّد اللغة؛ يُعدّ المشروع مكتوبًا بـ«{ $language }».
draft-warning-year = لم تُحدَّد السنة؛ يُؤرَّخ المشروع بسنة { $year }.
draft-warning-title-next-line = عنوان المادة { $article } هو «{ $title }» (السطر الذي يلي عنوانها).
invalid-draft-file-missing = اختر ملف المشروع.
invalid-draft-file-kind = اختر ملفًا بامتداد ‎.txt أو ‎.md أو ‎.docx أو ‎.json.
invalid-process = اختر عملية.
invalid-process-slug = استخدم حروفًا لاتينية صغيرة وأرقامًا وشرطات (60 على الأكثر)، دون شرطة في البداية أو النهاية.
invalid-process-slug-taken = توجد عملية بهذا العنوان بالفعل.
invalid-symbol-missing = أدخل رمز الوثيقة.
invalid-year = أدخل سنة من { $min } إلى { $max }.
invalid-language = أدخل رمز لغة مثل en أو fr أو es أو ar.
error-not-found-draft-upload = هذا المشروع المرفوع حُفظ أو تُجوهل بالفعل، أو احتُفظ به أكثر من يوم. ارفعه مجددًا.

# Setting up consultations
consultation-new-title = مشاورة جديدة
consultation-edit-title = تعديل المشاورة { $slug }
consultation-slug = العنوان
consultation-slug-hint = حروف لاتينية صغيرة وأرقام وشرطات، فريد على هذا الخادم، مثل dakar-2026. لا يمكن تغييره لاحقًا.
consultation-slug-fixed = يبقى العنوان كما هو: تستخدمه الروابط إلى المشاورة.
consultation-city = المدينة أو العنوان
consultation-groups-hint = واحدة في كل سطر.
consultation-languages = اللغات
consultation-languages-hint = رموز لغات تفصل بينها فواصل، مثل ar, en.
consultation-held-hint = شهر الاجتماع (2026-03) أو يومه (2026-03-14).
consultation-process = العملية (مشروعها هو النص موضع التعليق)
consultation-schedule = فترة التعليقات
consultation-schedule-hint = اتركها فارغة للفتح والإغلاق يدويًا. مع تحديد الأوقات تُفتح المشاورة وتُغلق تلقائيًا؛ ويظل الإغلاق اليدوي يغلقها فورًا.
consultation-opens = فتح باب التعليقات
consultation-closes = إغلاق باب التعليقات
consultation-time-zone = المنطقة الزمنية
consultation-time-zone-hint = المنطقة الزمنية لهذه الأوقات كما تعرضها الصفحات: مثل Asia/Qatar أو Africa/Addis_Ababa أو Europe/Zurich أو UTC.
consultation-save = حفظ المشاورة
consultation-create = إنشاء المشاورة
admin-edit-consultation = تعديل { $city }
admin-new-consultation = مشاورة جديدة
status-open-until = حتى { $time }
status-open-by-hand = إلى أن يغلقها المنظِّمون
status-not-yet-open = لم تُفتح بعد
status-opens-on = تُفتح في { $time }
status-ended-on = انتهت التعليقات في { $time }
zoned-time = { $day } { $month } { $year }، { $time } ({ $zone })
invalid-consultation-slug = استخدم حروفًا لاتينية صغيرة وأرقامًا وشرطات (60 على الأكثر)، دون شرطة في البداية أو النهاية.
invalid-consultation-slug-taken = توجد مشاورة بهذا العنوان بالفعل.
invalid-city-missing = أدخل المدينة أو عنوانًا.
invalid-held = أدخل الشهر (2026-03) أو اليوم (2026-03-14).
invalid-languages = أدخل رموز لغات مثل ar, en تفصل بينها فواصل.
invalid-process-no-draft = ليس لهذه العملية مشروع بعد: حمّل مشروعًا أولًا.
invalid-process-has-feedback = لهذه المشاورة تعليقات على مشروعها: تبقى على ذلك المشروع.
invalid-time-zone = أدخل منطقة زمنية مثل Asia/Qatar أو UTC.
invalid-moment = أدخل تاريخًا ووقتًا مثل 2026-03-01T09:00.
invalid-closes-before-opens = يجب أن يأتي الإغلاق بعد الفتح.
audit-action-consultation-create = إنشاء مشاورة
audit-action-consultation-edit = تعديل مشاورة

# Invitations
consultation-access = من يمكنه المشاركة
consultation-access-public = الجميع: تظهر في الصفحة الرئيسية
consultation-access-invitation = بدعوة: لا تظهر؛ ولا تُفتح صفحاتها إلا عبر روابط الدعوة التي تنشئها
invalid-access = اختر من يمكنه المشاركة.
invalid-invitation-label = اذكر المجموعة أو الشخص الذي يُرسل إليه هذا الرابط.
invitations-title = الدعوات إلى { $city }
invitations-public = هذه المشاورة عامة: يمكن لأي شخص المشاركة، برابط أو من دونه.
invitations-private = هذه المشاورة بدعوة: لا يراها إلا المتصفحات التي اتبعت رابطًا ساريًا.
invitations-made = رابط دعوة لـ { $label }
invitations-made-hint = أرسل هذا الرابط إلى المدعوين: يفتح المشاورة في متصفحهم إلى أن تلغيه. لا يُعرض إلا الآن.
link-without-address = شُغِّل هذا الخادم دون عنوانه العام (--base-url)، فالرابط يبدأ بشرطة مائلة: ضع قبله عنوان هذا الموقع كما يظهر في شريط العنوان في متصفحك.
invitations-list = روابط الدعوة
invitations-label = لـ
invitations-label-hint = مجموعة («أعضاء فريق الخبراء») أو شخص، لتعرف أي رابط تلغيه.
invitations-made-by = أنشأه
invitations-revoked = ملغى
invitations-revoke = إلغاء
invitations-revoke-named = إلغاء الرابط لـ { $label }
invitations-new = إنشاء رابط دعوة
invitations-make = إنشاء الرابط
admin-invitations = الدعوات إلى { $city }
admin-by-invitation = (بدعوة)
error-not-found-invitation = سُحب رابط الدعوة هذا أو أنه غير موجود. اطلب رابطًا جديدًا من المنظِّمين.
audit-action-invitation-create = إنشاء رابط دعوة
audit-action-invitation-revoke = إلغاء رابط دعوة

# Themes and stakeholder categories
admin-vocabularies = المواضيع وفئات أصحاب المصلحة
vocabulary-title = المواضيع وفئات أصحاب المصلحة
vocabulary-intro = يختار المشاركون من هذه القوائم. تغيير الاسم يُبقي المفتاح الذي تحفظه التعليقات وملفات التصدير؛ والبند المسحوب لا يُعرض بعد ذلك، وتحتفظ به التعليقات التي استخدمته وتظل محسوبة. ولا يُحذف أبدًا أي بند مستخدم.
vocabulary-themes = المواضيع
vocabulary-categories = فئات أصحاب المصلحة
vocabulary-key = المفتاح
vocabulary-name = الاسم
vocabulary-uses = التعليقات التي تستخدمه
vocabulary-order = الترتيب
vocabulary-name-of = اسم { $key }
vocabulary-rename = تغيير الاسم
vocabulary-shown-as = يُعرض بهذه اللغة باسم «{ $name }» ما لم يُغيَّر اسمه.
vocabulary-retired = مسحوب
vocabulary-offered = معروض
vocabulary-restore = عرضه مجددًا
vocabulary-restore-named = عرض { $key } مجددًا
vocabulary-retire = سحب
vocabulary-retire-named = سحب { $key }
vocabulary-up = إلى أعلى
vocabulary-up-named = نقل { $key } إلى أعلى
vocabulary-down = إلى أسفل
vocabulary-down-named = نقل { $key } إلى أسفل
vocabulary-add-theme = إضافة موضوع
vocabulary-key-hint = حروف لاتينية صغيرة وأرقام وشرطات، يُستخدم في ملفات التصدير. اتركه فارغًا ليُصاغ من الاسم.
vocabulary-add-category = إضافة فئة من أصحاب المصلحة
vocabulary-category-hint = اسمها كما أُعطي أول مرة هو أيضًا مفتاحها في ملفات التصدير.
invalid-entry-label = أدخل اسمًا.
invalid-theme-key = أدخل مفتاحًا من حروف لاتينية صغيرة وأرقام وشرطات.
invalid-theme-key-from-name = أدخل مفتاحًا من حروف لاتينية صغيرة وأرقام وشرطات: لا يمكن صوغه من الاسم.
invalid-entry-label-taken = يحمل بند آخر في هذه القائمة هذا الاسم بالفعل.
invalid-entry-key-taken = لبند آخر في هذه القائمة هذا المفتاح بالفعل.
error-not-found-list = لا توجد قائمة بهذا الاسم.
error-not-found-entry = لا يوجد بند بهذا الاسم.
error-vocabulary-change-unknown = لا يُجري المكتب هذا التغيير على القائمة.
audit-action-vocabulary-add = إضافة بند إلى قائمة
audit-action-vocabulary-rename = تغيير اسم بند
audit-action-vocabulary-move = نقل بند
audit-action-vocabulary-retire = سحب بند
audit-action-vocabulary-restore = عرض بند مجددًا

# Revised drafts
draft-target-revision = نسخة منقَّحة من مشروع عملية (النسخة التي تلي أحدث نسخة؛ وتبقى النسخ السابقة وتعليقاتها كما هي)
draft-preview-revision = قُرئ من { $file }، بوصفه النسخة التالية لـ { $symbol }.
draft-refused-no-base = لا توجد وثيقة واحدة { $symbol } لتنقيحها.
draft-refused-not-newest = { $symbol } ليست أحدث نسخة من عمليتها: نقِّح النسخة { $version }.
draft-refused-before-base = لا يمكن أن يلي تنقيحٌ مؤرخ بسنة { $year } نسخةً مؤرخة بسنة { $base }.

# Lineage
lineage-title = تسلسل { $new } من { $old }
lineage-intro = أي وحدة من النسخة الجديدة تنحدر من أي وحدة من النسخة السابقة، كما اقتُرح انطلاقًا من كلمات النصوص وترتيبها. تأتي الروابط المشكوك فيها أولًا: راجعها وصحّح ما يلزم، ثم أكّد الكل.
lineage-confirm = { $count ->
    [zero] تأكيد التسلسل
    [one] تأكيد التسلسل (رابط واحد غير مؤكد)
    [two] تأكيد التسلسل (رابطان غير مؤكدين)
    [few] تأكيد التسلسل ({ $count } روابط غير مؤكدة)
   *[other] تأكيد التسلسل ({ $count } رابطًا غير مؤكد)
}
lineage-confirmed = التسلسل مؤكَّد. والرابط الذي يُصحَّح لاحقًا يُؤكَّد عند حفظه.
lineage-links = الروابط بين النسختين
lineage-in = في { $symbol }
lineage-kind = الكيفية
lineage-correct = يصبح
lineage-similarity = { $percent }٪ من الكلمات مشتركة
lineage-doubtful = للمراجعة
lineage-link-confirmed = مؤكَّد
lineage-becomes = ما تصير إليه { $unit }
lineage-deleted-choice = لا شيء: محذوفة
lineage-save = حفظ
lineage-unchanged = دون تغيير
lineage-moved = منقولة أو معاد ترقيمها
lineage-amended = معدَّلة
lineage-split = مقسومة
lineage-merged = مدموجة
lineage-new = جديدة
lineage-deleted = محذوفة
lineage-review-link = مراجعة تسلسل { $symbol }
error-not-found-lineage = ليس لهذه النسخة تسلسل لمراجعته.
error-lineage-unknown-unit = إحدى الوحدات المذكورة ليست في نسختها.
audit-action-lineage-correct = تصحيح رابط تسلسل
audit-action-lineage-confirm = تأكيد التسلسل

review-carried-from = كُتب على { $unit } من { $symbol } ({ $city })
filter-versions = الصيغ
filter-versions-this = هذه الصيغة فقط
filter-unknown-versions = لا يوجد خيار للصيغ «{ $value }».
error-not-found-version = لا توجد لهذا المشروع صيغة كهذه.
admin-versions = صيغ المشروع
admin-version = الصيغة { $number }: { $symbol }
deleted-title = تعليقات على نص حُذف قبل { $symbol }
deleted-count = { $total ->
    [zero] لا توجد تعليقات على نص لم يعد في { $symbol }.
    [one] تعليق واحد كُتب على نص لم يعد في { $symbol }.
   *[other] { $total } تعليقات كُتبت على نص لم يعد في { $symbol }.
}
deleted-section = { $unit } من { $symbol }
admin-deleted-link = تعليقات على نص محذوف
compare-title = مقارنة { $from } بـ { $to }
compare-from = الصيغة السابقة
compare-to = الصيغة اللاحقة
compare-submit = قارن
compare-key = الكلمات المضافة في الصيغة اللاحقة مسطّرة؛ والكلمات المحذوفة مشطوبة. ويُقارَن النص المنقول بموضعه الأصلي.
compare-new = جديد
compare-formerly = سابقًا { $place }
compare-unchanged = دون تغيير
compare-deleted-title = ما حُذف من { $symbol }
compare-none-deleted = لم يُحذف شيء.
compare-not-earlier = { $from } ليست صيغة سابقة لـ { $to }: اختر صيغة سابقة أولًا.
error-not-found-comparison = لهذا المشروع صيغة واحدة فقط: لا يوجد ما يُقارَن بعد.
column-unit = الفقرة
compare-link = قارن صيغ المشروع
review-addressed-in = عولج في
review-addressed-hint = الموضع الذي عولج فيه التعليق إن وُجد: موضع في { $symbol }، مثل Art. 4(2) أو PP 3. ويقرأ صاحبه عندئذ صياغة ذلك النص.
review-addressed-unknown = لا يوجد في { $symbol } الموضع «{ $place }»: اذكر موضعًا موجودًا فيه، مثل Art. 4(2) أو PP 3.
outcome-addressed = عولج في { $unit } من { $symbol }:
outcome-now = النص الذي علّقت عليه هو الآن { $unit } من { $symbol }:
outcome-changes = الكلمات المضافة منذ تعليقك مسطّرة؛ والكلمات المحذوفة مشطوبة.
table-title = الجدول المقارن: من { $from } إلى { $to }
table-input = مساهمات المشاورات
table-dispositions = القرارات
table-no-input = لا توجد تعليقات.
table-deleted-place = { $unit } من { $symbol } (محذوف)
table-deleted = محذوف
table-proposals = الصياغات المقترحة (عدد مرات اقتراح كل منها):
table-proposal = «{ $wording }» ({ $count })
table-key-comments = التعليقات المأخوذ بها:
table-download = تنزيل الجدول:
table-intro = صف لكل فقرة من الصيغة اللاحقة: النص الذي جاءت منه، وما قالته المشاورات فيه، والنص الجديد مع تمييز تغييراته، وما تقرر بشأن التعليقات.
table-link = الجدول المقارن للصائغين
lineage-also = إضافةً إلى فروعه الأخرى (تقسيم)
error-lineage-deleted-also = لا يمكن لوحدة محذوفة أن تؤدي أيضًا إلى وحدة أخرى: اختر الوحدة التي تصبحها أيضًا، أو ألغِ تحديد «إضافةً إلى فروعه الأخرى».
error-lineage-contradiction = لا يمكن تأكيد التسلسل: هذه الوحدات ستكون جديدة ومنحدرة في آن واحد، أو محذوفة ومستمرة: { $units }. صحّح روابطها أولًا.
counts-with-earlier = تشمل الأعداد التعليقات على الصيغ السابقة، تحت المادة التي صار إليها نصها.
counts-show-own = عدّ تعليقات هذه الصيغة فقط
counts-own = الأعداد هي تعليقات هذه الصيغة وحدها.
counts-show-with-earlier = عدّ تعليقات الصيغ السابقة أيضًا
export-columns-sheet = الأعمدة
column-about-id = رقم المساهمة.
column-about-submitted_at = وقت الإرسال (بالتوقيت العالمي).
column-about-updated_at = آخر تعديل من صاحبها (بالتوقيت العالمي)؛ مثل submitted_at إن لم تُعدَّل.
column-about-consultation = عنوان المشاورة، مثل suva-2015؛ وفي الإحصاء «all» للمشاورات كلها معًا.
column-about-city = مدينة المشاورة.
column-about-document = رمز المشروع المعلَّق عليه، مثل A/HRC/35/35.
column-about-article = «title» (العنوان) أو «whole» (المشروع ككل) أو «preamble» أو رقم المادة، أو «q1» و«q2»… لسؤال نقاش.
column-about-paragraph = فارغ للمادة كلها؛ وإلا فالفقرة (2) أو البند (3(a)) أو فقرة الديباجة.
column-about-stance = support أو amend أو oppose أو question، و none لإجابة عن سؤال للنقاش لا تتخذ موقفًا.
column-about-comment_type = general أو substantive أو drafting.
column-about-themes = مفاتيح المواضيع مفصولة بـ «;».
column-about-comment = التعليق كما أُرسل.
column-about-proposed_text = الصياغة المقترحة إن وُجدت، كما أُرسلت.
column-about-stakeholder_category = فئة الجهة المعنية المختارة، بمفتاحها: الاسم الذي أُعطي لها أول مرة (يبقى إذا غُيّر اسمها)؛ وفارغ إن لم تُختر فئة.
column-about-organisation = كما أُدخلت، أو فارغ.
column-about-country = كما أُدخل، أو فارغ.
column-about-participant_name = الاسم، فقط إن اختار المشارك نشره.
column-about-status = visible، أو hidden إن أخفاها أحد المنظمين.
column-about-moderation_reason = سبب الإخفاء: abusive أو duplicate أو off-topic.
column-about-disposition = pending أو accepted أو partially-accepted أو not-accepted أو noted.
column-about-disposition_note = تعليل المنظمين.
column-about-disposition_by = المنظم الذي سجّل القرار.
column-about-disposition_at = وقت تسجيل القرار (بالتوقيت العالمي).
column-about-document_version = صيغة المشروع التي كُتبت عليها: 1 للأولى.
column-about-current_article = موضع النص المعلَّق عليه في أحدث صيغة؛ فارغ إن حُذف.
column-about-current_paragraph = فقرته في أحدث صيغة.
column-about-support = المساهمات المؤيدة للنص كما هو.
column-about-amend = المساهمات المؤيدة مع تعديلات.
column-about-oppose = المساهمات المعارضة.
column-about-question = الأسئلة.
column-about-none = إجابات عن سؤال نقاش لم تتخذ موقفًا.
column-about-total = الخمسة معًا.
column-about-originator = المنظمة، وإلا ففئة الجهة المعنية (نموذج تعليقات ISO).
column-about-clause = الموضع في النص: Art. 4(2)، PP 3 (نموذج ISO).
column-about-type = ge (عام) أو te (موضوعي) أو ed (صياغي) (نموذج ISO).
column-about-proposed_change = الصياغة المقترحة (نموذج ISO).
column-about-observations = القرار وتعليله (نموذج ISO).
export-consolidation = مصنّف الصائغين: ورقة لكل مادة (مساهماتها بترتيب النص، مع ما تحمله الصيغة المنقحة)، والإحصاء حسب المادة، والقرارات بشأن التعليقات.
column-about-place = الفقرة بالكلمات، مع موضع نصها في الصيغة السابقة.
column-about-earlier_text = النص الذي جاءت منه في الصيغة السابقة.
column-about-input = ما قالته المشاورات في ذلك النص: الأعداد حسب المشاورة والموقف، والصياغات المقترحة، والتعليقات المأخوذ بها.
column-about-new_text = نص الصيغة اللاحقة.
column-about-dispositions = عدد التعليقات التي نالت كل قرار.
review-key = تعليق رئيسي
review-key-mark = وسم كتعليق رئيسي
review-key-unmark = إزالة وسم التعليق الرئيسي
error-key-mark-unknown = بيّن هل التعليق رئيسي (yes أو no).
audit-action-key-mark = وُسم كتعليق رئيسي
audit-action-key-unmark = لم يعد تعليقًا رئيسيًا
report-title = التقرير الموحد عن { $symbol }
report-made = أُعدّ في { $time }
report-by-consultation = حسب المشاورة
report-by-category = حسب فئة الجهة المعنية
report-wordings = الصياغات المقترحة، الأكثر اقتراحًا أولًا
report-proposed-by = { $count ->
    [zero] لم تُقترح
    [one] اقتُرحت مرة واحدة
    [two] اقتُرحت مرتين
    [few] اقتُرحت { $count } مرات، بالألفاظ نفسها أو ما يقاربها
   *[other] اقتُرحت { $count } مرة، بالألفاظ نفسها أو ما يقاربها
}
report-key-comments = التعليقات الرئيسية
report-link = التقرير الموحد لفريق الخبراء (للطباعة)
filter-copies = النسخ
filter-copies-one = نص واحد لكل مجموعة من النصوص المتطابقة أو شبه المتطابقة
filter-unknown-copies = لا يوجد خيار للنسخ «{ $value }».
filter-unknown-group = لا توجد مجموعة نصوص «{ $value }».
filter-group-only = مجموعة النصوص { $group } فقط: تعليق ونسخه المتطابقة أو شبه المتطابقة.
filter-group-clear = عرض كل العناصر
review-copies = { $count ->
    [one] هذا النص ونسخة واحدة متطابقة أو شبه متطابقة
   *[other] هذا النص و{ $count } نسخ متطابقة أو شبه متطابقة
}، { $consultations ->
    [one] من مشاورة واحدة
   *[other] من { $consultations } مشاورات
}
review-copies-show = عرض المجموعة
review-split-copy = ليس نسخة: إخراجه من المجموعة
audit-action-split-copy = أُخرج من مجموعة نصوصه
audit-action-import = استيراد ملف
audit-action-room-pack = تجهيز قاعة
audit-action-room-unpack = تشغيل قاعة من حزمتها
audit-action-room-merge = دمج قاعة
audit-action-translation-load = تحميل نسخة لغوية
tally-distinct-texts = النصوص المختلفة
column-about-text_group = رقم مجموعة نصوص التعليق: للتعليقات المتطابقة (بصرف النظر عن حالة الأحرف والمسافات وعلامات الترقيم) وللنسخ شبه المتطابقة (التي تشترك في 80٪ على الأقل من عبارات الكلمات الثلاث مع أول نص في المجموعة) الرقم نفسه.
column-about-text_group_size = عدد التعليقات في مجموعة النصوص، بما فيها هذا التعليق.
column-about-proposal_group = رقم مجموعة الصياغة المقترحة بين الصياغات المقترحة للفقرة نفسها؛ فارغ إن لم يكن هناك اقتراح.
column-about-proposal_group_size = عدد المقترحات في مجموعة الصياغة، بما فيها هذا المقترح.
report-chart = المواقف حسب المشاورة
report-chart-title = المواقف من { $article } حسب المشاورة
report-chart-desc = شريط لكل مشاورة، طوله بعدد تعليقاتها ومقسّم حسب الموقف؛ والأعداد مكتوبة بجانب كل شريط.
report-word = تنزيل كملف Word (.docx)
channel-online = الاستمارة الإلكترونية
channel-statement = بيان في اجتماع
channel-written-submission = مساهمة مكتوبة
channel-email = بريد إلكتروني
channel-paper-form = استمارة ورقية
field-channel = المصدر
field-session = الجلسة أو حلقة النقاش
field-made-on = يوم الإدلاء أو الكتابة
field-speaker = المتحدث
hint-speaker = الوفد أو المنظمة أو الشخص، كما سُمّي في القاعة.
field-source-reference = المرجع
hint-source-reference = أين يوجد، مثلاً «المساهمة المكتوبة لفيجي، ص 3».
record-provenance = من أين جاء
record-title = تسجيل البيانات والمساهمات: { $city }
record-intro = اكتب كل بيان أو مساهمة مكتوبة أو بريد أو استمارة ورقية كما قُدّم. تبقى الصفحة على هذه المشاورة وهذه المادة وهذه الجلسة وهذا اليوم وهذا المصدر؛ وبعد كل حفظ تُفرّغ الاستمارة للتالي والمؤشر في خانة المتحدث. ولا يلزم أن تكون المشاورة مفتوحة للجمهور.
record-saved = حُفظ برقم { $number }. الاستمارة جاهزة للتالي.
record-where = مكان التسجيل
record-go = التسجيل هنا
record-form-title = بيان بشأن { $article }
record-save = حفظ وتسجيل التالي
admin-nav-record = تسجيل البيانات
invalid-channel = اختر المصدر: بيان أو مساهمة مكتوبة أو بريد إلكتروني أو استمارة ورقية.
invalid-made-on = اكتب اليوم بصيغة سنة-شهر-يوم، مثلاً 2015-11-19 («{ $value }» ليس يوماً).
invalid-made-on-future = لا يمكن أن يكون اليوم بعد اليوم الحالي.
filter-unknown-channel = لا يوجد مصدر «{ $value }».
provenance-by = من { $speaker }
provenance-made-on = في { $day }
provenance-source = المرجع: { $source }
provenance-recorded-by = سجّله { $name }
day-date = { $day } { $month } { $year }
export-tally-by-channel = الأعداد حسب الموقف لكل مادة، لكل مصدر (الاستمارة الإلكترونية، البيان، المساهمة المكتوبة، البريد، الاستمارة الورقية).
column-about-channel = المصدر: online (استمارة المشارك) أو statement أو written-submission أو email أو paper-form.
column-about-speaker = من أدلى به، كما سُمّي في القاعة (للعناصر المسجلة)؛ فارغ للعناصر الإلكترونية.
column-about-session = الجلسة أو حلقة النقاش؛ فارغ للعناصر الإلكترونية.
column-about-made_on = يوم الإدلاء أو الكتابة (YYYY-MM-DD)؛ فارغ للعناصر الإلكترونية ويومها submitted_at.
column-about-source_reference = أين يوجد العنصر المسجل.
column-about-recorded_by = المنظِّم الذي سجّله؛ فارغ للعناصر الإلكترونية.
import-problem = السطر { $line }، { $column }: «{ $found }»؛ { $expected }
import-problem-empty = السطر { $line }، { $column }: فارغ؛ { $expected }
import-unknown-column = هذا العمود غير معروف في الاستيراد؛ الأعمدة هي { $columns }.
import-missing-column = لا يحتوي الملف على عمود { $column }؛ وكل ملف استيراد يحتاج إليه.
import-too-many-values = في الصف قيم أكثر من الأعمدة { $columns } التي يسميها صف العناوين.
import-unknown-article = اكتب title أو whole أو preamble أو رقم مادة من { $symbol }.
import-yes-no = اكتب yes أو no.
import-one-of = اكتب إحدى هذه القيم: { $values }.
import-not-utf8 = النص ليس بترميز UTF-8 ابتداءً من هذا السطر؛ احفظ الملف بصيغة CSV UTF-8.
import-not-spreadsheet = الملف ليس مصنف ‎.xlsx‎ فيه ورقة.
import-bad-csv = لا يمكن قراءة السطر بصيغة CSV (علامة اقتباس غير مغلقة؟).
import-empty = الملف فارغ: يحتاج إلى صف عناوين يسمي أعمدته.
provenance-imported = استورده { $name } من { $file } (SHA-256 { $sha256 }…)
column-about-external_id = معرّف الصف في الملف المستورد، إن كان له معرّف.
column-about-import_file = اسم الملف الذي استورد منه؛ فارغ إن لم يُستورد.
column-about-import_sha256 = قيمة SHA-256 لذلك الملف بالنظام الست عشري.
column-about-read_in = لغة النص الذي كان المشارك يقرؤه حين كتب: لغة الأصل أو لغة نسخة لغوية (فارغ للعناصر المسجلة أو المستوردة، ولما أُرسل قبل النسخ اللغوية).
column-about-key_comment = yes إذا وسمه أحد المنظمين تعليقًا رئيسيًا للتقرير، وإلا no.
column-about-addressed_version = صيغة المشروع التي يقول المنظمون إنه عولج فيها (1 للأولى)، وفارغ إن لم يُذكر موضع.
column-about-addressed_in = الموضع من تلك الصيغة الذي عولج فيه، كما يُستشهد به: Art. 4(2)، PP 3، وفارغ إن لم يُذكر موضع.
column-about-group_support = لنقطة من نقاط فريق عمل: مدى تأييد الفريق لها (consensus، most، some، one)؛ وفارغ لسائر العناصر.
admin-nav-imports = استيراد ملف
imports-title = استيراد البيانات والمساهمات من ملف
imports-intro = ملف ‎.csv‎ أو ‎.xlsx‎ أعمدته حقول الاستمارة، مع المادة ومصدر كل عنصر ومعرّفه الخاص إن وجد. يُفحص الملف كله أولاً: إن وُجدت أي مشكلة لا يُحفظ شيء وتُذكر كل مشكلة بسطرها. وتُتخطى الصفوف المحفوظة من قبل، فلا يضيف الملف المستورد مرتين شيئاً.
imports-template = تنزيل نموذج للملء (‎.xlsx‎، والقيم المسموح بها في قوائم منسدلة)
imports-file = الملف (‎.csv‎ أو ‎.xlsx‎)
imports-file-hint = ‏10 ميغابايت على الأكثر؛ والملفات الأكبر تمر عبر consult import في سطر الأوامر.
imports-check = فحص الملف
imports-problems = { $count ->
    [one] مشكلة واحدة؛ لم يُحفظ شيء. صحّح الملف وافحصه مجدداً:
   *[other] { $count } مشكلات؛ لم يُحفظ شيء. صحّح الملف وافحصه مجدداً:
}
import-file-missing = اختر ملفاً لاستيراده.
import-file-kind = اختر ملف ‎.csv‎ أو ‎.xlsx‎.
upload-file-too-large = يتجاوز حجم الملف { $mb } ميغابايت، وهو الحد الأقصى المقبول، لذا لم يُحفظ شيء.
import-refused = لا يمكن استيراد { $file } على حاله.
error-not-found-import = لا يوجد ملف ينتظر الاستيراد في هذا العنوان؛ ربما استورد من قبل.
imports-done = أضيف { $added } عنصراً؛ وكان { $already } صفاً محفوظاً من قبل.
imports-preview-title = استيراد { $file }
imports-preview-into = إلى مشاورة { $city }.
imports-preview-summary = يمكن أخذ كل الصفوف: { $add } للإضافة، و{ $already } محفوظة من قبل (تُتخطى).
imports-already-lines = محفوظة من قبل: الأسطر { $lines }.
imports-repeated = السطر { $line } يكرر السطر { $first }: يؤخذ مرة واحدة.
imports-confirm = استيرادها
imports-other-file = فحص ملف آخر
import-template-example = هذا صف المثال في النموذج: احذفه ثم استورد الملف.
text-translation-notice = تقرؤون نسخة لغوية من المشروع. النص الأصلي هو النص المعتمد.
text-read-original = اقرؤوا الأصل
text-other-versions = هذا المشروع باللغات:
text-no-version = لا توجد بعد نسخة من هذا المشروع بلغتكم: هذا هو الأصل.
text-side-by-side = جنبًا إلى جنب مع:
text-authoritative = الأصل، وهو النص المعتمد
text-one-language = القراءة بلغة واحدة
review-text-language = النص باللغة
draft-target-translation = نسخة لغوية من أحدث مشروع للعملية المختارة أدناه، باللغة المذكورة أدناه: يجب أن تضم وحدات المشروع، لا أكثر ولا أقل
draft-preview-translation = { $file }، بوصفه النسخة اللغوية { $version }: كل وحدة تطابق الأصل. أكّدوا لحفظها.
invalid-translation-language = اذكروا لغة النسخة (en، fr، es، ar…)، غير لغة المشروع نفسه.
draft-refused-same-language = { $symbol } هو نفسه بلغة { $language }: النسخة اللغوية تكون بلغة أخرى.
draft-refused-not-aligned = { $problems } وحدات لا تطابق الأصل: حمّلوا الملف من جديد لرؤيتها.

# Discussion questions
admin-nav-questions = الأسئلة
questions-title = أسئلة النقاش
questions-intro = يمكن للعملية أن تطرح أسئلة للنقاش، بمشروع نص أو بدونه: تعرضها حلقة العمل على مشاركيها، فيجيبون عن كل سؤال بالاستمارة نفسها التي يُعلَّق بها على مادة. يمكن إعادة صياغة السؤال ما دام بلا إجابات؛ أما السؤال الذي له إجابات فيُسحب ولا يُحذف، وتبقى إجاباته.
questions-none = لا تطرح هذه العملية أي سؤال بعد.
question-answers = { $count ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
   *[other] { $count } إجابة
}
question-text-of = نص { $question }
question-label-of = العنوان المختصر لـ{ $question }
question-reword = إعادة صياغة { $question }
question-up = نقل { $question } إلى أعلى
question-down = نقل { $question } إلى أسفل
question-retire = سحب { $question }
question-restore = إعادة عرض { $question }
question-delete = حذف { $question }
question-delete-short = حذف
question-add = إضافة سؤال
question-text = السؤال
question-label = عنوان مختصر
question-label-hint = اختياري: كلمات قليلة تسمّي السؤال في القوائم والإحصاءات.
process-new-without-draft = بدء عملية بلا مشروع نص
process-new-without-draft-intro = لحلقة عمل قبل وجود نص: ابدأ عملية، واطرح أسئلتها، وأنشئ حلقة عملها. يمكن تحميل مشروع فيها لاحقًا.
process-title-field = عنوان العملية
question-answered = لـ{ $question } إجابات: تبقى كلماته كما أُجيب عنها. اسحبه وأضف سؤالًا جديدًا بدلًا منه.
question-delete-answered = لـ{ $question } إجابات، فلا يمكن حذفه. اسحبه: لن يُعرض بعد الآن وتبقى إجاباته.
error-not-found-question = لا يوجد هذا السؤال.
error-question-change-unknown = هذا التغيير في سؤال ليس مما يجريه المكتب.
invalid-question-empty = اكتب السؤال.
invalid-question-long = اجعل السؤال في حدود { $max } حرف.
invalid-question-label-long = اجعل العنوان في حدود { $max } حرف.
invalid-process-title = أعطِ العملية عنوانًا لا يتجاوز 300 حرف.
audit-action-question-add = إضافة سؤال
audit-action-question-edit = إعادة صياغة سؤال
audit-action-question-move = نقل سؤال
audit-action-question-retire = سحب سؤال
audit-action-question-restore = إعادة عرض سؤال
audit-action-question-delete = حذف سؤال
consultation-offers = ما تعرضه للتعليق
consultation-offers-draft = مشاورة على مواد مشروع العملية
consultation-offers-questions = حلقة عمل على أسئلة النقاش في العملية
consultation-offers-both = حلقة عمل على أسئلة النقاش ومواد المشروع
invalid-offers = اختر ما تعرضه المشاورة.
invalid-process-no-questions = لا تطرح هذه العملية أسئلة نقاش بعد: أضفها أولًا.
workshop-questions-title = أسئلة للنقاش
workshop-questions-intro = أجب عن أي سؤال: إجابتك ومواضيعها ومن أنت، كما في التعليق على النص. اختيار موقف اختياري.
feedback-intro-question = أجب عن السؤال. الموقف اختياري، ويجب ملء الحقول المعلَّمة (مطلوب). بعد الإرسال تحصل على رابط خاص لرؤية إجابتك وتغييرها ما دامت حلقة العمل مفتوحة.
column-question = السؤال
workshop-questions-desk = الأسئلة وحدها: إحصاؤها وتصديراتها

# Breakout groups
admin-groups = أفرقة العمل في { $city }
groups-title = أفرقة العمل في { $city }
groups-intro = يناقش كل فريق أسئلته، ويسجّل مقرّره نقاط الفريق، كل نقطة بمدى تأييدها، ويعرضها في الجلسة العامة. المقرّر منظِّم، أو أي شخص يُعطى رابط المقرّر الخاص بالفريق: يفتح الرابط صفحة ذلك الفريق ولا شيء غيرها.
groups-none = لا أفرقة في حلقة العمل هذه بعد.
groups-questions = الأسئلة
groups-rapporteur = المقرّر
groups-no-rapporteur = لا أحد بعد
groups-rapporteur-by-link = عبر رابط مقرّر (أدناه)
groups-record = تسجيل نقاط { $group }
groups-report = تقرير { $group } إلى الجلسة العامة
groups-add = إضافة فريق
groups-name = اسم الفريق
group-default-name = الفريق { $letter }
rapporteur-link-label = اسم المقرّر
rapporteur-link-make = إنشاء رابط مقرّر لـ{ $group }
rapporteur-link-made = رابط مقرّر { $group }، يُعرض هذه المرة فقط: أعطه للمقرّر. لا يفتح إلا صفحة ذلك الفريق.
rapporteur-link-revoke = إلغاء
rapporteur-link-revoke-named = إلغاء رابط { $label }
rapporteur-link-revoked = أُلغي
group-title = نقاط { $group }
group-intro = سجّل كل نقطة أثارها الفريق مع مدى تأييدها. النقطة التي تخالف أخرى (في هذا الفريق أو غيره) تُعلَّم بوصفها اختلافًا في الآراء. تُحفظ كل نقطة بيانًا للفريق في الاجتماع، على سؤالها.
group-point-saved = سُجّلت النقطة رقم { $number }. سجّل التالية.
group-report-link = تقرير الفريق إلى الجلسة العامة (قابل للطباعة)
group-all-groups = جميع مجموعات { $city }
group-no-points = لم تُسجَّل نقاط بعد.
group-divergent-with = اختلاف في الآراء: { $points }
group-record = تسجيل نقطة
group-point = النقطة
group-support = مدى تأييد الفريق لها
group-diverges = تخالف
group-diverges-hint = اختياري: النقاط التي تخالفها هذه النقطة، لعرضها معًا اختلافًا في الآراء.
group-made-on = يوم اجتماع الفريق
group-save = حفظ النقطة
group-closed = أُغلقت ورشة العمل هذه: لم يعد ممكنًا تسجيل نقاط عبر هذا الرابط.
report-back-title = { $group }: تقرير إلى الجلسة العامة
support-consensus = توافق
support-most = معظم المشاركين
support-some = بعض المشاركين
support-one = مشارك واحد
invalid-group-name = أعطِ الفريق اسمًا لا يتجاوز { $max } حرفًا.
invalid-group-name-taken = في حلقة العمل هذه فريق بهذا الاسم.
invalid-group-questions = اختر سؤالًا واحدًا على الأقل من أسئلة حلقة العمل.
invalid-group-rapporteur = اختر منظِّمًا يمكنه الدخول، أو لا أحد.
invalid-rapporteur-label = اكتب اسم المقرّر (80 حرفًا على الأكثر).
invalid-point-question = اختر أحد أسئلة الفريق.
invalid-point-empty = اكتب النقطة.
invalid-point-long = اجعل النقطة في حدود { $max } حرف.
invalid-point-support = اختر مدى تأييد الفريق لها.
invalid-point-divergent = اختر نقاطًا من حلقة العمل هذه.
error-not-found-workshop = لا توجد حلقة العمل هذه.
error-not-found-group = لا يوجد هذا الفريق.
error-not-found-rapporteur-link = رابط المقرّر هذا غير موجود أو أُلغي.
audit-action-group-add = إضافة فريق عمل
audit-action-rapporteur-link = إنشاء رابط مقرّر
audit-action-rapporteur-revoke = إلغاء رابط مقرّر

# Thematic areas and the summary
admin-nav-areas = المجالات المواضيعية
areas-title = المجالات المواضيعية
areas-intro = لخّص حلقة العمل في مجالات مواضيعية، بالترتيب الذي سيتبعه الموجز. أسند النقاط والتعليقات إلى مجال من مكتب المراجعة: علّم العناصر، واختر المجال، ثم أسند. المجال الذي يضم عناصر يُسحب ولا يُحذف.
areas-summary-link = الموجز حسب المجال المواضيعي
areas-none = لا مجالات مواضيعية بعد.
areas-letter = الحرف
areas-name = عنوان المجال
areas-items = العناصر
areas-name-of = عنوان «{ $title }»
areas-up = نقل «{ $title }» إلى أعلى
areas-down = نقل «{ $title }» إلى أسفل
areas-restore = إعادة عرض «{ $title }»
areas-retire = سحب «{ $title }»
areas-delete = حذف «{ $title }»
areas-add = إضافة مجال مواضيعي
area-delete-has-items = يضم هذا المجال عناصر، فلا يمكن حذفه. اسحبه: يخرج من الموجز وتبقى الإسنادات.
areas-assign-label = إسناد العناصر المعلَّمة إلى
areas-assign = إسناد
areas-tick = علّم رقم { $number } لإسناده إلى مجال مواضيعي
summary-title = موجز حسب المجال المواضيعي: { $process }
summary-intro = يعرض كل مجال مواضيعي نقاطه وتعليقاته، الأوسع تأييدًا أولًا؛ والنقاط المتخالفة تُعرض معًا اختلافًا في الآراء.
summary-none = لا مجالات مواضيعية بعد: حدّدها، ثم أسند إليها النقاط والتعليقات.
summary-area-empty = لم يُسند شيء إلى هذا المجال بعد.
summary-divergent = اختلاف في الآراء
summary-a-participant = أحد المشاركين
summary-sheet = الموجز
column-about-area = المجال المواضيعي مع حرفه.
column-about-said_by = من قاله: الفريق لنقطة من نقاطه، والمتكلم كما سُمّي في القاعة لعنصر مسجل؛ ولتعليق إلكتروني اسم كاتبه (إن اختار نشره) ومنظمته.
column-about-divergent_with = العناصر التي يخالفها هذا العنصر.
error-not-found-area = لا يوجد هذا المجال المواضيعي.
error-area-change-unknown = هذا التغيير في مجال ليس مما يجريه المكتب.
error-area-choose = اختر مجالًا مواضيعيًا.
error-area-no-items = علّم عنصرًا واحدًا على الأقل لإسناده.
areas-item-in = في المجالات المواضيعية:
areas-unassign = إخراج
areas-unassign-label = إخراج البند رقم { $number } من { $area }
invalid-area-title = أعطِ المجال عنوانًا لا يتجاوز { $max } حرفًا.
audit-action-area-add = إضافة مجال مواضيعي
audit-action-area-edit = تغيير عنوان مجال مواضيعي
audit-action-area-move = نقل مجال مواضيعي
audit-action-area-retire = سحب مجال مواضيعي
audit-action-area-restore = إعادة عرض مجال مواضيعي
audit-action-area-delete = حذف مجال مواضيعي
audit-action-area-assign = إسناد عناصر إلى مجال مواضيعي
audit-action-area-unassign = إخراج بند من مجال مواضيعي
question-delete-in-group = يناقش فريق عمل { $question }، فلا يمكن حذفه. اسحبه بدلًا من ذلك.
