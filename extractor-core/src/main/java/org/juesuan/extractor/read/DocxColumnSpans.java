package org.juesuan.extractor.read;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The column spans ({@code w:gridSpan}) of the body tables of a .docx, for {@link ColumnSpans}: the tables directly
 * in {@code w:body}, their rows and the rows' cells, as POI's {@code XWPFDocument.getTables()} lists them. Read by
 * streaming the main document part, because building an {@code XWPFDocument} (every part, through XMLBeans) only
 * for these numbers cost about as much as Tika's whole parse of the file.
 */
final class DocxColumnSpans {
    private DocxColumnSpans() {
    }

    static List<RawBlock> apply(byte[] content, List<RawBlock> blocks) {
        try {
            return ColumnSpans.apply(blocks, spans(content));
        } catch (Exception | StackOverflowError e) {
            return blocks; // Tika read the file; without the spans its tables are still usable
        }
    }

    /** For each body table, for each row, the span of each cell (1 where none is given). */
    static List<int[][]> spans(byte[] content) throws Exception {
        try (OPCPackage docx = OPCPackage.open(new ByteArrayInputStream(content))) {
            return spans(mainPart(docx));
        }
    }

    private static PackagePart mainPart(OPCPackage docx) throws Exception {
        PackageRelationshipCollection main = docx.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            main = docx.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        return docx.getPart(main.getRelationship(0));
    }

    private static List<int[][]> spans(PackagePart part) throws Exception {
        List<int[][]> tables = new ArrayList<>();
        List<int[]> rows = null;
        List<Integer> cells = null;
        Deque<String> path = new ArrayDeque<>();
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = xml.getLocalName();
                        String parent = path.peek();
                        int depth = path.size();
                        if (name.equals("tbl") && depth == 2 && "body".equals(parent)) {
                            rows = new ArrayList<>();
                        } else if (name.equals("tr") && depth == 3 && "tbl".equals(parent) && rows != null) {
                            cells = new ArrayList<>();
                        } else if (name.equals("tc") && depth == 4 && "tr".equals(parent) && cells != null) {
                            cells.add(1);
                        } else if (name.equals("gridSpan") && depth == 6 && "tcPr".equals(parent) && cells != null) {
                            String value = xml.getAttributeValue(xml.getNamespaceURI(), "val");
                            if (value != null) {
                                cells.set(cells.size() - 1, Integer.parseInt(value.strip()));
                            }
                        }
                        path.push(name);
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        path.pop();
                        int depth = path.size();
                        String name = xml.getLocalName();
                        if (name.equals("tr") && depth == 3 && cells != null) {
                            rows.add(cells.stream().mapToInt(Integer::intValue).toArray());
                            cells = null;
                        } else if (name.equals("tbl") && depth == 2 && rows != null) {
                            tables.add(rows.toArray(int[][]::new));
                            rows = null;
                        }
                    }
                }
            } finally {
                xml.close();
            }
        }
        return tables;
    }
}
