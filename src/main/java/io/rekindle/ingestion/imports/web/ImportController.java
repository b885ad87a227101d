package io.rekindle.ingestion.imports.web;

import io.rekindle.ingestion.ImportId;
import io.rekindle.ingestion.ImportKind;
import io.rekindle.ingestion.imports.ImportFiles;
import io.rekindle.platform.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Imports as pages: upload a file, check the proposed mapping against a preview of the first rows, confirm, then
 * watch the progress bar (htmx polls the progress partial) until the report appears.
 */
@Controller
@RequestMapping("/imports")
class ImportController {

    static final int PREVIEW_ROWS = 10;

    private final ImportFiles imports;

    ImportController(ImportFiles imports) {
        this.imports = imports;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("imports", imports.recent(20));
        return "imports/list";
    }

    @PostMapping
    String upload(
            @RequestParam(defaultValue = "PEOPLE") ImportKind kind,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "is empty: choose a CSV or vCard file");
            }
            ImportId id = imports.upload(kind, file.getOriginalFilename(), file.getBytes());
            return "redirect:/imports/" + id;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", describe(e));
            return "redirect:/imports";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        var draft = imports.draft(new ImportId(id), PREVIEW_ROWS);
        model.addAttribute("draft", draft);
        model.addAttribute("progress", imports.progress(draft.id()));
        return "imports/show";
    }

    @PostMapping("/{id}/mapping")
    String confirm(
            @PathVariable long id,
            @RequestParam(name = "field", required = false) List<String> fields,
            RedirectAttributes redirect) {
        try {
            imports.confirm(new ImportId(id), fields == null ? List.of() : fields);
            redirect.addFlashAttribute("message", "flash.import.started");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", describe(e));
        }
        return "redirect:/imports/" + id;
    }

    /** The progress bar while running, the report once done: the partial htmx polls. */
    @GetMapping("/{id}/progress")
    String progress(
            @PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var progress = imports.progress(new ImportId(id));
        model.addAttribute("progress", progress);
        if (htmx == null) {
            return "redirect:/imports/" + id;
        }
        return "imports/progress :: progress";
    }

    private static String describe(InvalidInputException e) {
        return e.problems().stream()
                .map(p -> (p.field().equals("file") ? "The file " : p.field() + " ") + p.message())
                .collect(Collectors.joining("; "));
    }
}
