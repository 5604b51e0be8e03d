package org.recits.tools.generator.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The fixed material of the sample programme: the ten fictitious collectivités (each with the rule
 * breaks it is meant to show) and the word banks. Kept as ordered lists so output order never
 * depends on hashing.
 */
public final class Catalogue {

    private Catalogue() {
    }

    /**
     * One collectivité's shape. Ranges are drawn from the collectivité's random stream; the named
     * rule breaks are fixed so the demo report always shows them.
     *
     * @param sessions       counted sessions wanted (min, max) before lockdown turns some into visio
     * @param days           target Σ jours of counted sessions (min, max)
     * @param labStart       rank of the first session with travail_labo = oui
     * @param cases          number of cas pratiques
     * @param sixSessionCase the first case is worked on in 6 sessions (protocol says 1–4)
     * @param collShare      share of funding paid by the collectivité
     * @param directions     distinct directions among the ambassadors
     * @param rainy          a streak of bad group weather in mid-programme
     * @param fewRespondents fewer than 5 survey respondents (small-number suppression)
     */
    public record Template(String id, String nom, String type, String programme, LocalDate debut, int months,
            String ville, int population, int[] sessions, double[] days, int labStart, int cases,
            boolean sixSessionCase, double collShare, int directions, boolean rainy, boolean fewRespondents,
            List<String> venues) {

        /** The same collectivité with another start (the demo's calendar, {@link DemoCalendar}). */
        Template startingOn(LocalDate start) {
            return new Template(id, nom, type, programme, start, months, ville, population, sessions, days, labStart,
                    cases, sixSessionCase, collShare, directions, rainy, fewRespondents, venues);
        }
    }

    public static final List<Template> TEMPLATES = List.of(
            new Template("belrive", "Ville de Belrive", "commune", "transfo", LocalDate.of(2016, 6, 14), 20,
                    "Belrive", 112_000, new int[] {14, 16}, new double[] {33, 38}, 5, 5, false, 0.62, 12,
                    false, false, List.of("Hôtel de ville", "Médiathèque Jean-Moulin", "Tiers-lieu La Filature")),
            new Template("cu-dunes", "Communauté urbaine des Dunes", "epci", "transfo", LocalDate.of(2017, 3, 7), 19,
                    "Port-des-Dunes", 198_000, new int[] {13, 15}, new double[] {32, 37}, 4, 6, true, 0.58, 11,
                    false, false, List.of("Siège communautaire", "Halle aux sucres", "Maison de l’habitat")),
            new Template("region-garonne", "Région Garonne-Pyrénées", "region", "transfo", LocalDate.of(2017, 3, 21),
                    22, "Castelnau-sur-Garonne", 5_800_000, new int[] {14, 16}, new double[] {34, 39}, 8, 4,
                    false, 0.66, 13, false, false,
                    List.of("Hôtel de Région", "Maison de la Région", "Lycée Olympe-de-Gouges")),
            new Template("saint-aubin", "Ville de Saint-Aubin-sur-Seine", "commune", "transfo",
                    LocalDate.of(2016, 11, 15), 21, "Saint-Aubin-sur-Seine", 486_000, new int[] {15, 17},
                    new double[] {35, 40}, 6, 5, false, 0.60, 14, true, false,
                    List.of("Hôtel de ville", "Mairie annexe des Quais", "Pavillon de l’Arsenal")),
            new Template("metro-lys", "Métropole du Val de Lys", "metropole", "transfo", LocalDate.of(2018, 3, 13),
                    19, "Lys-en-Flandre", 1_100_000, new int[] {13, 15}, new double[] {31, 36}, 5, 4, false, 0.41,
                    10, false, false, List.of("Hôtel de métropole", "Gare Saint-Sauveur", "La Condition publique")),
            new Template("eurometro-rhin", "Eurométropole du Rhin", "metropole", "transfo", LocalDate.of(2018, 10, 9),
                    24, "Rhinau-la-Grande", 490_000, new int[] {16, 17}, new double[] {42, 44}, 6, 5, false,
                    0.64, 12, false, false, List.of("Centre administratif", "Shadok", "Maison des associations")),
            new Template("metro-arlon", "Arlon Métropole", "metropole", "transfo", LocalDate.of(2018, 11, 20), 20,
                    "Arlon-sur-Moselle", 222_000, new int[] {13, 15}, new double[] {31, 37}, 4, 3, false, 0.69, 10,
                    false, false, List.of("Hôtel de métropole", "Arsenal", "Bliiida")),
            new Template("val-argent", "Département du Val-d’Argent", "departement", "post-transfo",
                    LocalDate.of(2019, 6, 18), 18, "Argentan-le-Haut", 1_200_000, new int[] {12, 13},
                    new double[] {26, 29}, 5, 4, false, 0.57, 8, false, false,
                    List.of("Hôtel du Département", "Maison départementale des solidarités", "Archives départementales")),
            new Template("ccas-grenade", "CCAS de Grenade-les-Alpes", "etablissement", "post-transfo",
                    LocalDate.of(2019, 9, 10), 20, "Grenade-les-Alpes", 650_000, new int[] {13, 14},
                    new double[] {30, 34}, 6, 4, false, 0.63, 10, false, false,
                    List.of("Centre communal d’action sociale", "Maison des habitants", "Épicerie solidaire")),
            new Template("armor-loire", "Région Armor-et-Loire", "region", "post-transfo", LocalDate.of(2020, 1, 14),
                    18, "Port-Armor", 3_300_000, new int[] {9, 10}, new double[] {18, 21}, 5, 3, false, 0.56, 11,
                    false, true, List.of("Hôtel de Région", "Cité des métiers", "Tiers-lieu Le Hangar")));

