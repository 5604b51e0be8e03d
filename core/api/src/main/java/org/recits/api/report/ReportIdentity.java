package org.recits.api.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Who the report is from and as of when: the lab, the collectivité it is made for, a contact and the
 * report's date, as the data folder's optional {@code rapport.properties} gives them, its logo, and the
 * date of the latest data the report uses. Renderers show them on a title page; none is required.
 *
 * @param lab          the lab's (or programme's) name; null when not given
 * @param collectivite the collectivité the report is made for; null when not given
 * @param contact      a contact (name, e-mail, telephone) as written; null when not given
 * @param reportDate   the report's date as the lab gives it (its date of writing); null when not given, and
 *                     then no date of writing is shown
 * @param dataUpTo     the latest date of the data the report uses (sessions, quotes, answers, funding…
 *                     dated at or before the period's end); null when nothing is dated
 * @param logo         the lab's logo; null when not given
 */
public record ReportIdentity(String lab, String collectivite, String contact, LocalDate reportDate,
        LocalDate dataUpTo, Logo logo) {

    /** Nothing given, nothing dated. */
    public static final ReportIdentity NONE = new ReportIdentity(null, null, null, null, null, null);

    /**
     * Blank texts are absent.
     *
     * @param lab          the lab's name, or null
     * @param collectivite the collectivité, or null
     * @param contact      a contact, or null
     * @param reportDate   the report's date, or null
     * @param dataUpTo     the latest date of the data used, or null
     * @param logo         the logo, or null
     */
    public ReportIdentity {
        lab = blankToNull(lab);
        collectivite = blankToNull(collectivite);
        contact = blankToNull(contact);
    }

    /**
     * The same identity with the date of the latest data used.
     *
     * @param date the latest date of the data used, or null
     * @return a new identity
     */
    public ReportIdentity withDataUpTo(LocalDate date) {
        return new ReportIdentity(lab, collectivite, contact, reportDate, date, logo);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * A logo: a PNG or JPEG file's bytes, as read.
     *
     * @param fileName  the file's name in the data folder
     * @param mediaType {@code image/png} or {@code image/jpeg}
     * @param bytes     the file's content
     */
    public record Logo(String fileName, String mediaType, byte[] bytes) {

        /**
         * Checks the media type and copies the bytes.
         *
         * @param fileName  the file's name in the data folder
         * @param mediaType {@code image/png} or {@code image/jpeg}
         * @param bytes     the file's content
         * @throws IllegalArgumentException for another media type
         */
        public Logo {
            Objects.requireNonNull(fileName, "fileName");
            if (!"image/png".equals(mediaType) && !"image/jpeg".equals(mediaType)) {
                throw new IllegalArgumentException("a logo is image/png or image/jpeg: " + mediaType);
            }
            bytes = bytes.clone();
        }

        /**
         * The file's content.
         *
         * @return a copy of the bytes
         */
        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /**
         * Same name, type and bytes.
         *
         * @param o another object
         * @return whether it is the same logo
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof Logo l && l.fileName.equals(fileName) && l.mediaType.equals(mediaType)
                    && Arrays.equals(l.bytes, bytes);
        }

        /**
         * From the name, type and bytes.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return Objects.hash(fileName, mediaType, Arrays.hashCode(bytes));
        }

        /**
         * The name, type and size, not the bytes.
         *
         * @return a short description
         */
        @Override
        public String toString() {
            return "Logo[" + fileName + ", " + mediaType + ", " + bytes.length + " bytes]";
        }
    }
}
