"""What a news site puts around a story, as data: the lines that come along when an
editor selects a page and copies it, and that are never part of the copy.

Whole lines only: a phrase here is dropped when it is all a line says (after bullets,
counters and punctuation are set aside), never when it appears inside a sentence. The
shapes (`Subscribe to our Telegram channel, Facebook, RSS!`, `…read more`, `Source:
Interfax`, `© Reuters Photo/John Doe`) are judged only on short lines, in English,
Russian, German, Spanish, French and Italian. Each judgement names its reason, which the
editor sees beside every line removed (`chrome_reason`).
"""

from __future__ import annotations

import re

from editorial.domain.translatable import QT_TRANSLATE_NOOP
from editorial.formats.scripts import fold_line

NAVIGATION = QT_TRANSLATE_NOOP("RemovedCopy", "site navigation or interface")
SHARING = QT_TRANSLATE_NOOP("RemovedCopy", "sharing or subscription")
DISCUSSION = QT_TRANSLATE_NOOP("RemovedCopy", "comments or login")
TEASER = QT_TRANSLATE_NOOP("RemovedCopy", "teaser or link to another story")
CREDIT = QT_TRANSLATE_NOOP("RemovedCopy", "photo caption or credit")
SECTION = QT_TRANSLATE_NOOP("RemovedCopy", "section label")
STAMP = QT_TRANSLATE_NOOP("RemovedCopy", "date, counter or copyright")

