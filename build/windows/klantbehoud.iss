; Inno Setup script: a per-user Windows installer for the one-folder app (no administrator rights needed).
; Built by .github/workflows/package.yml after build/package.py:
;   iscc /DAppVersion=0.2.0 build\windows\klantbehoud.iss
; The version comes from core/__init__.py (the workflow passes it); the app lands in
; %LOCALAPPDATA%\Programs\Klantbehoud, with a Start-menu entry and *.klantbehoud opening in the app.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z build\windows\klantbehoud.iss
#endif

[Setup]
AppId={{6F0C3B1E-4B2A-4C55-9E7D-2D8A1C5F7B10}
AppName=Klantbehoud
AppVersion={#AppVersion}
AppVerName=Klantbehoud {#AppVersion}
AppPublisher=Klantbehoud
AppPublisherURL=https://klantbehoud.nl
DefaultDirName={autopf}\Klantbehoud
DefaultGroupName=Klantbehoud
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Klantbehoud-{#AppVersion}-setup
SetupIconFile=..\work\klantbehoud.ico
UninstallDisplayIcon={app}\Klantbehoud.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\Klantbehoud\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Klantbehoud"; Filename: "{app}\Klantbehoud.exe"
Name: "{autodesktop}\Klantbehoud"; Filename: "{app}\Klantbehoud.exe"; Tasks: desktopicon

[Registry]
; The shop file type, for this user only (HKCU through HKA when installed without administrator rights).
Root: HKA; Subkey: "Software\Classes\.klantbehoud"; ValueType: string; ValueName: ""; ValueData: "Klantbehoud.Shop"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Klantbehoud.Shop"; ValueType: string; ValueName: ""; ValueData: "Klantbehoud shop"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Klantbehoud.Shop\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Klantbehoud.exe,0"
Root: HKA; Subkey: "Software\Classes\Klantbehoud.Shop\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Klantbehoud.exe"" ""%1"""

[Run]
Filename: "{app}\Klantbehoud.exe"; Description: "{cm:LaunchProgram,Klantbehoud}"; Flags: nowait postinstall skipifsilent
