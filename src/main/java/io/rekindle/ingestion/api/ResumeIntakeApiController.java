package io.rekindle.ingestion.api;

import io.rekindle.ingestion.ParsedResume;
import io.rekindle.ingestion.ResumeFields;
import io.rekindle.ingestion.ResumeIntake;
import io.rekindle.ingestion.ResumeRejected;
import io.rekindle.people.DuplicateCandidate;
import io.rekindle.people.PersonId;
import io.rekindle.people.ResumeView;
import io.rekindle.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

@Tag(name = "Resumes")
@RestController
class ResumeIntakeApiController {

    private final ResumeIntake intake;

    ResumeIntakeApiController(ResumeIntake intake) {
        this.intake = intake;
    }

    @Operation(
            summary = "Read a resume (multipart field 'file'): its text, the fields found and likely duplicates;"
                    + " nothing is saved")
    @PostMapping(path = "/api/v1/resumes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ParsedResource parse(@RequestParam("file") MultipartFile file) throws IOException {
        intake.checkSize(file.getOriginalFilename(), file.getSize());
        ParsedResume parsed = intake.read(file.getOriginalFilename(), file.getBytes());
        var duplicates = intake.duplicatesOf(ResumeIntake.toPersonData(parsed.fields(), CurrentUser.id()));
        return new ParsedResource(parsed.fileName(), parsed.format(), parsed.fields(), duplicates, parsed.text());
    }

    @Operation(summary = "Keep a resume (multipart field 'file') as the person's newest version")
    @PostMapping(path = "/api/v1/people/{id}/resumes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ResumeView> add(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        intake.checkSize(file.getOriginalFilename(), file.getSize());
        ResumeView view = intake.attach(new PersonId(id), file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/resumes/" + view.id()))
                .body(view);
    }

    @ExceptionHandler(ResumeRejected.class)
    ResponseEntity<ProblemDetail> rejected(ResumeRejected e) {
        HttpStatus status =
                switch (e.reason()) {
                    case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
                    case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
                    default -> HttpStatus.UNPROCESSABLE_CONTENT;
                };
        var problem = ProblemDetail.forStatusAndDetail(status, e.reasonText());
        problem.setTitle("The resume cannot be read");
        problem.setProperty("reason", e.reason().name());
        problem.setProperty("fileName", e.fileName());
        problem.setProperty("errors", List.of(Map.of("field", "file", "message", e.reasonText())));
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE, "The file is larger than the upload limit");
        problem.setTitle("The resume cannot be read");
        problem.setProperty("reason", ResumeRejected.Reason.TOO_LARGE.name());
        problem.setProperty("errors", List.of(Map.of("field", "file", "message", "is larger than the upload limit")));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<ProblemDetail> noFile(Exception e) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "file is required: send the resume as multipart field 'file'");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", "file", "message", "is required")));
        return ResponseEntity.badRequest().body(problem);
    }

    record ParsedResource(
            String fileName, String format, ResumeFields fields, List<DuplicateCandidate> duplicates, String text) {}
}
