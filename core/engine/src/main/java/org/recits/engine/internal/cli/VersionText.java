package org.recits.engine.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.recits.api.text.Messages;

/**
 * What {@code recits --version} prints: the product's version, then each package a plugin can import
 * with the version this installation exports, so that a plugin's author knows what to build against.
 */
final class VersionText {

    private VersionText() {
    }

    static String[] lines(CliContext ctx, Messages messages) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("version.product", ctx.version()));
        SortedMap<String, String> packages = ctx.apiPackages().get();
        if (!packages.isEmpty()) {
            lines.add(messages.get("version.api"));
            packages.forEach((pkg, version) -> lines.add("  " + pkg + " " + version));
        }
        return lines.toArray(String[]::new);
    }
}
