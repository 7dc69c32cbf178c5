<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>(%n more error(s), in the log)</source>
        <translation><numerusform>(%n more error, in the log)</numerusform><numerusform>(%n more errors, in the log)</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation><numerusform>%n story</numerusform><numerusform>%n stories</numerusform></translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message numerus="yes">
        <source>A house style file was skipped: {problem} (and %n more)</source>
        <translation><numerusform>A house style file was skipped: {problem} (and %n more)</numerusform><numerusform>A house style file was skipped: {problem} (and %n more)</numerusform></translation>
    </message>
</context>
<context>
    <name>StoryLength</name>
    <message numerus="yes">
        <source>{count} character(s)</source>
        <translation>
            <numerusform>{count} character</numerusform>
            <numerusform>{count} characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} word(s)</source>
        <translation>
            <numerusform>{count} word</numerusform>
            <numerusform>{count} words</numerusform>
        </translation>
    </message>
</context>
</TS>