_PHRASES: dict[str, tuple[str, ...]] = {
    NAVIGATION: (
        "Was this article helpful?", "Cet article vous a été utile ?",
        "War dieser Artikel hilfreich?",
        "¿Te ha resultado útil este artículo?", "Была ли статья полезной?",
        "Questo articolo ti è stato utile?", "Esta matéria foi útil?", "Última hora",
        "首页", "返回顶部", "关闭", "打印", "纠错", "广告", "更多", "搜索", "热点推荐",
        "ホーム", "メニュー", "検索", "ランキング", "もっと見る", "印刷", "広告", "記事を保存",
        "الرئيسية", "القائمة", "بحث", "إعلان", "طباعة", "الأكثر قراءة", "الأكثر مشاهدة",
        "Ana Sayfa", "Anasayfa", "Reklam", "Daha fazla", "En çok okunanlar", "Son dakika",
        "Início", "Publicidade", "Mais lidas", "Busca",
        "Menu", "Home", "Search", "Close", "Skip to content", "Skip to main content",
        "Back to top", "Go to top", "More", "Show more", "Load more", "Newsfeed",
        "News feed", "Editor's choice", "Recommended", "You may also like", "Topics", "Tags",
        "Sections", "Next article", "Previous article", "Next", "Previous", "Most read",
        "Most popular", "Trending", "Top stories", "Latest news", "Latest", "Advertisement",
        "Advertising", "Ad", "Sponsored", "Sponsored content", "Promoted", "loader",
        "Loading", "Loading...", "Play", "Pause", "Video", "Watch", "Listen", "Photo",
        "Gallery", "Open gallery", "Full screen", "Enlarge", "Zoom", "Cookie settings",
        "Accept cookies", "Accept", "Accept all", "Privacy policy", "Terms of use",
        "Contact us", "About us", "Feedback", "RSS", "Listen to this article",
        "Лента", "Лента новостей", "Реклама", "Главное", "Меню", "Поиск", "Все новости",
        "Новости", "Смотрите также", "Самое читаемое", "Популярное", "Выбор редакции",
        "Теги", "Темы", "Видео", "Фото", "Фотогалерея", "Слушать", "Закрыть",
        "Werbung", "Anzeige", "Startseite", "Suche", "Schließen", "Mehr", "Mehr zum Thema",
        "Meistgelesen", "Zur Startseite", "Nach oben", "Artikel anhören", "Themen",
        "Publicidad", "Anuncio", "Inicio", "Buscar", "Cerrar", "Más", "Lo más leído",
        "Temas", "Portada", "Publicité", "Accueil", "Rechercher", "Fermer", "Plus",
        "Les plus lus", "Sujets", "Pubblicità", "Cerca", "Chiudi", "I più letti", "Save",
        "Saved", "Enditem", "Zur Merkliste hinzufügen", "Die Wiedergabe wurde unterbrochen",
        "Archivado en", "Article réservé aux abonnés", "Offrir cet article", "Contribuer",
        "Réutiliser ce contenu", "Scrivi alla redazione", "Suggerisci", "Ottieni il codice embed",
        "Aller au contenu principal", "Ir al contenido", "Zum Inhalt springen", "Skip links",
        "Reuse this content", "Purchase Licensing Rights", "Explore more on these topics",
    ),
    SHARING: (
        "Newsletter", "分享", "分享到", "微信", "微博", "扫一扫", "この記事をシェア", "シェア",
        "شارك", "مشاركة", "تابعنا", "Paylaş", "Abone Ol", "Compartilhar", "Compartilhe",
        "Assine",
        "Subscribe", "Subscribe now", "Sign up", "Share", "Share this", "Share this article",
        "Share on Facebook", "Share on Twitter", "Tweet", "Email", "E-mail", "Print",
        "Copy link", "Link copied", "Facebook", "Twitter", "X", "Telegram", "WhatsApp", "VK",
        "LinkedIn", "Reddit", "Flipboard", "Follow us", "Follow", "Follow us on Telegram",
        "Like", "Likes", "Подписаться", "Поделиться", "Копировать ссылку", "Ссылка скопирована",
        "ВКонтакте", "Одноклассники", "Дзен", "Teilen", "Artikel teilen", "Drucken",
        "Abonnieren", "Link kopieren", "Compartir", "Imprimir", "Suscríbete", "Partager",
        "Imprimer", "S'abonner", "Abonnez-vous", "Condividi", "Stampa", "Iscriviti", "Copy",
        "Pinterest", "share2", "Click here to share on social media", "Copiar enlace",
        "Рассылка", "Подпишитесь на рассылку",
    ),
    DISCUSSION: (
        "Comentar", "评论", "登录", "コメント", "ログイン", "会員登録", "التعليقات",
        "تسجيل الدخول", "Yorumlar", "Yorum yap", "Giriş Yap", "Comentários", "Entrar",
        "Sign in", "Log in", "Log out", "Register", "log in or register",
        "Login or register", "Comments", "Comment", "Add comment", "Leave a comment",
        "To participate in the discussion", "Discussion", "Chats", "Chat", "Reply",
        "Комментарии", "Комментировать", "Войти", "Регистрация", "Обсуждение", "Ответить",
        "Чтобы участвовать в дискуссии", "авторизуйтесь или зарегистрируйтесь",
        "Kommentare", "Anmelden", "Registrieren", "Comentarios", "Iniciar sesión",
        "Registrarse", "Commentaires", "Se connecter", "Commenti", "Accedi", "Registrati",
        "Diskutieren Sie mit", "Ir a los comentarios",
    ),
    TEASER: (
        "Más noticias", "相关新闻", "相关阅读", "関連記事", "続きを読む", "اقرأ أيضاً",
        "اقرأ أيضا", "أخبار ذات صلة", "İlgili Haberler", "Devamını oku", "Veja também",
        "Leia também", "Leia mais", "Saiba mais",
        "Read more", "Read full story", "Continue reading", "See also", "Related",
        "Related news", "Related stories", "Related articles", "Read also", "Also read",
        "Читать далее", "Читать также", "Читайте также", "Читать полностью", "Подробнее",
        "Weiterlesen", "Lesen Sie auch", "Auch interessant", "Leer más", "Seguir leyendo",
        "Lee también", "Lire la suite", "Lire aussi", "À lire aussi", "Leggi anche",
        "Continua a leggere", "Leggi tutto", "Материалы по теме", "Más información",
        "Read Next", "Latest Headlines", "More from the BBC", "Most viewed",
    ),
    CREDIT: (
        "Getty Images", "AFP via Getty Images", "Shutterstock", "AP Photo", "EPA-EFE",
        "Global Look Press", "Keystone", "dpa-Bildfunk", "picture alliance",
    ),
}  # fmt: skip
_PHRASE_REASONS: dict[str, str] = {
    fold_line(phrase): reason for reason, phrases in _PHRASES.items() for phrase in phrases
}
CHROME_PHRASES: frozenset[str] = frozenset(_PHRASE_REASONS)

