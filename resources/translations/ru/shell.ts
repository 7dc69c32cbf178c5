<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>not declared</source>
        <translation>не указана</translation>
    </message>
    <message>
        <source>About Editorial</source>
        <translation>О программе Editorial</translation>
    </message>
    <message>
        <source>(no library open)</source>
        <translation>(библиотека не открыта)</translation>
    </message>
    <message>
        <source>Editorial {version}</source>
        <translation>Editorial {version}</translation>
    </message>
    <message>
        <source>A workstation for newsroom desks. Free software under the GPL, version 3 or later.</source>
        <translation>Рабочее место для редакций и выпускающих. Свободная программа под лицензией GPL версии 3 или более поздней.</translation>
    </message>
    <message>
        <source>Library: {location}</source>
        <translation>Библиотека: {location}</translation>
    </message>
    <message>
        <source>Included software and its licences:</source>
        <translation>Входящие в состав программы и их лицензии:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Included software and its licences</source>
        <translation>Входящие в состав программы и их лицензии</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected Error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong inside Editorial. Your stories are saved as you type, so you can usually go on working. If it happens again, please send this report to whoever looks after Editorial for you.</source>
        <translation>В Editorial что-то пошло не так. Материалы сохраняются по мере набора, так что обычно можно продолжать работу. Если это повторится, отправьте этот отчёт тому, кто обслуживает у вас Editorial.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Отчёт об ошибке</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Копировать отчёт</translation>
    </message>
    <message numerus="yes">
        <source>(%n more error(s), in the log)</source>
        <translation>
            <numerusform>(ещё %n ошибка, в журнале)</numerusform>
            <numerusform>(ещё %n ошибки, в журнале)</numerusform>
            <numerusform>(ещё %n ошибок, в журнале)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>CrashRecovery</name>
    <message>
        <source>Untitled</source>
        <translation>Без заголовка</translation>
    </message>
    <message>
        <source>Recovered the text of “{headline}” typed before Editorial closed unexpectedly.</source>
        <translation>Восстановлен текст «{headline}», набранный до неожиданного закрытия Editorial.</translation>
    </message>
    <message>
        <source>Recovered the text of “{headline}” typed before Editorial closed unexpectedly at {time}.</source>
        <translation>Восстановлен текст «{headline}», набранный до неожиданного закрытия Editorial в {time}.</translation>
    </message>
    <message>
        <source>Reopened “{headline}”, open when Editorial closed unexpectedly.</source>
        <translation>Снова открыт материал «{headline}», открытый при неожиданном закрытии Editorial.</translation>
    </message>
    <message>
        <source>Reopened “{headline}”, open when Editorial closed unexpectedly at {time}.</source>
        <translation>Снова открыт материал «{headline}», открытый при неожиданном закрытии Editorial в {time}.</translation>
    </message>
</context>
<context>
    <name>DeskBoard</name>
    <message>
        <source>Updated {time}</source>
        <translation>Обновлено в {time}</translation>
    </message>
    <message>
        <source>Not updated: {error}</source>
        <translation>Не обновлено: {error}</translation>
    </message>
</context>
<context>
    <name>DeskBoardModel</name>
    <message>
        <source>with {name}</source>
        <translation>у {name}</translation>
    </message>
    <message>
        <source>correction under way</source>
        <translation>идёт исправление</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <source>{group}  ({count})</source>
        <translation>{group}  ({count})</translation>
    </message>
    <message>
        <source>{group}  ({count}; latest of {total} submitted)</source>
        <translation>{group}  ({count}; последние из {total} сданных)</translation>
    </message>
    <message>
        <source>{group}  ({count} latest of {total})</source>
        <translation>{group}  ({count} последних из {total})</translation>
    </message>
</context>
<context>
    <name>DeskPeople</name>
    <message>
        <source>Welcome, {name}</source>
        <translation>Добро пожаловать, {name}</translation>
    </message>
    <message>
        <source>Your name could not be saved: {error}</source>
        <translation>Не удалось сохранить ваше имя: {error}</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <source>Latest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Order of the stories on the desk</source>
        <translation>Порядок материалов на выпуске</translation>
    </message>
    <message>
        <source>Sort the stories of each group by urgency or by time</source>
        <translation>Упорядочить материалы каждой группы по срочности или по времени</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Порядок</translation>
    </message>
