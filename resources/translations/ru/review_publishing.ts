<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ChangesPane</name>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Version to compare from</source>
        <translation>Исходная версия сравнения</translation>
    </message>
    <message>
        <source>The version to compare from</source>
        <translation>Исходная версия сравнения</translation>
    </message>
    <message>
        <source>Version to compare with</source>
        <translation>Конечная версия сравнения</translation>
    </message>
    <message>
        <source>The version to compare with</source>
        <translation>Конечная версия сравнения</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>{version} (current)</source>
        <translation>{version} (текущая)</translation>
    </message>
    <message>
        <source>v{old} → v{new}</source>
        <translation>в{old} → в{new}</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Other stories have the slug “{slug}” too ({count} in all), among them story {id}. Give this one its own.</source>
        <translation>Слаг «{slug}» уже есть у других материалов (всего: {count}), среди них материал {id}. Дайте этому материалу свой.</translation>
    </message>
    <message>
        <source>Other stories have the slug “{slug}” too ({count} in all), among them “{headline}” (story {id}). Give this one its own.</source>
        <translation>Слаг «{slug}» уже есть у других материалов (всего: {count}), среди них «{headline}» (материал {id}). Дайте этому материалу свой.</translation>
    </message>
    <message>
        <source>Another story has the slug “{slug}”: story {id}. Give this one its own.</source>
        <translation>Слаг «{slug}» уже есть у другого материала (материал {id}). Дайте этому материалу свой.</translation>
    </message>
    <message>
        <source>Another story has the slug “{slug}”: “{headline}” (story {id}). Give this one its own.</source>
        <translation>Слаг «{slug}» уже есть у другого материала: «{headline}» (материал {id}). Дайте этому материалу свой.</translation>
    </message>
    <message>
        <source>House style: the pattern “{pattern}” takes too long on this text; it was not checked.</source>
        <translation>Стиль редакции: шаблон «{pattern}» проверяется на этом тексте слишком долго; проверка пропущена.</translation>
    </message>
    <message>
        <source>Quotes and lists nested this deep are not published: the text inside is left out.</source>
        <translation>Цитаты и списки такой глубины вложенности не публикуются: текст внутри них пропадает.</translation>
    </message>
    <message>
        <source>en_US</source>
        <comment>locale for dates</comment>
        <translation>ru_RU</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>date in a message</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>The headline is {length} characters; the limit is {limit}.</source>
        <translation>В заголовке {length} знаков при норме {limit}.</translation>
    </message>
    <message>
        <source>The lede is {words} words; keep it to {most}.</source>
        <translation>В лиде {words} слов; уложитесь в {most}.</translation>
    </message>
    <message>
        <source>“{mark}” closes nothing.</source>
        <translation>«{mark}» ничего не закрывает.</translation>
    </message>
    <message>
        <source>“{mark}” closes a quotation that was not opened.</source>
        <translation>«{mark}» закрывает цитату, которая не была открыта.</translation>
    </message>
    <message>
        <source>“{mark}” is never closed.</source>
        <translation>«{mark}» нигде не закрыта.</translation>
    </message>
    <message>
        <source>“{words}” is repeated.</source>
        <translation>«{words}» повторяется.</translation>
    </message>
    <message>
        <source>The quotation opened by “{mark}” is not closed.</source>
        <translation>Цитата, открытая знаком «{mark}», не закрыта.</translation>
    </message>
    <message>
        <source>The story has no headline.</source>
        <translation>У материала нет заголовка.</translation>
    </message>
    <message>
        <source>The story has no dateline.</source>
        <translation>У материала нет дейтлайна.</translation>
    </message>
    <message>
        <source>The story has no byline.</source>
        <translation>У материала нет подписи.</translation>
    </message>
    <message>
        <source>The story has no lede.</source>
        <translation>У материала нет лида.</translation>
    </message>
    <message>
        <source>The story has no body text.</source>
        <translation>У материала нет основного текста.</translation>
    </message>
    <message>
        <source>The first paragraph repeats the lede.</source>
        <translation>Первый абзац повторяет лид.</translation>
    </message>
    <message>
        <source>Two spaces where one will do.</source>
        <translation>Два пробела вместо одного.</translation>
    </message>
    <message>
        <source>Headlines do not end with a period.</source>
        <translation>В конце заголовка точка не ставится.</translation>
    </message>
    <message>
        <source>The dateline&apos;s date, {date}, is in the future (it is {today} in {city}).</source>
        <translation>Дата в дейтлайне, {date}, ещё не наступила (в городе {city} сейчас {today}).</translation>
    </message>
    <message>
        <source>The dateline&apos;s date, {date}, is in the future (it is {today}).</source>
        <translation>Дата в дейтлайне, {date}, ещё не наступила (сегодня {today}).</translation>
    </message>
    <message>
        <source>The dateline says {date}, but the story&apos;s time is {expected} in {city}.</source>
        <translation>В дейтлайне стоит {date}, а по времени материала в городе {city} — {expected}.</translation>
    </message>
    <message>
        <source>“{city}” is not a city the gazetteer knows.</source>
        <translation>Города «{city}» нет в справочнике мест.</translation>
    </message>
    <message>
        <source>“{city}” is not a city the gazetteer knows. Did you mean {first}?</source>
        <translation>Города «{city}» нет в справочнике мест. Может быть, {first}?</translation>
    </message>
    <message>
        <source>“{city}” is not a city the gazetteer knows. Did you mean {first} or {second}?</source>
        <translation>Города «{city}» нет в справочнике мест. Может быть, {first} или {second}?</translation>
    </message>
    <message>
        <source>“{city}” is not a city the gazetteer knows. Did you mean {first} or {second} or {third}?</source>
        <translation>Города «{city}» нет в справочнике мест. Может быть, {first}, {second} или {third}?</translation>
    </message>
    <message>
        <source>House style: “{replace}” rather than “{found}”.</source>
        <translation>По стилю редакции: «{replace}», а не «{found}».</translation>
    </message>
    <message>
        <source>House style: “{first}” or “{second}” rather than “{found}”.</source>
        <translation>По стилю редакции: «{first}» или «{second}», а не «{found}».</translation>
    </message>
    <message>
        <source>House style: {replace} rather than “{found}”.</source>
        <translation>По стилю редакции: {replace}, а не «{found}».</translation>
    </message>
    <message>
        <source>House style: avoid “{found}”.</source>
        <translation>По стилю редакции: избегайте «{found}».</translation>
    </message>
    <message>
        <source>Spell out numbers below ten: “{replace}”.</source>
        <translation>Числа меньше десяти пишутся словами: «{replace}».</translation>
    </message>
    <message>
        <source>Use figures for 10 and above: “{replace}”.</source>
        <translation>Числа от 10 и больше пишутся цифрами: «{replace}».</translation>
    </message>
    <message>
        <source>Headlines are in title case: capitalise the main words.</source>
        <translation>Заголовки пишутся с прописных: начинайте значимые слова с заглавной буквы.</translation>
    </message>
    <message>
        <source>Headlines are in sentence case: capitalise only the first word and proper names.</source>
        <translation>Заголовки пишутся как предложение: с заглавной буквы только первое слово и имена собственные.</translation>
    </message>
    <message>
        <source>“{word}” is not in the dictionary.</source>
        <translation>Слова «{word}» нет в словаре.</translation>
    </message>
