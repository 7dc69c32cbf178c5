<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StructuredPaste</name>
    <message numerus="yes">
        <source>The pasted web copy was read as a story: dateline and lede filled, no headline found; %n line(s) of the page listed as removed. Ctrl+Z in the body gives back the text as pasted.</source>
        <translation>
            <numerusform>The pasted web copy was read as a story: dateline and lede filled, no headline found; %n line of the page listed as removed. Ctrl+Z in the body gives back the text as pasted.</numerusform>
            <numerusform>The pasted web copy was read as a story: dateline and lede filled, no headline found; %n lines of the page listed as removed. Ctrl+Z in the body gives back the text as pasted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pasted web copy was read as a story: headline, dateline and lede filled; %n line(s) of the page listed as removed. Ctrl+Z in the body gives back the text as pasted.</source>
        <translation>
            <numerusform>The pasted web copy was read as a story: headline, dateline and lede filled; %n line of the page listed as removed. Ctrl+Z in the body gives back the text as pasted.</numerusform>
            <numerusform>The pasted web copy was read as a story: headline, dateline and lede filled; %n lines of the page listed as removed. Ctrl+Z in the body gives back the text as pasted.</numerusform>
        </translation>
    </message>
</context>
</TS>
