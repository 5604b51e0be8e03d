package org.recits.indicators.values.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.recits.api.model.Attendance;
import org.recits.api.model.CaseStatus;
import org.recits.api.model.Measure;
import org.recits.api.model.Participant;
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Quote;
import org.recits.api.model.Role;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;
import org.recits.api.model.SurveyAnswer;
import org.recits.api.model.Wave;

/** Short constructors for test records. */
final class Fixtures {

    static final double EPS = 1e-9;

    private Fixtures() {
    }

    static LocalDate d(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static SurveyAnswer ans(String c, String respondent, String date, Measure m, Double score) {
        return new SurveyAnswer(c, "questionnaire", respondent, d(date), null, null, "Q", m, score,
                score == null ? "texte libre" : String.valueOf(score), null);
    }

    static SurveyAnswer wave(String c, String respondent, String date, Wave w, Measure m, double score) {
        return new SurveyAnswer(c, "q-" + (w == null ? "x" : w.code()), respondent, d(date), w, null, "Q", m, score,
                String.valueOf(score), null);
    }

    static SurveyAnswer withRole(String c, String respondent, String date, String role) {
        return new SurveyAnswer(c, "usagers", respondent, d(date), null, role, "Q", Measure.QUALITE, 4.0, "4", null);
    }

    static Participant person(String c, String id, Role role) {
        return new Participant(c, id, role, null, null, null, null, Map.of(), null);
    }

    static Participant person(String c, String id, Role role, String entree, Map<String, String> attributes) {
        return new Participant(c, id, role, null, null, d(entree), null, attributes, null);
    }

    static Session session(String c, String id, String date, double days, SessionType type) {
        return new Session(c, id, d(date), days, type, null, List.of(), false, Map.of(), null);
    }

    static Attendance at(String c, String session, String participant) {
        return new Attendance(c, session, participant, null, Map.of(), null);
    }

    static Attendance at(String c, String session, String participant, double days) {
        return new Attendance(c, session, participant, days, Map.of(), null);
    }

    static Quote quote(String c, String date, String session, String role, boolean consent) {
        return new Quote(c, "« On nous a enfin écoutés »", d(date), session, null, role, null, consent, Map.of(),
                null);
    }

    static PracticalCase kase(String c, String id, String start, CaseStatus status) {
        return new PracticalCase(c, id, "Cas " + id, null, null, List.of(), d(start), null, status, null, null, null,
                Map.of(), null);
    }
}