</context>
<context>
    <name>GroupHeading</name>
    <message>
        <source>Filed</source>
        <translation>Сданы</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>На вычитке</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрены</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращены</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликованы</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every command&apos;s keyboard shortcut</source>
        <translation>Сочетания клавиш всех команд</translation>
    </message>
    <message>
        <source>&amp;About Editorial</source>
        <translation>&amp;О программе Editorial</translation>
    </message>
    <message>
        <source>Version, library, and the licences of what is included</source>
        <translation>Версия, библиотека и лицензии входящих в состав программ</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Ver.</source>
        <translation>Вер.</translation>
    </message>
    <message>
        <source>Version {version} (the current text): {action} {time}, {state}</source>
        <translation>Версия {version} (текущий текст): {action} {time}, {state}</translation>
    </message>
    <message>
        <source>Version {version}: {action} {time}, {state}</source>
        <translation>Версия {version}: {action} {time}, {state}</translation>
    </message>
    <message>
        <source>Version {version} (the current text): {action} by {who} {time}, {state}</source>
        <translation>Версия {version} (текущий текст): {action}, {who}, {time}, {state}</translation>
    </message>
    <message>
        <source>Version {version}: {action} by {who} {time}, {state}</source>
        <translation>Версия {version}: {action}, {who}, {time}, {state}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Nothing kept yet for this story.</source>
        <translation>Для этого материала пока ничего не сохранено.</translation>
    </message>
    <message>
        <source>version {version} ({made}), the current text</source>
        <translation>версия {version} ({made}), текущий текст</translation>
    </message>
    <message>
        <source>version {version} ({made})</source>
        <translation>версия {version} ({made})</translation>
    </message>
    <message>
        <source>Versions of the story</source>
        <translation>Версии материала</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Show what changed between the two selected versions (one selected: between it and the current text)</source>
        <translation>Показать, что изменилось между двумя выбранными версиями (если выбрана одна — между ней и текущим текстом)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Make the selected version&apos;s text the story&apos;s next version (the current text is kept as a version too)</source>
        <translation>Сделать текст выбранной версии следующей версией материала (текущий текст тоже сохранится как версия)</translation>
    </message>
    <message>
        <source>No story open.</source>
        <translation>Материал не открыт.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the story…</source>
        <translation>Материал открывается…</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Открывается библиотека…</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Stories, desk and search</source>
        <translation>Материалы, выпуск и поиск</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Checks, history and publishing</source>
        <translation>Проверки, история и публикация</translation>
    </message>
    <message>
        <source>No library open</source>
        <translation>Библиотека не открыта</translation>
    </message>
    <message>
        <source>{error}

Start Editorial with --library to choose another library, or set EDITORIAL_LIBRARY.</source>
        <translation>{error}

Запустите Editorial с --library, чтобы выбрать другую библиотеку, или задайте EDITORIAL_LIBRARY.</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Проверки</translation>
    </message>
    <message>
        <source>Show the checks panel: spelling, house style, counts</source>
        <translation>Показать панель проверок: орфография, стиль редакции, счётчики</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Изменения не сохранены</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved:

{error}

Quit anyway and lose them?</source>
        <translation>Последние изменения не удалось сохранить:

{error}

Всё равно выйти и потерять их?</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Type a search to save first.</source>
        <translation>Сначала введите запрос, который нужно сохранить.</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search: words, &quot;a phrase&quot;, -word, by:, status:, lang:, date:…</source>
        <translation>Поиск: слова, &quot;фраза&quot;, -слово, by:, status:, lang:, date:…</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Поиск по библиотеке</translation>
    </message>
    <message>
        <source>Order of results</source>
        <translation>Порядок результатов</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Лучшее совпадение</translation>
    </message>
    <message>
        <source>Newest first, or the best match first</source>
        <translation>Сначала новые или сначала лучшие совпадения</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Keep this search for the desk</source>
        <translation>Сохранить этот поиск для выпуска</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранённые</translation>
    </message>
    <message>
        <source>No story found.</source>
        <translation>Материалов не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n материал</numerusform>
            <numerusform>%n материала</numerusform>
            <numerusform>%n материалов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>StatusTitle</name>
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
</context>
<context>
    <name>StoryDesk</name>
    <message>
        <source>“{headline}” spiked (View ▸ Show Spiked to restore it)</source>
        <translation>«{headline}» — в корзине (восстановить: Вид ▸ Показать корзину)</translation>
    </message>
    <message>
        <source>“{headline}” restored</source>
        <translation>«{headline}» восстановлен</translation>
    </message>
    <message>
        <source>The story could not be saved: {error}
