<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ConflictController</name>
    <message>
        <source>The story could not be read: {error}</source>
        <translation>Не удалось прочитать материал: {error}</translation>
    </message>
    <message>
        <source>The story was changed once more while you chose: this is how it stands now.</source>
        <translation>Пока вы выбирали, материал изменили ещё раз: вот как он выглядит сейчас.</translation>
    </message>
    <message>
        <source>Your choice could not be kept: {error}</source>
        <translation>Не удалось сохранить ваш выбор: {error}</translation>
    </message>
    <message>
        <source>Your text has not been saved: the story was changed elsewhere. It is still in the editor. Reload shows the story as it stands and keeps your text as a revision.</source>
        <translation>Ваш текст не сохранён: материал изменили в другом месте. Текст по-прежнему в редакторе. «Загрузить заново» покажет материал в нынешнем виде, а ваш текст сохранит как версию.</translation>
    </message>
    <message>
        <source>Compare and Choose…</source>
        <translation>Сравнить и выбрать…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Загрузить заново</translation>
    </message>
    <message>
        <source>Saved. Kept their text as revision {theirs} and yours as revision {mine}.</source>
        <translation>Сохранено. Их текст сохранён как версия {theirs}, ваш — как версия {mine}.</translation>
    </message>
    <message>
        <source>Saved. Kept their text as revision {theirs}.</source>
        <translation>Сохранено. Их текст сохранён как версия {theirs}.</translation>
    </message>
    <message>
        <source>Saved. Kept yours as revision {mine}.</source>
        <translation>Сохранено. Ваш текст сохранён как версия {mine}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Changed elsewhere: choose what to keep</source>
        <translation>Изменено в другом месте: выберите, что оставить</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Оставить их текст</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Оставить мой текст</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <source>Keep Merged</source>
        <translation>Оставить объединённый</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Решить позже</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без заголовка</translation>
    </message>
    <message>
        <source>“{headline}” was changed elsewhere</source>
        <translation>«{headline}» изменён в другом месте</translation>
    </message>
    <message>
        <source>Theirs: as stored now (version {version}, saved {time})</source>
        <translation>Их текст: как хранится сейчас (версия {version}, сохранена в {time})</translation>
    </message>
    <message>
        <source>Theirs: as stored now (version {version})</source>
        <translation>Их текст: как хранится сейчас (версия {version})</translation>
    </message>
    <message>
        <source>Mine: as typed here (over version {version})</source>
        <translation>Мой текст: как набран здесь (поверх версии {version})</translation>
    </message>
    <message>
        <source>Both texts are the same: keeping either loses nothing.</source>
        <translation>Тексты совпадают: что ни оставить, ничего не потеряется.</translation>
    </message>
    <message>
        <source>Merged:</source>
        <translation>Объединённый:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Mine: {text}</source>
        <translation>Мой: {text}</translation>
    </message>
    <message>
        <source>Theirs: {text}</source>
        <translation>Их: {text}</translation>
    </message>
    <message>
        <source>Back to Choosing</source>
        <translation>Вернуться к выбору</translation>
    </message>
    <message>
        <source>Someone else saved this story while you were editing it, so your text has not been saved. Keep theirs, keep yours, or merge the two. The text you do not keep is kept as a revision: nothing is lost. Words only theirs has are marked red, words only yours has green.</source>
        <translation>Пока вы правили материал, его сохранил кто-то другой, поэтому ваш текст не сохранён. Оставьте их текст, свой или объедините оба. Текст, который вы не оставите, сохранится как версия: ничего не потеряется. Слова, которые есть только у них, выделены красным, только у вас — зелёным.</translation>
    </message>
