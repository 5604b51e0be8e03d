package org.recits.store.postgresql.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.postgresql.Driver;
import org.recits.api.store.StoreException;

/**
 * Connects to the store's database. The driver is called directly: {@code DriverManager} does not see a
 * driver embedded in a bundle.
 */
final class Connections {

    private Connections() {
    }

    /** The JDBC form of an address given as {@code postgresql://…}, {@code postgres://…} or already in JDBC form. */
    static String jdbcUrl(String url) {
        String u = url.strip();
        if (u.startsWith("jdbc:postgresql:")) {
            return u;
        }
        if (u.startsWith("postgresql://")) {
            return "jdbc:" + u;
        }
        if (u.startsWith("postgres://")) {
            return "jdbc:postgresql://" + u.substring("postgres://".length());
        }
        return null;
    }

    static Connection open(String url) throws StoreException {
        String jdbc = url == null ? null : jdbcUrl(url);
        if (jdbc == null) {
            throw Texts.refusal(null, "error.url", url);
        }
        Properties props = new Properties();
        props.setProperty("ApplicationName", "recits");
        Connection c;
        try {
            c = new Driver().connect(jdbc, props);
        } catch (SQLException e) {
            // the driver's sentence ends with its own full stop; the message puts one after it
            String why = String.valueOf(e.getMessage()).strip().replaceAll("\\.+$", "");
            throw Texts.refusal(e, "error.connect", SqlErrors.withoutPassword(url), why);
        }
        if (c == null) {
            throw Texts.refusal(null, "error.url", url);
        }
        return c;
    }
}
