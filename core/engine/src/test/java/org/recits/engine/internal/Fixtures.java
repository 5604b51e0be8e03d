package org.recits.engine.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.ingest.Ingestor;
import org.recits.api.ingest.InputFile;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;
import org.recits.api.model.SourceRef;
import org.recits.api.report.RenderContext;
import org.recits.api.report.Report;
import org.recits.api.report.ReportRenderer;

/**
 * Small test plugins for the engine's own tests. They are test doubles of the extension points, not
 * product plugins: the real ones live in plugins/ and are exercised by the distribution's tests.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * Reads {@code sessions.txt} files of lines {@code collectivite;id;yyyy-mm-dd}; a line with a bad date
     * is rejected with its line number.
     */
    public static final class LineIngestor implements Ingestor {
        @Override
        public String id() {
            return "lines";
        }

        @Override
        public boolean accepts(InputFile file) {
            return file.fileName().equals("sessions.txt");
        }

        @Override
        public List<SourceFile.TableCount> ingest(InputFile file, Dataset.Builder builder) throws IOException {
            List<String> lines = Files.readAllLines(file.path(), StandardCharsets.UTF_8);
            long kept = 0;
            for (int i = 0; i < lines.size(); i++) {
                String[] f = lines.get(i).split(";");
                try {
                    builder.add(new Session(f[0], f[1], LocalDate.parse(f[2]), 2, SessionType.SESSION, null,
                            List.of(), false, Map.of(), new SourceRef(file.name(), i + 1)));
                    kept++;
                } catch (RuntimeException e) {
                    builder.finding(Finding.rejected(file.name(), i + 1, "date", f.length > 2 ? f[2] : null,
                            LocalizedText.of("date illisible", "unreadable date")));
                }
            }
            return List.of(new SourceFile.TableCount("sessions", lines.size(), kept, lines.size() - kept));
        }

        /** A kit of one example session, with a note in the language asked. */
        @Override
        public List<Path> writeKit(Path folder, java.util.Locale locale) throws IOException {
            Files.writeString(folder.resolve("sessions.txt"), "exemple;s1;2020-01-15\n");
            Files.createDirectories(folder.resolve("notes"));
            Files.writeString(folder.resolve("notes/LISEZMOI.txt"), locale.getLanguage());
            return List.of(Path.of("sessions.txt"), Path.of("notes/LISEZMOI.txt"));
        }
    }

    public static IndicatorDefinition definition(String code) {
        return new IndicatorDefinition(code, LocalizedText.of("Séances", "Sessions"), LocalizedText.of("d"),
                LocalizedText.of("nombre de séances"), Unit.COUNT, Direction.HIGHER_IS_BETTER, ValueFamily.PROTOCOLE,
                Temporality.FLOW_IN_PERIOD, Aggregation.SUM, TargetBand.NONE, "test");
    }

    /** Counts the scope's sessions in the period; claims that many people, to exercise suppression. */
    public static final class SessionCount implements Indicator {
        private final IndicatorDefinition def = Fixtures.definition("T_SESSIONS");

        @Override
        public IndicatorDefinition definition() {
            return def;
        }

        @Override
        public IndicatorValue compute(Dataset data, Scope scope, Period period) {
            long n = data.sessions(scope).stream().filter(s -> period.contains(s.dateDebut())).count();
            return IndicatorValue.of(n, TargetBand.NONE).withPopulation((int) n);
        }

        @Override
        public List<LocalizedText> sentences(Scope scope, Period period, IndicatorValue current,
                IndicatorValue previous) {
            String before = previous == null ? "n/d" : String.valueOf(previous.value().intValue());
            return List.of(LocalizedText.of(current.value().intValue() + " séances (avant : " + before + ")",
                    current.value().intValue() + " sessions (before: " + before + ")"));
        }
    }

    /** Always throws, like a buggy third-party plugin. */
    public static final class Broken implements Indicator {
        private final IndicatorDefinition def = Fixtures.definition("T_BROKEN");

        @Override
        public IndicatorDefinition definition() {
            return def;
        }

        @Override
        public IndicatorValue compute(Dataset data, Scope scope, Period period) {
            throw new IllegalStateException("boom");
        }
    }

    /** Writes one text file listing the results. */
    public static final class TextRenderer implements ReportRenderer {
        @Override
        public String id() {
            return "text";
        }

        @Override
        public List<Path> render(Report report, RenderContext context) throws IOException {
            List<String> lines = new ArrayList<>();
            report.results().forEach(r -> lines.add(r.definition().code() + " " + r.scope() + " "
                    + (r.current().suppressed() ? "suppressed" : r.current().value().value())
                    + r.sentences().stream().map(t -> " | " + t.in(report.locale())).reduce("", String::concat)));
            Path file = Path.of("resultats-" + report.period().label() + ".txt");
            Files.write(context.outputDir().resolve(file), lines, StandardCharsets.UTF_8);
            if (context.wants("csv")) {
                Path csv = Path.of("resultats-" + report.period().label() + ".csv");
                Files.write(context.outputDir().resolve(csv), lines, StandardCharsets.UTF_8);
                return List.of(file, csv);
            }
            return List.of(file);
        }
    }

    /** Writes half a file, then fails. */
    public static final class FailingRenderer implements ReportRenderer {
        @Override
        public String id() {
            return "failing";
        }

        @Override
        public List<Path> render(Report report, RenderContext context) throws IOException {
            Files.writeString(context.outputDir().resolve("partiel.txt"), "moitié");
            throw new IOException("disque plein");
        }
    }

    public static Plugins plugins(List<Indicator> indicators, List<ReportRenderer> renderers) {
        return Plugins.of(List.of(Registered.local(new LineIngestor())),
                indicators.stream().map(Registered::local).toList(),
                renderers.stream().map(Registered::local).toList());
    }
}
