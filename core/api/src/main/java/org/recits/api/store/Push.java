package org.recits.api.store;

/**
 * What a push did.
 *
 * @param id        its number in the history
 * @param added     files the store did not hold
 * @param replaced  files whose content changed, their previous version replaced
 * @param unchanged files the store already held with the same content
 */
public record Push(long id, int added, int replaced, int unchanged) {
}
