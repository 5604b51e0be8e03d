package org.recits.api.data.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.Pseudonyms;
import org.recits.api.data.SourceFile;
import org.recits.api.model.Attendance;
import org.recits.api.model.Collectivite;
import org.recits.api.model.Funding;
import org.recits.api.model.GroupWeather;
import org.recits.api.model.Participant;
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Quote;
import org.recits.api.model.Session;
import org.recits.api.model.SourceRef;
import org.recits.api.model.SurveyAnswer;
import org.recits.api.model.Wave;

/**
 * The one {@link Dataset.Builder}, made by {@link Dataset#builder()}: lists of records, and survey answers in
 * an {@link AnswerStore}. Public only for that factory; this package is not exported.
 */
public final class DatasetBuilder implements Dataset.Builder {
    final List<Collectivite> collectivites = new ArrayList<>();
    final List<Participant> participants = new ArrayList<>();
    final List<Session> sessions = new ArrayList<>();
    final List<Attendance> attendance = new ArrayList<>();
    final List<PracticalCase> cases = new ArrayList<>();
    final List<Funding> funding = new ArrayList<>();
    final List<Quote> quotes = new ArrayList<>();
    final List<GroupWeather> weather = new ArrayList<>();
    AnswerStore answers = new AnswerStore();
    final List<SourceFile> sources = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    Pseudonyms pseudonyms = Pseudonyms.EXAMPLE;

    /** An empty builder; {@link Dataset#builder()} is the way to make one. */
    public DatasetBuilder() {
    }

    @Override
    public Dataset.Builder add(Collectivite r) {
        collectivites.add(r);
        return this;
    }

    @Override
    public Dataset.Builder add(Participant r) {
        participants.add(r);
        return this;
    }

    @Override
    public Dataset.Builder add(Session r) {
        sessions.add(r);
        return this;
    }

    @Override
    public Dataset.Builder add(Attendance r) {
        attendance.add(r);
        return this;
    }

    @Override
    public Dataset.Builder add(PracticalCase r) {
        cases.add(r);
        return this;
    }

    @Override
    public Dataset.Builder add(Funding r) {
        funding.add(r);
        return this;
    }

    @Override
    public Dataset.Builder add(Quote r) {
        quotes.add(r);
        return this;
    }

    @Override
    public Dataset.Builder add(GroupWeather r) {
        weather.add(r);
        return this;
    }

    @Override
    public Dataset.Builder add(SurveyAnswer r) {
        answers.add(r);
        return this;
    }

    @Override
    public Dataset.SurveyRow surveyRow(String collectivite, String survey, String respondent, LocalDate date,
            Wave wave, String role, SourceRef source) {
        return new AnswerRow(this, collectivite, survey, respondent, date, wave, role, source);
    }

    @Override
    public Dataset.Builder source(SourceFile s) {
        sources.add(s);
        return this;
    }

    @Override
    public Dataset.Builder replaceSource(SourceFile corrected) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).name().equals(corrected.name())) {
                sources.set(i, corrected);
                return this;
            }
        }
        throw new IllegalArgumentException("no source named " + corrected.name());
    }

    @Override
    public Dataset.Builder finding(Finding f) {
        findings.add(f);
        return this;
    }

    @Override
    public Dataset.Builder retain(Dataset.RecordFilter filter) {
        retainRecords(filter);
        answers = answers.retain(filter::keep);
        return this;
    }

    @Override
    public <T extends Record> Dataset.Builder retain(Class<T> kind, Predicate<? super T> filter) {
        Dataset.RecordFilter typed = r -> !kind.isInstance(r) || filter.test(kind.cast(r));
        if (kind == SurveyAnswer.class) {
            answers = answers.retain(typed::keep);
        } else {
            retainRecords(typed);
        }
        return this;
    }

    /** Filters every kind of record but survey answers, which the answer store filters. */
    private void retainRecords(Dataset.RecordFilter filter) {
        for (List<? extends Record> list : List.of(collectivites, participants, sessions, attendance, cases,
                funding, quotes, weather)) {
            list.removeIf(r -> !filter.keep(r));
        }
    }

    @Override
    public Dataset.Builder pseudonyms(Pseudonyms p) {
        pseudonyms = java.util.Objects.requireNonNull(p, "pseudonyms");
        return this;
    }

    @Override
    public Pseudonyms pseudonyms() {
        return pseudonyms;
    }

    @Override
    public Dataset build() {
        return new IndexedDataset(this);
    }
}