</context>
<context>
    <name>DatelineFields</name>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>dateline city</source>
        <translation>город в дейтлайне</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>dateline state or region</source>
        <translation>штат или регион в дейтлайне</translation>
    </message>
    <message>
        <source>State, province or nation, where the house style names one</source>
        <translation>Штат, провинция или страна — если редакционный стиль их называет</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>dateline country</source>
        <translation>страна в дейтлайне</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>dateline date</source>
        <translation>дата в дейтлайне</translation>
    </message>
    <message>
        <source>Type a date as you would write it: 18 Nov, 2008-11-18, today</source>
        <translation>Введите дату так, как пишете её: 18 ноя, 2008-11-18, сегодня</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Агентство</translation>
    </message>
    <message>
        <source>dateline source</source>
        <translation>агентство в дейтлайне</translation>
    </message>
    <message>
        <source>dateline as published</source>
        <translation>дейтлайн, как он будет опубликован</translation>
    </message>
    <message>
        <source>The date “{typed}” is not understood: the story keeps {kept} until it is.</source>
        <translation>Дата «{typed}» не распознана: пока в материале остаётся {kept}.</translation>
    </message>
    <message>
        <source>The date “{typed}” is not understood: the story has no date until it is.</source>
        <translation>Дата «{typed}» не распознана: пока у материала нет даты.</translation>
    </message>
    <message>
        <source>Date not understood; try 18 Nov 2008</source>
        <translation>Дата не распознана; попробуйте 18 ноя 2008</translation>
    </message>
    <message>
        <source>No dateline</source>
        <translation>Нет дейтлайна</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Выре&amp;зать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Найти и за&amp;менить…</translation>
    </message>
    <message>
        <source>Find text in the story and replace it</source>
        <translation>Найти текст в материале и заменить его</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Larger text in the editor and the preview</source>
        <translation>Крупнее текст в редакторе и предпросмотре</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Smaller text in the editor and the preview</source>
        <translation>Мельче текст в редакторе и предпросмотре</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <source>The editor and the preview at their usual size</source>
        <translation>Редактор и предпросмотр в обычном размере</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>No story open

Choose a story from the list, or press Ctrl+N to start a new one.</source>
        <translation>Материал не открыт

Выберите материал в списке или нажмите Ctrl+N, чтобы начать новый.</translation>
    </message>
</context>
<context>
    <name>EmbargoField</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>embargo</source>
        <translation>эмбарго</translation>
    </message>
    <message>
        <source>Hold the story until a given time</source>
        <translation>Придержать материал до заданного времени</translation>
    </message>
    <message>
        <source>embargo time</source>
        <translation>время эмбарго</translation>
    </message>
    <message>
        <source>until</source>
        <translation>до</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>Заменено: %n</numerusform>
            <numerusform>Заменено: %n</numerusform>
            <numerusform>Заменено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in story</source>
        <translation>Найти в материале</translation>
    </message>
    <message>
        <source>find in story</source>
        <translation>поиск в материале</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Следующее совпадение (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Заменить на</translation>
    </message>
    <message>
        <source>replace with</source>
        <translation>заменить на</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <source>Replace the selected match and find the next</source>
        <translation>Заменить выделенное совпадение и найти следующее</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Заменить &amp;все</translation>
    </message>
    <message>
        <source>Replace every match in the story</source>
        <translation>Заменить все совпадения в материале</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>Заменено: %n</numerusform>
            <numerusform>Заменено: %n</numerusform>
            <numerusform>Заменено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Совпадений нет</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} из {total}</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <source>Take Over</source>
        <translation>Забрать себе</translation>
    </message>
    <message>
        <source>Edit the story here; the other window is told and keeps nothing unsaved to itself</source>
        <translation>Править материал здесь; другое окно получит уведомление, и ничего несохранённого у него не останется</translation>
    </message>
    <message>
        <source>You can read it here. Take it over to edit it: their text is kept as a revision.</source>
        <translation>Здесь его можно читать. Чтобы править, заберите его себе: их текст сохранится как версия.</translation>
    </message>
</context>
<context>
    <name>LockedTextBrowser</name>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Image not loaded
in the preview</source>
        <translation>Изображение не загружается
в предпросмотре</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Opening the library…</source>
        <translation>Открывается библиотека…</translation>
    </message>
    <message>
        <source>No story open</source>
        <translation>Материал не открыт</translation>
    </message>
    <message>
        <source>The preview could not be rendered: {error}</source>
        <translation>Не удалось построить предпросмотр: {error}</translation>
    </message>
</context>
<context>
    <name>RemovedLineRow</name>
    <message>
        <source>Put back</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Put this line back into the body where it stood (Ctrl+Z undoes)</source>
        <translation>Вернуть эту строку в текст на прежнее место (Ctrl+Z отменяет)</translation>
    </message>
