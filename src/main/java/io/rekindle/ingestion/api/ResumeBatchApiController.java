package io.rekindle.ingestion.api;

import io.rekindle.ingestion.BatchItemStatus;
import io.rekindle.ingestion.BatchView;
import io.rekindle.ingestion.ResumeBatches;
import io.rekindle.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Resumes")
@RestController
class ResumeBatchApiController {

    private final ResumeBatches batches;

    ResumeBatchApiController(ResumeBatches batches) {
        this.batches = batches;
    }

    @Operation(summary = "Upload many resumes (multipart fields 'files': resumes or zips); read in the background")
    @PostMapping(path = "/api/v1/resume-batches", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<BatchResource> start(@RequestParam("files") List<MultipartFile> files) throws IOException {
        List<ResumeBatches.Upload> uploads = new ArrayList<>();
        for (MultipartFile f : files) {
            uploads.add(new ResumeBatches.Upload(f.getOriginalFilename(), f.getBytes()));
        }
        BatchView batch = batches.start(uploads, CurrentUser.id());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/resume-batches/" + batch.id()))
                .body(BatchResource.of(batch));
    }

    @Operation(summary = "A batch's progress and report: what became of each file, with the reason")
    @GetMapping("/api/v1/resume-batches/{id}")
    BatchResource get(@PathVariable long id) {
        return BatchResource.of(batches.view(id));
    }

    record BatchResource(
            long id,
            boolean finished,
            long total,
            long done,
            long created,
            long review,
            long rejected,
            long merged,
            List<ItemResource> items) {

        static BatchResource of(BatchView b) {
            return new BatchResource(
                    b.id(),
                    b.finished(),
                    b.total(),
                    b.done(),
                    b.count(BatchItemStatus.CREATED),
                    b.count(BatchItemStatus.REVIEW),
                    b.count(BatchItemStatus.REJECTED),
                    b.count(BatchItemStatus.MERGED),
                    b.items().stream()
                            .map(i ->
                                    new ItemResource(i.fileName(), i.status(), i.reason(), i.person(), i.duplicateOf()))
                            .toList());
        }
    }

    record ItemResource(String fileName, BatchItemStatus status, String reason, Long person, Long duplicateOf) {}
}