</context>
<context>
    <name>ChecksController</name>
    <message>
        <source>Open a story to check it.</source>
        <translation>Откройте материал, чтобы проверить его.</translation>
    </message>
    <message>
        <source>“{word}” could not be added to the dictionary: {error}</source>
        <translation>Не удалось добавить «{word}» в словарь: {error}</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>No problems found.</source>
        <translation>Замечаний нет.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code of this translation (CLDR language names)</comment>
        <translation>ru</translation>
    </message>
    <message>
        <source>checks</source>
        <translation>проверки</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>замечания</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <source>Checks…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Words and characters in the lede and body as published: Markdown markup and link addresses are not counted, nor are the headline, byline and dateline. The ninjs export gives the same word count.</source>
        <translation>Слова и знаки лида и основного текста в опубликованном виде: разметка Markdown и адреса ссылок не считаются, как и заголовок, подпись и дейтлайн. Экспорт в ninjs даёт то же число слов.</translation>
    </message>
    <message>
        <source>{words} · {characters} (lede and body)</source>
        <translation>{words} · {characters} (лид и текст)</translation>
    </message>
    <message numerus="yes">
        <source>{count} word(s)</source>
        <translation>
            <numerusform>{count} слово</numerusform>
            <numerusform>{count} слова</numerusform>
            <numerusform>{count} слов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} character(s)</source>
        <translation>
            <numerusform>{count} знак</numerusform>
            <numerusform>{count} знака</numerusform>
            <numerusform>{count} знаков</numerusform>
        </translation>
    </message>
    <message>
        <source>no reading time</source>
        <translation>читать нечего</translation>
    </message>
    <message>
        <source>{minutes} min read</source>
        <translation>{minutes} мин чтения</translation>
    </message>
    <message>
        <source>Headline {length}/{limit}</source>
        <translation>Заголовок {length}/{limit}</translation>
    </message>
    <message>
        <source>Headline {length}</source>
        <translation>Заголовок {length}</translation>
    </message>
    <message>
        <source>Lede {words}</source>
        <translation>Лид: {words}</translation>
    </message>
    <message numerus="yes">
        <source>{count} error(s)</source>
        <translation>
            <numerusform>{count} ошибка</numerusform>
            <numerusform>{count} ошибки</numerusform>
            <numerusform>{count} ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} warning(s)</source>
        <translation>
            <numerusform>{count} предупреждение</numerusform>
            <numerusform>{count} предупреждения</numerusform>
            <numerusform>{count} предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} note(s)</source>
        <translation>
            <numerusform>{count} заметка</numerusform>
            <numerusform>{count} заметки</numerusform>
            <numerusform>{count} заметок</numerusform>
        </translation>
    </message>
    <message>
        <source>Spelling: {dictionary}</source>
        <translation>Орфография: {dictionary}</translation>
    </message>
    <message>
        <source>No spelling</source>
        <translation>Без проверки орфографии</translation>
    </message>
</context>
<context>
    <name>ChecksRunner</name>
    <message>
        <source>The checks could not run: {error}</source>
        <translation>Проверка не выполнена: {error}</translation>
    </message>
</context>
<context>
    <name>CommentDelegate</name>
    <message>
        <source>DETACHED</source>
        <translation>ОТКРЕПЛЁН</translation>
    </message>
