package org.recits.ingest.activity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Sheet names read straight from an .xlsx's xl/workbook.xml with java.util.zip: cheap enough for
 * {@code accepts}, which must not load POI for every workbook of the folder.
 */
final class WorkbookNames {
    private static final Pattern SHEET = Pattern.compile("<(?:\\w+:)?sheet\\b[^>]*?\\bname=\"([^\"]*)\"");
    private static final int MAX_BYTES = 4 << 20;

    private WorkbookNames() {
    }

    static List<String> of(Path xlsx) {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ZipEntry e = zip.getEntry("xl/workbook.xml");
            if (e == null) {
                return List.of();
            }
            String xml;
            try (InputStream in = zip.getInputStream(e)) {
                xml = new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
            }
            List<String> names = new ArrayList<>();
            Matcher m = SHEET.matcher(xml);
            while (m.find()) {
                names.add(unescape(m.group(1)));
            }
            return names;
        } catch (IOException | RuntimeException e) {
            return List.of(); // not a workbook we can read: not ours
        }
    }

    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int end = c == '&' ? s.indexOf(';', i) : -1;
            if (end < 0) {
                b.append(c);
                continue;
            }
            String ent = s.substring(i + 1, end);
            switch (ent) {
                case "amp" -> b.append('&');
                case "lt" -> b.append('<');
                case "gt" -> b.append('>');
                case "quot" -> b.append('"');
                case "apos" -> b.append('\'');
                default -> {
                    try {
                        b.appendCodePoint(ent.startsWith("#x") ? Integer.parseInt(ent.substring(2), 16)
                                : Integer.parseInt(ent.substring(1)));
                    } catch (RuntimeException ex) {
                        b.append(s, i, end + 1);
                    }
                }
            }
            i = end;
        }
        return b.toString();
    }
}
