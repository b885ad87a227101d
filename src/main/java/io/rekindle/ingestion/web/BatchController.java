package io.rekindle.ingestion.web;

import io.rekindle.ingestion.BatchView;
import io.rekindle.ingestion.ParsedResume;
import io.rekindle.ingestion.ResumeBatches;
import io.rekindle.ingestion.ResumeIntake;
import io.rekindle.ingestion.ResumeRejected;
import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.Users;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/** Many resumes at once: upload files or a zip, watch the progress, read the report, review what needs a decision. */
@Controller
class BatchController {

    private final ResumeBatches batches;
    private final ResumeIntake intake;
    private final Users users;

    BatchController(ResumeBatches batches, ResumeIntake intake, Users users) {
        this.batches = batches;
        this.intake = intake;
        this.users = users;
    }

    @GetMapping("/resumes/batches/new")
    String uploadPage() {
        return "ingestion/batch-upload";
    }

    @PostMapping("/resumes/batches")
    String start(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model)
            throws IOException {
        List<ResumeBatches.Upload> uploads = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (!f.isEmpty()) {
                uploads.add(new ResumeBatches.Upload(f.getOriginalFilename(), f.getBytes()));
            }
        }
        try {
            BatchView batch = batches.start(uploads, CurrentUser.id());
            return "redirect:/resumes/batches/" + batch.id();
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.problems().get(0).message());
            return "ingestion/batch-upload";
        }
    }

    @GetMapping("/resumes/batches/{id}")
    String show(
            @PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("batch", batches.view(id));
        return htmx != null ? "ingestion/batch :: progress" : "ingestion/batch";
    }

    /** A file of the batch that needs a decision, on the same review page as a single upload. */
    @GetMapping("/resumes/batches/{id}/items/{item}")
    String review(@PathVariable long id, @PathVariable long item, Model model) {
        BatchView.Item found = batches.view(id).items().stream()
                .filter(i -> i.id() == item)
                .findFirst()
                .orElseThrow(() -> new io.rekindle.platform.NotFoundException("Batch item", item));
        try {
            byte[] content = intake.staged(found.stagedToken());
            String name = found.fileName().substring(found.fileName().lastIndexOf('/') + 1);
            ParsedResume parsed = intake.read(name, content);
            var form = ReviewForm.of(found.stagedToken(), name, parsed.fields(), CurrentUser.id());
            model.addAttribute("form", form);
            model.addAttribute("parsed", parsed);
            model.addAttribute("duplicates", intake.duplicatesOf(form.toData()));
            model.addAttribute("users", users.all());
            return "ingestion/review";
        } catch (ResumeRejected e) {
            model.addAttribute("error", e.fileName() + ": " + e.reasonText());
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.problems().get(0).message());
        }
        return "ingestion/upload";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(Model model) {
        model.addAttribute("error", "The upload is larger than the limit; split it into smaller zips");
        return "ingestion/batch-upload";
    }
}
