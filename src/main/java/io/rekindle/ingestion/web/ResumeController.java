package io.rekindle.ingestion.web;

import io.rekindle.ingestion.BatchItemStatus;
import io.rekindle.ingestion.ParsedResume;
import io.rekindle.ingestion.ResumeBatches;
import io.rekindle.ingestion.ResumeIntake;
import io.rekindle.ingestion.ResumeRejected;
import io.rekindle.people.PersonDetails;
import io.rekindle.people.PersonId;
import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.FormErrors;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.Users;
import java.io.IOException;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "New person from resume": upload, review what was found (and who may already be kept), then save; and a newer
 * resume for someone already kept, from their page. A batch file left for review is reviewed here too, and its
 * batch report then shows the decision.
 */
@Controller
class ResumeController {

    private static final Map<String, String> RENAMES = Map.of(
            "location.city", "city", "location.region", "region", "location.country", "country", "owner", "ownerId");

    private final ResumeIntake intake;
    private final ResumeBatches batches;
    private final Users users;

    ResumeController(ResumeIntake intake, ResumeBatches batches, Users users) {
        this.intake = intake;
        this.batches = batches;
        this.users = users;
    }

    @GetMapping("/resumes/new")
    String uploadPage() {
        return "ingestion/upload";
    }

    @PostMapping("/resumes/new")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "Choose a resume file to upload");
            return "ingestion/upload";
        }
        try {
            intake.checkSize(file.getOriginalFilename(), file.getSize());
            ParsedResume parsed = intake.read(file.getOriginalFilename(), file.getBytes());
            String token = intake.stage(file.getBytes());
            model.addAttribute("form", ReviewForm.of(token, parsed.fileName(), parsed.fields(), CurrentUser.id()));
            return review(model, parsed);
        } catch (ResumeRejected e) {
            model.addAttribute("error", e.fileName() + ": " + e.reasonText());
            return "ingestion/upload";
        }
    }

    @PostMapping("/resumes/confirm")
    String confirm(
            @ModelAttribute("form") ReviewForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        byte[] content;
        try {
            content = intake.staged(form.token());
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.problems().get(0).message());
            return "ingestion/upload";
        }
        try {
            PersonDetails person = intake.createPerson(form.toData(), form.fileName(), content);
            batches.reviewed(form.token(), BatchItemStatus.CREATED, person.id());
            intake.unstage(form.token());
            redirect.addFlashAttribute("message", "flash.resume.person.created");
            return "redirect:/people/" + person.id();
        } catch (ResumeRejected e) {
            model.addAttribute("error", e.fileName() + ": " + e.reasonText());
            return "ingestion/upload";
        } catch (InvalidInputException e) {
            FormErrors.reject(e, result, RENAMES);
            return review(model, intake.read(form.fileName(), content));
        }
    }

    /** "It is the same human": the reviewed resume becomes the newest version of someone already kept. */
    @PostMapping("/resumes/attach")
    String attachToExisting(
            @RequestParam String token,
            @RequestParam String fileName,
            @RequestParam long person,
            RedirectAttributes redirect) {
        try {
            intake.attach(new PersonId(person), fileName, intake.staged(token));
            batches.reviewed(token, BatchItemStatus.MERGED, new PersonId(person));
            intake.unstage(token);
            redirect.addFlashAttribute("message", "flash.resume.added");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.problems().get(0).message());
        }
        return "redirect:/people/" + person;
    }

    @PostMapping("/people/{id}/resumes")
    String addToPerson(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", "Choose a resume file to upload");
            return "redirect:/people/" + id;
        }
        try {
            intake.checkSize(file.getOriginalFilename(), file.getSize());
            intake.attach(new PersonId(id), file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("message", "flash.resume.added");
        } catch (ResumeRejected e) {
            redirect.addFlashAttribute("error", e.fileName() + ": " + e.reasonText());
        }
        return "redirect:/people/" + id + "#resumes";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(Model model) {
        model.addAttribute("error", "The file is larger than the upload limit; ask for a smaller file");
        return "ingestion/upload";
    }

    @ExceptionHandler(MultipartException.class)
    String brokenUpload(Model model) {
        model.addAttribute("error", "The upload did not arrive complete; try again");
        return "ingestion/upload";
    }

    private String review(Model model, ParsedResume parsed) {
        ReviewForm form = (ReviewForm) model.getAttribute("form");
        model.addAttribute("parsed", parsed);
        model.addAttribute("duplicates", intake.duplicatesOf(form.toData()));
        model.addAttribute("users", users.all());
        return "ingestion/review";
    }
}
