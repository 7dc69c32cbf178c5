<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome, {name}</source>
        <translation>Добро пожаловать, {name}</translation>
    </message>
    <message>
        <source>Your settings could not be saved: {error}</source>
        <translation>Не удалось сохранить настройки: {error}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Your &amp;initials:</source>
        <translation>&amp;Инициалы:</translation>
    </message>
    <message>
        <source>They sign your notes and name you where a line is short; empty: made from your name.</source>
        <translation>Ими подписываются ваши заметки, и ими вы названы там, где мало места; если пусто — составляются из имени.</translation>
    </message>
    <message>
        <source>Your initials</source>
        <translation>Ваши инициалы</translation>
    </message>
    <message>
        <source>Welcome to Editorial</source>
        <translation>Добро пожаловать в Editorial</translation>
    </message>
    <message>
        <source>Three things before you start. Each can be changed later in Edit ▸ Preferences, and you can skip them now.</source>
        <translation>Три вопроса перед началом работы. Любой ответ можно потом изменить в меню «Правка ▸ Настройки», а сейчас их можно пропустить.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Anna Ivanova</source>
        <translation>Анна Иванова</translation>
    </message>
    <message>
        <source>It signs the stories you start and names you in each story&apos;s history. Without it, new stories have no byline.</source>
        <translation>Им подписаны начатые вами материалы, оно же указано в истории каждого материала. Без него у новых материалов не будет подписи.</translation>
    </message>
    <message>
        <source>House style</source>
        <translation>Стиль редакции</translation>
    </message>
    <message>
        <source>Where the library lives</source>
        <translation>Где хранится библиотека</translation>
    </message>
    <message>
        <source>Your own file, or the desk&apos;s shared database. Another library than this one opens at once.</source>
        <translation>Собственный файл или общая база данных редакции. Другая библиотека откроется сразу.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>House &amp;style:</source>
        <translation>&amp;Стиль редакции:</translation>
    </message>
    <message>
        <source>The &amp;library:</source>
        <translation>&amp;Библиотека:</translation>
    </message>
    <message>
        <source>Start &amp;Writing</source>
        <translation>&amp;Начать работу</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Пропустить</translation>
    </message>
    <message>
        <source>Set by your administrator for everyone on this computer.</source>
        <translation>Задано администратором для всех пользователей этого компьютера.</translation>
    </message>
</context>
<context>
    <name>FontFamilyChoice</name>
    <message>
        <source>The system&apos;s font</source>
        <translation>Системный шрифт</translation>
    </message>
</context>
<context>
    <name>LibraryLocationField</name>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>&amp;Файл на этом компьютере</translation>
    </message>
    <message>
        <source>A shared &amp;PostgreSQL database</source>
        <translation>Общая база данных &amp;PostgreSQL</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Файл библиотеки</translation>
    </message>
    <message>
        <source>Empty: the library in your data folder</source>
        <translation>Пусто — библиотека в вашей папке данных</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose the library file</source>
        <translation>Выбрать файл библиотеки</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>Адрес базы данных</translation>
    </message>
    <message>
        <source>postgresql+psycopg://desk@db.example/newsroom</source>
        <translation>postgresql+psycopg://desk@db.example/newsroom</translation>
    </message>
    <message>
        <source>The password is shown masked; keep it in the keyring with &apos;editorial library-password&apos; rather than in the URL.</source>
        <translation>Пароль скрыт. Храните его в связке ключей (команда «editorial library-password»), а не в адресе.</translation>
    </message>
    <message>
        <source>Library File</source>
        <translation>Файл библиотеки</translation>
    </message>
    <message>
        <source>Editorial libraries ({patterns})</source>
        <translation>Библиотеки Editorial ({patterns})</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Pages of the preferences</source>
        <translation>Разделы настроек</translation>
    </message>
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
    <message>
        <source>The system&apos;s</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Русский</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>О себе</translation>
    </message>
    <message>
        <source>Your name signs the stories you start and names you in each story&apos;s history. Until it is set, new stories have no byline and the checks say so.</source>
        <translation>Вашим именем подписаны начатые вами материалы, оно же указано в истории каждого материала. Пока имя не задано, у новых материалов нет подписи, и проверка об этом сообщает.</translation>
    </message>
    <message>
        <source>House style</source>
        <translation>Стиль редакции</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Орфография</translation>
    </message>
    <message>
        <source>A story is checked in its own language. Tick the dictionary to use where a language has several (British or American English); with none ticked, the usual one is used.</source>
        <translation>Материал проверяется на своём языке. Если у языка несколько словарей (британский и американский английский), отметьте нужный; если ничего не отмечено, используется обычный.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Where your stories are kept. Another library opens at once, in place of this one; what you typed is saved in the library you leave.</source>
        <translation>Где хранятся ваши материалы. Другая библиотека откроется сразу вместо этой; набранное будет сохранено в библиотеке, которую вы покидаете.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Every change is saved this soon after you make it, however fast you keep typing: a crash never costs more.</source>
        <translation>Каждая правка сохраняется не позже чем через это время, как бы быстро вы ни печатали: при сбое больше не потеряется.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>Ини&amp;циалы:</translation>
    </message>
    <message>
        <source>House &amp;style:</source>
        <translation>&amp;Стиль редакции:</translation>
    </message>
    <message>
        <source>&amp;Agency in datelines:</source>
        <translation>&amp;Агентство в дейтлайне:</translation>
    </message>
    <message>
        <source>&amp;Language of new stories:</source>
        <translation>&amp;Язык новых материалов:</translation>
    </message>
    <message>
        <source>Longest &amp;headline:</source>
        <translation>Длина &amp;заголовка, не более:</translation>
    </message>
    <message>
        <source>Agency &amp;domain (story URIs):</source>
        <translation>&amp;Домен агентства (для URI материалов):</translation>
    </message>
    <message>
        <source>&amp;Dictionaries:</source>
        <translation>&amp;Словари:</translation>
    </message>
    <message>
        <source>The library is:</source>
        <translation>Библиотека:</translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation>&amp;Автосохранение через:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Цвета:</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>&amp;Язык окна:</translation>
    </message>
    <message>
        <source>Story &amp;font:</source>
        <translation>&amp;Шрифт материала:</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>&amp;Размер шрифта:</translation>
    </message>
    <message>
        <source>Empty: made from your name (Anna Ivanova: AI).</source>
        <translation>Пусто — по имени (Анна Иванова: АИ).</translation>
    </message>
    <message>
        <source>Takes effect the next time Editorial starts.</source>
        <translation>Вступит в силу при следующем запуске Editorial.</translation>
    </message>
    <message>
        <source>In characters.</source>
        <translation>В знаках.</translation>
    </message>
    <message>
        <source>Set by your administrator for everyone on this computer (the system-wide settings); it cannot be changed here.</source>
        <translation>Задано администратором для всех пользователей этого компьютера (общесистемные настройки); здесь это изменить нельзя.</translation>
    </message>
    <message>
        <source>The system&apos;s size</source>
        <translation>Системный размер</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
</context>
</TS>
