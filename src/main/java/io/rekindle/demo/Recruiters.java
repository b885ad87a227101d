package io.rekindle.demo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The agency's recruiters: app users who own people and openings and log touches. */
final class Recruiters {

    static final String PASSWORD = "rekindle-demo";
    static final String DOMAIN = "northlake-talent.example";

    record Recruiter(String username, String displayName, String email, String timeZone) {}

    static final List<Recruiter> DEMO = List.of(
            new Recruiter("maria", "Maria Alvarez", "maria@" + DOMAIN, "America/Chicago"),
            new Recruiter("james", "James Whitaker", "james@" + DOMAIN, "America/New_York"),
            new Recruiter("priya", "Priya Raman", "priya@" + DOMAIN, "America/Chicago"));

    private Recruiters() {}

    static List<Recruiter> withExtras(int count) {
        List<Recruiter> recruiters = new ArrayList<>(DEMO);
        for (int i = DEMO.size() + 1; i <= count; i++) {
            String username = String.format("recruiter%03d", i);
            recruiters.add(new Recruiter(username, "Recruiter " + i, username + "@" + DOMAIN, "America/Chicago"));
        }
        return recruiters;
    }

    /** The ids of the recruiters, creating those whose username is not taken yet. */
    static List<Long> ensure(
            AgencyWriter out, List<Recruiter> recruiters, Supplier<String> passwordHash, Instant createdAt) {
        List<Long> ids = new ArrayList<>(recruiters.size());
        for (Recruiter recruiter : recruiters) {
            Long existing = existing(out.tables(), recruiter.username());
            ids.add(existing != null ? existing : out.user(recruiter, passwordHash.get(), createdAt));
        }
        out.tables().commit();
        return ids;
    }

    private static Long existing(TableWriter tables, String username) {
        try (PreparedStatement statement =
                tables.connection().prepareStatement("select id from app_user where username = ?")) {
            statement.setString(1, username);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        } catch (SQLException e) {
            throw TableWriter.failed(e);
        }
    }
}
