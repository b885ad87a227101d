package io.rekindle.ingestion;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/** Resume files made in the test: text PDFs, a password-protected one, a scan without text, a zip bomb. */
final class ResumeFiles {

    private ResumeFiles() {}

    static final List<String> ANN = List.of(
            "Ann Whitaker",
            "Account Executive",
            "ann.whitaker@example.com | (312) 847-2291 | Chicago, IL",
            "Experience",
            "Account Executive - Globex Inc.",
            "Mar 2021 - Present",
            "Sales Development Representative - Initech LLC",
            "Jan 2018 - Feb 2021",
            "Education",
            "B.A. in Economics, University of Illinois",
            "Skills",
            "Salesforce, Cold Calling, Negotiation, HubSpot");

    static byte[] pdf(List<String> lines) {
        return pdf(lines, null);
    }

    static byte[] pdf(List<String> lines, String userPassword) {
        try (var doc = new PDDocument()) {
            var page = new PDPage();
            doc.addPage(page);
            try (var content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(60, 720);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            if (userPassword != null) {
                var policy =
                        new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            var out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF whose only page is a picture (a scan): no text at all. */
    static byte[] scannedPdf() {
        try (var doc = new PDDocument()) {
            var page = new PDPage();
            doc.addPage(page);
            var picture = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            var g = picture.createGraphics();
            g.drawString("Ann Whitaker", 10, 50);
            g.dispose();
            var image = LosslessFactory.createFromImage(doc, picture);
            try (var content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 60, 500);
            }
            var out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] text(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** A .docx whose document part expands from a few hundred KB to 200 MB. */
    static byte[] zipBombDocx() {
        try {
            var bytes = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                                + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                                + "relationships+xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
                                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                                + "</Types>")
                        .getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry("_rels/.rels"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                                + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                                + " Target=\"word/document.xml\"/></Relationships>")
                        .getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                        .getBytes(StandardCharsets.UTF_8));
                zip.write("wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>".getBytes(StandardCharsets.UTF_8));
                byte[] spaces = new byte[1 << 20];
                java.util.Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < 200; i++) {
                    zip.write(spaces);
                }
                zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
