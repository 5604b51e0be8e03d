package org.recits.tools.generator.internal;

import static org.recits.tools.generator.internal.CollectiviteFactory.between;
import static org.recits.tools.generator.internal.CollectiviteFactory.shuffled;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.recits.tools.generator.internal.CsvOut.Dialect;
import org.recits.tools.generator.internal.Model.Collectivite;
import org.recits.tools.generator.internal.Model.Participant;
import org.recits.tools.generator.internal.Model.Session;

/**
 * Writes the activity files of docs/format.md, one collectivité at a time, with all files open at once so
 * nothing programme-wide is held in memory.
 */
public final class ActivityWriter implements Closeable {

    /** Global index (template + 10 × copy) of the collectivités that carry the deliberate dirty rows. */
    static final int DIRTY_SESSION_AND_ROLE = 0;
    static final int DIRTY_PRESENCE = 1;
    static final int DIRTY_AMOUNT = 2;

    private final CsvFiles files = new CsvFiles();
    private final CsvOut collectivites;
    private final CsvOut participants;
    private final CsvOut sessions;
    private final CsvOut presences;
    private final CsvOut cas;
    private final CsvOut financements;
    private final CsvOut verbatims;
    private final CsvOut meteo;

    public ActivityWriter(Path out) throws IOException {
        collectivites = open(out.resolve("collectivites.csv"), Dialect.UTF8_COMMA,
                "collectivite", "nom", "type", "programme", "date_debut", "date_fin", "population");
        participants = open(out.resolve("participants.csv"), Dialect.UTF8_BOM_COMMA,
                "collectivite", "participant", "role", "direction", "categorie", "date_entree", "date_sortie");
        // Headers as a lead types them in Excel: accents, capitals and spaces (matched to date_debut etc.).
        sessions = open(out.resolve("sessions.csv"), Dialect.CP1252_SEMICOLON,
                "Collectivité", "Session", "Date début", "Jours", "Type", "Lieu", "Cas", "Travail labo");
        presences = open(out.resolve("presences.csv"), Dialect.CP1252_SEMICOLON,
                "collectivite", "session", "participant", "jours_presents");
        cas = open(out.resolve("cas.csv"), Dialect.UTF8_COMMA, "collectivite", "cas", "titre", "thematique",
                "service_porteur", "methodes", "date_debut", "date_fin", "statut", "pertinence", "faisabilite",
                "coherence");
        financements = open(out.resolve("financements.csv"), Dialect.CP1252_SEMICOLON,
                "collectivite", "financeur", "type", "montant_eur", "date", "objet");
        verbatims = open(out.resolve("verbatims.csv"), Dialect.UTF8_COMMA, "collectivite", "texte", "date",
                "session", "cas", "role", "valeur", "consentement");
        meteo = open(out.resolve("meteo.csv"), Dialect.UTF8_COMMA, "collectivite", "session", "meteo",
                "participant", "commentaire");
    }

    private CsvOut open(Path file, Dialect dialect, String... header) throws IOException {
        return files.open(file, dialect, header);
    }

    public List<CsvOut> files() {
        return files.list();
    }

    public void write(Collectivite c, SplittableRandom r) throws IOException {
        collectivites.row(c.id(), c.nom(), c.template().type(), c.template().programme(), Fmt.iso(c.debut()),
                Fmt.iso(c.fin()), c.template().population());
        for (Participant p : c.participants()) {
            participants.row(c.id(), p.id(), p.role(), p.direction(), p.categorie(), Fmt.iso(p.entree()),
                    Fmt.iso(p.sortie()));
        }
        if (c.index() == DIRTY_SESSION_AND_ROLE) {
            participants.row(c.id(), c.id() + "-stg1", "stagiaire", "Direction de la communication", "",
                    Fmt.iso(c.debut().plusMonths(4)), Fmt.iso(c.debut().plusMonths(6)));
        }
        for (Session s : c.sessions()) {
            sessions.row(c.id(), s.id(), Fmt.fr(s.date()), Fmt.frDays(s.jours()), s.type(), s.lieu(),
                    String.join("|", s.cas()), s.labo() ? "oui" : "non");
        }
        if (c.index() == DIRTY_SESSION_AND_ROLE) {
            sessions.row(c.id(), "V-PE", "mi-mars " + (c.debut().getYear() + 1), "0,5", "visio", "Visioconférence", "", "non");
        }
        writeCases(c);
        writeAttendanceAndWeather(c, r);
        writeFunding(c, r);
        writeQuotes(c, r);
    }

