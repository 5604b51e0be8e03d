package org.recits.charts.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.recits.api.model.LocalizedText;
import org.recits.charts.Chart;

/** A chart ready to draw, as PNG or SVG, with no time and no random id in either. */
final class RenderedChart implements Chart {

    static final int WIDTH = 800;
    static final int HEIGHT = 450;

    private final String id;
    private final LocalizedText title;
    private final List<String> codes;
    /** One JFreeChart, or several drawn as small multiples. */
    private final Drawable chart;
    private final int width;
    private final int height;
    /** The figures drawn, as {@link Chart#table()} gives them. */
    private final List<List<String>> table;
    // The last encodings, shared by the renderers that use this chart (guarded by this).
    private double pngScale;
    private byte[] png;
    private String svg;

    RenderedChart(String id, LocalizedText title, List<String> codes, Drawable chart, int width, int height,
            List<List<String>> table) {
        this.table = List.copyOf(table);
        this.id = Objects.requireNonNull(id);
        this.title = Objects.requireNonNull(title);
        this.codes = List.copyOf(codes);
        this.chart = Objects.requireNonNull(chart);
        this.width = width;
        this.height = height;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LocalizedText title() {
        return title;
    }

    @Override
    public List<String> codes() {
        return codes;
    }

    @Override
    public List<List<String>> table() {
        return table;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    /**
     * One drawing at a time in the whole JVM. Java sets its fonts up lazily, on first use: in one of 20 reports
     * made at once by {@code recits serve} a chart came out with other text metrics than the 19 others (taller
     * labels, another tick unit), which drawings that never overlap cannot give. Drawing is the small part of a
     * chart's cost; the PNG encoding that follows is not under this lock.
     */
    private static final Object DRAWING = new Object();

    private void draw(Graphics2D g2) {
        synchronized (DRAWING) {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        }
    }

    // JFreeChart objects are not thread-safe while drawing: one drawing at a time per chart.
    @Override
    public synchronized byte[] png(double scale) throws IOException {
        if (!(scale > 0 && scale <= 8)) {
            throw new IllegalArgumentException("scale must be in (0, 8]: " + scale);
        }
        if (png != null && pngScale == scale) {
            return png.clone();
        }
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, w, h);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.scale(scale, scale);
            draw(g2);
        } finally {
            g2.dispose();
        }
        // ImageIO's PNG writer with no metadata writes no tIME or text chunk: same pixels, same bytes.
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // In memory: ImageIO's default stream caches in a temporary file (whose name seeds a SecureRandom).
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            // Deflate level 1 (quality 0.9) rather than the writer's 4: flat chart colours compress almost
            // as well, and encoding took most of a chart's time.
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        png = out.toByteArray();
        pngScale = scale;
        return png.clone();
    }

    @Override
    public synchronized String svg() {
        if (svg != null) {
            return svg;
        }
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // The default prefix holds System.nanoTime(); a prefix from the chart id is stable and keeps
        // ids unique when several charts are inlined in one HTML page.
        g2.setDefsKeyPrefix("recits-" + id + "-");
        draw(g2);
        svg = g2.getSVGElement("recits-" + id, true, new ViewBox(0, 0, width, height), null, null);
        return svg;
    }

    /** What is drawn, for the tests that look at its parts: one chart. */
    JFreeChart drawing() {
        return (JFreeChart) chart;
    }

    /** What is drawn, for the tests that look at its parts: one chart or small multiples. */
    Drawable drawable() {
        return chart;
    }

    @Override
    public String toString() {
        return id;
    }
}
