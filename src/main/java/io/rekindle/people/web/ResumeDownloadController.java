package io.rekindle.people.web;

import io.rekindle.people.PersonId;
import io.rekindle.people.ResumeId;
import io.rekindle.people.Resumes;
import io.rekindle.people.StoredResume;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads of original resume files, from the person's page and from the API. */
@Controller
class ResumeDownloadController {

    private final Resumes resumes;

    ResumeDownloadController(Resumes resumes) {
        this.resumes = resumes;
    }

    @GetMapping({"/people/{id}/resumes/{resume}", "/api/v1/people/{id}/resumes/{resume}"})
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long resume) {
        return file(resumes.open(new PersonId(id), new ResumeId(resume)));
    }

    static ResponseEntity<Resource> file(StoredResume stored) {
        var view = stored.resume();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(view.contentType()))
                .contentLength(view.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(view.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Checksum-SHA256", view.sha256())
                .body(new FileSystemResource(stored.file()));
    }
}
