package io.rekindle.followups.web;

import io.rekindle.followups.Cadences;
import io.rekindle.followups.CalendarFeeds;
import io.rekindle.followups.Channel;
import io.rekindle.followups.Direction;
import io.rekindle.followups.FollowUpView;
import io.rekindle.followups.FollowUps;
import io.rekindle.followups.RevisitView;
import io.rekindle.followups.Revisits;
import io.rekindle.followups.StopReason;
import io.rekindle.followups.TodayCard;
import io.rekindle.followups.TouchData;
import io.rekindle.followups.TouchResult;
import io.rekindle.openings.Companies;
import io.rekindle.people.People;
import io.rekindle.people.PersonId;
import io.rekindle.people.PersonSummary;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Today view, and follow-ups handled in place: done (logging the touch), snoozed or skipped. */
@Controller
class FollowUpController {

    private static final Logger log = LoggerFactory.getLogger(FollowUpController.class);

    static final int SILVER_WINDOW_DAYS = 30;
    static final int SHOWN = 100;

    private final FollowUps followUps;
    private final Cadences cadences;
    private final CalendarFeeds feeds;
    private final Revisits revisits;
    private final Companies companies;
    private final People people;
    private final Clock clock;
    private final List<TodayCard> cards;

    FollowUpController(
            FollowUps followUps,
            Cadences cadences,
            CalendarFeeds feeds,
            Revisits revisits,
            Companies companies,
            People people,
            Clock clock,
            List<TodayCard> cards) {
        this.followUps = followUps;
        this.cadences = cadences;
        this.feeds = feeds;
        this.revisits = revisits;
        this.companies = companies;
        this.people = people;
        this.clock = clock;
        this.cards =
                cards.stream().sorted(Comparator.comparingInt(TodayCard::order)).toList();
    }

    @GetMapping("/today")
    String today(@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        fill(model);
        model.addAttribute("partial", htmx != null);
        return htmx != null ? "followups/today :: items" : "followups/today";
    }

    @PostMapping("/people/{id}/follow-ups")
    String plan(
            @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            followUps.plan(new PersonId(id), null, CurrentUser.id(), dueOn, note);
            redirect.addFlashAttribute("message", "flash.followup.planned");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/cadence")
    String startCadence(@PathVariable long id, @RequestParam long cadenceId, RedirectAttributes redirect) {
        try {
            cadences.enroll(new PersonId(id), cadenceId, null);
            redirect.addFlashAttribute("message", "flash.cadence.started");
        } catch (ConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/cadence/stop")
    String stopCadence(@PathVariable long id, RedirectAttributes redirect) {
        cadences.stop(new PersonId(id), StopReason.BY_USER);
        redirect.addFlashAttribute("message", "flash.cadence.stopped");
        return "redirect:/people/" + id;
    }

    @PostMapping("/follow-ups/{id}/reassign")
    String reassign(@PathVariable long id, @RequestParam long ownerId, RedirectAttributes redirect) {
        FollowUpView f = followUps.get(id);
        try {
            followUps.reassign(id, new UserId(ownerId));
            redirect.addFlashAttribute("message", "flash.followup.reassigned");
        } catch (ConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/people/" + f.person();
    }

    @PostMapping("/follow-ups/{id}/done")
    String done(
            @PathVariable long id,
            @RequestParam(defaultValue = "CALL") Channel channel,
            @RequestParam(required = false) TouchResult result,
            @RequestParam(required = false) String summary,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        FollowUpView f = followUps.get(id);
        var touch = new TouchData(f.person(), f.opening(), channel, Direction.OUTBOUND, result, summary, null);
        return act(() -> followUps.complete(id, touch), "flash.followup.done", htmx, model, redirect);
    }

    @PostMapping("/follow-ups/{id}/snooze")
    String snooze(
            @PathVariable long id,
            @RequestParam(defaultValue = "7") int days,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        return act(
                () -> followUps.snooze(id, today().plusDays(Math.max(1, days))),
                "flash.followup.snoozed",
                htmx,
                model,
                redirect);
    }

    @PostMapping("/follow-ups/{id}/skip")
    String skip(
            @PathVariable long id,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        return act(() -> followUps.cancel(id), "flash.followup.skipped", htmx, model, redirect);
    }

    private String act(Runnable action, String message, String htmx, Model model, RedirectAttributes redirect) {
        String kind = "message";
        String text = message;
        try {
            action.run();
        } catch (ConflictException | InvalidInputException | IllegalArgumentException e) {
            kind = "error";
            text = e.getMessage();
        }
        if (htmx != null) {
            model.addAttribute(kind, text);
            model.addAttribute("partial", true);
            fill(model);
            return "followups/today :: items";
        }
        redirect.addFlashAttribute(kind, text);
        return "redirect:/today";
    }

    private void fill(Model model) {
        UserId me = CurrentUser.id();
        LocalDate today = today();
        List<FollowUpView> due = me == null ? List.of() : followUps.dueFor(me, today, SHOWN);
        FollowUps.DueCounts counts = me == null ? new FollowUps.DueCounts(0, 0, 0, 0) : followUps.dueCounts(me, today);
        Map<PersonId, PersonSummary> persons =
                people.summaries(due.stream().map(FollowUpView::person).toList());
        model.addAttribute("today", today);
        model.addAttribute("due", due);
        model.addAttribute("persons", persons);
        model.addAttribute("overdue", counts.overdue());
        model.addAttribute("dueToday", counts.dueToday());
        model.addAttribute("revisitsOpened", counts.revisits());
        model.addAttribute("cadenceSteps", counts.cadenceSteps());
        model.addAttribute("notShown", counts.total() - due.size());
        model.addAttribute("hasFeed", me != null && feeds.has(me));
        List<RevisitView> silver = revisits.silverMedalistsOpened(today, SILVER_WINDOW_DAYS, 20);
        model.addAttribute("silver", silver);
        model.addAttribute("companiesToAsk", companies.notNowEnded(today, SILVER_WINDOW_DAYS, 20));
        model.addAttribute(
                "silverPeople",
                people.summaries(silver.stream().map(RevisitView::person).toList()));
        model.addAttribute(
                "silverCompanies",
                silver.stream()
                        .map(RevisitView::company)
                        .distinct()
                        .collect(java.util.stream.Collectors.toMap(
                                c -> c, c -> companies.get(c).name())));
        model.addAttribute("cards", me == null ? List.of() : cards(me));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("results", TouchResult.values());
    }

    /** The other modules' cards with something to show; one failing card does not take the Today view down. */
    private List<CardView> cards(UserId me) {
        var shown = new ArrayList<CardView>();
        for (TodayCard card : cards) {
            try {
                var lines = card.linesFor(me);
                if (!lines.isEmpty()) {
                    shown.add(new CardView(card.titleKey(), lines));
                }
            } catch (RuntimeException e) {
                log.warn("Today card {} failed: {}", card.titleKey(), e.toString());
            }
        }
        return shown;
    }

    record CardView(String titleKey, List<TodayCard.Line> lines) {}

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CurrentUser.zone()));
    }
}