</context>
<context>
    <name>RemovedLinesPanel</name>
    <message>
        <source>Removed from the page</source>
        <translation>Убрано со страницы</translation>
    </message>
    <message>
        <source>Removed from the page ({count})</source>
        <translation>Убрано со страницы ({count})</translation>
    </message>
</context>
<context>
    <name>SideText</name>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Слаг</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Дейтлайн</translation>
    </message>
    <message>
        <source>Lede</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Рубрики</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>Эмбарго</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <source>Editorial note</source>
        <translation>Заметка редакции</translation>
    </message>
    <message>
        <source>{note}
(never published)</source>
        <translation>{note}
(не публикуется)</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>слаг</translation>
    </message>
    <message>
        <source>follows the headline</source>
        <translation>по заголовку</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>Language of the story: pick one by name, or type a BCP 47 tag such as en-GB</source>
        <translation>Язык материала: выберите по названию или введите тег BCP 47, например ru или en-GB</translation>
    </message>
    <message>
        <source>bylines</source>
        <translation>подписи</translation>
    </message>
    <message>
        <source>Anna Ivanova / Moscow; John Smith</source>
        <translation>Анна Иванова / Москва; Иван Петров</translation>
    </message>
    <message>
        <source>People separated by semicolons; a role after &apos; / &apos; or in parentheses</source>
        <translation>Авторы через точку с запятой; роль — после « / » или в скобках</translation>
    </message>
    <message>
        <source>lede</source>
        <translation>лид</translation>
    </message>
    <message>
        <source>Standfirst: the story in a sentence or two</source>
        <translation>Лид: суть материала в одном-двух предложениях</translation>
    </message>
    <message>
        <source>body</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>Write the story in Markdown. A blank line starts a paragraph.</source>
        <translation>Пишите материал в Markdown. Пустая строка начинает абзац.</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>ключевые слова</translation>
    </message>
    <message>
        <source>Comma separated: politics, Turkey</source>
        <translation>Через запятую: политика, Турция</translation>
    </message>
    <message>
        <source>editorial note</source>
        <translation>заметка редакции</translation>
    </message>
    <message>
        <source>For the desk only</source>
        <translation>Только для редакции</translation>
    </message>
    <message>
        <source>For the desk: this note is never published</source>
        <translation>Для редакции: эта заметка никогда не публикуется</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Подпись</translation>
    </message>
</context>
<context>
    <name>StoryLockKeeper</name>
    <message>
        <source>The story could not be taken over: {error}</source>
        <translation>Не удалось забрать материал: {error}</translation>
    </message>
    <message>
        <source>the other editor</source>
        <translation>другого редактора</translation>
    </message>
    <message>
        <source>You took the story over from {who}; their text is kept as revision {version}.</source>
        <translation>Вы забрали материал у пользователя {who}; его текст сохранён как версия {version}.</translation>
    </message>
    <message>
        <source>nothing was lost: all you typed had been saved</source>
        <translation>ничего не потеряно: всё набранное было сохранено</translation>
    </message>
    <message>
        <source>{name} on {host} took this story over; it is now read-only here. Your text not yet saved: {where}.</source>
        <translation>{name} ({host}) забрал(а) этот материал; здесь он теперь только для чтения. Ваш несохранённый текст: {where}.</translation>
    </message>
    <message>
        <source>Another window took this story over, and your unsaved text could not be kept in the library: {error}
It is still in the editor: copy it before closing.</source>
        <translation>Другое окно забрало этот материал, и ваш несохранённый текст не удалось сохранить в библиотеке: {error}
Он всё ещё в редакторе: скопируйте его перед закрытием.</translation>
    </message>
