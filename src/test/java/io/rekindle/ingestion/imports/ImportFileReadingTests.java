package io.rekindle.ingestion.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rekindle.ingestion.ImportKind;
import io.rekindle.platform.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the exports recruiters bring: encodings, the header of each format, the mapping it suggests, vCards. */
class ImportFileReadingTests {

    static byte[] resource(String name) {
        try (var in = ImportFileReadingTests.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedFile csv(String name) {
        var decoded = Encodings.decode(resource(name));
        return CsvReader.read(decoded.text(), decoded.charset().name());
    }

    static RowValues values(ParsedFile file, int row) {
        return new RowValues(
                ColumnMapping.suggest(ImportKind.PEOPLE, file.header()),
                file.rows().get(row).cells());
    }

    @Test
    void detectsUtf8WithAndWithoutBomUtf16WithBomAndWindows1252() {
        String text = "First Name,Last Name\nZoë,Ångström – €\n";
        var bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);

        assertThat(Encodings.decode(utf8).text()).isEqualTo(text);
        assertThat(Encodings.decode(withBom).text()).isEqualTo(text);
        assertThat(Encodings.decode(withBom).bom()).isTrue();
        assertThat(Encodings.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE)))
                .satisfies(d -> assertThat(d.text()).isEqualTo(text))
                .satisfies(d -> assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE));
        assertThat(Encodings.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE))
                        .text())
                .isEqualTo(text);
        var cp1252 = Encodings.decode(text.getBytes(Charset.forName("windows-1252")));
        assertThat(cp1252.text()).isEqualTo(text);
        assertThat(cp1252.charset().name()).isEqualTo("windows-1252");
    }

    @Test
    void linkedInConnectionsSkipTheNotesPreambleAndMapNameCompanyPositionAndEmail() {
        var file = csv("linkedin-connections.csv");

        assertThat(file.format()).isEqualTo("LinkedIn connections");
        assertThat(file.headerLine()).isEqualTo(4);
        assertThat(file.header()).startsWith("First Name", "Last Name", "URL", "Email Address");
        assertThat(ColumnMapping.suggest(ImportKind.PEOPLE, file.header()).fields())
                .containsExactly(
                        ImportField.FIRST_NAME,
                        ImportField.LAST_NAME,
                        ImportField.IGNORE,
                        ImportField.EMAIL,
                        ImportField.EMPLOYER,
                        ImportField.TITLE,
                        ImportField.IGNORE);
        var ada = values(file, 0).person("Import");
        assertThat(ada.fullName()).isEqualTo("Ada Testperson");
        assertThat(ada.emails()).containsExactly("ada.testperson@example.com");
        assertThat(ada.currentEmployer()).isEqualTo("Example Analytics");
        assertThat(file.rows().get(0).line()).isEqualTo(5);
        assertThat(values(file, 1).person("x").currentEmployer()).isEqualTo("Northwind Example, Inc.");
        assertThat(values(file, 3).fullName()).isEqualTo("Daniel \"Dan\" Testwright");
    }

    @Test
    void googleContactsStripTheBomAndSplitMultiValueCells() {
        var file = csv("google-contacts.csv");

        assertThat(file.format()).isEqualTo("Google Contacts");
        assertThat(file.header().get(0)).isEqualTo("First Name");
        var dana = values(file, 1).person("x");
        assertThat(dana.fullName()).isEqualTo("Dana Exampleford");
        assertThat(dana.emails())
                .containsExactly("dana.exampleford@example.com", "d.exampleford@example.org", "dana.home@example.net");
        assertThat(dana.phones()).containsExactly("(312) 555-0178", "312-555-0179", "+1 312 555 0180");
        assertThat(dana.currentTitle()).isEqualTo("Recruiting Coordinator");
        assertThat(dana.tags()).isEmpty();
        var ravi = values(file, 3).person("x");
        assertThat(ravi.tags()).containsExactly("Candidates", "DevConf 2024");
    }

    @Test
    void outlookContactsAreReadAsWindows1252AndTheCourtesyTitleIsNotTheJobTitle() {
        var file = csv("outlook-contacts.csv");

        assertThat(file.encoding()).isEqualTo("windows-1252");
        assertThat(file.format()).isEqualTo("Outlook contacts");
        var mapping = ColumnMapping.suggest(ImportKind.PEOPLE, file.header());
        assertThat(mapping.field(file.header().indexOf("Title"))).isEqualTo(ImportField.IGNORE);
        assertThat(mapping.field(file.header().indexOf("Job Title"))).isEqualTo(ImportField.TITLE);
        var jose = values(file, 0).person("x");
        assertThat(jose.fullName()).isEqualTo("José Müller");
        assertThat(jose.location().city()).isEqualTo("Berlin");
        assertThat(jose.location().country()).isEqualTo("DE");
        var francoise = values(file, 2).person("x");
        assertThat(francoise.fullName()).isEqualTo("Françoise Exemple");
        assertThat(francoise.currentTitle()).isEqualTo("Chargée de recrutement");
        assertThat(file.rows().get(3).line()).isEqualTo(6); // Françoise's street spans lines 4 and 5
    }

    @Test
    void openCatsCandidatesMapSkillsAndEmployer() {
        var file = csv("opencats-candidates-export.csv");

        assertThat(file.format()).isEqualTo("OpenCATS candidates");
        var ada = values(file, 0).person("x");
        assertThat(ada.skills()).containsExactly("Spark", "dbt", "Airflow", "SQL", "Python");
        assertThat(ada.currentEmployer()).isEqualTo("Example Analytics");
        assertThat(ada.source()).isEqualTo("LinkedIn");
    }

    @Test
    void vcardsOfEveryVersionBecomeRows() {
        for (String name : List.of("contacts-v3.vcf", "contacts-v4.vcf", "contacts-v21-qp.vcf")) {
            var decoded = Encodings.decode(resource(name));
            var file = VcardReader.read(decoded.text(), decoded.charset().name());
            assertThat(file.rows()).as(name).isNotEmpty();
            file.rows().forEach(r -> assertThat(r.readable()).isTrue());
        }
        var v21 = VcardReader.read(
                Encodings.decode(resource("contacts-v21-qp.vcf")).text(), "UTF-8");
        var jose = new RowValues(VcardReader.MAPPING, v21.rows().get(0).cells()).person("x");
        assertThat(jose.fullName()).isEqualTo("José Müller");
        assertThat(jose.currentEmployer()).isEqualTo("Beispiel GmbH");
        assertThat(v21.rows().get(1).line()).isEqualTo(15);

        var v3 = VcardReader.read(Encodings.decode(resource("contacts-v3.vcf")).text(), "UTF-8");
        var ada = new RowValues(VcardReader.MAPPING, v3.rows().get(0).cells()).person("x");
        assertThat(ada.emails()).containsExactly("ada.testperson@example.com");
        assertThat(ada.location().city()).isEqualTo("Springfield");
        assertThat(ada.location().country()).isEqualTo("US");
        assertThat(ada.currentTitle()).isEqualTo("Senior Data Engineer");
    }

    @Test
    void brokenQuotingAndWrongColumnsAreReportedWithTheirLineAndTheRestIsRead() {
        String text = "Name,Email,Company\n"
                + "Ann One,ann@example.com,Acme\n"
                + "Bob \"Two,bob@example.com,\"Acme\"x\n"
                + "Cy Three,cy@example.com\n"
                + "Di Four,di@example.com,\"Multi\nline\"\n"
                + "Ed Five,ed@example.com,Acme\n";

        var file = CsvReader.read(text, "UTF-8");

        assertThat(file.rows())
                .extracting(SourceRow::line, SourceRow::readable)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, true),
                        org.assertj.core.groups.Tuple.tuple(3L, false),
                        org.assertj.core.groups.Tuple.tuple(4L, false),
                        org.assertj.core.groups.Tuple.tuple(5L, true),
                        org.assertj.core.groups.Tuple.tuple(7L, true));
        assertThat(file.rows().get(1).problem()).startsWith("broken quoting");
        assertThat(file.rows().get(2).problem()).isEqualTo("has 2 values where the header has 3 columns");
    }

    @Test
    void aFileWithoutAHeaderIsRefused() {
        assertThatThrownBy(() -> CsvReader.read("just one column\n", "UTF-8"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("header");
    }
}
