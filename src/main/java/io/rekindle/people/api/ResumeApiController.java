package io.rekindle.people.api;

import io.rekindle.people.PersonId;
import io.rekindle.people.ResumeView;
import io.rekindle.people.Resumes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Resumes")
@RestController
class ResumeApiController {

    private final Resumes resumes;

    ResumeApiController(Resumes resumes) {
        this.resumes = resumes;
    }

    @Operation(summary = "Every resume version of a person, newest first; download one at .../resumes/{resume}")
    @GetMapping("/api/v1/people/{id}/resumes")
    List<ResumeView> list(@PathVariable long id) {
        return resumes.of(new PersonId(id));
    }
}
