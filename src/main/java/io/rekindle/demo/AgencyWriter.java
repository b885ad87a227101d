package io.rekindle.demo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Writes the agency's records as table rows, with ids from {@link Ids}. */
final class AgencyWriter {

    private final TableWriter writer;
    private final Ids ids;

    AgencyWriter(TableWriter writer, Ids ids) {
        this.writer = writer;
        this.ids = ids;
    }

    TableWriter tables() {
        return writer;
    }

    long nextId(Table table) {
        return ids.next(table);
    }

    long reserve(Table table, long count) {
        return ids.reserve(table, count);
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    long user(Recruiters.Recruiter recruiter, String passwordHash, Instant createdAt) {
        long id = ids.next(Table.APP_USER);
        writer.add(
                Table.APP_USER,
                id,
                recruiter.username(),
                recruiter.displayName(),
                recruiter.email(),
                passwordHash,
                "RECRUITER",
                recruiter.timeZone(),
                false,
                true,
                utc(createdAt),
                0L);
        return id;
    }

    void company(Company company) {
        OffsetDateTime created = utc(company.createdAt());
        writer.add(
                Table.COMPANY,
                company.id(),
                company.name(),
                RandomAgency.nameKey(company.name()),
                "https://www." + RandomAgency.slug(company.name()) + ".example",
                company.industry(),
                company.city().name(),
                company.city().region(),
                company.city().country(),
                company.notes(),
                "CLIENT",
                created,
                created,
                0L);
    }

    void opening(Opening opening) {
        OffsetDateTime created = utc(opening.opensAt());
        OffsetDateTime updated = opening.closedOn() == null ? created : utc(opening.closesAt());
        writer.add(
                Table.OPENING,
                opening.id(),
                opening.company().id(),
                opening.title().name(),
                opening.city().name(),
                opening.city().region(),
                opening.city().country(),
                opening.city().lat(),
                opening.city().lon(),
                opening.remote() ? null : 40,
                opening.remote(),
                opening.seniority(),
                opening.payMin(),
                opening.payMax(),
                opening.currency(),
                opening.cultureNotes(),
                opening.description(),
                opening.status(),
                opening.openedOn(),
                opening.closedOn(),
                opening.ownerId(),
                created,
                updated,
                0L);
        List<String> skills = opening.title().skills();
        for (int i = 0; i < Math.min(6, skills.size()); i++) {
            writer.add(Table.OPENING_SKILL, opening.id(), i, skills.get(i));
        }
    }

    void person(Person person, String nameKey) {
        Person.DoNotContact dnc = person.doNotContact();
        OffsetDateTime created = utc(person.createdAt());
        writer.add(
                Table.PERSON,
                person.id(),
                person.fullName(),
                nameKey,
                person.title(),
                person.employer(),
                person.city().name(),
                person.city().region(),
                person.city().country(),
                person.city().lat(),
                person.city().lon(),
                person.source(),
                person.ownerId(),
                dnc != null,
                dnc == null ? null : dnc.reason(),
                dnc == null ? null : dnc.since(),
                created,
                created,
                0L,
                person.emails(),
                person.skills());
        values(Table.PERSON_PHONE, person.id(), person.phones());
        values(Table.PERSON_TAG, person.id(), person.tags());
    }

    private void values(Table table, long personId, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            writer.add(table, personId, i, values.get(i));
        }
    }

    void contact(long companyId, long personId, String role, Instant at) {
        writer.add(Table.COMPANY_CONTACT, ids.next(Table.COMPANY_CONTACT), companyId, personId, role, utc(at));
    }

    void candidacy(Pipeline.Played played) {
        long id = ids.next(Table.CANDIDACY);
        Pipeline.Plan plan = played.plan();
        boolean no = plan.end() == Pipeline.End.NO;
        writer.add(
                Table.CANDIDACY,
                id,
                plan.person().id(),
                plan.opening().id(),
                plan.opening().company().id(),
                played.stage().name(),
                played.status(),
                no ? plan.outcome().side() : null,
                no ? plan.outcome().reason() : null,
                played.note(),
                played.condition(),
                played.outcomeOn(),
                utc(played.addedAt()),
                played.endedAt() == null ? null : utc(played.endedAt()),
                plan.userId(),
                0L);
        for (Pipeline.Step step : played.steps()) {
            writer.add(
                    Table.CANDIDACY_STEP,
                    ids.next(Table.CANDIDACY_STEP),
                    id,
                    step.kind(),
                    step.stage().name(),
                    utc(step.at()),
                    plan.userId());
        }
        played.touches().forEach(this::touch);
    }

    void touch(Touch touch) {
        OffsetDateTime at = utc(touch.at());
        writer.add(
                Table.TOUCH,
                ids.next(Table.TOUCH),
                touch.personId(),
                touch.openingId(),
                touch.userId(),
                touch.channel().name(),
                touch.direction().name(),
                touch.result() == null ? null : touch.result().name(),
                at,
                touch.summary(),
                at);
    }
}