# A site's sections, dropped only where a label stands: above the headline, or as a line
# of its own in the page's furniture (`World`, `В мире`); a subhead in the copy is kept.
SECTION_NAMES: frozenset[str] = frozenset(fold_line(name) for name in (
    "World", "Politics", "Economy", "Business", "Markets", "Sport", "Sports", "Society",
    "Culture", "Science", "Technology", "Tech", "Opinion", "Health", "Europe", "Asia",
    "Middle East", "Africa", "Americas", "US", "UK", "Russia", "Ukraine", "Breaking news",
    "World news", "U.S. news", "Top news",
    "Exclusive", "Analysis", "News", "Incidents", "В мире", "Политика", "Экономика",
    "Общество", "Спорт", "Культура", "Наука", "Происшествия", "Россия", "Мир", "Бизнес",
    "Технологии", "Регионы", "Эксклюзив", "Мнения", "Politik", "Wirtschaft", "Ausland",
    "Inland", "Gesellschaft", "Kultur", "Wissen", "Panorama", "Internacional", "Política",
    "Economía", "Sociedad", "Deportes", "Cultura", "Mundo", "España", "International",
    "Politique", "Économie", "Société", "Monde", "Esteri", "Politica", "Economia",
    "Cronaca", "Mondo", "Andalucía", "Última hora", "Actualité", "Ausland", "Armia",
    "Армия", "Local", "Regional", "时政", "财经", "国际", "国内", "社会", "体育", "文化",
    "科技", "ニュース", "地域", "政治", "経済", "国際", "社会", "スポーツ", "محليات",
    "اقتصاد", "رياضة", "سياسة", "ثقافة", "دولي", "عربي ودولي", "Gündem", "Dünya",
    "Ekonomi", "Spor", "Politika", "Kültür-Sanat", "Sağlık", "Teknoloji", "Yaşam",
    "Brasil", "Esportes", "Tecnologia", "Saúde", "Agro",
))  # fmt: skip

_CTA_VERBS = (
    r"subscribe|follow\ us|join\ us|sign\ up|get\ our|download\ our|read\ us"
    r"|подпис\w{0,10}|следите|читайте\ нас|присоединяйтесь"
    r"|abonnieren\ sie|folgen\ sie|abonniere|suscr[ií]b\w{0,6}|s[ií]guenos"
    r"|abonnez-vous|suivez-nous|iscriviti|seguici"
)
_NETWORKS = (
    r"telegram|facebook|twitter|instagram|youtube|tiktok|whatsapp|rss|vk|вконтакте"
    r"|одноклассник\w{0,3}|дзен|newsletter|рассылк\w{0,3}|max|threads|bluesky|linkedin"
)
_SUBSCRIBERS = (
    r"subscribers|abonnés|abonnenten|suscriptores|assinantes|abbonati|подписчик\w{0,3}"
    r"|abonelere|aboneler\w{0,3}|للمشتركين|المشتركين"
)
_SITE = (
    r"website|web\ site|site\ web|webseite|sitio\ web|сайт\w{0,2}|web\ sitesi\w{0,3}"
    r"|الصفحة\ الرسمية|الموقع"
)
_SUBSCRIBER_WORDS = re.compile(rf"\b(?:{_SUBSCRIBERS})\b", re.IGNORECASE)
_SITE_WORDS = re.compile(rf"\b(?:{_SITE})\b", re.IGNORECASE)
_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        STAMP,
        re.compile(
            r"""^(?:
        [\d\s.,:/|•·*+-]*                                   # counters, separators
      | (?:©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?\d{4}).*   # footers
      | .{0,200}\ball\ rights\ reserved\b.{0,200}
      | .{0,200}\bвсе\ права\ защищены\b.{0,200}
      | (?:\d{1,2}:\d{2}[,\ ]{1,3})?(?:\w{2,9}\.?,?\ )?           # dates, then time or place
        (?:\w{3,9}\.?\ \d{1,2}(?:st|nd|rd|th)?,?\ \d{4}
         |\d{1,2}\.?\ \w{3,9}\.?,?\ (?:\d{4}|\d{1,2}:\d{2})
         |\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\b(?:[^.!?]|\.\d){0,60}
      | .{0,40}\b\d{1,2}\ \w{3,9}\.?\ \d{4}\b.{0,10}\d{1,2}[:.]\d{2}.{0,20}
      | \d+\ (?:hours?|minutes?|mins?|days?)\ ago|\d+\ (?:час\w{0,2}|минут\w{0,2})\ назад
      | (?:artikel\ zum\ hören|listen\ to\ this\ article|temps\ de\ lecture|lesezeit
         |tiempo\ de\ lectura|reading\ time)\W{0,5}(?:\d+\W{0,3}min\w{0,5}\.?)?
      | (?:lecture|lectura|leitura|lettura|время\ чтения|okuma\ süresi)\W{1,5}\d+\W{0,3}
         min\w{0,5}\.?
      | \d{4}年\d{1,2}月\d{1,2}日.{0,30}                     # 2026年03月06日 11時20分
      | (?:字体|字号|责任编辑|编辑|来源)[:：].{0,40}
      | (?:über\ dieses\ thema\ berichtete|dieses\ thema\ im\ programm)\b.{0,160}
      | (?:updated|published|posted|last\ updated|modified|обновлено|опубликовано
         |aktualisiert|actualizado|publicado|mis\ à\ jour|publié|aggiornato|stand
         |atualizado|güncelleme|güncellendi|yayınlanma)\b:?
         (?:[^.!?]|\.\d){0,60}\d(?:[^.!?]|\.\d){0,30}
      | \d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\w+)?         # 14:32, 2:15 PM UTC
      | \d+\s+(?:comments?|views?|shares?|likes?|min(?:ute)?s?\ read|комментари\w{0,3}
         |просмотр\w{0,3}|мин\w{0,4}\ чтения|kommentare?|comentarios?|commentaires?)
    )$""",
            re.VERBOSE | re.IGNORECASE,
        ),
    ),
    # Case matters after an agency's slash: `REUTERS/John Doe` is a credit, and
    # `the Reuters/Ipsos poll found…` is copy.
    (
        CREDIT,
        re.compile(
            r"""^(?:
        (?i:photo|image|video|file\ photo|picture|фото|видео|foto|bild|imagen|immagine
          |v[ií]deos?|fotos?)
          \s*:.{0,160}
      | .{0,160}(?:©|\b(?i:photo|foto|фото)\s*/).{0,120}
      | .{0,160}\b(?i:reuters|afp|ap|epa|tass|getty\ images|ria\ novosti|риа\ новости|тасс)
          \s*/\ ?[^\W\d_][\w'.-]{0,30}(?:\ [^\W\d_][\w'.-]{0,30}){0,3}\s*
    )$""",
            re.VERBOSE,
        ),
    ),
    (
        SHARING,
        re.compile(
            rf"^(?:{_CTA_VERBS})\b.{{0,120}}\b(?:{_NETWORKS})\b.{{0,80}}$"
            r"|^(?:want|хотите|möchten\ sie|quieres|vous\ voulez)\b.{0,80}"
            r"(?:news|новости|nachrichten|noticias|actualités).{0,40}\?$"
            # An invitation to subscribe (`Abonelik için lütfen iletişime geçiniz.`).
            r"|^(?:for\ (?:a\ )?subscription|abonelik\ için|pour\ (?:vous\ )?abonner"
            r"|para\ (?:suscribirse|assinar)|для\ (?:оформления\ )?подписки).{0,80}$"
            r"|^(?:share|follow\ us|поделиться|teilen|compartir|partager)"
            r"\ (?:on|в|auf|en|sur)\ \w+$",
            re.VERBOSE | re.IGNORECASE,
        ),
    ),
    (
        TEASER,
        re.compile(
            r"^(?:.{0,300}(?:…|\.\.\.)\s*(?:read\ more|more|читать\ далее|подробнее|далее"
            r"|weiterlesen|mehr|leer\ más|lire\ la\ suite|leggi\ tutto)\W{0,3}"
            r"|(?:source|источник|quelle|fuente|fonte)\s?:\s?\S.{0,80}"
            r"|(?:lire\ aussi|read\ also|читайте\ также|lesen\ sie\ auch|lee\ también"
            r"|leggi\ anche)\s?[|:].{0,200})$",
            re.VERBOSE | re.IGNORECASE,
        ),
    ),
)