    /** Days of the InterTransfos, common to the whole programme: gaps 5, 4, 6, 5, 7, 9, 4, 7, 6, 6 months. */
    public static final List<LocalDate> INTERTRANSFOS = List.of(
            LocalDate.of(2016, 10, 20), LocalDate.of(2017, 3, 16), LocalDate.of(2017, 7, 6),
            LocalDate.of(2018, 1, 25), LocalDate.of(2018, 6, 21), LocalDate.of(2019, 1, 24),
            LocalDate.of(2019, 10, 17), LocalDate.of(2020, 2, 13), LocalDate.of(2020, 9, 24),
            LocalDate.of(2021, 3, 18), LocalDate.of(2021, 9, 23));

    /** Host town of each InterTransfo, same order. */
    public static final List<String> INTERTRANSFO_HOSTS = List.of("Belrive", "Saint-Aubin-sur-Seine",
            "Port-des-Dunes", "Castelnau-sur-Garonne", "Lys-en-Flandre", "Rhinau-la-Grande", "Arlon-sur-Moselle",
            "Belrive", "Visioconférence", "Grenade-les-Alpes", "Port-Armor");

    /** Post Transfo collective workshops (ateliers collectifs), the last one in visio. */
    public static final List<LocalDate> ATELIERS_COLLECTIFS = List.of(
            LocalDate.of(2019, 11, 12), LocalDate.of(2020, 1, 30), LocalDate.of(2020, 9, 15));

    public static final LocalDate LOCKDOWN_START = LocalDate.of(2020, 3, 17);
    public static final LocalDate LOCKDOWN_END = LocalDate.of(2020, 5, 11);

    public static final List<String> DIRECTIONS = List.of(
            "Direction générale des services", "Direction des ressources humaines", "Direction des finances",
            "Direction des systèmes d’information", "Direction de la communication", "Direction de l’éducation",
            "Direction de la culture", "Direction des sports", "Direction de l’action sociale",
            "Direction de l’urbanisme", "Direction des espaces verts", "Direction de la propreté urbaine",
            "Direction de la voirie et des mobilités", "Direction de la commande publique",
            "Direction des affaires juridiques", "Direction de la relation usagers", "Direction de l’habitat",
            "Direction de la jeunesse");

