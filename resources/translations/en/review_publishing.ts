<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChecksPanel</name>
    <message numerus="yes">
        <source>{count} word(s)</source>
        <translation>
            <numerusform>{count} word</numerusform>
            <numerusform>{count} words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} character(s)</source>
        <translation>
            <numerusform>{count} character</numerusform>
            <numerusform>{count} characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} error(s)</source>
        <translation>
            <numerusform>{count} error</numerusform>
            <numerusform>{count} errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} warning(s)</source>
        <translation>
            <numerusform>{count} warning</numerusform>
            <numerusform>{count} warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} note(s)</source>
        <translation>
            <numerusform>{count} note</numerusform>
            <numerusform>{count} notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointsDialog</name>
    <message numerus="yes">
        <source>{name} removed, with its secret; {count} waiting deliveries canceled.</source>
        <translation>
            <numerusform>{name} removed, with its secret; {count} waiting deliveries canceled.</numerusform>
            <numerusform>{name} removed, with its secret; {count} waiting deliveries canceled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <source>{count} story(ies)</source>
        <translation>
            <numerusform>{count} story</numerusform>
            <numerusform>{count} stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} file(s)</source>
        <comment>imported from</comment>
        <translation>
            <numerusform>{count} file</numerusform>
            <numerusform>{count} files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} file(s)</source>
        <comment>being imported</comment>
        <translation>
            <numerusform>{count} file</numerusform>
            <numerusform>{count} files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} line(s) of site furniture left out</source>
        <translation>
            <numerusform>{count} line of site furniture left out</numerusform>
            <numerusform>{count} lines of site furniture left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} file(s) failed</source>
        <translation>
            <numerusform>{count} file failed</numerusform>
            <numerusform>{count} files failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message numerus="yes">
        <source>{count} deliveries</source>
        <translation>
            <numerusform>{count} deliveries</numerusform>
            <numerusform>{count} deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} waiting</source>
        <translation>
            <numerusform>{count} waiting</numerusform>
            <numerusform>{count} waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} failed</source>
        <translation>
            <numerusform>{count} failed</numerusform>
            <numerusform>{count} failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxWords</name>
    <message numerus="yes">
        <source>{count} attempt(s) (the outbox lists them)</source>
        <translation>
            <numerusform>{count} attempt (the outbox lists them)</numerusform>
            <numerusform>{count} attempts (the outbox lists them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} waiting</source>
        <translation>
            <numerusform>{count} waiting</numerusform>
            <numerusform>{count} waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} failed</source>
        <translation>
            <numerusform>{count} failed</numerusform>
            <numerusform>{count} failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message numerus="yes">
        <source>{count} bytes</source>
        <translation>
            <numerusform>{count} bytes</numerusform>
            <numerusform>{count} bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✘ {count} problem(s):</source>
        <translation>
            <numerusform>✘ {count} problem:</numerusform>
            <numerusform>✘ {count} problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message numerus="yes">
        <source>{count} people</source>
        <translation>
            <numerusform>{count} people</numerusform>
            <numerusform>{count} people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message numerus="yes">
        <source>{count} people</source>
        <translation>
            <numerusform>{count} people</numerusform>
            <numerusform>{count} people</numerusform>
        </translation>
    </message>
</context>
</TS>