def chrome_reason(line: str) -> str | None:
    """Why a whole line is site furniture rather than copy, or None when it may be copy."""
    stripped = line.strip()
    if len(stripped) <= _LONGEST_PHRASE:
        reason = _PHRASE_REASONS.get(fold_line(stripped))
        if reason is not None:
            return reason
    if len(stripped) > _LONGEST_PATTERN_LINE:
        return None
    for reason, shape in _SHAPES:
        if shape.match(stripped):
            return reason
    # A notice that the site shows a summary of what the agency's subscribers get
    # (`… web sitesinde, … abonelere sunulan haberler, özetlenerek yayımlanmaktadır.`):
    # two searches, each linear, where one pattern for both orders would backtrack.
    if _SUBSCRIBER_WORDS.search(stripped) and _SITE_WORDS.search(stripped):
        return SHARING
    return None


def is_chrome(line: str) -> bool:
    """Whether a whole line is site furniture rather than copy."""
    return chrome_reason(line) is not None


def is_section_name(line: str) -> bool:
    """A line that names one of a news site's sections (`World`, `Politik`)."""
    return len(line) <= _LONGEST_PHRASE and fold_line(line) in SECTION_NAMES


_LONGEST_PHRASE = 60
# Furniture lines are short; a paragraph of copy is never judged by these patterns.
_LONGEST_PATTERN_LINE = 400
