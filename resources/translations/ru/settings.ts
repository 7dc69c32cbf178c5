<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Editorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three things before you start. Each can be changed later in Settings, and you can skip them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anna Ivanova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It signs the stories you start and names you in each story&apos;s history. Without it, new stories have no byline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the library lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own file, or the desk&apos;s shared database. Another library than this one opens the next time Editorial starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House &amp;style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your administrator for everyone on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FontFamilyChoice</name>
    <message>
        <source>The system&apos;s font</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryLocationField</name>
    <message>
        <source>A &amp;file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared &amp;PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the library in your data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql+psycopg://desk@db.example/newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is shown masked; keep it in the keyring with &apos;editorial library-password&apos; rather than in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editorial libraries ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Русский</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name signs the stories you start and names you in each story&apos;s history. Until it is set, new stories have no byline and the checks say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A story is checked in its own language. Tick the dictionary to use where a language has several (British or American English); with none ticked, the usual one is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your stories are kept. A change takes effect the next time Editorial starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved this soon after you make it, however fast you keep typing: a crash never costs more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House &amp;style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency in datelines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of new stories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest &amp;headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency &amp;domain (story URIs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dictionaries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: made from your name (Anna Ivanova: AI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time Editorial starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your administrator for everyone on this computer (the system-wide settings); it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