    /** Case bank: titre, thematique, service porteur. */
    public static final List<String[]> CASES = List.of(
            new String[] {"Réinventer l’accueil des usagers en mairie annexe", "accueil", "Direction de la relation usagers"},
            new String[] {"Des cours d’école plus fraîches et ouvertes au quartier", "education", "Direction de l’éducation"},
            new String[] {"Moins de mégots dans l’espace public", "proprete", "Direction de la propreté urbaine"},
            new String[] {"Simplifier la demande d’aide sociale facultative", "social", "Direction de l’action sociale"},
            new String[] {"Occuper temporairement les bâtiments vacants", "urbanisme", "Direction de l’urbanisme"},
            new String[] {"Accompagner les ménages vers la rénovation énergétique", "transition", "Direction de l’habitat"},
            new String[] {"Repenser les espaces de travail des agents", "organisation", "Direction des ressources humaines"},
            new String[] {"Des courriers administratifs enfin lisibles", "relation-usagers", "Direction de la communication"},
            new String[] {"Le transport scolaire vu par les familles", "mobilite", "Direction de la voirie et des mobilités"},
            new String[] {"Bien accueillir les nouveaux agents", "organisation", "Direction des ressources humaines"},
            new String[] {"Lutter contre le non-recours aux droits", "social", "Direction de l’action sociale"},
            new String[] {"Le parcours des familles à la cantine", "education", "Direction de l’éducation"},
            new String[] {"Co-construire le budget participatif", "democratie", "Direction générale des services"},
            new String[] {"Une médiathèque ouverte le dimanche ?", "culture", "Direction de la culture"},
            new String[] {"Mieux partager les données entre services", "numerique", "Direction des systèmes d’information"},
            new String[] {"Prendre rendez-vous en ligne sans se perdre", "numerique", "Direction de la relation usagers"},
            new String[] {"Prévenir l’isolement des personnes âgées", "social", "Direction de l’action sociale"},
            new String[] {"Réduire le gaspillage en restauration collective", "transition", "Direction de l’éducation"},
            new String[] {"Ouvrir les marchés publics aux petites entreprises", "commande-publique", "Direction de la commande publique"},
            new String[] {"Végétaliser les pieds d’immeubles avec les habitants", "environnement", "Direction des espaces verts"},
            new String[] {"Les équipements sportifs en accès libre", "sport", "Direction des sports"},
            new String[] {"Un guichet unique pour les associations", "vie-associative", "Direction de la jeunesse"});

    public static final List<String> METHODS = List.of("immersion", "entretien", "observation", "reportage-photo",
            "prototypage", "maquette", "synthese-creative", "scenarisation", "co-conception", "enquete-ciblee",
            "atelier-creatif", "jeu-de-role", "chapeaux-de-bono", "test-usagers", "restitution");

