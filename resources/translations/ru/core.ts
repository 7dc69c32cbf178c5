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
</TS>
