package io.rekindle.pipeline.web;

import io.rekindle.openings.OpeningDetails;
import io.rekindle.openings.OpeningId;
import io.rekindle.openings.Openings;
import io.rekindle.people.People;
import io.rekindle.people.PersonFilter;
import io.rekindle.people.PersonId;
import io.rekindle.people.PersonSummary;
import io.rekindle.pipeline.CandidacyId;
import io.rekindle.pipeline.CandidacyStatus;
import io.rekindle.pipeline.CandidacyView;
import io.rekindle.pipeline.NoReason;
import io.rekindle.pipeline.Pipeline;
import io.rekindle.pipeline.Side;
import io.rekindle.pipeline.Stage;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The board of an opening: stages as columns, moves and outcomes in place with htmx. */
@Controller
class BoardController {

    private static final List<Stage> COLUMNS = Arrays.stream(Stage.values()).toList();

    private final Pipeline pipeline;
    private final Openings openings;
    private final People people;

    BoardController(Pipeline pipeline, Openings openings, People people) {
        this.pipeline = pipeline;
        this.openings = openings;
        this.people = people;
    }

    @GetMapping("/openings/{id}/board")
    String board(
            @PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        fill(model, new OpeningId(id));
        return htmx != null ? "pipeline/board :: board" : "pipeline/board-page";
    }

    @GetMapping("/openings/{id}/board/candidates")
    String candidates(@PathVariable long id, @RequestParam(defaultValue = "") String q, Model model) {
        var found = q.isBlank()
                ? List.<PersonSummary>of()
                : people.find(new PersonFilter(q, null, null, null, null), PageRequest.of(0, 8, Sort.by("nameKey")))
                        .getContent();
        model.addAttribute("openingId", id);
        model.addAttribute("found", found);
        return "pipeline/board :: candidates";
    }

    @PostMapping("/candidacies")
    String add(
            @RequestParam long personId,
            @RequestParam long openingId,
            @RequestParam(defaultValue = "person") String from,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        String message;
        boolean ok = true;
        try {
            pipeline.add(new PersonId(personId), new OpeningId(openingId), null);
            message = "flash.candidacy.added";
        } catch (ConflictException | InvalidInputException e) {
            message = e.getMessage();
            ok = false;
        }
        if (htmx != null && from.equals("board")) {
            model.addAttribute(ok ? "message" : "error", message);
            fill(model, new OpeningId(openingId));
            return "pipeline/board :: board";
        }
        redirect.addFlashAttribute(ok ? "message" : "error", message);
        return from.equals("board") ? "redirect:/openings/" + openingId : "redirect:/people/" + personId;
    }

    @PostMapping("/candidacies/{id}/stage")
    String move(
            @PathVariable long id,
            @RequestParam Stage stage,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        CandidacyView c = pipeline.get(new CandidacyId(id));
        try {
            pipeline.move(c.id(), stage, null);
            return respond(c.opening(), htmx, model, redirect, "message", "flash.candidacy.moved");
        } catch (ConflictException e) {
            return respond(c.opening(), htmx, model, redirect, "error", e.getMessage());
        }
    }

    @GetMapping("/candidacies/{id}/outcome")
    String outcomeForm(
            @PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        CandidacyView c = pipeline.get(new CandidacyId(id));
        model.addAttribute("form", new OutcomeForm("", "", "", null, null));
        outcomeModel(model, c);
        return htmx != null ? "pipeline/outcome-form :: form" : "pipeline/outcome";
    }

    @PostMapping("/candidacies/{id}/outcome")
    String recordOutcome(
            @PathVariable long id,
            @ModelAttribute("form") OutcomeForm form,
            BindingResult result,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CandidacyView c = pipeline.get(new CandidacyId(id));
        if (!form.valid()) {
            result.rejectValue("outcome", "required", "choose an outcome");
        } else {
            try {
                if (form.placed()) {
                    pipeline.place(c.id(), form.note(), form.date());
                } else {
                    pipeline.recordNo(
                            c.id(),
                            new Pipeline.NoOutcome(
                                    form.side(),
                                    form.reason(),
                                    form.note(),
                                    form.condition(),
                                    form.askAgainOn(),
                                    form.date()));
                }
                return respond(c.opening(), htmx, model, redirect, "message", "flash.outcome.recorded");
            } catch (InvalidInputException e) {
                e.problems()
                        .forEach(p -> result.rejectValue(
                                p.field().equals("date") ? "date" : "outcome", "invalid", p.message()));
            } catch (ConflictException | IllegalArgumentException e) {
                result.reject("invalid", e.getMessage());
            }
        }
        outcomeModel(model, c);
        if (htmx != null) {
            response.setHeader("HX-Retarget", "#outcome-slot");
            response.setHeader("HX-Reswap", "innerHTML");
            return "pipeline/outcome-form :: form";
        }
        return "pipeline/outcome";
    }

    private String respond(
            OpeningId opening, String htmx, Model model, RedirectAttributes redirect, String kind, String message) {
        if (htmx != null) {
            model.addAttribute(kind, message);
            fill(model, opening);
            return "pipeline/board :: board";
        }
        redirect.addFlashAttribute(kind, message);
        return "redirect:/openings/" + opening;
    }

    private void outcomeModel(Model model, CandidacyView c) {
        model.addAttribute("candidacy", c);
        model.addAttribute("opening", openings.get(c.opening()));
        model.addAttribute("person", people.get(c.person()));
        model.addAttribute("choices", choices());
    }

    /** Outcome choices grouped by side, each side with its own reasons. */
    static Map<Side, List<NoReason>> choices() {
        var map = new LinkedHashMap<Side, List<NoReason>>();
        for (Side side : Side.values()) {
            map.put(side, NoReason.of(side));
        }
        return map;
    }

    private void fill(Model model, OpeningId openingId) {
        OpeningDetails opening = openings.get(openingId);
        List<CandidacyView> all = pipeline.ofOpening(openingId);
        var summaries = people.summaries(all.stream().map(CandidacyView::person).toList());
        var columns = new LinkedHashMap<Stage, List<CandidacyView>>();
        COLUMNS.forEach(s -> columns.put(s, new java.util.ArrayList<>()));
        all.stream().filter(c -> c.status() != CandidacyStatus.ENDED).forEach(c -> columns.get(c.stage())
                .add(c));
        model.addAttribute("opening", opening);
        model.addAttribute("columns", columns);
        model.addAttribute(
                "moveTargets", COLUMNS.stream().filter(s -> s != Stage.PLACED).toList());
        model.addAttribute(
                "ended",
                all.stream().filter(c -> c.status() == CandidacyStatus.ENDED).collect(Collectors.toList()));
        model.addAttribute("peopleById", summaries);
    }
}