Editorial will try again as you type; your text is still in the editor.</source>
        <translation>Материал не удалось сохранить: {error}
Editorial попробует снова, пока вы печатаете; ваш текст по-прежнему в редакторе.</translation>
    </message>
</context>
<context>
    <name>StoryListModel</name>
    <message>
        <source>Untitled story</source>
        <translation>Материал без заголовка</translation>
    </message>
</context>
<context>
    <name>StoryListPanel</name>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Put the selected story back in the library</source>
        <translation>Вернуть выбранный материал в библиотеку</translation>
    </message>
    <message>
        <source>Spiked</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Nothing is spiked.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <source>No stories yet. Press Ctrl+N to start one.</source>
        <translation>Материалов пока нет. Нажмите Ctrl+N, чтобы начать.</translation>
    </message>
</context>
<context>
    <name>StoryListView</name>
    <message>
        <source>Stories</source>
        <translation>Материалы</translation>
    </message>
</context>
<context>
    <name>StoryStatusBar</name>
    <message>
        <source>Headline {length}/{limit}</source>
        <translation>Заголовок {length}/{limit}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Сохранено в {time}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Есть несохранённые изменения</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>Хранится на этом компьютере</translation>
    </message>
    <message>
        <source>Where the story stands on the desk</source>
        <translation>На каком этапе выпуска материал</translation>
    </message>
    <message>
        <source>Longer than the house limit of {limit} characters</source>
        <translation>Длиннее принятого в редакции предела в {limit} знаков</translation>
    </message>
    <message>
        <source>Headline length and the house limit</source>
        <translation>Длина заголовка и предел, принятый в редакции</translation>
    </message>
    <message>
        <source>Read-only here: locked by {name}</source>
        <translation>Здесь только чтение: материал занят ({name})</translation>
    </message>
</context>
<context>
    <name>StoryVersions</name>
    <message>
        <source>Version {version} restored as version {new}; the text it replaced is kept in the history</source>
        <translation>Версия {version} восстановлена как версия {new}; заменённый текст сохранён в истории</translation>
    </message>
    <message>
        <source>The version was not restored: {error}</source>
        <translation>Версия не восстановлена: {error}</translation>
    </message>
</context>
<context>
    <name>StoryWorkflow</name>
    <message>
        <source>Return to Author</source>
        <translation>Вернуть автору</translation>
    </message>
    <message>
        <source>What should the author change? The note goes back with the story and is kept in its history.</source>
        <translation>Что автору нужно изменить? Примечание уйдёт вместе с материалом и сохранится в его истории.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Kill Story</source>
        <translation>Отозвать материал</translation>
    </message>
    <message>
        <source>Why is the story withdrawn? Killing is final: the story can never be changed or restored. The reason travels as the editorial note.</source>
        <translation>Почему материал отзывается? Отзыв окончателен: материал больше нельзя будет изменить или восстановить. Причина уйдёт как редакционное примечание.</translation>
    </message>
    <message>
        <source>The published text stays as it went out. You edit a new version ({version}); when you submit it, Editorial shows what you changed since publication and drafts the correction note for you to edit.</source>
        <translation>Опубликованный текст остаётся таким, каким вышел. Вы правите новую версию ({version}); когда вы её сдадите, Editorial покажет, что изменилось после публикации, и подготовит черновик уведомления об исправлении, который можно отредактировать.</translation>
    </message>
    <message>
        <source>“{headline}” submitted</source>
        <translation>«{headline}» сдан</translation>
    </message>
    <message>
        <source>“{headline}” approved</source>
        <translation>«{headline}» одобрен</translation>
    </message>
    <message>
        <source>“{headline}” returned to its author</source>
        <translation>«{headline}» возвращён автору</translation>
    </message>
    <message>
        <source>“{headline}” opened for correction: edit it, then Submit (the note is drafted)</source>
        <translation>«{headline}» открыт для исправления: внесите правку, затем сдайте (примечание подготовлено)</translation>
    </message>
    <message>
        <source>“{headline}” killed</source>
        <translation>«{headline}» отозван</translation>
    </message>
    <message>
        <source>The story is now {state} (moved elsewhere)</source>
        <translation>Состояние материала теперь: {state} (изменено в другом месте)</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Материал без заголовка</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>{error}
