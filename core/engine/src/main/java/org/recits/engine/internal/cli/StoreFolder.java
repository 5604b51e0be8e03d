package org.recits.engine.internal.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the default store lies when no {@code --db} nor {@code RECITS_DB} is given: the user's data folder
 * ({@code %LOCALAPPDATA%\Recits\entrepot} on Windows, {@code $XDG_DATA_HOME/recits/entrepot} or
 * {@code ~/.local/share/recits/entrepot} elsewhere), where the store's own PostgreSQL server keeps its data.
 */
final class StoreFolder {

    private StoreFolder() {
    }

    static Path location(Map<String, String> env, String userHome, String osName) {
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows") && env.get("LOCALAPPDATA") != null) {
            return Path.of(env.get("LOCALAPPDATA"), "Recits", "entrepot");
        }
        String data = env.get("XDG_DATA_HOME");
        Path base = data != null && !data.isBlank() ? Path.of(data) : Path.of(userHome, ".local", "share");
        return base.resolve("recits").resolve("entrepot");
    }

    /** This process's default store. */
    static Path forRun() {
        return location(System.getenv(), System.getProperty("user.home"), System.getProperty("os.name"));
    }
}
