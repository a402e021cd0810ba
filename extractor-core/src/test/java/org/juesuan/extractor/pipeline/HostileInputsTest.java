package org.juesuan.extractor.pipeline;

import org.juesuan.extractor.model.ErrorRecord;
import org.juesuan.extractor.testing.HostileFiles;
import org.juesuan.extractor.testing.ReportSchema;
import org.juesuan.extractor.write.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inputs made to break a reader give the error record that says what they are, never a crash or a wrong type. */
class HostileInputsTest {
    private static final ReportExtractor EXTRACTOR = new ReportExtractor();

    @TempDir
    Path temp;

    private static ErrorRecord error(Path file) {
        ExtractionOutcome outcome = EXTRACTOR.extract(file);
        ErrorRecord error = assertInstanceOf(ExtractionOutcome.Failure.class, outcome, file.toString()).error();
        ReportSchema.assertValid(ReportJson.mapper().valueToTree(error));
        return error;
    }

    @Test
    void aPasswordProtectedDocxIsEncryptedNotUnsupported() throws IOException {
        ErrorRecord error = error(HostileFiles.encryptedDocx(temp.resolve("protected.docx")));
        assertEquals("encrypted", error.error().type(), error.toString());
        assertTrue(error.error().message().contains("password"), error.toString());
    }

    @Test
    void aZipBombDisguisedAsDocxIsRefusedNamingTheLimit() throws IOException {
        // 32 MB of document.xml in about 40 KB: expands some 800 times, a real document 5 to 20 times
        ErrorRecord error = error(HostileFiles.zipBombDocx(temp.resolve("bomb.docx"), 32));
        assertEquals("too-large", error.error().type(), error.toString());
        assertTrue(error.error().message().contains("zip-bomb limit: minimum inflate ratio 0.01"), error.toString());
        assertNull(error.limits(), "the readers' limits are fixed: no batch limits to remember");
    }

    @Test
    void tablesNestedThousandsDeepAreAPropertyOfTheFileNotAnInternalError() throws IOException {
        ErrorRecord error = error(HostileFiles.nestedTablesDocx(temp.resolve("nested.docx"), 3_000));
        assertEquals("too-large", error.error().type(), error.toString());
        assertTrue(error.error().message().contains("nested too deeply"), error.toString());
    }

    @Test
    void aPdfWhosePageTreeContainsItselfIsCorruptWithoutAMadeUpPageCount() throws IOException {
        ErrorRecord error = error(HostileFiles.circularPageTreePdf(temp.resolve("circular.pdf")));
        assertEquals("corrupt", error.error().type(), error.toString());
        assertTrue(error.error().message().contains("page tree is circular"), error.toString());
        assertNull(error.source().pages());
    }

    @Test
    void aFileThatIsGoneGivesAnIoErrorWithTheReasonAndAnAbsolutePath() {
        Path missing = temp.resolve("sub/../gone.txt");
        ErrorRecord error = error(missing);
        assertEquals("io-error", error.error().type());
        assertEquals("could not read the file: No such file or directory", error.error().message());
        assertEquals(temp.resolve("gone.txt").toAbsolutePath().toString(), error.source().path());
    }
}
