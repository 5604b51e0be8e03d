package org.recits.indicators.values.internal;

/** A row id, unique only within its collectivité (session, participant, respondent ids). */
record Key(String collectivite, String id) {
}
