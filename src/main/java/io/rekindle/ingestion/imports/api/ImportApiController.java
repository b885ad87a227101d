package io.rekindle.ingestion.imports.api;

import io.rekindle.ingestion.ImportId;
import io.rekindle.ingestion.ImportKind;
import io.rekindle.ingestion.ImportProgress;
import io.rekindle.ingestion.Imports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Imports")
@RestController
@RequestMapping("/api/v1/imports")
class ImportApiController {

    private final Imports imports;

    ImportApiController(Imports imports) {
        this.imports = imports;
    }

    @Operation(
            summary = "Import people (or companies, touches) from a CSV or vCard file in the background",
            description = "mapping: the field of each column, comma-separated in column order (IGNORE to leave one"
                    + " out); omitted, the proposed mapping is used. Answers 202 with the progress to poll.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportProgress> start(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "PEOPLE") ImportKind kind,
            @RequestParam(required = false) String mapping) {
        List<String> fields = mapping == null || mapping.isBlank()
                ? List.of()
                : Arrays.stream(mapping.split(",", -1)).map(String::strip).toList();
        ImportId id = imports.start(kind, file.getOriginalFilename(), bytes(file), fields);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/imports/" + id))
                .body(imports.progress(id));
    }

    @Operation(summary = "An import's progress and, once done, its report with every rejected row's line and reason")
    @GetMapping("/{id}")
    ImportProgress progress(@PathVariable long id) {
        return imports.progress(new ImportId(id));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
