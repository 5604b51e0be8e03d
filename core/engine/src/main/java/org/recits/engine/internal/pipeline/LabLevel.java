package org.recits.engine.internal.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.recits.api.data.Dataset;
import org.recits.api.data.SurveyAnswerCursor;
import org.recits.api.model.Attendance;
import org.recits.api.model.Collectivite;
import org.recits.api.model.Funding;
import org.recits.api.model.GroupWeather;
import org.recits.api.model.Participant;
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Quote;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SourceRef;
import org.recits.api.text.Messages;

/**
 * The lab level of a report that consolidates several labs of the programme store, whose files lie each in its
 * lab's folder ({@code lab/…}): which lab each collectivité belongs to (the lab whose files name it), the report's
 * scopes (programme, then each lab followed by its collectivités), and each lab's own records, on which the
 * indicators compute the lab's figures as the programme's, so that they equal those of that lab's report.
 */
public final class LabLevel {

    private final List<String> labs;
    private final Map<String, String> labOf;

    private LabLevel(List<String> labs, Map<String, String> labOf) {
        this.labs = labs;
        this.labOf = labOf;
    }

    /**
     * Finds each collectivité's lab from the folder its records were read in.
     *
     * @param labs the labs, each the name of a folder of the data
     * @throws DataFolderException when a collectivité is named in two labs' files (its figures would be summed
     *                             silently), a file lies outside every lab's folder, or a lab has the name of a
     *                             collectivité or of the programme (the outputs would mix them up)
     */
    public static LabLevel of(Dataset data, List<String> labs, Messages messages) {
        Finder f = new Finder(new TreeSet<>(labs), messages);
        Scope all = Scope.programme();
        f.note(data.collectivites(), Collectivite::id, Collectivite::source);
        f.note(data.participants(all), Participant::collectivite, Participant::source);
        f.note(data.sessions(all), Session::collectivite, Session::source);
        f.note(data.attendance(all), Attendance::collectivite, Attendance::source);
        f.note(data.cases(all), PracticalCase::collectivite, PracticalCase::source);
        f.note(data.funding(all), Funding::collectivite, Funding::source);
        f.note(data.quotes(all), Quote::collectivite, Quote::source);
        f.note(data.weather(all), GroupWeather::collectivite, GroupWeather::source);
        SurveyAnswerCursor c = data.surveyAnswerCursor(all);
        String lastCollectivite = null;
        String lastFile = null;
        while (c.next()) {
            // answers come by millions, a file's rows mostly of one collectivité: look up each change only
            if (!c.collectivite().equals(lastCollectivite) || !c.source().file().equals(lastFile)) {
                lastCollectivite = c.collectivite();
                lastFile = c.source().file();
                f.note(lastCollectivite, c.source());
            }
        }
        for (String lab : f.labs) {
            if (lab.equals(all.id()) || f.labOf.containsKey(lab)) {
                throw new DataFolderException(messages.get("lab.sameName", lab));
            }
        }
        return new LabLevel(List.copyOf(f.labs), Map.copyOf(f.labOf));
    }

    /** The report's scopes: the programme, then each lab followed by its collectivités, in {@link Scope}'s order. */
    public List<Scope> scopes(Dataset data) {
        List<Scope> scopes = new ArrayList<>();
        scopes.add(Scope.programme());
        labs.forEach(lab -> scopes.add(Scope.ofLab(lab)));
        for (String id : data.collectiviteIds()) {
            scopes.add(Scope.of(id).inLab(labOf.get(id)));
        }
        scopes.sort(null);
        return scopes;
    }

    /** One lab's records alone (its collectivités'), for the indicators to compute the lab's figures on. */
    public Dataset only(Dataset data, String lab) {
        return data.onlyCollectivites(id -> lab.equals(labOf.get(id)));
    }

    private static final class Finder {
        private final TreeSet<String> labs;
        private final Messages messages;
        private final Map<String, String> labOf = new TreeMap<>();
        private final Map<String, SourceRef> firstSeen = new TreeMap<>();

        Finder(TreeSet<String> labs, Messages messages) {
            this.labs = labs;
            this.messages = messages;
        }

        <T> void note(List<T> records, Function<T, String> collectivite, Function<T, SourceRef> source) {
            for (T r : records) {
                note(collectivite.apply(r), source.apply(r));
            }
        }

        void note(String collectivite, SourceRef source) {
            String file = source.file();
            int slash = file.indexOf('/');
            String lab = slash < 0 ? null : file.substring(0, slash);
            if (lab == null || !labs.contains(lab)) {
                throw new DataFolderException(messages.get("lab.outside", file));
            }
            String before = labOf.putIfAbsent(collectivite, lab);
            if (before == null) {
                firstSeen.put(collectivite, source);
            } else if (!before.equals(lab)) {
                SourceRef first = firstSeen.get(collectivite);
                throw new DataFolderException(messages.get("lab.twice", collectivite, first.file(),
                        String.valueOf(first.line()), file, String.valueOf(source.line())));
            }
        }
    }
}
