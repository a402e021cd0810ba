package org.juesuan.extractor.testing;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile inputs made at test time (so that nothing huge is committed): a password-protected .docx, a zip bomb
 * disguised as .docx, a .docx of deeply nested tables, a PDF whose page tree contains itself.
 */
public final class HostileFiles {
    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            </Types>""";
    private static final String RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/></Relationships>""";
    private static final String DOCUMENT_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    private static final String DOCUMENT_END = "</w:body></w:document>";

    private HostileFiles() {
    }

    /** A .docx with one paragraph, encrypted with a password (ECMA-376 agile encryption, as Word does it). */
    public static Path encryptedDocx(Path file) throws IOException {
        byte[] plain = docx(DOCUMENT_START + paragraph("第一部分 部门概况") + DOCUMENT_END);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(plain);
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /**
     * A .docx whose document.xml expands from about {@code expandedMegabytes / 1000} MB to {@code expandedMegabytes}
     * MB (one paragraph repeated: a ratio no real document has).
     */
    public static Path zipBombDocx(Path file, int expandedMegabytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            entry(zip, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(DOCUMENT_START.getBytes(StandardCharsets.UTF_8));
            byte[] block = paragraph("收入合计").repeat(1 << 14).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < (long) expandedMegabytes << 20; written += block.length) {
                zip.write(block);
            }
            zip.write(DOCUMENT_END.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /**
     * A .docx of {@code depth} tables, each inside the one cell of the one before. Its document.xml is stored
     * uncompressed, so that it is not also a zip bomb.
     */
    public static Path nestedTablesDocx(Path file, int depth) throws IOException {
        String open = "<w:tbl><w:tr><w:tc>";
        String close = paragraph("") + "</w:tc></w:tr></w:tbl>";
        StringBuilder xml = new StringBuilder(DOCUMENT_START).append(paragraph("第一部分 部门概况"));
        xml.append(open.repeat(depth)).append(paragraph("深处")).append(close.repeat(depth));
        byte[] document = xml.append(DOCUMENT_END).toString().getBytes(StandardCharsets.UTF_8);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            entry(zip, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            ZipEntry stored = new ZipEntry("word/document.xml");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(document.length);
            CRC32 crc = new CRC32();
            crc.update(document);
            stored.setCrc(crc.getValue());
            zip.putNextEntry(stored);
            zip.write(document);
            zip.closeEntry();
        }
        return file;
    }

    /**
     * A PDF whose page tree lists itself among its kids and claims 999999999 pages, beside one real page with text.
     * Written by hand (objects and a cross-reference table with exact offsets), as a broken producer would.
     */
    public static Path circularPageTreePdf(Path file) throws IOException {
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 999999999 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                null, // the content stream, below
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        String content = "BT /F1 12 Tf 72 760 Td (Circular page tree) Tj ET";
        objects[3] = "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream";
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        write(pdf, "%PDF-1.4\n");
        long[] offsets = new long[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.size();
            write(pdf, (i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
        }
        long xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(pdf, table.toString());
        Files.write(file, pdf.toByteArray());
        return file;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String paragraph(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static byte[] docx(String documentXml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            entry(zip, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            entry(zip, "word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
