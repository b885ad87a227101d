package io.rekindle.outreach;

import io.rekindle.followups.RevisitView;
import io.rekindle.followups.Revisits;
import io.rekindle.openings.OpeningDetails;
import io.rekindle.openings.OpeningId;
import io.rekindle.openings.Openings;
import io.rekindle.people.People;
import io.rekindle.people.PersonDetails;
import io.rekindle.people.PersonId;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.InvalidInputException.FieldProblem;
import io.rekindle.platform.NotFoundException;
import io.rekindle.platform.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Email templates: the built-in ones and the users' own, checked for merge fields, previewed with a real person. */
@Service
@Transactional(readOnly = true)
public class Templates {

    private final MessageTemplateRepository templates;
    private final People people;
    private final Openings openings;
    private final Revisits revisits;
    private final Senders senders;
    private final Unsubscribes unsubscribes;
    private final Clock clock;

    Templates(
            MessageTemplateRepository templates,
            People people,
            Openings openings,
            Revisits revisits,
            Senders senders,
            Unsubscribes unsubscribes,
            Clock clock) {
        this.templates = templates;
        this.people = people;
        this.openings = openings;
        this.revisits = revisits;
        this.senders = senders;
        this.unsubscribes = unsubscribes;
        this.clock = clock;
    }

    public List<TemplateView> all() {
        return templates.findAllByOrderByBuiltInDescNameAsc().stream()
                .map(MessageTemplate::view)
                .toList();
    }

    public TemplateView get(long id) {
        return templates
                .findById(id)
                .map(MessageTemplate::view)
                .orElseThrow(() -> new NotFoundException("Template", id));
    }

    public Optional<TemplateView> byKey(String key) {
        return templates.findByKey(key).map(MessageTemplate::view);
    }

    /** A built-in template by key, or any template by name: what a cadence step's script may name. */
    public Optional<TemplateView> named(String keyOrName) {
        if (keyOrName == null || keyOrName.isBlank()) {
            return Optional.empty();
        }
        String s = keyOrName.strip();
        return templates
                .findByKey(s)
                .or(() -> templates.findFirstByNameIgnoreCase(s))
                .map(MessageTemplate::view);
    }

    @Transactional
    public TemplateView create(TemplateData data) {
        validate(data);
        return templates.save(new MessageTemplate(data, clock.instant())).view();
    }

    @Transactional
    public TemplateView update(long id, long expectedVersion, TemplateData data) {
        MessageTemplate template = templates.findById(id).orElseThrow(() -> new NotFoundException("Template", id));
        ConflictException.checkVersion("Template " + id, expectedVersion, template.version());
        validate(data);
        template.apply(data, clock.instant());
        templates.flush();
        return template.view();
    }

    /** The template filled in for a real person, as they would read it. */
    public RenderedEmail preview(long templateId, PersonId person, OpeningId opening, UserId sender) {
        return render(get(templateId).data(), person, opening, sender);
    }

    /** Fills in any template data (an unsaved edit, for the preview); refuses unknown merge fields. */
    public RenderedEmail render(TemplateData data, PersonId person, OpeningId opening, UserId sender) {
        validate(data);
        Map<String, String> values = values(person, opening, sender);
        return new RenderedEmail(
                MergeFields.fill(data.subject(), values, false)
                        .replaceAll("[\\r\\n]+", " ")
                        .strip(),
                MergeFields.fill(data.bodyText(), values, false),
                MergeFields.fill(data.bodyHtml(), values, true));
    }

    static void validate(TemplateData data) {
        var problems = new ArrayList<FieldProblem>();
        if (data.name() == null || data.name().isBlank() || data.name().length() > 200) {
            problems.add(new FieldProblem("name", "must have between 1 and 200 characters"));
        }
        if (data.subject() == null || data.subject().isBlank() || data.subject().length() > 500) {
            problems.add(new FieldProblem("subject", "must have between 1 and 500 characters"));
        }
        if (data.bodyText() == null
                || data.bodyText().isBlank()
                || data.bodyText().length() > 20000) {
            problems.add(new FieldProblem("bodyText", "must have between 1 and 20000 characters"));
        }
        if (data.bodyHtml() != null && data.bodyHtml().length() > 40000) {
            problems.add(new FieldProblem("bodyHtml", "must have at most 40000 characters"));
        }
        problems.addAll(MergeFields.check("subject", data.subject()));
        problems.addAll(MergeFields.check("bodyText", data.bodyText()));
        problems.addAll(MergeFields.check("bodyHtml", data.bodyHtml()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private Map<String, String> values(PersonId personId, OpeningId openingId, UserId senderId) {
        PersonDetails person =
                people.find(personId).orElseThrow(() -> InvalidInputException.of("personId", "is not a known person"));
        var v = new HashMap<String, String>();
        v.put("person.fullName", person.fullName());
        v.put("person.firstName", person.fullName().strip().split("\\s+")[0]);
        v.put("person.title", nonNull(person.currentTitle()));
        v.put("person.employer", nonNull(person.currentEmployer()));
        v.put("person.email", person.emails().isEmpty() ? "" : person.emails().get(0));
        if (openingId != null) {
            if (!openings.exists(openingId)) {
                throw InvalidInputException.of("openingId", "is not a known opening");
            }
            OpeningDetails opening = openings.get(openingId);
            v.put("opening.title", opening.title());
            v.put(
                    "opening.location",
                    opening.remote() ? "remote" : opening.location().display());
            v.put("opening.description", nonNull(opening.description()));
            v.put("company.name", opening.companyName());
        }
        SenderProfile sender = senders.of(senderId);
        v.put("sender.name", sender.fromName());
        v.put("sender.email", sender.fromAddress());
        v.put("sender.signature", sender.signature());
        LocalDate today = LocalDate.now(clock);
        Optional<RevisitView> lastNo = revisits.latest(personId);
        lastNo.ifPresent(no -> {
            v.put("lastNo.reason", reason(no));
            v.put("lastNo.date", no.saidNoOn().toString());
            v.put("lastNo.ago", ago(no.saidNoOn(), today));
            v.put("revisit.date", no.revisitOn().toString());
        });
        v.put("followUp.date", today.plusDays(30).toString());
        v.put("unsubscribe.url", unsubscribes.linkFor(personId));
        return v;
    }

    private static String reason(RevisitView no) {
        String reason =
                no.reason() == null ? "" : no.reason().name().toLowerCase().replace('_', ' ');
        return no.note() == null || no.note().isBlank()
                ? reason
                : reason + ": " + no.note().strip();
    }

    /** "9 months", "2 years", "3 weeks", "5 days". */
    static String ago(LocalDate then, LocalDate today) {
        Period p = Period.between(then, today);
        if (p.getYears() > 0) {
            return plural(p.getYears(), "year");
        }
        if (p.getMonths() > 0) {
            return plural(p.getMonths(), "month");
        }
        if (p.getDays() >= 7) {
            return plural(p.getDays() / 7, "week");
        }
        return plural(Math.max(p.getDays(), 0), "day");
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