</context>
<context>
    <name>CommentsModel</name>
    <message>
        <source>“{passage}”</source>
        <translation>«{passage}»</translation>
    </message>
    <message>
        <source>Detached: the passage has since changed.</source>
        <translation>Откреплён: фрагмент с тех пор изменился.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>No comments yet. Select a passage in the story to comment on it.</source>
        <translation>Комментариев пока нет. Выделите фрагмент материала, чтобы его прокомментировать.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Кто-то</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Comment on the selected passage…</source>
        <translation>Комментарий к выделенному фрагменту…</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Добавить комментарий</translation>
    </message>
    <message>
        <source>Comment on the passage selected in the story (Ctrl+Return)</source>
        <translation>Прокомментировать фрагмент, выделенный в материале (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the chosen comment</source>
        <translation>Удалить выбранный комментарий</translation>
    </message>
    <message>
        <source>Comments ({count}, {detached} detached)</source>
        <translation>Комментарии ({count}, откреплённых: {detached})</translation>
    </message>
    <message>
        <source>Comments ({count})</source>
        <translation>Комментарии ({count})</translation>
    </message>
    <message>
        <source>On: “{passage}”</source>
        <translation>К фрагменту: «{passage}»</translation>
    </message>
    <message>
        <source>Select a passage in the story.</source>
        <translation>Выделите фрагмент в материале.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Versions</source>
        <translation>Сравнение версий</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Материал без заголовка</translation>
    </message>
    <message>
        <source>&lt;b&gt;“{headline}”&lt;/b&gt;&lt;br&gt;{from_word} {old}&lt;br&gt;{to_word} {new}</source>
        <translation>&lt;b&gt;«{headline}»&lt;/b&gt;&lt;br&gt;{from_word} {old}&lt;br&gt;{to_word} {new}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Стало</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>&lt;b&gt;Correction note&lt;/b&gt;, drafted from the changes above: edit it as you see fit. It goes with the corrected story and is kept in its history.</source>
        <translation>&lt;b&gt;Пояснение к исправлению&lt;/b&gt; составлено по изменениям выше: правьте его как сочтёте нужным. Оно уходит вместе с исправленным материалом и сохраняется в его истории.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Correction note&lt;/b&gt;: nothing a reader sees has changed since the published version, so nothing could be drafted. Write what the correction corrects.</source>
        <translation>&lt;b&gt;Пояснение к исправлению&lt;/b&gt;: с опубликованной версии не изменилось ничего, что видит читатель, поэтому составить его не из чего. Напишите, что именно исправлено.</translation>
    </message>
    <message>
        <source>Submit Correction</source>
        <translation>Отправить исправление</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Материал без заголовка</translation>
    </message>
    <message>
        <source>&lt;b&gt;“{headline}”&lt;/b&gt;&lt;br&gt;Changes since the published version ({version}): {added}, {removed}.</source>
        <translation>&lt;b&gt;«{headline}»&lt;/b&gt;&lt;br&gt;Изменения с опубликованной версии ({version}): {added}, {removed}.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
</context>
<context>
    <name>EndpointsDialog</name>
    <message>
        <source>ninjs push (signed JSON)</source>
        <translation>ninjs push (подписанный JSON)</translation>
    </message>
    <message>
        <source>WordPress REST API</source>
        <translation>WordPress REST API</translation>
    </message>
    <message>
        <source>Kept in the system keyring; type a new one to replace it</source>
        <translation>Хранится в системной связке ключей; введите новый, чтобы заменить</translation>
    </message>
    <message>
        <source>Token, shared secret or application password (goes to the system keyring)</source>
        <translation>Токен, общий секрет или пароль приложения (сохраняется в системной связке ключей)</translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation>Новая точка публикации</translation>
    </message>
    <message>
        <source>Where approved stories are sent. Each secret is kept in the system keyring only: it is never shown here again, and never written to the library or the settings.</source>
        <translation>Куда отправляются одобренные материалы. Секреты хранятся только в системной связке ключей: здесь они больше не показываются и никогда не записываются ни в библиотеку, ни в настройки.</translation>
    </message>
    <message>
        <source>Publishing Endpoints</source>
        <translation>Точки публикации</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>https://wire.example/ninjs</source>
        <translation>https://wire.example/ninjs</translation>
    </message>
    <message>
        <source>WordPress user name (not needed for ninjs push)</source>
        <translation>Имя пользователя WordPress (для ninjs push не нужно)</translation>
    </message>
    <message>
        <source>Switched on: deliveries go out</source>
        <translation>Включена: материалы отправляются</translation>
    </message>
    <message>
        <source>Publish on approval (otherwise by hand: Send to…)</source>
        <translation>Публиковать при одобрении (иначе вручную: «Отправить в…»)</translation>
    </message>
    <message>
        <source>A kill moves the post to draft (not the trash)</source>
        <translation>При отзыве запись становится черновиком (а не уходит в корзину)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Секрет</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Проверить связь</translation>
    </message>
    <message>
        <source>The endpoints could not be read: {error}</source>
        <translation>Не удалось прочитать точки публикации: {error}</translation>
    </message>
    <message>
        <source>{name}
{kind} · {url}</source>
        <translation>{name}
{kind} · {url}</translation>
    </message>
    <message>
        <source>{name}  (off)
{kind} · {url}</source>
        <translation>{name}  (выкл.)
{kind} · {url}</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>https://news.example</source>
        <translation>https://news.example</translation>
    </message>
    <message>
        <source>{name} added; the secret is in the system keyring.</source>
        <translation>«{name}» добавлена; секрет — в системной связке ключей.</translation>
    </message>
    <message>
        <source>{name} saved; the secret is in the system keyring.</source>
        <translation>«{name}» сохранена; секрет — в системной связке ключей.</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>«{name}» сохранена.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохраняем…</translation>
    </message>
    <message numerus="yes">
        <source>{name} removed, with its secret; {count} waiting deliveries canceled.</source>
        <translation>
            <numerusform>«{name}» удалена вместе с секретом; отменена {count} ожидавшая отправка.</numerusform>
            <numerusform>«{name}» удалена вместе с секретом; отменены {count} ожидавшие отправки.</numerusform>
            <numerusform>«{name}» удалена вместе с секретом; отменено {count} ожидавших отправок.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} removed, with its secret.</source>
        <translation>«{name}» удалена вместе с секретом.</translation>
    </message>
    <message>
        <source>Asking {endpoint}…</source>
        <translation>Запрашиваем {endpoint}…</translation>
    </message>
    <message>
        <source>the endpoint</source>
        <translation>точку публикации</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Lede</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Дейтлайн</translation>
    </message>
    <message>
        <source>Dateline city</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Dateline date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity}: {message}</translation>
    </message>
    <message>
        <source>Suggested: {suggestions}</source>
        <translation>Предлагается: {suggestions}</translation>
    </message>
    <message>
        <source>{severity}, {where}: {message}</source>
        <translation>{severity}, {where}: {message}</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <source>{count} story(ies)</source>
        <translation>
            <numerusform>{count} материал</numerusform>
            <numerusform>{count} материала</numerusform>
            <numerusform>{count} материалов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} file(s)</source>
        <comment>imported from</comment>
        <translation>
            <numerusform>{count} файла</numerusform>
            <numerusform>{count} файлов</numerusform>
            <numerusform>{count} файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} file(s)</source>
        <comment>being imported</comment>
        <translation>
            <numerusform>{count} файл</numerusform>
            <numerusform>{count} файла</numerusform>
            <numerusform>{count} файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} line(s) of site furniture left out</source>
        <translation>
            <numerusform>опущена {count} служебная строка сайта</numerusform>
            <numerusform>опущены {count} служебные строки сайта</numerusform>
            <numerusform>опущено {count} служебных строк сайта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} file(s) failed</source>
        <translation>
            <numerusform>не прочитан {count} файл</numerusform>
            <numerusform>не прочитаны {count} файла</numerusform>
            <numerusform>не прочитано {count} файлов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Story</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Точка публикации</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Очередь отправки</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <source>Endpoints…</source>
        <translation>Точки публикации…</translation>
    </message>
    <message>
        <source>Story {number}</source>
        <translation>Материал {number}</translation>
    </message>
    <message>
        <source>{deliveries} · {waiting} · {failed}</source>
        <translation>{deliveries} · {waiting} · {failed}</translation>
    </message>
    <message numerus="yes">
        <source>{count} deliveries</source>
        <translation>
            <numerusform>{count} отправка</numerusform>
            <numerusform>{count} отправки</numerusform>
            <numerusform>{count} отправок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} waiting</source>
        <translation>
            <numerusform>в ожидании: {count}</numerusform>
            <numerusform>в ожидании: {count}</numerusform>
            <numerusform>в ожидании: {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} failed</source>
        <translation>
            <numerusform>с ошибкой: {count}</numerusform>
            <numerusform>с ошибкой: {count}</numerusform>
            <numerusform>с ошибкой: {count}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been queued for publishing yet.</source>
        <translation>В очереди на публикацию пока ничего нет.</translation>
    </message>
    <message>
        <source>{attempts_for} (key {key})</source>
        <translation>{attempts_for} (ключ {key})</translation>
    </message>
    <message>
        <source>Attempts for {endpoint}</source>
        <translation>Попытки отправки в {endpoint}</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>{when} · {answer} · {reason}</source>
        <translation>{when} · {answer} · {reason}</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>доставлено</translation>
    </message>
    <message>
        <source> · next try {when}</source>
        <translation> · следующая попытка {when}</translation>
    </message>
    <message>
        <source>Not tried yet.</source>
        <translation>Попыток ещё не было.</translation>
    </message>
