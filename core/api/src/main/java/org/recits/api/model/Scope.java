package org.recits.api.model;

/**
 * Where a figure applies: one collectivité, or the whole programme (every collectivité in the data).
 *
 * @param collectivite the collectivité's short id, or null for the programme
 */
public record Scope(String collectivite) implements Comparable<Scope> {

    private static final Scope PROGRAMME = new Scope(null);

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
        return new Scope(collectivite);
    }

    /**
     * Whether this scope is the programme rather than one collectivité.
     *
     * @return true for {@link #programme()}
     */
    public boolean isProgramme() {
        return collectivite == null;
    }

    /**
     * Whether a record of the given collectivité belongs to this scope.
     *
     * @param collectiviteId the record's {@code collectivite}
     * @return true for the programme, or when the id is this scope's
     */
    public boolean includes(String collectiviteId) {
        return isProgramme() || collectivite.equals(collectiviteId);
    }

    /**
     * The id shown in outputs: the collectivité's id, or {@code programme}.
     *
     * @return the id
     */
    public String id() {
        return isProgramme() ? "programme" : collectivite;
    }

    /** The programme first, then collectivités in id order. */
    @Override
    public int compareTo(Scope o) {
        if (isProgramme() || o.isProgramme()) {
            return Boolean.compare(o.isProgramme(), isProgramme());
        }
        return collectivite.compareTo(o.collectivite);
    }

    @Override
    public String toString() {
        return id();
    }
}
