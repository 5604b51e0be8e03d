package org.recits.web.internal;

import static org.apache.commons.text.StringEscapeUtils.escapeXml11;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.recits.api.text.Messages;

/**
 * The files a report wrote, as the page lists and serves them: found by walking the report's own folder, so that
 * a name asked for is served only when it is one of them.
 */
final class Outputs {

    private Outputs() {
    }

    /**
     * The files of the folder, as relative paths with {@code /}, those at its top first (by {@link #rank}, then
     * name), then those of its subfolders in name order; none when it does not exist.
     */
    static List<String> list(Path out) {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith(".") && !name.contains("/."))
                    // the workbook first, then the narrative to read, its other formats, the charts of graphiques/
                    .sorted(java.util.Comparator.comparing((String name) -> name.contains("/"))
                            .thenComparing(Outputs::rank).thenComparing(java.util.Comparator.naturalOrder()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a file of the report's top folder comes in the list: by what a reader looks for first. */
    private static int rank(String name) {
        int at = KINDS.indexOf(name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT));
        return at < 0 ? KINDS.size() : at;
    }

    private static final List<String> KINDS = List.of("xlsx", "html", "docx", "pdf", "csv");

    /** The files of {@code folder}, in the order given, with fixed times: the same files give the same zip. */
    static void zip(OutputStream out, Path folder, List<String> files) throws IOException {
        ZipOutputStream z = new ZipOutputStream(out);
        for (String name : files) {
            ZipEntry e = new ZipEntry(name);
            e.setLastModifiedTime(FileTime.fromMillis(0));
            z.putNextEntry(e);
            Files.copy(folder.resolve(name), z);
            z.closeEntry();
        }
        z.finish();
    }

    /** The address of one file of a job's report. */
    static String link(Job job, String name) {
        return "/sortie/" + job.id + "/" + name;
    }

    /** What the last report said, and its files: the narrative to read in the page, the rest to download. */
    static void describe(StringBuilder b, PageLanguage lang, Job job, Production p) {
        Messages t = lang.texts();
        boolean written = p.run().code() == 0 || p.run().code() == 4;
        b.append("<div role=\"status\" id=\"etat\" class=\"").append(written ? "ok" : "alert").append("\">\n<p>")
                .append(escapeXml11(t.get(written ? "produce.done" : "produce.failed", p.period(lang.locale())))).append("</p>\n");
        // the command's own words, but for the line naming the server's temporary folder
        for (String line : (p.run().out() + p.run().err()).lines()
                .filter(l -> !l.contains(p.out().toString())).toList()) {
            b.append("<p>").append(escapeXml11(line)).append("</p>\n");
        }
        b.append("</div>\n");
        List<String> files = list(p.out());
        if (files.isEmpty()) {
            return;
        }
        b.append("<h2>").append(escapeXml11(t.get("produce.files"))).append("</h2>\n<ul class=\"outputs\">\n");
        b.append("<li><a id=\"zip\" href=\"/sortie/").append(job.id).append(".zip\" download>")
                .append(escapeXml11(t.get("produce.zip", files.size()))).append("</a></li>\n");
        List<String> inFolders = files.stream().filter(name -> name.contains("/")).toList();
        files.stream().filter(name -> !name.contains("/")).forEach(name -> item(b, t, job, name));
        b.append("</ul>\n");
        if (!inFolders.isEmpty()) {
            // the charts' images, dozens of them: folded, so that the report's few files are what the page shows
            b.append("<details class=\"outputs\">\n<summary>").append(escapeXml11(t.get("produce.images",
                    inFolders.size()))).append("</summary>\n<ul class=\"outputs\">\n");
            inFolders.forEach(name -> item(b, t, job, name));
            b.append("</ul>\n</details>\n");
        }
    }

    private static void item(StringBuilder b, Messages t, Job job, String name) {
        String kind = name.endsWith(".html") ? "produce.read" : "produce.download";
        b.append("<li><a href=\"").append(escapeXml11(link(job, name))).append("\"")
                .append(name.endsWith(".html") ? "" : " download").append(">")
                .append(escapeXml11(t.get(kind, name))).append("</a></li>\n");
    }
}