</context>
<context>
    <name>OutboxText</name>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправляется…</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не прошло</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>публикация</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>исправление</translation>
    </message>
    <message>
        <source>kill</source>
        <translation>отзыв</translation>
    </message>
    <message>
        <source>%d %b %H:%M</source>
        <translation>%d.%m %H:%M</translation>
    </message>
    <message>
        <source>version {version} ({action})</source>
        <translation>версия {version} ({action})</translation>
    </message>
    <message>
        <source>{state} as {remote} · {what} · {when}</source>
        <translation>{state} как {remote} · {what} · {when}</translation>
    </message>
    <message>
        <source>{state} · {what} · {when}</source>
        <translation>{state} · {what} · {when}</translation>
    </message>
    <message>
        <source>{state} at {when} · {reason} · {what}</source>
        <translation>{state} в {when} · {reason} · {what}</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>{state}: {reason} · {what}</source>
        <translation>{state}: {reason} · {what}</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>{state} until the embargo, {when} · {what}</source>
        <translation>{state} до снятия эмбарго, {when} · {what}</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>не отправлено</translation>
    </message>
    <message>
        <source>{state} · {what}</source>
        <translation>{state} · {what}</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>версия {version}</translation>
    </message>
    <message>
        <source>{state} · {version}</source>
        <translation>{state} · {version}</translation>
    </message>
    <message>
        <source>as {remote} at {when}</source>
        <translation>как {remote} в {when}</translation>
    </message>
    <message>
        <source>at {when}</source>
        <translation>в {when}</translation>
    </message>
    <message>
        <source>{state} at {when} · {version}</source>
        <translation>{state} в {when} · {version}</translation>
    </message>
    <message>
        <source>until the embargo, {when}</source>
        <translation>до снятия эмбарго, {when}</translation>
    </message>
    <message>
        <source>waiting its turn</source>
        <translation>ждёт своей очереди</translation>
    </message>
    <message>
        <source>{state} to {endpoint}, version {version} ({action})</source>
        <translation>{state} в {endpoint}, версия {version} ({action})</translation>
    </message>
    <message>
        <source>Next try at {when}</source>
        <translation>Следующая попытка в {when}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Причина: {reason}</translation>
    </message>
    <message>
        <source>Remote id {remote}</source>
        <translation>Внешний id {remote}</translation>
    </message>
    <message>
        <source>Open on the endpoint ↗</source>
        <translation>Открыть на точке публикации ↗</translation>
    </message>
    <message>
        <source>Not sent · the endpoint is switched off</source>
        <translation>Не отправлено · точка выключена</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Ещё не отправлено</translation>
    </message>
    <message>
        <source>Goes out when the story is approved</source>
        <translation>Уйдёт, когда материал одобрят</translation>
    </message>
    <message>
        <source>Not sent · by hand only (Send to…)</source>
        <translation>Только вручную: «Отправить в…»</translation>
    </message>
    <message>
        <source>● No endpoints</source>
        <translation>● Нет точек публикации</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>На связи</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>No publishing endpoints: Desk ▸ Publishing Endpoints… adds one</source>
        <translation>Нет точек публикации: добавьте через «Редакция ▸ Точки публикации…»</translation>
    </message>
    <message>
        <source>{endpoint}: switched off</source>
        <translation>{endpoint}: выключена</translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation>ещё ничего не отправлялось</translation>
    </message>
    <message>
        <source>answered {code}</source>
        <translation>ответ {code}</translation>
    </message>
    <message>
        <source>online, {answer} at {when}</source>
        <translation>на связи, {answer} в {when}</translation>
    </message>
    <message>
        <source>offline, {answer} at {when}</source>
        <translation>нет связи, {answer} в {when}</translation>
    </message>
    <message>
        <source>{waiting}, {failed}</source>
        <translation>{waiting}, {failed}</translation>
    </message>
    <message>
        <source>{endpoint}: {heard}; {counts}</source>
        <translation>{endpoint}: {heard}; {counts}</translation>
    </message>
    <message>
        <source>Click to open the outbox</source>
        <translation>Щёлкните, чтобы открыть очередь отправки</translation>
    </message>
