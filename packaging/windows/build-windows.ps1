# The Windows installer in one command, on Windows 10/11 with Python 3.11+ (x64) and Inno
# Setup 6 (`choco install innosetup`, or https://jrsoftware.org), from the repository:
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1
#
# Makes dist\editorial\ (the PyInstaller bundle, the same spec as Linux and macOS) and
# dist\Editorial-<version>-setup.exe (per-machine, Start-menu entry; /VERYSILENT for IT).
# Sign editorial.exe, editorial-cli.exe and the setup with signtool before shipping.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$python = if ($env:PYTHON) { $env:PYTHON } else { "py" }
$pyArgs = if ($env:PYTHON) { @() } else { @("-3.11") }

& $python @pyArgs -m venv build\venv
if ($LASTEXITCODE) { throw "venv failed" }
build\venv\Scripts\python -m pip install --disable-pip-version-check . `
    pyinstaller==6.22.3 pyinstaller-hooks-contrib==2026.9 pillow
if ($LASTEXITCODE) { throw "pip install failed" }
build\venv\Scripts\pyinstaller --noconfirm --log-level WARN packaging\editorial.spec
if ($LASTEXITCODE) { throw "pyinstaller failed" }

# A smoke test of the bundle before wrapping it: the console program prints its version.
dist\editorial\editorial-cli.exe --version
if ($LASTEXITCODE) { throw "the bundle does not start" }

build\venv\Scripts\python -c "from PIL import Image; Image.open('desktop/icons/hicolor/256x256/apps/org.editorial.Editorial.png').save('build/editorial.ico', sizes=[(16,16),(32,32),(48,48),(64,64),(128,128),(256,256)])"
$version = (build\venv\Scripts\python -c "from importlib.metadata import version; print(version('editorial'))").Trim()
$iscc = Get-Command iscc -ErrorAction SilentlyContinue
$iscc = if ($iscc) { $iscc.Source } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc /Qp "/DAppVersion=$version" packaging\windows\editorial.iss
if ($LASTEXITCODE) { throw "iscc failed" }
Write-Output "dist\Editorial-$version-setup.exe"
