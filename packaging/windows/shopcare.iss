; Inno Setup 6 script: ShopCare for Windows, installed for the person who runs it.
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\ShopCare /O..\..\dist packaging\windows\shopcare.iss
;
; - No administrator rights needed: it goes to %LOCALAPPDATA%\Programs\ShopCare by default
;   (an administrator may choose "for all users" in the dialog).
; - Start menu entry, optional desktop shortcut, uninstaller; Korean or English set-up,
;   chosen from Windows' language.
; - The shop's data (%LOCALAPPDATA%\ShopCare\ShopCare, backups included) is never
;   touched by installing, updating or uninstalling: it is the shop's history.

#ifndef AppVersion
  #error Pass the version: /DAppVersion=0.1.0
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\ShopCare"
#endif

[Setup]
; The AppId never changes: it is how Windows knows an update from a new program.
AppId={{7C3B2E61-5D0A-4C8B-9E1F-3A6D2B8C4F10}
AppName=ShopCare
AppVersion={#AppVersion}
AppVerName=ShopCare {#AppVersion}
AppPublisher=ShopCare
DefaultDirName={autopf}\ShopCare
DefaultGroupName=ShopCare
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=ShopCare-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\ShopCare.exe
CloseApplications=yes

[Languages]
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\ShopCare"; Filename: "{app}\ShopCare.exe"
Name: "{group}\{cm:UninstallProgram,ShopCare}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\ShopCare"; Filename: "{app}\ShopCare.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ShopCare.exe"; Description: "{cm:LaunchProgram,ShopCare}"; Flags: nowait postinstall skipifsilent

; Nothing under [UninstallDelete]: the data folder is the shop's, not the program's.