    /** Quote bank: role, valeur, texte. Not all positive, on purpose. */
    public static final List<String[]> QUOTES = List.of(
            new String[] {"ambassadeur", "capacitation", "Je n’aurais jamais osé aller interroger des usagers dans la file d’attente. Maintenant je le fais sans y penser."},
            new String[] {"ambassadeur", "capacitation", "Ce que je retiens, c’est qu’on a le droit de se tromper, à condition d’essayer vite et petit."},
            new String[] {"ambassadeur", "productivite", "On n’a pas eu le temps de tester le prototype avec les familles avant l’été, c’est frustrant."},
            new String[] {"ambassadeur", "democratie", "Pour la première fois, un agent d’accueil et un directeur ont travaillé à la même table, d’égal à égal."},
            new String[] {"ambassadeur", "productivite", "Trois jours de session par mois, avec ma charge de travail habituelle, c’est beaucoup trop."},
            new String[] {"ambassadeur", "qualite", "En suivant une dame au guichet, on a compris que le formulaire était le vrai problème, pas l’accueil."},
            new String[] {"usager", "qualite", "On m’a enfin demandé mon avis avant de changer les horaires, et ça se voit."},
            new String[] {"usager", "qualite", "Le nouveau courrier, je l’ai compris du premier coup. L’ancien, je le donnais à ma fille."},
            new String[] {"usager", "impact", "Depuis qu’il y a des bancs et de l’ombre dans la cour, les enfants restent jouer après l’école."},
            new String[] {"usager", "democratie", "Ils sont venus chez nous, dans le quartier, au lieu de nous convoquer à la mairie."},
            new String[] {"usager", "qualite", "On nous a fait tester trois versions de la borne, mais on ne sait pas laquelle a été retenue."},
            new String[] {"usager", "impact", "J’ai enfin touché l’aide à laquelle j’avais droit depuis deux ans."},
            new String[] {"elu", "democratie", "Les agents nous ont présenté des scénarios argumentés, pas une liste de plaintes. Cela change le dialogue."},
            new String[] {"elu", "impact", "Je veux que ce laboratoire survive au mandat : il faut l’inscrire au budget primitif."},
            new String[] {"elu", "productivite", "On ne sait pas encore dire combien ça coûte par rapport à ce que ça rapporte, et on me le demande."},
            new String[] {"resident", "capacitation", "Le groupe a pris confiance : à la dixième session, ce sont eux qui animaient la restitution."},
            new String[] {"resident", "productivite", "On n’a pas eu le temps de documenter le cas des cantines, il faudra y revenir."},
            new String[] {"resident", "democratie", "La direction générale a accepté que les ambassadeurs présentent eux-mêmes les résultats aux élus."},
            new String[] {"referent", "impact", "Deux services qui ne se parlaient pas partagent désormais le même tableau de suivi."},
            new String[] {"referent", "productivite", "La préparation entre les sessions repose sur moi seul, et ce n’est pas tenable."},
            new String[] {"relais", "qualite", "Les agents de mon service ont repris la maquette du formulaire et l’utilisent au quotidien."},
            new String[] {"relais", "capacitation", "J’ai emprunté la méthode des chapeaux de Bono pour une réunion d’équipe : ça a débloqué la discussion."},
            new String[] {"partenaire", "impact", "Le prototype de la Transfo nous a servi de base pour l’appel à projets régional."},
            new String[] {"partenaire", "democratie", "Associer les associations dès le départ, c’était nouveau ici ; il faut que ça continue."},
            new String[] {"ambassadeur", "impact", "Le cas est terminé, mais personne ne sait qui va porter la suite dans les services."},
            new String[] {"ambassadeur", "qualite", "On a découvert que les usagers appelaient quatre numéros différents pour la même démarche."});

    /** Indices of quotes that are not positive (so each collectivité gets at least one). */
    public static final int[] NOT_POSITIVE_QUOTES = {2, 4, 10, 14, 16, 19, 24};

    public static final List<String> WEATHER_WORDS = List.of("orage", "pluie", "nuageux", "eclaircie", "soleil");

    public static final List<String> WEATHER_COMMENTS = List.of("Beaucoup d’énergie aujourd’hui",
            "Fatigué·e mais content·e", "Trop de réunions cette semaine", "On avance enfin sur le cas",
            "Pas facile de revenir au service après", "Belle restitution", "Je ne vois pas encore où on va");

    public static final List<String> COMMENTS_CAPACITATION = List.of("Très enrichissant",
            "J’aurais aimé plus de temps sur le terrain, moins en salle.",
            "Les méthodes sont utiles, mais difficile à appliquer seul·e dans mon service.",
            "Rien à ajouter", "Merci à l’équipe des résidents !");

    public static final List<String> COMMENTS_SERVICE = List.of("Accueil très agréable",
            "Toujours trop d’attente le lundi matin", "Le formulaire en ligne plante sur téléphone",
            "Enfin un interlocuteur unique", "Je ne savais pas que ce service existait");
}