</context>
<context>
    <name>OutboxWords</name>
    <message numerus="yes">
        <source>{count} attempt(s) (the outbox lists them)</source>
        <translation>
            <numerusform>{count} попытка (все — в очереди отправки)</numerusform>
            <numerusform>{count} попытки (все — в очереди отправки)</numerusform>
            <numerusform>{count} попыток (все — в очереди отправки)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} waiting</source>
        <translation>
            <numerusform>в ожидании: {count}</numerusform>
            <numerusform>в ожидании: {count}</numerusform>
            <numerusform>в ожидании: {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} failed</source>
        <translation>
            <numerusform>с ошибкой: {count}</numerusform>
            <numerusform>с ошибкой: {count}</numerusform>
            <numerusform>с ошибкой: {count}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayloadDiff</name>
    <message>
        <source>No change: the endpoint has this exact payload already.</source>
        <translation>Без изменений: у точки публикации уже есть ровно эти данные.</translation>
    </message>
    <message>
        <source>{count} unchanged lines</source>
        <translation>строк без изменений: {count}</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Nothing would go out for this story: no enabled endpoint publishes on approval, and nothing waits in the outbox for it.</source>
        <translation>Для этого материала ничего не уйдёт: ни одна включённая точка публикации не публикует при одобрении, и в очереди отправки для него ничего нет.</translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation>Предпросмотр отправки</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Материал без заголовка</translation>
    </message>
    <message>
        <source>&lt;b&gt;“{headline}”&lt;/b&gt;: what each endpoint will receive</source>
        <translation>&lt;b&gt;«{headline}»&lt;/b&gt;: что получит каждая точка публикации</translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message>
        <source>Nothing to compare: this endpoint has not taken a version of the story yet.</source>
        <translation>Сравнивать не с чем: эта точка публикации ещё не принимала ни одной версии материала.</translation>
    </message>
    <message>
        <source>Payload, exactly as it will be sent</source>
        <translation>Данные — ровно в том виде, в каком уйдут</translation>
    </message>
    <message>
        <source>Changes since version {version} delivered</source>
        <translation>Изменения с доставленной версии {version}</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Version {version} ({action}), {state} in the outbox</source>
        <translation>Версия {version} ({action}), состояние в очереди отправки: {state}</translation>
    </message>
    <message>
        <source>What approving the story now would send</source>
        <translation>Что уйдёт, если одобрить материал сейчас</translation>
    </message>
    <message>
        <source>Changes since version {version}, the last it took</source>
        <translation>Изменения с версии {version}, последней принятой</translation>
    </message>
    <message>
        <source>This endpoint has taken no version of the story yet</source>
        <translation>Эта точка публикации ещё не принимала ни одной версии материала</translation>
    </message>
    <message numerus="yes">
        <source>{count} bytes</source>
        <translation>
            <numerusform>{count} байт</numerusform>
            <numerusform>{count} байта</numerusform>
            <numerusform>{count} байт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✘ {count} problem(s):</source>
        <translation>
            <numerusform>✘ {count} проблема:</numerusform>
            <numerusform>✘ {count} проблемы:</numerusform>
            <numerusform>✘ {count} проблем:</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Valid against the ninjs 2.2 schema</source>
        <translation>✔ Соответствует схеме ninjs 2.2</translation>
    </message>
    <message>
        <source>✔ No problems found</source>
        <translation>✔ Проблем нет</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Reporter: drafts and submits</source>
        <translation>Корреспондент: пишет и сдаёт материалы</translation>
    </message>
    <message>
        <source>Copy editor: also returns and approves</source>
        <translation>Выпускающий редактор: ещё и возвращает, и одобряет</translation>
    </message>
    <message>
        <source>Chief: also corrects and kills</source>
        <translation>Шеф-редактор: ещё и исправляет, и отзывает</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>корреспондент</translation>
    </message>
    <message>
        <source>copy editor</source>
        <translation>выпускающий редактор</translation>
    </message>
    <message>
        <source>chief</source>
        <translation>шеф-редактор</translation>
    </message>
    <message>
        <source>{name} ({initials}): {roles}</source>
        <translation>{name} ({initials}): {roles}</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>без роли</translation>
    </message>
    <message>
        <source>People and Roles</source>
        <translation>Сотрудники и роли</translation>
    </message>
    <message>
        <source>The people of this desk and what each may do. Anyone without a profile is a reporter; alone in a library, a person has every role.</source>
        <translation>Сотрудники редакции и что каждому можно делать. Кто без профиля, тот корреспондент; если в библиотеке работает один человек, у него все роли.</translation>
    </message>
    <message>
        <source>profiles</source>
        <translation>профили</translation>
    </message>
    <message>
        <source>profile name</source>
        <translation>имя в профиле</translation>
    </message>
    <message>
        <source>Anna Ivanova</source>
        <translation>Анна Иванова</translation>
    </message>
    <message>
        <source>profile initials</source>
        <translation>инициалы в профиле</translation>
    </message>
    <message>
        <source>from the name</source>
        <translation>по имени</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Инициалы</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>{name} saved</source>
        <translation>{name}: сохранено</translation>
    </message>
    <message>
        <source>{name} removed</source>
        <translation>{name}: удалено</translation>
    </message>
    <message numerus="yes">
        <source>{count} people</source>
        <translation>
            <numerusform>{count} человек</numerusform>
            <numerusform>{count} человека</numerusform>
            <numerusform>{count} человек</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Не сохранено: {error}</translation>
    </message>
