/** The page of {@code recits serve}: whiteboard servlets, private to this bundle. */
package org.recits.web.internal;
