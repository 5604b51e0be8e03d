package org.recits.engine.internal.pipeline;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.recits.api.data.Dataset;
import org.recits.api.data.SurveyAnswerCursor;
import org.recits.api.model.Funding;
import org.recits.api.model.Period;
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Quote;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;

/**
 * The date of the latest data a report uses: the latest session, quote, survey answer, funding line or
 * case date at or before the period's end. A report says its data stops there (« données arrêtées
 * au … ») rather than giving a date of writing it does not know.
 */
public final class DataUpTo {

    private DataUpTo() {
    }

    /**
     * @return the latest date at or before the period's end; null when nothing in the data is dated so
     */
    public static LocalDate of(Dataset data, Period period) {
        Latest latest = new Latest(period.end());
        Scope all = Scope.programme();
        for (Session s : data.sessions(all)) {
            latest.accept(s.dateDebut());
        }
        for (Quote q : data.quotes(all)) {
            latest.accept(q.date());
        }
        for (Funding f : data.funding(all)) {
            latest.accept(f.date());
        }
        for (PracticalCase c : data.cases(all)) {
            latest.accept(c.dateDebut());
            latest.accept(c.dateFin());
        }
        SurveyAnswerCursor answers = data.surveyAnswerCursor(all);
        while (answers.next()) {
            latest.accept(answers.date());
        }
        return latest.date;
    }

    private static final class Latest implements Consumer<LocalDate> {
        private final LocalDate end;
        private LocalDate date;

        Latest(LocalDate end) {
            this.end = end;
        }

        @Override
        public void accept(LocalDate d) {
            if (d != null && !d.isAfter(end) && (date == null || d.isAfter(date))) {
                date = d;
            }
        }
    }
}
