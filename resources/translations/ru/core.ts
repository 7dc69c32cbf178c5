<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Errors</name>
    <message>
        <source>Story {id} was changed elsewhere (version {found}, this copy is version {expected}). Reload it before saving.</source>
        <translation>Материал {id} изменили в другом месте (версия {found}, эта копия — версия {expected}). Перечитайте его, прежде чем сохранять.</translation>
    </message>
    <message>
        <source>There is no story with id {id} in this library.</source>
        <translation>В этой библиотеке нет материала с номером {id}.</translation>
    </message>
</context>
<context>
    <name>LibraryErrors</name>
    <message>
        <source>{location} is not a usable Editorial library ({detail}). It was left untouched.</source>
        <translation>{location} — непригодная библиотека Editorial ({detail}). Она оставлена как есть.</translation>
    </message>
    <message>
        <source>{location} is not an Editorial library: it is another program's database (tables: {tables}). It was left untouched.</source>
        <translation>{location} — не библиотека Editorial: это база данных другой программы (таблицы: {tables}). Она оставлена как есть.</translation>
    </message>
    <message>
        <source>The library {location} was written by a newer version of Editorial (schema {revision}). Update Editorial to open it; the library was left untouched.</source>
        <translation>Библиотека {location} записана более новой версией Editorial (схема {revision}). Обновите Editorial, чтобы открыть её; библиотека оставлена как есть.</translation>
    </message>
    <message>
        <source>{location} looks like an Editorial library but lacks its tables ({missing}). It was left untouched.</source>
        <translation>{location} похожа на библиотеку Editorial, но в ней нет её таблиц ({missing}). Она оставлена как есть.</translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder}: {detail}.</source>
        <translation>Не удаётся создать папку данных {folder}: {detail}.</translation>
    </message>
    <message>
        <source>Cannot create a library at {location}: the folder {folder} is not writable.</source>
        <translation>Не удаётся создать библиотеку {location}: в папку {folder} нельзя записывать.</translation>
    </message>
    <message>
        <source>Cannot open a library at {location}: the folder {folder} does not exist.</source>
        <translation>Не удаётся открыть библиотеку {location}: папки {folder} не существует.</translation>
    </message>
    <message>
        <source>There is no library at {location}.</source>
        <translation>Библиотеки {location} нет.</translation>
    </message>
    <message>
        <source>There is no library at {location} yet (the file is empty).</source>
        <translation>Библиотеки {location} ещё нет (файл пуст).</translation>
    </message>
    <message>
        <source>{location} is not an Editorial library (it is not an SQLite database). Choose another file; this one was left untouched.</source>
        <translation>{location} — не библиотека Editorial (это не база данных SQLite). Выберите другой файл; этот оставлен как есть.</translation>
    </message>
    <message>
        <source>{location} is not an Editorial library (it is not a regular file but a pipe, device or socket). It was left untouched.</source>
        <translation>{location} — не библиотека Editorial (это не обычный файл, а канал, устройство или сокет). Он оставлен как есть.</translation>
    </message>
    <message>
        <source>{location} is a folder, not an Editorial library file.</source>
        <translation>{location} — это папка, а не файл библиотеки Editorial.</translation>
    </message>
    <message>
        <source>Cannot read the library {location}: {detail}.</source>
        <translation>Не удаётся прочитать библиотеку {location}: {detail}.</translation>
    </message>
    <message>
        <source>Cannot open the library {location}: {detail}.</source>
        <translation>Не удаётся открыть библиотеку {location}: {detail}.</translation>
    </message>
    <message>
        <source>Cannot open a library at {location}: part of that path is a file, not a folder.</source>
        <translation>Не удаётся открыть библиотеку {location}: часть этого пути — файл, а не папка.</translation>
    </message>
    <message>
        <source>Cannot open the library {location}: the database driver it needs is not installed ({detail}).</source>
        <translation>Не удаётся открыть библиотеку {location}: нужный ей драйвер базы данных не установлен ({detail}).</translation>
    </message>
    <message>
        <source>Cannot open the library {location}: Editorial does not know that kind of database; give a file path, or an sqlite:// or postgresql:// URL.</source>
        <translation>Не удаётся открыть библиотеку {location}: Editorial не знает такой базы данных; укажите путь к файлу или адрес sqlite:// либо postgresql://.</translation>
    </message>
    <message>
        <source>The library {location} failed: {detail}</source>
        <translation>Ошибка библиотеки {location}: {detail}</translation>
    </message>
    <message>
        <source>The library {location} is damaged ({detail}); Editorial will not write to it. Recover what it holds with `sqlite3 {location} .recover | sqlite3 recovered.sqlite` and open the recovered copy, or restore a backup.</source>
        <translation>Библиотека {location} повреждена ({detail}); Editorial не будет в неё записывать. Восстановите её содержимое командой `sqlite3 {location} .recover | sqlite3 recovered.sqlite` и откройте восстановленную копию или верните резервную копию.</translation>
    </message>
    <message>
        <source>The library {location} is busy: another program is writing to it; try again.</source>
        <translation>Библиотека {location} занята: в неё пишет другая программа; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The library {location} could not be written: {detail}.</source>
        <translation>Не удалось записать в библиотеку {location}: {detail}.</translation>
    </message>
    <message>
        <source>The library {location} cannot be written ({detail}).</source>
        <translation>В библиотеку {location} нельзя записывать ({detail}).</translation>
    </message>
    <message>
        <source>The library {location} cannot be written, and it was made by an older Editorial: it must be upgraded once, which writes it. Open it where it can be written. Nothing was changed.</source>
        <translation>В библиотеку {location} нельзя записывать, а создана она более старой версией Editorial: её нужно один раз обновить, а это запись. Откройте её там, где в неё можно записывать. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The library {location} cannot be written (check its permissions). Nothing was changed.</source>
        <translation>В библиотеку {location} нельзя записывать (проверьте права доступа). Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <source>the headline is {length} characters; a headline is at most {limit}</source>
        <translation>длина заголовка — {length} зн., а заголовок может быть не длиннее {limit} зн.</translation>
    </message>
    <message>
        <source>this is a binary file, not text</source>
        <translation>это двоичный файл, а не текст</translation>
    </message>
    <message>
        <source>the text is in an unknown encoding (not UTF-8, and not a legacy encoding that can be told); save it as UTF-8</source>
        <translation>текст в неизвестной кодировке (не UTF-8 и не старая кодировка, которую можно распознать); сохраните его в UTF-8</translation>
    </message>
    <message>
        <source>this is a binary file, not text (it holds NUL bytes)</source>
        <translation>это двоичный файл, а не текст (в нём есть байты NUL)</translation>
    </message>
    <message>
        <source>this is {kind}, not text; import takes web copy, ninjs or Markdown</source>
        <translation>это {kind}, а не текст; импортируются текст с сайта, ninjs или Markdown</translation>
    </message>
    <message>
        <source>the text is not valid {encoding}</source>
        <translation>текст — недопустимый {encoding}</translation>
    </message>
    <message>
        <source>a PostScript document</source>
        <translation>документ PostScript</translation>
    </message>
    <message>
        <source>an MP3 file</source>
        <translation>файл MP3</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>база данных SQLite</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>программа для Windows</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>программа</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>архив RAR</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>архив 7-Zip</translation>
    </message>
    <message>
        <source>an xz archive</source>
        <translation>архив xz</translation>
    </message>
    <message>
        <source>a bzip2 archive</source>
        <translation>архив bzip2</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>архив gzip</translation>
    </message>
    <message>
        <source>a media file</source>
        <translation>медиафайл</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>изображение GIF</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>изображение JPEG</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>изображение PNG</translation>
    </message>
    <message>
        <source>an old Microsoft Office document</source>
        <translation>старый документ Microsoft Office</translation>
    </message>
    <message>
        <source>a ZIP archive (or a Word or OpenDocument file)</source>
        <translation>архив ZIP (или файл Word либо OpenDocument)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>документ PDF</translation>
    </message>
    <message>
        <source>a value cannot be read ({detail})</source>
        <translation>не удаётся прочитать значение ({detail})</translation>
    </message>
    <message>
        <source>the text cannot be read as Unicode ({detail})</source>
        <translation>текст не читается как Юникод ({detail})</translation>
    </message>
    <message>
        <source>a number or date is out of range ({detail})</source>
        <translation>число или дата вне допустимых пределов ({detail})</translation>
    </message>
    <message>
        <source>the data is nested too deeply to be a story</source>
        <translation>в данных слишком глубокая вложенность для материала</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>“{name}” holds {found} where an object belongs</source>
        <translation>в «{name}» на месте объекта — {found}</translation>
    </message>
    <message>
        <source>“{name}” should be an array, not {found}</source>
        <translation>«{name}» должно быть массивом, а не так: {found}</translation>
    </message>
    <message>
        <source>the line is longer than {limit} characters; no story is that long</source>
        <translation>строка длиннее {limit} знаков; таких длинных материалов не бывает</translation>
    </message>
    <message>
        <source>item {number}: {problem}</source>
        <translation>элемент {number}: {problem}</translation>
    </message>
    <message>
        <source>not UTF-8 text ({detail})</source>
        <translation>текст не в UTF-8 ({detail})</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be a story</source>
        <translation>в JSON слишком глубокая вложенность для материала</translation>
    </message>
    <message>
        <source>malformed JSON: {detail} (column {column})</source>
        <translation>ошибка в JSON: {detail} (столбец {column})</translation>
    </message>
    <message>
        <source>not a ninjs item: no uri, headline, body or description</source>
        <translation>это не элемент ninjs: нет ни uri, ни заголовка, ни текста, ни описания</translation>
    </message>
    <message>
        <source>expected a ninjs object, found {found}</source>
        <translation>ожидался объект ninjs, а найдено: {found}</translation>
    </message>
    <message>
        <source>the front matter is nested too deeply</source>
        <translation>во вводной части (front matter) слишком глубокая вложенность</translation>
    </message>
    <message>
        <source>the front matter must be a mapping of names to values</source>
        <translation>вводная часть (front matter) должна сопоставлять имена и значения</translation>
    </message>
    <message>
        <source>the front matter is not valid YAML: {detail}</source>
        <translation>вводная часть (front matter) — недопустимый YAML: {detail}</translation>
    </message>
    <message>
        <source>the front matter holds a value that cannot be read ({detail})</source>
        <translation>во вводной части (front matter) есть значение, которое не удаётся прочитать ({detail})</translation>
    </message>
    <message>
        <source>the front matter has no closing “---” line</source>
        <translation>во вводной части (front matter) нет закрывающей строки «---»</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>строка {line}: {problem}</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>{path}: line {line}: {problem}</source>
        <translation>{path}: строка {line}: {problem}</translation>
    </message>
    <message>
        <source>this is not {kind}: it holds no {name}</source>
        <translation>это не {kind}: в нём нет {name}</translation>
    </message>
    <message>
        <source>this is not {kind}: the file is not a zip archive</source>
        <translation>это не {kind}: файл не является zip-архивом</translation>
    </message>
    <message>
        <source>an OpenDocument text (.odt)</source>
        <translation>текст OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>a Word document (.docx)</source>
        <translation>документ Word (.docx)</translation>
    </message>
    <message>
        <source>the e-mail has no text in its body</source>
        <translation>в теле письма нет текста</translation>
    </message>
    <message>
        <source>this is not an e-mail message (no sender, no subject)</source>
        <translation>это не электронное письмо (нет отправителя и темы)</translation>
    </message>
    <message>
        <source>this OpenDocument text is damaged ({detail})</source>
        <translation>этот текст OpenDocument повреждён ({detail})</translation>
    </message>
    <message>
        <source>this Word document cannot be read ({detail})</source>
        <translation>этот документ Word не удаётся прочитать ({detail})</translation>
    </message>
    <message>
        <source>the document's text is {length} characters long; a story is at most {limit}</source>
        <translation>текст документа длиной {length} знаков; материал может быть не длиннее {limit}</translation>
    </message>
    <message>
        <source>cannot be read: {detail}</source>
        <translation>не удаётся прочитать: {detail}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>not a file but a pipe, socket or device; Editorial reads stories from files</source>
        <translation>это не файл, а канал, сокет или устройство; Editorial читает материалы из файлов</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>no such file (the name holds a NUL character)</source>
        <translation>нет такого файла (в имени есть символ NUL)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>нет такого файла</translation>
    </message>
    <message>
        <source>this looks like an XML file; import takes web copy, a web page (HTML), ninjs or Markdown</source>
        <translation>это похоже на файл XML; импортируются текст с сайта, веб-страница (HTML), ninjs или Markdown</translation>
    </message>
    <message>
        <source>the file is {size}; the largest {kind} file imported is {limit}</source>
        <translation>размер файла {size}; самый большой импортируемый файл {kind} — {limit}</translation>
    </message>
    <message>
        <source>no story found in the text</source>
        <translation>в тексте не найден материал</translation>
    </message>
    <message>
        <source>unknown import format “{format}”; one of {formats}</source>
        <translation>неизвестный формат импорта «{format}»; возможны: {formats}</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The city list cannot be read: {detail}</source>
        <translation>Не удаётся прочитать список городов: {detail}</translation>
    </message>
    <message>
        <source>No spelling dictionary is installed for language '{language}' (installed: none).</source>
        <translation>Для языка «{language}» не установлен орфографический словарь (не установлено ни одного).</translation>
    </message>
    <message>
        <source>No spelling dictionary is installed for language '{language}' (installed: {installed}).</source>
        <translation>Для языка «{language}» не установлен орфографический словарь (установлены: {installed}).</translation>
    </message>
    <message>
        <source>Spelling is off: the Enchant library is not installed ({detail}).</source>
        <translation>Проверка орфографии выключена: библиотека Enchant не установлена ({detail}).</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>dd MMM HH:mm</source>
        <comment>a version&apos;s day and time, as a QLocale date pattern</comment>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>В корзину</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат автору</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобрение</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Перехват</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создание</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Возврат версии</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Правка</translation>
    </message>
