package org.recits.ingest.activity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.recits.api.data.Dataset;
import org.recits.api.model.Attendance;
import org.recits.api.model.CaseStatus;
import org.recits.api.model.Collectivite;
import org.recits.api.model.Funding;
import org.recits.api.model.FundingType;
import org.recits.api.model.GroupWeather;
import org.recits.api.model.Measure;
import org.recits.api.model.Participant;
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Quote;
import org.recits.api.model.Role;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;
import org.recits.api.model.Signal;

/** One row of each activity table to its record; throws {@link Reject} for a row that cannot be used. */
final class Mappers {
    private Mappers() {
    }

    static void map(Kind kind, Cells c, Dataset.Builder b) {
        switch (kind) {
            case COLLECTIVITES -> b.add(collectivite(c));
            case PARTICIPANTS -> b.add(participant(c));
            case SESSIONS -> b.add(session(c));
            case PRESENCES -> b.add(attendance(c));
            case CAS -> b.add(practicalCase(c));
            case FINANCEMENTS -> b.add(funding(c));
            case VERBATIMS -> b.add(quote(c));
            case METEO -> b.add(weather(c));
            default -> throw new IllegalStateException(kind.name());
        }
    }

    static Collectivite collectivite(Cells c) {
        String id = c.required("collectivite");
        String nom = c.required("nom");
        String type = openVocabulary(c, "type", Vocab.COLLECTIVITE_TYPES);
        String programme = openVocabulary(c, "programme", Vocab.PROGRAMMES);
        LocalDate debut = c.date("date_debut");
        LocalDate fin = c.date("date_fin");
        c.checkOrder("date_debut", debut, "date_fin", fin);
        return new Collectivite(id, nom, type, programme, debut, fin, c.attributes(), c.source());
    }

    static Participant participant(Cells c) {
        String coll = c.required("collectivite");
        String id = c.personalId("participant", c.required("participant"));
        Role role = required(c, "role", Role.class, "role");
        String direction = c.text("direction");
        String categorie = openVocabulary(c, "categorie", Vocab.CATEGORIES);
        LocalDate entree = c.date("date_entree");
        LocalDate sortie = c.date("date_sortie");
        c.checkOrder("date_entree", entree, "date_sortie", sortie);
        return new Participant(coll, id, role, direction, categorie, entree, sortie, c.attributes(), c.source());
    }

    static Session session(Cells c) {
        String coll = c.required("collectivite");
        String id = c.required("session");
        LocalDate debut = c.requiredDate("date_debut");
        c.required("jours");
        double jours = c.days("jours");
        String rawType = c.text("type");
        SessionType type = rawType == null ? SessionType.SESSION
                : required(c, "type", SessionType.class, "sessionType");
        if (jours == 0) {
            c.warn("jours", c.raw("jours"), Texts.zeroDays());
        }
        String lieu = c.text("lieu");
        List<String> cas = c.list("cas");
        boolean labo = yesNo(c, "travail_labo");
        return new Session(coll, id, debut, jours, type, lieu, cas, labo, c.attributes(), c.source());
    }

    static Attendance attendance(Cells c) {
        String coll = c.required("collectivite");
        String session = c.required("session");
        String participant = c.personalId("participant", c.required("participant"));
        Double jours = c.days("jours_presents");
        return new Attendance(coll, session, participant, jours, c.attributes(), c.source());
    }

    static PracticalCase practicalCase(Cells c) {
        String coll = c.required("collectivite");
        String id = c.required("cas");
        String titre = c.required("titre");
        List<String> methodes = new ArrayList<>();
        for (String m : c.list("methodes")) {
            methodes.add(Vocab.code(m)); // open vocabulary, but one spelling per method
        }
        LocalDate debut = c.date("date_debut");
        LocalDate fin = c.date("date_fin");
        c.checkOrder("date_debut", debut, "date_fin", fin);
        CaseStatus statut = c.text("statut") == null ? null
                : required(c, "statut", CaseStatus.class, "status");
        Signal pertinence = optional(c, "pertinence", Signal.class);
        Signal faisabilite = optional(c, "faisabilite", Signal.class);
        Signal coherence = optional(c, "coherence", Signal.class);
        return new PracticalCase(coll, id, titre, c.text("thematique"), c.text("service_porteur"), methodes, debut,
                fin, statut, pertinence, faisabilite, coherence, c.attributes(), c.source());
    }