</context>
<context>
    <name>PublishingDesk</name>
    <message>
        <source>Publishing is not available: {error}</source>
        <translation>Публикация недоступна: {error}</translation>
    </message>
    <message>
        <source>Sending to {endpoint} again</source>
        <translation>Снова отправляем в {endpoint}</translation>
    </message>
    <message>
        <source>Not resent: {error}</source>
        <translation>Повторно не отправлено: {error}</translation>
    </message>
    <message>
        <source>No pre-flight: {error}</source>
        <translation>Предпросмотр отправки не получен: {error}</translation>
    </message>
</context>
<context>
    <name>PublishingLane</name>
    <message>
        <source>Publishing is not running: {error}</source>
        <translation>Публикация не работает: {error}</translation>
    </message>
    <message>
        <source>Publishing stopped for a moment: {error}</source>
        <translation>Публикация ненадолго остановилась: {error}</translation>
    </message>
</context>
<context>
    <name>PublishingLight</name>
    <message>
        <source>● Publishing</source>
        <translation>● Публикация</translation>
    </message>
    <message>
        <source>Publishing: starting</source>
        <translation>Публикация: запуск</translation>
    </message>
</context>
<context>
    <name>PublishingPanel</name>
    <message>
        <source>No story open.</source>
        <translation>Материал не открыт.</translation>
    </message>
    <message>
        <source>No publishing endpoints yet: Desk ▸ Publishing Endpoints… adds one.</source>
        <translation>Точек публикации пока нет: добавьте через «Редакция ▸ Точки публикации…».</translation>
    </message>
    <message>
        <source>Endpoints and the story&apos;s state there</source>
        <translation>Точки публикации и состояние материала на них</translation>
    </message>
    <message>
        <source>Delivery details</source>
        <translation>Подробности отправки</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Send the selected delivery again now</source>
        <translation>Сейчас же повторить выбранную отправку</translation>
    </message>
    <message>
        <source>Send to…</source>
        <translation>Отправить…</translation>
    </message>
    <message>
        <source>Send the story by hand to an endpoint</source>
        <translation>Отправить материал вручную на точку публикации</translation>
    </message>
    <message>
        <source>Pre-flight…</source>
        <translation>Просмотр…</translation>
    </message>
    <message>
        <source>Exactly what each endpoint will receive, its problems, and what changed since the version it last took</source>
        <translation>Что именно получит каждая точка публикации, какие есть проблемы и что изменилось с последней принятой ею версии</translation>
    </message>
