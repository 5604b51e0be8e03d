package org.recits.api.model;

/**
 * Where a figure applies: one collectivité, or the whole programme (every collectivité in the data).
 *
 * @param collectivite the collectivité's short id, or null for the programme
 */
public record Scope(String collectivite) implements Comparable<Scope> {

    private static final Scope PROGRAMME = new Scope(null);

    public static Scope programme() {
        return PROGRAMME;
    }

    public static Scope of(String collectivite) {
        if (collectivite == null || collectivite.isBlank()) {
            throw new IllegalArgumentException("collectivite must not be blank");
        }
        return new Scope(collectivite);
    }

    public boolean isProgramme() {
        return collectivite == null;
    }

    /** Whether a record of the given collectivité belongs to this scope. */
    public boolean includes(String collectiviteId) {
        return isProgramme() || collectivite.equals(collectiviteId);
    }

    /** The id shown in outputs: the collectivité's id, or {@code programme}. */
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