</context>
<context>
    <name>HistoryNotes</name>
    <message>
        <source>The text typed here, set aside in a conflict</source>
        <translation>Текст, набранный здесь, отложен при конфликте</translation>
    </message>
    <message>
        <source>The text saved elsewhere, set aside when {name} chose another</source>
        <translation>Текст, сохранённый в другом месте, отложен, когда {name} выбрал(а) другой</translation>
    </message>
    <message>
        <source>{holder}'s text (on {host}) when {name} took over</source>
        <translation>Текст {holder} (на {host}) на момент перехвата пользователем {name}</translation>
    </message>
    <message>
        <source>Not yet saved by {name} when {holder} took over</source>
        <translation>Не сохранено пользователем {name}, когда работу перехватил(а) {holder}</translation>
    </message>
    <message>
        <source>Restored version {version}.</source>
        <translation>Восстановлена версия {version}.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>d MMM HH:mm</source>
        <comment>a version&apos;s day and time, as a QLocale date pattern</comment>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <source>No changes since it was filed (v{version}, by {who}).</source>
        <translation>С момента сдачи изменений нет (v{version}, {who}).</translation>
    </message>
    <message>
        <source>Changes since it was first filed (v{first}); unchanged since it was filed again (v{last}).</source>
        <translation>Изменения с первой сдачи (v{first}); после повторной сдачи (v{last}) без изменений.</translation>
    </message>
    <message>
        <source>Changes since it was filed (v{version}, by {who}).</source>
        <translation>Изменения с момента сдачи (v{version}, {who}).</translation>
    </message>
    <message>
        <source>Not filed yet: no changes to show.</source>
        <translation>Ещё не сдан: изменений нет.</translation>
    </message>
    <message>
        <source>v{version} {action}, {when}</source>
        <translation>v{version} {action}, {when}</translation>
    </message>
    <message>
        <source>v{version} {action} by {who}, {when}</source>
        <translation>v{version} {action} ({who}), {when}</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>published</source>
        <translation>опубликован</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>opened for correction</source>
        <translation>открыт для исправления</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановлен</translation>
    </message>
    <message>
        <source>spiked</source>
        <translation>в корзине</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>возвращён</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрен</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>сдан</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сохранён</translation>
    </message>
    <message>
        <source>started</source>
        <translation>начат</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>{name}: {url} did not finish answering within {seconds} seconds.</source>
        <translation>{name}: {url} не закончил ответ за {seconds} с.</translation>
    </message>
    <message>
        <source> (role: {roles})</source>
        <translation> (роль: {roles})</translation>
    </message>
    <message>
        <source>{site} did not answer as WordPress does (no user name).</source>
        <translation>{site} ответил не так, как отвечает WordPress (нет имени пользователя).</translation>
    </message>
    <message>
        <source>WordPress at {site} accepts {user}, but this user may not publish posts{roles}. Give the user the Author, Editor or Administrator role.</source>
        <translation>WordPress на {site} принимает пользователя {user}, но он не может публиковать записи{roles}. Дайте пользователю роль «Автор», «Редактор» или «Администратор».</translation>
    </message>
    <message>
        <source>WordPress at {site} accepts {user}, who may publish posts.</source>
        <translation>WordPress на {site} принимает пользователя {user}, и он может публиковать записи.</translation>
    </message>
    <message>
        <source>{name}: {url} answered {answer}.</source>
        <translation>{name}: {url} ответил {answer}.</translation>
    </message>
    <message>
        <source>{name}: {url} does not answer ({reason}).</source>
        <translation>{name}: {url} не отвечает ({reason}).</translation>
    </message>
    <message>
        <source>{name}: {url} answers ({answer}).</source>
        <translation>{name}: {url} отвечает ({answer}).</translation>
    </message>
    <message>
        <source>WordPress at {site} made the tag “{name}” but named no id</source>
        <translation>WordPress на {site} создал метку «{name}», но не назвал её номер</translation>
    </message>
    <message>
        <source>WordPress at {site} refused the tag “{name}”: {said}</source>
        <translation>WordPress на {site} отклонил метку «{name}»: {said}</translation>
    </message>
    <message>
        <source>WordPress at {site} answered a search with no list</source>
        <translation>WordPress на {site} ответил на поиск без списка</translation>
    </message>
    <message>
        <source>WordPress at {site} {done} but its answer names no post id</source>
        <translation>WordPress на {site}: {done}, но в ответе нет номера записи</translation>
    </message>
    <message>
        <source>WordPress at {site} answered what is not JSON (HTTP {status}, {kind}) when asked to {doing}</source>
        <translation>WordPress на {site} ответил не в JSON (HTTP {status}, {kind}) на запрос «{doing}»</translation>
    </message>
    <message>
        <source>WordPress at {site} answered what is not JSON (HTTP {status}, {kind}) when asked to {doing}: {quote}</source>
        <translation>WordPress на {site} ответил не в JSON (HTTP {status}, {kind}) на запрос «{doing}»: {quote}</translation>
    </message>
    <message>
        <source>{site} answered with a web page, not WordPress' REST API (HTTP {status}, asked to {doing}). Check the endpoint's URL.</source>
        <translation>{site} ответил веб-страницей, а не REST API WordPress (HTTP {status}, запрос: {doing}). Проверьте адрес точки публикации.</translation>
    </message>
    <message>
        <source>WordPress at {site} could not {doing}: {why}</source>
        <translation>WordPress на {site} не смог {doing}: {why}</translation>
    </message>
    <message>
        <source>WordPress at {site} could not {doing}: {why} ({detail})</source>
        <translation>WordPress на {site} не смог {doing}: {why} ({detail})</translation>
    </message>
    <message>
        <source>WordPress at {site} refused to {doing} (HTTP {status}{quoted}).</source>
        <translation>WordPress на {site} отказался {doing} (HTTP {status}{quoted}).</translation>
    </message>
    <message>
        <source>WordPress at {site} could not {doing} just now (HTTP {status}{quoted})</source>
        <translation>WordPress на {site} сейчас не смог {doing} (HTTP {status}{quoted})</translation>
    </message>
    <message>
        <source>WordPress at {site} keeps no trash, so a killed story cannot be moved there (HTTP 501). Set the endpoint to move killed stories to draft.</source>
        <translation>WordPress на {site} не ведёт корзину, поэтому отозванный материал туда не переместить (HTTP 501). Настройте точку публикации переводить отозванные материалы в черновики.</translation>
    </message>
    <message>
        <source>WordPress at {site} answered that its REST API has moved (HTTP {status}). Set the endpoint's URL to the site's address.</source>
        <translation>WordPress на {site} ответил, что его REST API переехал (HTTP {status}). Укажите в точке публикации адрес сайта.</translation>
    </message>
    <message>
        <source>WordPress at {site} answered that its REST API has moved to {where} (HTTP {status}). Set the endpoint's URL to the site's address.</source>
        <translation>WordPress на {site} ответил, что его REST API переехал на {where} (HTTP {status}). Укажите в точке публикации адрес сайта.</translation>
    </message>
    <message>
        <source>There is no WordPress REST API at {site}/wp-json/ (HTTP 404{quoted}). Check the endpoint's URL: it is the site's address, such as https://news.example.com.</source>
        <translation>По адресу {site}/wp-json/ нет REST API WordPress (HTTP 404{quoted}). Проверьте адрес точки публикации: это адрес сайта, например https://news.example.com.</translation>
    </message>
    <message>
        <source>WordPress at {site} does not let “{user}” {doing} (HTTP 403{quoted}). Check the application password and that the user's role may publish posts.</source>
        <translation>WordPress на {site} не позволяет пользователю «{user}» {doing} (HTTP 403{quoted}). Проверьте пароль приложения и то, что роль пользователя позволяет публиковать записи.</translation>
    </message>
    <message>
        <source>WordPress at {site} did not accept the user name “{user}” with this application password (HTTP 401{quoted}). Check the endpoint's user and application password.</source>
        <translation>WordPress на {site} не принял имя пользователя «{user}» с этим паролем приложения (HTTP 401{quoted}). Проверьте пользователя и пароль приложения точки публикации.</translation>
    </message>
    <message>
        <source>the payload could not be made ({problem}); fix the story or the house style, then resend it</source>
        <translation>не удалось подготовить отправку ({problem}); исправьте материал или стиль редакции и отправьте снова</translation>
    </message>
    <message>
        <source>the endpoint was removed</source>
        <translation>точка публикации удалена</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>no answer ({kind})</source>
        <translation>нет ответа ({kind})</translation>
    </message>
    <message>
        <source>no answer ({kind}: {detail})</source>
        <translation>нет ответа ({kind}: {detail})</translation>
    </message>
    <message>
        <source>{answer} (redirects are not followed: fix the endpoint's URL)</source>
        <translation>{answer} (перенаправления не выполняются: исправьте адрес точки публикации)</translation>
    </message>
    <message>
        <source>{answer} (redirects are not followed: fix the endpoint's URL to {where})</source>
        <translation>{answer} (перенаправления не выполняются: исправьте адрес точки публикации на {where})</translation>
    </message>
</context>
<context>
    <name>DeliveryWords</name>
    <message>
        <source>create the tag “{name}”</source>
        <translation>создать метку «{name}»</translation>
    </message>
    <message>
        <source>look up the tag “{name}”</source>
        <translation>найти метку «{name}»</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>соединение не удалось</translation>
    </message>
    <message>
        <source>the connection was closed before an answer came</source>
        <translation>соединение закрылось до ответа</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>не удаётся подключиться</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>ответ не пришёл вовремя</translation>
    </message>
    <message>
        <source>created the post</source>
        <translation>запись создана</translation>
    </message>
    <message>
        <source>updated the post</source>
        <translation>запись обновлена</translation>
    </message>
    <message>
        <source>publish the post now</source>
        <translation>опубликовать запись сейчас</translation>
    </message>
    <message>
        <source>move the post to draft</source>
        <translation>перевести запись в черновики</translation>
    </message>
    <message>
        <source>move the post to the trash</source>
        <translation>переместить запись в корзину</translation>
    </message>
    <message>
        <source>say who is signed in</source>
        <translation>сообщить, кто вошёл</translation>
    </message>
    <message>
        <source>look for the story's post</source>
        <translation>найти запись материала</translation>
    </message>
    <message>
        <source>update the post</source>
        <translation>обновить запись</translation>
    </message>
    <message>
        <source>create the post</source>
        <translation>создать запись</translation>
    </message>
</context>
<context>
    <name>SearchErrors</name>
    <message>
        <source>Search: type words to look for, or a filter such as status:approved.</source>
        <translation>Поиск: введите слова для поиска или фильтр, например status:approved.</translation>
    </message>
    <message>
        <source>Search: there is no date {value}.</source>
        <translation>Поиск: даты {value} не существует.</translation>
    </message>
    <message>
        <source>Search: “{value}” is not a date (YYYY-MM-DD, YYYY-MM or YYYY; {example}).</source>
        <translation>Поиск: «{value}» — не дата (ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ; {example}).</translation>
    </message>
    <message>
        <source>Search: {name}: needs a date ({example}).</source>
        <translation>Поиск: для {name}: нужна дата ({example}).</translation>
    </message>
    <message>
        <source>Search: the urgency range {value} is empty.</source>
        <translation>Поиск: диапазон срочности {value} пуст.</translation>
    </message>
    <message>
        <source>Search: urgency is 1 to 9 ({example}), not “{value}”.</source>
        <translation>Поиск: срочность — от 1 до 9 ({example}), а не «{value}».</translation>
    </message>
    <message>
        <source>Search: “{value}” is not a language tag ({example}).</source>
        <translation>Поиск: «{value}» — не код языка ({example}).</translation>
    </message>
    <message>
        <source>Search: there is no status “{value}” (one of {known}).</source>
        <translation>Поиск: состояния «{value}» нет (возможны: {known}).</translation>
    </message>
    <message>
        <source>Search: {name}: takes values separated by commas ({example}).</source>
        <translation>Поиск: {name}: принимает значения через запятую ({example}).</translation>
    </message>
    <message>
        <source>Search: OR goes between two words or phrases (a OR b).</source>
        <translation>Поиск: OR ставится между двумя словами или фразами (a OR b).</translation>
    </message>
    <message>
        <source>date:2026-11-05 or date:2026-11-01..2026-11-30</source>
        <translation>date:2026-11-05 или date:2026-11-01..2026-11-30</translation>
    </message>
    <message>
        <source>urgency:1 or urgency:1..3</source>
        <translation>urgency:1 или urgency:1..3</translation>
    </message>
    <message>
        <source>Search: the date range is empty (its start is not before its end).</source>
        <translation>Поиск: диапазон дат пуст (его начало не раньше конца).</translation>
    </message>
    <message>
        <source>Search: two different {name} filters; give one.</source>
        <translation>Поиск: два разных фильтра {name}; оставьте один.</translation>
    </message>
    <message>
        <source>Search: {name}: cannot be left out with “-”; give the range wanted.</source>
        <translation>Поиск: {name}: нельзя исключить через «-»; укажите нужный диапазон.</translation>
    </message>
    <message>
        <source>Search: {name}: needs a value ({example}).</source>
        <translation>Поиск: для {name}: нужно значение ({example}).</translation>
    </message>
    <message>
        <source>Search: too many words (at most {count}).</source>
        <translation>Поиск: слишком много слов (не больше {count}).</translation>
    </message>
    <message>
        <source>Search: {name}: needs a value ({name}:word).</source>
        <translation>Поиск: для {name}: нужно значение ({name}:слово).</translation>
    </message>
    <message>
        <source>Search: there is no field “{name}:” (fields: {fields}); put text with a colon in quotes.</source>
        <translation>Поиск: поля «{name}:» нет (поля: {fields}); текст с двоеточием возьмите в кавычки.</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>The endpoint {name} was removed, but its secret could not be deleted: {problem}</source>
        <translation>Точка публикации {name} удалена, но её секрет удалить не удалось: {problem}</translation>
    </message>
    <message>
        <source>There is no outbox entry {entry}.</source>
        <translation>В очереди отправки нет записи {entry}.</translation>
    </message>
    <message>
        <source>Outbox entry {entry} is {state}: only a failed entry, or one waiting to be tried again, can be resent.</source>
        <translation>Запись {entry} в очереди отправки — «{state}»: повторно отправить можно только запись, которую не удалось отправить, или ждущую новой попытки.</translation>
    </message>
    <message>
        <source>{endpoint} has this version of story {story} already, or it waits to go there.</source>
        <translation>Точка публикации {endpoint} уже получила эту версию материала {story}, или версия ждёт отправки туда.</translation>
    </message>
    <message>
        <source>{kind} is no kind of endpoint; the kinds are {kinds}.</source>
        <translation>{kind} — не вид точки публикации; виды: {kinds}.</translation>
    </message>
    <message>
        <source>There is an endpoint named {name} already.</source>
        <translation>Точка публикации с именем {name} уже есть.</translation>
    </message>
    <message>
        <source>There is no endpoint named {name}.</source>
        <translation>Точки публикации с именем {name} нет.</translation>
    </message>
    <message>
        <source>Only an approved or published story is sent; story {story} is {status}.</source>
        <translation>Отправить можно только одобренный или опубликованный материал; состояние материала {story} — «{status}».</translation>
    </message>
</context>
<context>
    <name>WorkflowWords</name>
    <message>
        <source>canceled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>доставлена</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>в очереди</translation>
    </message>
</context>
</TS>