    private void writeCases(Collectivite c) throws IOException {
        for (Model.Case k : c.cases()) {
            cas.row(c.id(), k.id(), k.titre(), k.thematique(), k.service(), String.join("|", k.methodes()),
                    Fmt.iso(k.debut()), Fmt.iso(k.fin()), k.statut(), k.pertinence(), k.faisabilite(),
                    k.coherence());
        }
    }

    private void writeAttendanceAndWeather(Collectivite c, SplittableRandom r) throws IOException {
        List<Session> counted = c.counted();
        int n = counted.size();
        int style = c.index() % 3; // 0: numbers, 1: words, 2: both, session by session
        for (Session s : c.sessions()) {
            if (s.type().equals("intertransfo")) {
                writeInterTransfo(c, s, r);
                continue;
            }
            if (!s.counted()) {
                continue;
            }
            boolean last = s.rank() == n;
            // Attendance dips before the summer and Christmas breaks.
            double shock = s.date().getMonth() == Month.JUNE || s.date().getMonth() == Month.DECEMBER ? 0.05 : 0;
            List<Participant> present = new ArrayList<>();
            for (Participant p : c.participants()) {
                double chance = switch (p.role()) {
                    case "ambassadeur", "resident", "referent", "coordinateur" -> p.propensity() - shock;
                    case "elu" -> last ? 0.7 : 0.03;
                    default -> 0;
                };
                if (!p.activeOn(s.date()) || r.nextDouble() >= chance) {
                    continue;
                }
                String jours;
                double u = r.nextDouble();
                if (u < 0.25) {
                    jours = ""; // the whole session
                } else if (u < 0.33 && s.jours() > 0.5) {
                    jours = Fmt.frDays(s.jours() - (s.jours() >= 2 && r.nextBoolean() ? 1 : 0.5));
                } else {
                    jours = Fmt.frDays(s.jours());
                }
                presences.row(c.id(), s.id(), p.id(), jours);
                if (p.role().equals("ambassadeur")) {
                    present.add(p);
                }
            }
            if (c.index() == DIRTY_PRESENCE && s.rank() == 3) {
                presences.row(c.id(), s.id(), c.id() + "-a99", Fmt.frDays(s.jours()));
            }
            writeWeather(c, s, n, style, present, r);
        }
    }

    private void writeInterTransfo(Collectivite c, Session s, SplittableRandom r) throws IOException {
        List<Participant> delegation = new ArrayList<>();
        List<Participant> active = c.ambassadors().stream().filter(p -> p.activeOn(s.date())).toList();
        List<Integer> order = shuffled(active.size(), r);
        int k = Math.min(active.size(), between(r, 3, 6));
        List<Integer> chosen = new ArrayList<>(order.subList(0, k));
        chosen.sort(null);
        for (int i : chosen) {
            delegation.add(active.get(i));
        }
        for (Participant p : c.participants()) {
            if ((p.role().equals("referent") || p.id().endsWith("-r1")) && p.activeOn(s.date())) {
                delegation.add(p);
            }
        }
        for (Participant p : delegation) {
            presences.row(c.id(), s.id(), p.id(), r.nextBoolean() ? "" : "1");
        }
    }

    private void writeWeather(Collectivite c, Session s, int n, int style, List<Participant> present,
            SplittableRandom r) throws IOException {
        int rank = s.rank();
        double mood = 3.9 + r.nextGaussian() * 0.2;
        if (Math.abs(rank - n / 2.0) <= 1) {
            mood -= 0.5; // the mid-programme slump
        }
        if (c.template().rainy()) {
            if (rank >= 5 && rank <= 9) {
                mood = 2.1 + r.nextGaussian() * 0.15;
            } else if (rank >= 10 && rank <= 11) {
                mood = 3.1 + r.nextGaussian() * 0.1;
            }
        }
        boolean words = style == 1 || (style == 2 && rank % 2 == 0);
        for (Participant p : present) {
            if (r.nextDouble() >= 0.75) {
                continue;
            }
            int score = (int) Math.max(1, Math.min(5, Math.round(mood + r.nextGaussian() * 0.8)));
            String value = words ? Catalogue.WEATHER_WORDS.get(score - 1) : Integer.toString(score);
            String who = r.nextDouble() < 0.05 ? "" : p.id();
            String comment = r.nextDouble() < 0.1
                    ? Catalogue.WEATHER_COMMENTS.get(r.nextInt(Catalogue.WEATHER_COMMENTS.size())) : "";
            meteo.row(c.id(), s.id(), value, who, comment);
        }
    }