</context>
<context>
    <name>StructuredPaste</name>
    <message numerus="yes">
        <source>The pasted web copy was read as a story: headline, dateline and lede filled; %n line(s) of the page listed as removed. Ctrl+Z in the body gives back the text as pasted.</source>
        <translation>
            <numerusform>Вставленный текст с веб-страницы разобран как материал: заголовок, дейтлайн и лид заполнены; %n строка страницы отмечена как удалённая. Ctrl+Z в тексте возвращает вставку как есть.</numerusform>
            <numerusform>Вставленный текст с веб-страницы разобран как материал: заголовок, дейтлайн и лид заполнены; %n строки страницы отмечены как удалённые. Ctrl+Z в тексте возвращает вставку как есть.</numerusform>
            <numerusform>Вставленный текст с веб-страницы разобран как материал: заголовок, дейтлайн и лид заполнены; %n строк страницы отмечены как удалённые. Ctrl+Z в тексте возвращает вставку как есть.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pasted web copy was read as a story: dateline and lede filled, no headline found; %n line(s) of the page listed as removed. Ctrl+Z in the body gives back the text as pasted.</source>
        <translation>
            <numerusform>Вставленный текст с веб-страницы разобран как материал: дейтлайн и лид заполнены, заголовок не найден; %n строка страницы отмечена как удалённая. Ctrl+Z в тексте возвращает вставку как есть.</numerusform>
            <numerusform>Вставленный текст с веб-страницы разобран как материал: дейтлайн и лид заполнены, заголовок не найден; %n строки страницы отмечены как удалённые. Ctrl+Z в тексте возвращает вставку как есть.</numerusform>
            <numerusform>Вставленный текст с веб-страницы разобран как материал: дейтлайн и лид заполнены, заголовок не найден; %n строк страницы отмечены как удалённые. Ctrl+Z в тексте возвращает вставку как есть.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not pasted: the text is {length} characters long, and a story is at most {limit}. It may be a whole page or a file; the text is still on the clipboard, and File ▸ Import… reads files.</source>
        <translation>Не вставлено: в тексте {length} знаков, а материал — не больше {limit}. Возможно, это целая страница или файл; текст остался в буфере обмена, а файлы читает Файл ▸ Импорт…</translation>
    </message>
    <message>
        <source>Pasted only the first {kept} of {length} characters into the field: it holds one line. The whole text is still on the clipboard.</source>
        <translation>В поле вставлены только первые {kept} из {length} знаков: в нём одна строка. Весь текст остался в буфере обмена.</translation>
    </message>
    <message>
        <source>The pasted text was kept as it is: no headline or lede found.</source>
        <translation>Вставленный текст оставлен как есть: заголовок и лид не найдены.</translation>
    </message>
    <message numerus="yes">
        <source>The pasted web copy was read as a story: dateline and lede filled, no headline found; %n line(s) of the page listed as removed. Ctrl+Z in the body gives back the text as pasted.</source>
        <translation>
            <numerusform>Вставленная веб-страница прочитана как материал: дейтлайн и лид заполнены, заголовок не найден; %n строка страницы в списке убранных. Ctrl+Z в тексте вернёт вставку как была.</numerusform>
            <numerusform>Вставленная веб-страница прочитана как материал: дейтлайн и лид заполнены, заголовок не найден; %n строки страницы в списке убранных. Ctrl+Z в тексте вернёт вставку как была.</numerusform>
            <numerusform>Вставленная веб-страница прочитана как материал: дейтлайн и лид заполнены, заголовок не найден; %n строк страницы в списке убранных. Ctrl+Z в тексте вернёт вставку как была.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pasted web copy was read as a story: headline, dateline and lede filled; %n line(s) of the page listed as removed. Ctrl+Z in the body gives back the text as pasted.</source>
        <translation>
            <numerusform>Вставленная веб-страница прочитана как материал: заголовок, дейтлайн и лид заполнены; %n строка страницы в списке убранных. Ctrl+Z в тексте вернёт вставку как была.</numerusform>
            <numerusform>Вставленная веб-страница прочитана как материал: заголовок, дейтлайн и лид заполнены; %n строки страницы в списке убранных. Ctrl+Z в тексте вернёт вставку как была.</numerusform>
            <numerusform>Вставленная веб-страница прочитана как материал: заголовок, дейтлайн и лид заполнены; %n строк страницы в списке убранных. Ctrl+Z в тексте вернёт вставку как была.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted web copy was read as a story: dateline and lede filled, no headline found. Ctrl+Z in the body gives back the text as pasted.</source>
        <translation>Вставленная веб-страница прочитана как материал: дейтлайн и лид заполнены, заголовок не найден. Ctrl+Z в тексте вернёт вставку как была.</translation>
    </message>
    <message>
        <source>The pasted web copy was read as a story: headline, dateline and lede filled. Ctrl+Z in the body gives back the text as pasted.</source>
        <translation>Вставленная веб-страница прочитана как материал: заголовок, дейтлайн и лид заполнены. Ctrl+Z в тексте вернёт вставку как была.</translation>
    </message>
    <message>
        <source>The pasted text was kept as it is: {error}</source>
        <translation>Вставленный текст оставлен как есть: {error}</translation>
    </message>
