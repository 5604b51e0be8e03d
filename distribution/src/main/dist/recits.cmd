@echo off
rem Starts Recits on Windows, as the recits script does elsewhere: a plain Java main that embeds the
rem OSGi framework and runs the command line in it, from any current folder. Memory is bounded (1 GiB
rem heap) and C1 alone compiles (see the recits script for the measures); RECITS_JAVA_OPTS replaces them.
setlocal
rem The product folder, without the trailing backslash that would escape the closing quote below.
set "RECITS_HOME=%~dp0."
rem The JDK, as the recits script picks it: RECITS_JAVA_HOME when set, else the newest of JAVA_HOME's, the one
rem on the PATH and those of the usual install folders, JAVA_HOME first among equals, each version read from
rem the JDK's release file (asking java -version would cost a tenth of a second per JDK on every start).
set "JAVA="
set "JAVA_MAJOR=0"
if defined RECITS_JAVA_HOME (
  call :consider "%RECITS_JAVA_HOME%"
  if not defined JAVA set "JAVA=%RECITS_JAVA_HOME%\bin\java.exe"
  goto picked
)
if defined JAVA_HOME call :consider "%JAVA_HOME%"
for /f "delims=" %%j in ('where java.exe 2^>nul') do call :consider "%%~dpj.."
for /d %%d in ("%ProgramFiles%\Java\*" "%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Microsoft\jdk-*" "%ProgramFiles%\Amazon Corretto\*" "%ProgramFiles%\Zulu\*") do call :consider "%%~d"
if not defined JAVA set "JAVA=java"
:picked
if not defined RECITS_JAVA_OPTS set "RECITS_JAVA_OPTS=-Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto"
rem Felix 7 reads classes' memory through sun.misc.Unsafe, which Java 23 and later warn about at every start.
set "RECITS_UNSAFE="
if %JAVA_MAJOR% GEQ 23 set "RECITS_UNSAFE=--sun-misc-unsafe-memory-access=allow"
rem The messages are UTF-8 (accents, no-break spaces): the console shows them in code page 65001,
rem and gets its own code page back at the end.
for /f "tokens=2 delims=:." %%c in ('chcp') do set "RECITS_CP=%%c"
chcp 65001 >nul
"%JAVA%" %RECITS_UNSAFE% %RECITS_JAVA_OPTS% -Djava.awt.headless=true -Dfile.encoding=UTF-8 "-Drecits.home=%RECITS_HOME%" -jar "%RECITS_HOME%\lib\recits-launcher.jar" %*
set "RECITS_EXIT=%ERRORLEVEL%"
if defined RECITS_CP chcp %RECITS_CP% >nul
endlocal & exit /b %RECITS_EXIT%

rem :consider DIR - DIR\bin\java.exe becomes JAVA when its release file says a newer major version than JAVA_MAJOR
rem (a JDK without one is taken only when none was found yet).
:consider
if not exist "%~1\bin\java.exe" exit /b 0
set "C_VERSION="
set "C_MAJOR=0"
if exist "%~1\release" for /f "usebackq tokens=1,* delims==" %%a in ("%~1\release") do if "%%a"=="JAVA_VERSION" set "C_VERSION=%%~b"
if defined C_VERSION for /f "tokens=1,2 delims=.-+" %%m in ("%C_VERSION%") do (
  set "C_MAJOR=%%m"
  if "%%m"=="1" set "C_MAJOR=%%n"
)
if not defined JAVA goto take
if %C_MAJOR% GTR %JAVA_MAJOR% goto take
exit /b 0
:take
set "JAVA=%~1\bin\java.exe"
set "JAVA_MAJOR=%C_MAJOR%"
exit /b 0