    private void writeFunding(Collectivite c, SplittableRandom r) throws IOException {
        long total = between(r, 170, 320) * 1000L * 100; // cents
        long own = Math.round(total * c.template().collShare() / 100_000.0) * 100_000; // whole thousands
        long others = total - own;
        String nom = c.nom();
        long left = own;
        for (int y = c.debut().getYear(); y <= c.fin().getYear() && y < c.debut().getYear() + 2; y++) {
            long fee = between(r, 5, 12) * 1000L * 100;
            financements.row(c.id(), nom, "collectivite", Fmt.frEuros(fee), Fmt.fr(LocalDate.of(y, 2, 15)),
                    "Adhésion " + y);
            left -= fee;
        }
        long t1 = Math.round(left * 0.4 / 100) * 100;
        long t2 = Math.round(left * 0.35 / 100) * 100;
        long t3 = left - t1 - t2;
        // The last tranche is paid in January after the programme ends: exercice N paid in N+1.
        LocalDate[] dates = {c.debut().plusMonths(1), c.debut().plusMonths(12),
                LocalDate.of(c.fin().getYear() + 1, 1, 20)};
        long[] amounts = {t1, t2, t3};
        for (int i = 0; i < 3; i++) {
            financements.row(c.id(), nom, "collectivite", Fmt.frEuros(amounts[i]), Fmt.fr(dates[i]),
                    "Subvention Transfo – tranche " + (i + 1) + "/3");
        }
        long foundation = Math.round(others * (0.65 + 0.15 * r.nextDouble()));
        long f1 = foundation / 2 + r.nextInt(0, 9999); // converted from dollars: cents that do not round
        financements.row(c.id(), "Fondation pour l’innovation territoriale", "fondation", Fmt.frEuros(f1),
                Fmt.fr(c.debut().plusMonths(2)), "Don – première année (converti de USD)");
        financements.row(c.id(), "Fondation pour l’innovation territoriale", "fondation",
                Fmt.frEuros(foundation - f1), Fmt.fr(c.debut().plusMonths(14)), "Don – deuxième année (converti de USD)");
        long rest = others - foundation;
        String[][] partners = {
                {"Banque des Territoires", "partenaire", "Cofinancement de l’ingénierie"},
                {"État – Fonds pour la transformation de l’action publique", "etat", "Appel à projets FTAP"},
                {"Union européenne – FSE+", "europe", "Volet innovation sociale"}};
        String[] p = partners[r.nextInt(partners.length)];
        financements.row(c.id(), p[0], p[1], Fmt.frEuros(rest), Fmt.fr(c.debut().plusMonths(6)), p[2]);
        if (c.index() == DIRTY_AMOUNT) {
            financements.row(c.id(), nom, "collectivite", "à préciser", Fmt.fr(c.debut().plusMonths(18)),
                    "Complément – en attente de délibération");
        }
    }

    private void writeQuotes(Collectivite c, SplittableRandom r) throws IOException {
        List<Session> counted = c.counted();
        int k = between(r, 4, 10);
        List<Integer> picks = new ArrayList<>();
        picks.add(Catalogue.NOT_POSITIVE_QUOTES[r.nextInt(Catalogue.NOT_POSITIVE_QUOTES.length)]);
        for (int i : shuffled(Catalogue.QUOTES.size(), r)) {
            if (picks.size() == k) {
                break;
            }
            if (!picks.contains(i)) {
                picks.add(i);
            }
        }
        for (int j = 0; j < picks.size(); j++) {
            String[] q = Catalogue.QUOTES.get(picks.get(j));
            Session s = counted.get(r.nextInt(counted.size()));
            String caseId = !s.cas().isEmpty() && r.nextDouble() < 0.6 ? s.cas().get(r.nextInt(s.cas().size())) : "";
            // One refusal is guaranteed in the first collectivité; elsewhere about one in seven.
            boolean consent = !(c.index() == 0 && j == 0) && r.nextDouble() >= 0.15;
            verbatims.row(c.id(), q[2], Fmt.iso(s.date()), s.id(), caseId, q[0], q[1], consent ? "oui" : "non");
        }
    }

    @Override
    public void close() throws IOException {
        files.close();
    }
}
