; Inno Setup 6 script: a per-user setup .exe for the one-folder build.
; Saved as UTF-8 with BOM so Inno Setup reads the German messages correctly.
; Built by build/windows/build.ps1, which passes AppVersion and DistDir:
;   iscc /DAppVersion=0.1.0 /DDistDir=..\out\dist\cobby-desktop build\windows\cobby-desktop.iss
; Installs to %LOCALAPPDATA%\Programs\cobby Desktop without admin rights, adds a
; Start-menu entry, and registers an uninstaller. Uninstalling keeps the
; inventory and the keys in Windows Credential Manager unless the merchant
; says yes to removing them (the default answer is No).

#define AppName "cobby Desktop"
#define AppExe "cobby-desktop.exe"
#define CliExe "cobby-desktop-cli.exe"
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (build.ps1 reads cobby_desktop.__version__)
#endif
#ifndef DistDir
  #define DistDir "..\out\dist\cobby-desktop"
#endif

[Setup]
; The AppId identifies this app across versions: never change it.
AppId={{1EACBEB8-4EDB-4E8C-B614-983EB1CAA0E9}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=cobby
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\out
OutputBaseFilename=cobby-desktop-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\cobby-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[CustomMessages]
en.RemoveDataQuestion=Also remove your cobby Desktop inventory and the API keys it stored in Windows Credential Manager?%n%nChoose No to keep them, so a later installation finds your shops and keys again. Choose Yes only if you no longer need them: the keys cannot be recovered afterwards.
de.RemoveDataQuestion=Auch die Übersicht von cobby Desktop und die API-Schlüssel entfernen, die es in der Windows-Anmeldeinformationsverwaltung gespeichert hat?%n%nWähle Nein, um sie zu behalten: Eine spätere Installation findet deine Shops und Schlüssel dann wieder. Wähle Ja nur, wenn du sie nicht mehr brauchst: Die Schlüssel lassen sich danach nicht wiederherstellen.
en.RemoveDataFailed=The stored keys could not all be removed, so your inventory was kept as the list of what is still stored. Start cobby Desktop again to remove the keys, or remove them in Windows Credential Manager.
de.RemoveDataFailed=Die gespeicherten Schlüssel konnten nicht alle entfernt werden. Deine Übersicht bleibt darum als Liste dessen erhalten, was noch gespeichert ist. Starte cobby Desktop erneut, um die Schlüssel zu entfernen, oder entferne sie in der Windows-Anmeldeinformationsverwaltung.

[Code]
var
  RemoveData: Boolean;

function DataDir(): String;
begin
  { Where platformdirs.user_data_dir("cobby Desktop", "cobby") points on Windows. }
  Result := ExpandConstant('{localappdata}\cobby\cobby Desktop');
end;

function InitializeUninstall(): Boolean;
begin
  Result := True;
  RemoveData := False;
  { A silent uninstall (e.g. an upgrade or an administrator's script) never removes data. }
  if not UninstallSilent() and DirExists(DataDir()) then
    RemoveData := MsgBox(CustomMessage('RemoveDataQuestion'), mbConfirmation,
                         MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  ResultCode: Integer;
begin
  { The keys are removed by the app itself while its files still exist: only it
    knows, from the inventory, which Credential Manager entries are its own.
    The inventory is deleted only after every key is gone, so no key is left
    behind without the list that names it. }
  if (CurUninstallStep = usUninstall) and RemoveData then
  begin
    if Exec(ExpandConstant('{app}\{#CliExe}'), 'purge --yes', '', SW_HIDE,
            ewWaitUntilTerminated, ResultCode) and (ResultCode = 0) then
      DelTree(DataDir(), True, True, True)
    else
      MsgBox(CustomMessage('RemoveDataFailed'), mbInformation, MB_OK);
  end;
end;
