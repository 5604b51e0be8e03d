package org.recits.ingest.survey.internal;

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
import org.recits.tabular.HtmlEntities;

/**
 * Whether an .xlsx is a survey tool's export (KoBoToolbox, SurveyMonkey, LimeSurvey, Google Forms), from the
 * first texts of its shared strings read with java.util.zip: cheap enough for {@code accepts}, which must not
 * load POI for every workbook of the folder. Used only for a workbook without its mapping, to say which
 * mapping to write; the activity ingestor, asked first, has already taken the workbooks of its tables.
 */
final class ToolWorkbook {

    private static final Pattern TEXT = Pattern.compile("<(?:\\w+:)?t(?:\\s[^>]*)?>([^<]*)</(?:\\w+:)?t>");
    private static final int MAX_BYTES = 256 << 10;
    /** Header cells come first in the shared strings (written in order of first use). */
    private static final int MAX_TEXTS = 200;

    private ToolWorkbook() {
    }

    static boolean isToolExport(Path xlsx) {
        List<String> texts = firstTexts(xlsx);
        if (texts.isEmpty()) {
            return false;
        }
        // the texts stand for the header and for the row after it (SurveyMonkey is known by the pair)
        Tool tool = Layout.detect(texts, List.of(new Line(2, texts)), Mapping.none()).tool();
        return tool != Tool.GENERIC && tool != Tool.LONG && tool != Tool.TWO_ROW_HEADER;
    }

    private static List<String> firstTexts(Path xlsx) {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ZipEntry e = zip.getEntry("xl/sharedStrings.xml");
            if (e == null) {
                e = zip.getEntry("xl/worksheets/sheet1.xml"); // inline strings
            }
            if (e == null) {
                return List.of();
            }
            String xml;
            try (InputStream in = zip.getInputStream(e)) {
                xml = new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
            }
            List<String> out = new ArrayList<>();
            Matcher m = TEXT.matcher(xml);
            while (m.find() && out.size() < MAX_TEXTS) {
                out.add(HtmlEntities.decode(m.group(1)));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return List.of(); // not a workbook we can read: the engine says so
        }
    }
}