The story has been read again as the library holds it.</source>
        <translation>{error}
Материал заново прочитан из библиотеки.</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <source>Correct “{headline}”?</source>
        <translation>Исправить «{headline}»?</translation>
    </message>
    <message>
        <source>Open Correction</source>
        <translation>Открыть исправление</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
</context>
<context>
    <name>UnwritableLibrary</name>
    <message>
        <source>The library can be written again: the text kept on this computer is in it.</source>
        <translation>В библиотеку снова можно записывать: текст, хранившийся на этом компьютере, записан в неё.</translation>
    </message>
    <message>
        <source>The library can&apos;t be written: {reason}
Your text is kept on this computer and will be written to the library when it can.</source>
        <translation>В библиотеку нельзя записать: {reason}
Ваш текст хранится на этом компьютере и будет записан в библиотеку, как только это станет возможно.</translation>
    </message>
    <message>
        <source>“{original}” was changed elsewhere while the library could not be written. Your text did not replace it: it is kept as a new story, “{copy}”.</source>
        <translation>«{original}» был изменён в другом месте, пока в библиотеку нельзя было записать. Ваш текст не заменил его: он сохранён как новый материал «{copy}».</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без заголовка</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation>&amp;Новый материал</translation>
    </message>
    <message>
        <source>Start a new story</source>
        <translation>Начать новый материал</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the story now</source>
        <translation>Сохранить материал сейчас</translation>
    </message>
    <message>
        <source>&amp;Close Story</source>
        <translation>&amp;Закрыть материал</translation>
    </message>
    <message>
        <source>Close the story</source>
        <translation>Закрыть материал</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Save and quit Editorial</source>
        <translation>Сохранить и выйти из Editorial</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Find text in the story</source>
        <translation>Найти текст в материале</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Найти &amp;ранее</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Сдать</translation>
    </message>
    <message>
        <source>File the story for the copy desk</source>
        <translation>Сдать материал выпускающему редактору</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Одобрить</translation>
    </message>
    <message>
        <source>Sign the story off for publication</source>
        <translation>Одобрить материал к публикации</translation>
    </message>
    <message>
        <source>&amp;Return to Author…</source>
        <translation>&amp;Вернуть автору…</translation>
    </message>
    <message>
        <source>Send the story back with a note saying why</source>
        <translation>Вернуть материал с примечанием о причине</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Исправить…</translation>
    </message>
    <message>
        <source>Open a published story&apos;s new version, with a note</source>
        <translation>Открыть новую версию опубликованного материала, с примечанием</translation>
    </message>
    <message>
        <source>&amp;Kill…</source>
        <translation>О&amp;тозвать…</translation>
    </message>
    <message>
        <source>Withdraw a published story for good</source>
        <translation>Окончательно отозвать опубликованный материал</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Вычитка</translation>
    </message>
    <message>
        <source>Review the story: what changed, comments, sign-off</source>
        <translation>Вычитка материала: что изменилось, комментарии, одобрение</translation>
    </message>
    <message>
        <source>&amp;Desk View</source>
        <translation>&amp;Выпуск</translation>
    </message>
    <message>
        <source>The stories on the desk, grouped by state</source>
        <translation>Материалы на выпуске, по состояниям</translation>
    </message>
    <message>
        <source>&amp;Search the Library…</source>
        <translation>&amp;Поиск по библиотеке…</translation>
    </message>
    <message>
        <source>Find stories: words, &quot;a phrase&quot;, -word, by:, status:, lang:, date:</source>
        <translation>Найти материалы: слова, &quot;фраза&quot;, -слово, by:, status:, lang:, date:</translation>
    </message>
    <message>
        <source>S&amp;pike</source>
        <translation>В &amp;корзину</translation>
    </message>
    <message>
        <source>Spike the selected story (shelve it)</source>
        <translation>Отправить выбранный материал в корзину (отложить)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Take the story off the spike, as it was</source>
        <translation>Вернуть материал из корзины в прежнем виде</translation>
    </message>
    <message>
        <source>Show S&amp;piked</source>
        <translation>Показать &amp;корзину</translation>
    </message>
    <message>
        <source>Show the spiked stories</source>
        <translation>Показать материалы в корзине</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Add stories from files: web copy, ninjs, Markdown</source>
        <translation>Добавить материалы из файлов: веб-тексты, ninjs, Markdown</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Write the story to a file: ninjs, Markdown or HTML</source>
        <translation>Записать материал в файл: ninjs, Markdown или HTML</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Your name, house style, …</source>
        <translation>Ваше имя, стиль редакции, …</translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation>&amp;Сотрудники…</translation>
    </message>
    <message>
        <source>The people the byline field completes</source>
        <translation>Люди, которых подсказывает поле подписи</translation>
    </message>
    <message>
        <source>People and R&amp;oles…</source>
        <translation>Люди и &amp;роли…</translation>
    </message>
    <message>
        <source>Who is at the desk and what each may do</source>
        <translation>Кто работает на выпуске и что каждому разрешено</translation>
    </message>
    <message>
        <source>Pre-f&amp;light…</source>
        <translation>&amp;Предпросмотр отправки…</translation>
    </message>
    <message>
        <source>Exactly what each endpoint will receive for the story</source>
        <translation>Что именно получит каждая точка публикации для этого материала</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Очередь отправки…</translation>
    </message>
    <message>
        <source>Every delivery: waiting, sent, failed</source>
        <translation>Все отправки: ожидающие, отправленные, неудачные</translation>
    </message>
    <message>
        <source>Publishing &amp;Endpoints…</source>
        <translation>&amp;Точки публикации…</translation>
    </message>
    <message>
        <source>Where approved stories are sent</source>
        <translation>Куда отправляются одобренные материалы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;Материал</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Выпуск</translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <source>City completion is not available: {error}</source>
        <translation>Подсказка городов недоступна: {error}</translation>
    </message>
    <message>
        <source>A house style file was skipped: {problem}</source>
        <translation>Файл стиля редакции пропущен: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>A house style file was skipped: {problem} (and %n more)</source>
        <translation>
            <numerusform>Файл стиля редакции пропущен: {problem} (и ещё %n)</numerusform>
            <numerusform>Файл стиля редакции пропущен: {problem} (и ещё %n)</numerusform>
            <numerusform>Файл стиля редакции пропущен: {problem} (и ещё %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The preferences could not be saved: {error}</source>
        <translation>Настройки не удалось сохранить: {error}</translation>
    </message>
    <message>
        <source>Preferences saved. The new language is used when Editorial starts again.</source>
        <translation>Настройки сохранены. Новый язык будет использован при следующем запуске Editorial.</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Настройки сохранены</translation>
    </message>
</context>
<context>
    <name>StoryLength</name>
    <message numerus="yes">
        <source>{count} character(s)</source>
        <translation>
            <numerusform>{count} знак</numerusform>
            <numerusform>{count} знака</numerusform>
            <numerusform>{count} знаков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} word(s)</source>
        <translation>
            <numerusform>{count} слово</numerusform>
            <numerusform>{count} слова</numerusform>
            <numerusform>{count} слов</numerusform>
        </translation>
    </message>
    <message>
        <source>{words} · {characters} (lede and body)</source>
        <translation>{words} · {characters} (лид и текст)</translation>
    </message>
    <message>
        <source>Words and characters in the lede and body as published: Markdown markup and link addresses are not counted, nor are the headline, byline and dateline. The ninjs export gives the same word count.</source>
        <translation>Слова и знаки лида и основного текста в опубликованном виде: разметка Markdown и адреса ссылок не считаются, как и заголовок, подпись и дейтлайн. Экспорт в ninjs даёт то же число слов.</translation>
    </message>
</context>
<context>
    <name>LibrarySwitch</name>
    <message>
        <source>{error}
You are still working in {current}.</source>
        <translation>{error}
Вы по-прежнему работаете в библиотеке {current}.</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved, so Editorial stays on this library and keeps them in the editor: {error}</source>
        <translation>Последние изменения не удалось сохранить, поэтому Editorial остаётся в этой библиотеке, а изменения — в редакторе: {error}</translation>
    </message>
    <message>
        <source>Now working in the library {location}</source>
        <translation>Теперь вы работаете в библиотеке {location}</translation>
    </message>
    <message>
        <source>Opening the library {location}…</source>
        <translation>Открывается библиотека {location}…</translation>
    </message>
</context>
</TS>
