; Inno Setup script: a per-machine installer of the PyInstaller bundle (dist\editorial),
; with a Start-menu entry, for IT to deploy silently:
;
;   Editorial-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; Built by packaging\windows\build-windows.ps1 (iscc /DAppVersion=... editorial.iss).
; Windows 10 1809 (build 17763) or newer, 64-bit: the oldest the Qt 6 in PySide6 supports.
; The system-wide settings (house style, library, endpoints, locked options) go in
; %ProgramData%\Editorial\config.toml, which IT provides; the uninstaller leaves it, and
; every user's library and settings in %LOCALAPPDATA%\editorial, alone.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6C1B0E52-4E2B-4B8A-9C55-0E0A5D2C7E11}
AppName=Editorial
AppVersion={#AppVersion}
AppPublisher=Editorial developers
DefaultDirName={autopf}\Editorial
DefaultGroupName=Editorial
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=Editorial-{#AppVersion}-setup
SetupIconFile=..\..\build\editorial.ico
UninstallDisplayIcon={app}\editorial.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Files]
Source: "..\..\dist\editorial\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion createallsubdirs

[Icons]
Name: "{autoprograms}\Editorial"; Filename: "{app}\editorial.exe"; AppUserModelID: "org.editorial.Editorial"
Name: "{autodesktop}\Editorial"; Filename: "{app}\editorial.exe"; Tasks: desktopicon

[Tasks]
Name: desktopicon; Description: "Create a desktop shortcut"; Flags: unchecked