    static Funding funding(Cells c) {
        String coll = c.required("collectivite");
        String financeur = c.required("financeur");
        FundingType type = required(c, "type", FundingType.class, "funderType");
        var montant = c.amount("montant_eur");
        LocalDate date = c.date("date");
        return new Funding(coll, financeur, type, montant, date, c.text("objet"), c.attributes(), c.source());
    }

    static Quote quote(Cells c) {
        String coll = c.required("collectivite");
        String texte = c.required("texte");
        LocalDate date = c.date("date");
        Measure valeur = optional(c, "valeur", Measure.class);
        boolean consent = consent(c, "consentement");
        return new Quote(coll, texte, date, c.text("session"), c.text("cas"), c.text("role"), valeur, consent,
                c.attributes(), c.source());
    }

    static GroupWeather weather(Cells c) {
        String coll = c.required("collectivite");
        String session = c.required("session");
        String raw = c.required("meteo");
        int score = Vocab.meteo(raw);
        if (score == 0) {
            throw new Reject(c.header("meteo"), raw, Texts.badMeteo(raw));
        }
        return new GroupWeather(coll, session, score, c.personalId("participant", c.text("participant")), c.text("commentaire"), c.attributes(),
                c.source());
    }

    /** A vocabulary the record cannot do without: an unknown value rejects the row. */
    private static <E extends Enum<E> & org.recits.api.model.Coded> E required(Cells c, String column, Class<E> type,
            String vocabulary) {
        String v = c.required(column);
        E e = Vocab.find(type, v);
        if (e == null) {
            throw new Reject(c.header(column), v, Texts.unknownValue(vocabulary, v, Vocab.codes(type)));
        }
        return e;
    }

    /** An optional vocabulary: an unknown value is left empty with a warning. */
    private static <E extends Enum<E> & org.recits.api.model.Coded> E optional(Cells c, String column, Class<E> type) {
        String v = c.text(column);
        if (v == null) {
            return null;
        }
        E e = Vocab.find(type, v);
        if (e == null) {
            c.warn(column, v, Texts.unknownLeftEmpty(c.header(column), v, Vocab.codes(type)));
        }
        return e;
    }

    /** A text field with a suggested vocabulary (the model keeps a String): known values get their spelling. */
    private static String openVocabulary(Cells c, String column, List<String> vocabulary) {
        String v = c.text(column);
        if (v == null) {
            return null;
        }
        String known = Vocab.known(vocabulary, v);
        if (known == null) {
            c.warn(column, v, Texts.unusualKept(c.header(column), v, vocabulary));
            return v;
        }
        return known;
    }

    /**
     * Consent to publish is given only by {@code oui}, case and spaces aside: a quote is published on nothing
     * weaker, not even {@code yes} or {@code x}. Blank or {@code non} is no; any other value is no with a warning.
     */
    private static boolean consent(Cells c, String column) {
        String v = c.text(column);
        if (v == null) {
            return false;
        }
        String word = v.toLowerCase(java.util.Locale.ROOT);
        if (word.equals("oui")) {
            return true;
        }
        if (!word.equals("non")) {
            c.warn(column, v, Texts.consentNotOui(c.header(column), v));
        }
        return false;
    }

    private static boolean yesNo(Cells c, String column) {
        String v = c.text(column);
        if (v == null) {
            return false;
        }
        Boolean b = Vocab.yesNo(v);
        if (b == null) {
            c.warn(column, v, Texts.badYesNo(c.header(column), v));
            return false;
        }
        return b;
    }
}