</context>
<context>
    <name>SubjectsField</name>
    <message>
        <source>subjects</source>
        <translation>рубрики</translation>
    </message>
    <message>
        <source>IPTC Media Topics, separated by semicolons: politics; sport</source>
        <translation>Рубрики IPTC Media Topics через точку с запятой: политика; спорт</translation>
    </message>
    <message>
        <source>IPTC Media Topics by name (type a few letters for the list), or codes such as medtop:11000000; separated by semicolons</source>
        <translation>Рубрики IPTC Media Topics по названию (наберите несколько букв, чтобы увидеть список) или кодом, например medtop:11000000; через точку с запятой</translation>
    </message>
</context>
<context>
    <name>UrgencyField</name>
    <message>
        <source>Flash</source>
        <translation>Молния</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>Экстренно</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочно</translation>
    </message>
    <message>
        <source>Routine (high)</source>
        <translation>Обычная (высокая)</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Обычная</translation>
    </message>
    <message>
        <source>Routine (low)</source>
        <translation>Обычная (низкая)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Самая низкая</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>срочность</translation>
    </message>
    <message>
        <source>How urgent the story is for the wire: 1 flash … 9 lowest</source>
        <translation>Насколько срочен материал для ленты: 1 — молния … 9 — самая низкая</translation>
    </message>
</context>
<context>
    <name>RemovedCopy</name>
    <message>
        <source>between the headline and the lede</source>
        <translation>между заголовком и лидом</translation>
    </message>
    <message>
        <source>standfirst: the page's summary above the dateline</source>
        <translation>врезка: краткое содержание над дейтлайном</translation>
    </message>
    <message>
        <source>not part of the article (the page's menus, sidebars and footer)</source>
        <translation>не часть статьи (меню, боковые колонки и подвал страницы)</translation>
    </message>
    <message>
        <source>the reporter's credit after the dateline (the story has a byline)</source>
        <translation>подпись корреспондента после дейтлайна (у материала есть подпись)</translation>
    </message>
    <message>
        <source>the dateline on a line of its own: read into the story's dateline</source>
        <translation>дейтлайн отдельной строкой: перенесён в дейтлайн материала</translation>
    </message>
    <message>
        <source>after the story's last sentence</source>
        <translation>после последней фразы материала</translation>
    </message>
    <message>
        <source>the lede, printed twice</source>
        <translation>лид, напечатанный дважды</translation>
    </message>
    <message>
        <source>above the headline: the site's name, a section label or kicker</source>
        <translation>над заголовком: название сайта, рубрика или надзаголовок</translation>
    </message>
    <message>
        <source>date, counter or copyright</source>
        <translation>дата, счётчик или копирайт</translation>
    </message>
    <message>
        <source>section label</source>
        <translation>название рубрики</translation>
    </message>
    <message>
        <source>photo caption or credit</source>
        <translation>подпись к фото или автор снимка</translation>
    </message>
    <message>
        <source>teaser or link to another story</source>
        <translation>анонс или ссылка на другой материал</translation>
    </message>
    <message>
        <source>comments or login</source>
        <translation>комментарии или вход</translation>
    </message>
    <message>
        <source>sharing or subscription</source>
        <translation>кнопки «поделиться» или подписка</translation>
    </message>
    <message>
        <source>site navigation or interface</source>
        <translation>навигация или интерфейс сайта</translation>
    </message>
    <message>
        <source>no words</source>
        <translation>нет слов</translation>
    </message>
    <message>
        <source>interface text in another script</source>
        <translation>текст интерфейса в другой письменности</translation>
    </message>
</context>
</TS>
