@echo off
rem Starts Recits on Windows, as the recits script does elsewhere: a plain Java main that embeds the
rem OSGi framework and runs the command line in it, from any current folder. Memory is bounded (1 GiB
rem heap) and C1 alone compiles (see the recits script for the measures); RECITS_JAVA_OPTS replaces them.
setlocal
rem The product folder, without the trailing backslash that would escape the closing quote below.
set "RECITS_HOME=%~dp0."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
if not defined RECITS_JAVA_OPTS set "RECITS_JAVA_OPTS=-Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto"
rem The messages are UTF-8 (accents, no-break spaces): the console shows them in code page 65001,
rem and gets its own code page back at the end.
for /f "tokens=2 delims=:." %%c in ('chcp') do set "RECITS_CP=%%c"
chcp 65001 >nul
"%JAVA%" %RECITS_JAVA_OPTS% -Djava.awt.headless=true -Dfile.encoding=UTF-8 "-Drecits.home=%RECITS_HOME%" -jar "%RECITS_HOME%\lib\recits-launcher.jar" %*
set "RECITS_EXIT=%ERRORLEVEL%"
if defined RECITS_CP chcp %RECITS_CP% >nul
endlocal & exit /b %RECITS_EXIT%