</context>
<context>
    <name>ReviewMode</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Сдан</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрен</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <source>Spiked</source>
        <translation>В корзине</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Исправляется</translation>
    </message>
    <message>
        <source>Open a story to review it</source>
        <translation>Откройте материал, чтобы его вычитать</translation>
    </message>
    <message>
        <source>{state} · v{version}</source>
        <translation>{state} · в{version}</translation>
    </message>
</context>
<context>
    <name>ReviewPreview</name>
    <message>
        <source>The story under review</source>
        <translation>Материал на вычитке</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <source>Sign the story off for publication (recorded with your name)</source>
        <translation>Подписать материал в печать (записывается с вашим именем)</translation>
    </message>
    <message>
        <source>Return to Author…</source>
        <translation>Вернуть автору…</translation>
    </message>
    <message>
        <source>Send the story back with a note saying why</source>
        <translation>Вернуть материал с пояснением, почему</translation>
    </message>
    <message>
        <source>Back to Editor</source>
        <translation>К редактору</translation>
    </message>
    <message>
        <source>Leave the review (Esc)</source>
        <translation>Выйти из вычитки (Esc)</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Материал без заголовка</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <source>Delete “{word}”</source>
        <translation>Удалить «{word}»</translation>
    </message>
    <message>
        <source>Delete the period</source>
        <translation>Удалить точку</translation>
    </message>
    <message>
        <source>Replace with one space</source>
        <translation>Заменить одним пробелом</translation>
    </message>
    <message>
        <source>Remove the extra space</source>
        <translation>Убрать лишний пробел</translation>
    </message>
    <message>
        <source>Replace with “{suggestion}”</source>
        <translation>Заменить на «{suggestion}»</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Ищем варианты…</translation>
    </message>
    <message>
        <source>Add “{word}” to Dictionary</source>
        <translation>Добавить «{word}» в словарь</translation>
    </message>
    <message>
        <source>Ignore “{word}”</source>
        <translation>Пропустить «{word}»</translation>
    </message>
    <message>
        <source>Accept this word until Editorial is closed</source>
        <translation>Считать слово верным до закрытия Editorial</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Вариантов нет</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>People the byline field offers as you type their name.</source>
        <translation>Люди, которых поле подписи предлагает, когда вы набираете имя.</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>сотрудники</translation>
    </message>
    <message>
        <source>staff name</source>
        <translation>имя сотрудника</translation>
    </message>
    <message>
        <source>Anna Ivanova</source>
        <translation>Анна Иванова</translation>
    </message>
    <message>
        <source>staff role</source>
        <translation>должность сотрудника</translation>
    </message>
    <message>
        <source>Moscow correspondent (optional)</source>
        <translation>корреспондент в Москве (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>{name} added</source>
        <translation>{name}: добавлено</translation>
    </message>
    <message>
        <source>{names} removed</source>
        <translation>{names}: удалено</translation>
    </message>
    <message numerus="yes">
        <source>{count} people</source>
        <translation>
            <numerusform>{count} человек</numerusform>
            <numerusform>{count} человека</numerusform>
            <numerusform>{count} человек</numerusform>
        </translation>
    </message>
    <message>
        <source>The staff list could not be changed: {error}</source>
        <translation>Не удалось изменить список сотрудников: {error}</translation>
    </message>
</context>
<context>
    <name>StoryPublishing</name>
    <message>
        <source>What was sent of the story could not be read: {error}</source>
        <translation>Не удалось прочитать, что из материала отправлено: {error}</translation>
    </message>
    <message>
        <source>Sending to {endpoint} again</source>
        <translation>Снова отправляем в {endpoint}</translation>
    </message>
    <message>
        <source>Not resent: {error}</source>
        <translation>Повторно не отправлено: {error}</translation>
    </message>
    <message>
        <source>Queued for {endpoint}</source>
        <translation>В очереди на {endpoint}</translation>
    </message>
    <message>
        <source>Not sent to {endpoint}: {error}</source>
        <translation>Не отправлено в {endpoint}: {error}</translation>
    </message>
</context>
<context>
    <name>StoryTransfer</name>
    <message>
        <source>Stories</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Web copy</source>
        <translation>Тексты с сайтов</translation>
    </message>
    <message>
        <source>Documents and e-mail</source>
        <translation>Документы и письма</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <source>ninjs 2.2 JSON</source>
        <translation>ninjs 2.2 JSON</translation>
    </message>
    <message>
        <source>Markdown with front matter</source>
        <translation>Markdown с заголовочным блоком</translation>
    </message>
    <message>
        <source>Published HTML</source>
        <translation>Опубликованный HTML</translation>
    </message>
    <message>
        <source>Imported {stories} from {files}</source>
        <translation>Импорт: {stories} из {files}</translation>
    </message>
    <message>
        <source>{files_failed}: {reasons}</source>
        <translation>{files_failed}: {reasons}</translation>
    </message>
    <message>
        <source>Import Stories</source>
        <translation>Импорт материалов</translation>
    </message>
    <message>
        <source>Importing {files}…</source>
        <translation>Импортируем {files}…</translation>
    </message>
    <message>
        <source>The files could not be imported: {error}</source>
        <translation>Не удалось импортировать файлы: {error}</translation>
    </message>
    <message>
        <source>Export Story</source>
        <translation>Экспорт материала</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>“{headline}” exported to {path}</source>
        <translation>«{headline}» экспортирован в {path}</translation>
    </message>
    <message>
        <source>The story could not be exported to {path}: {error}</source>
        <translation>Не удалось экспортировать материал в {path}: {error}</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>An {status} story cannot be moved by {action}: {status} is final.</source>
        <translation>Материал в состоянии «{status}» нельзя перевести действием «{action}»: «{status}» — окончательное состояние.</translation>
    </message>
    <message>
        <source>A {status} story cannot be moved by {action}: {status} is final.</source>
        <translation>Материал в состоянии «{status}» нельзя перевести действием «{action}»: «{status}» — окончательное состояние.</translation>
    </message>
    <message>
        <source>An {status} story cannot be moved by {action}; the moves from {status} are: none (only the publishing side moves it on).</source>
        <translation>Материал в состоянии «{status}» нельзя перевести действием «{action}»; из состояния «{status}» дальше его переводит только публикация.</translation>
    </message>
    <message>
        <source>A {status} story cannot be moved by {action}; the moves from {status} are: none (only the publishing side moves it on).</source>
        <translation>Материал в состоянии «{status}» нельзя перевести действием «{action}»; из состояния «{status}» дальше его переводит только публикация.</translation>
    </message>
    <message>
        <source>An {status} story cannot be moved by {action}; the moves from {status} are: {options}.</source>
        <translation>Материал в состоянии «{status}» нельзя перевести действием «{action}»; из состояния «{status}» возможно: {options}.</translation>
    </message>
    <message>
        <source>A {status} story cannot be moved by {action}; the moves from {status} are: {options}.</source>
        <translation>Материал в состоянии «{status}» нельзя перевести действием «{action}»; из состояния «{status}» возможно: {options}.</translation>
    </message>
    <message>
        <source>Only a person can {action} a story.</source>
        <translation>Действие «{action}» с материалом выполняет только человек.</translation>
    </message>
    <message>
        <source>To submit a correction, give the correction note.</source>
        <translation>Чтобы сдать исправление, напишите пояснение к нему.</translation>
    </message>
    <message>
        <source>To {action} a story, give a note saying why.</source>
        <translation>Для действия «{action}» напишите пояснение, почему.</translation>
    </message>
    <message>
        <source>A story is {state} only by the publishing side, never by hand.</source>
        <translation>В состояние «{state}» материал переводит только публикация, а не человек вручную.</translation>
    </message>
    <message>
        <source>To {action} a story takes the role of {needed}; {name} is {roles}.</source>
        <translation>Для действия «{action}» нужна роль: {needed}; у пользователя {name} роли: {roles}.</translation>
    </message>
    <message>
        <source>To {action} a story takes the role of {needed}; {name} has no role in this library.</source>
        <translation>Для действия «{action}» нужна роль: {needed}; у пользователя {name} нет ролей в этой библиотеке.</translation>
    </message>
    <message>
        <source>To {action} a story takes the role of {needed}; you is {roles}.</source>
        <translation>Для действия «{action}» нужна роль: {needed}; ваши роли: {roles}.</translation>
    </message>
    <message>
        <source>To {action} a story takes the role of {needed}; you has no role in this library.</source>
        <translation>Для действия «{action}» нужна роль: {needed}; у вас нет ролей в этой библиотеке.</translation>
    </message>
    <message>
        <source>A reporter can {action} only a story of their own (this one is {owner}&apos;s); the role of {senior} can {action} any.</source>
        <translation>Корреспондент может выполнить действие «{action}» только со своим материалом (этот материал — пользователя {owner}); с любым материалом это может роль: {senior}.</translation>
    </message>
    <message>
        <source>This story is spiked; restore it to edit it.</source>
        <translation>Материал в корзине; чтобы править его, восстановите его.</translation>
    </message>
    <message>
        <source>This story was killed; it can no longer change.</source>
        <translation>Материал отозван; изменить его больше нельзя.</translation>
    </message>
    <message>
        <source>This story is published; change it only through Correct.</source>
        <translation>Материал опубликован; изменить его можно только через «Исправить».</translation>
    </message>
    <message>
        <source>This story is {status} and read-only; return it to its author to edit it.</source>
        <translation>Материал в состоянии «{status}» доступен только для чтения; чтобы править его, верните его автору.</translation>
    </message>
</context>
<context>
    <name>WorkflowWords</name>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>submit</source>
        <translation>сдать</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>одобрить</translation>
    </message>
    <message>
        <source>return</source>
        <translation>вернуть</translation>
    </message>
    <message>
        <source>spike</source>
        <translation>в корзину</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>восстановить</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>исправить</translation>
    </message>
    <message>
        <source>kill</source>
        <translation>отозвать</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>опубликовать</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>сдан</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрен</translation>
    </message>
    <message>
        <source>published</source>
        <translation>опубликован</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>возвращён</translation>
    </message>
    <message>
        <source>spiked</source>
        <translation>в корзине</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>исправляется</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>корреспондент</translation>
    </message>
    <message>
        <source>copy editor</source>
        <translation>выпускающий редактор</translation>
    </message>
    <message>
        <source>chief</source>
        <translation>шеф-редактор</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Set your initials in Edit ▸ Preferences ▸ Identity</source>
        <translation>Инициалы задаются в меню «Правка ▸ Настройки ▸ О себе»</translation>
    </message>
    <message>
        <source>Signed with your initials: {initials}</source>
        <translation>Подписано вашими инициалами: {initials}</translation>
    </message>
</context>
</TS>
