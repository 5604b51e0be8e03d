package org.recits.api.model;

/**
 * Where a figure applies: the whole programme, one lab of a programme that consolidates several, or one
 * collectivité. A report of one lab has no lab level: its scopes are the programme and its collectivités.
 *
 * <p>Indicators are given the programme and collectivités only: the engine computes a lab's figures as the
 * programme's figures of that lab's records alone, so a lab's value is the one its own report gives.
 *
 * @param lab          the lab's name for a lab or a collectivité of a consolidated report; null otherwise
 * @param collectivite the collectivité's short id, or null for the programme or a lab
 */
public record Scope(String lab, String collectivite) implements Comparable<Scope> {

    private static final Scope PROGRAMME = new Scope(null, null);

    /**
     * A collectivité, or the programme when null, with no lab: the scopes of a one-lab report.
     *
     * @param collectivite the collectivité's short id, or null for the programme
     */
    public Scope(String collectivite) {
        this(null, collectivite);
    }

    /**
     * The whole programme: every collectivité in the data.
     *
     * @return the programme scope, always the same instance
     */
    public static Scope programme() {
        return PROGRAMME;
    }

    /**
     * One collectivité.
     *
     * @param collectivite the collectivité's id, e.g. {@code mulhouse}
     * @return its scope
     * @throws IllegalArgumentException when the id is null or blank, which would mean the programme
     */
    public static Scope of(String collectivite) {
        if (collectivite == null || collectivite.isBlank()) {
            throw new IllegalArgumentException("collectivite must not be blank");
        }
        return new Scope(null, collectivite);
    }

    /**
     * One lab of a consolidated report: the collectivités whose files that lab pushed.
     *
     * @param lab the lab's name, e.g. {@code lab-nord}
     * @return its scope
     * @throws IllegalArgumentException when the name is null or blank, which would mean the programme
     * @since 1.2
     */
    public static Scope ofLab(String lab) {
        if (lab == null || lab.isBlank()) {
            throw new IllegalArgumentException("lab must not be blank");
        }
        return new Scope(lab, null);
    }

    /**
     * This collectivité's scope placed in a lab of a consolidated report.
     *
     * @param name the lab's name
     * @return the same collectivité, in that lab
     * @throws IllegalStateException    when this scope is not a collectivité
     * @throws IllegalArgumentException when the name is null or blank
     * @since 1.2
     */
    public Scope inLab(String name) {
        if (collectivite == null) {
            throw new IllegalStateException("only a collectivité is placed in a lab: " + id());
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("lab must not be blank");
        }
        return new Scope(name, collectivite);
    }

    /**
     * Whether this scope is the programme rather than a lab or one collectivité.
     *
     * @return true for {@link #programme()}
     */
    public boolean isProgramme() {
        return collectivite == null && lab == null;
    }

    /**
     * Whether this scope is one lab of a consolidated report.
     *
     * @return true for {@link #ofLab}
     * @since 1.2
     */
    public boolean isLab() {
        return collectivite == null && lab != null;
    }

    /**
     * Whether a record of the given collectivité belongs to this scope.
     *
     * @param collectiviteId the record's {@code collectivite}
     * @return true for the programme, or when the id is this scope's
     * @throws IllegalStateException for a lab, whose collectivités the data knows, not the scope
     */
    public boolean includes(String collectiviteId) {
        if (isLab()) {
            throw new IllegalStateException("a lab's collectivités are those of its records: " + lab);
        }
        return isProgramme() || collectivite.equals(collectiviteId);
    }

    /**
     * The id shown in outputs: the collectivité's id, the lab's name, or {@code programme}.
     *
     * @return the id
     */
    public String id() {
        return isProgramme() ? "programme" : collectivite != null ? collectivite : lab;
    }

    /**
     * The programme first; then each lab followed by its collectivités, labs by name; collectivités by id
     * within a lab (all of them, in a report with no lab level).
     */
    @Override
    public int compareTo(Scope o) {
        if (isProgramme() || o.isProgramme()) {
            return Boolean.compare(o.isProgramme(), isProgramme());
        }
        int byLab = lab == null || o.lab == null ? Boolean.compare(lab != null, o.lab != null) : lab.compareTo(o.lab);
        if (byLab != 0) {
            return byLab;
        }
        if (collectivite == null || o.collectivite == null) {
            return Boolean.compare(collectivite != null, o.collectivite != null);
        }
        return collectivite.compareTo(o.collectivite);
    }

    @Override
    public String toString() {
        return id();
    }
}
