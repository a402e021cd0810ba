package org.juesuan.extractor.model;

import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The key catalogue is the contract's key table, key for key and in its order; docs/facts.md is the shared spec. */
class FactKeyCatalogueTest {
    private static final Pattern KEY = Pattern.compile("`([^`]+)`");

    /** The keys of docs/facts.md's two key tables, a {@code .executed} after {@code x.y.budget} read as {@code x.y.executed}. */
    private static List<String[]> documentedKeys() throws IOException {
        String doc = Files.readString(RepoFiles.root().resolve("docs/facts.md"));
        String keys = doc.substring(doc.indexOf("## Keys"), doc.indexOf("Table facts"));
        List<String[]> out = new ArrayList<>();
        for (String line : keys.lines().toList()) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String cell = line.split("\\|")[1];
            Matcher m = KEY.matcher(cell);
            String previous = null;
            while (m.find()) {
                String key = m.group(1);
                if (key.startsWith(".")) {
                    key = previous.substring(0, previous.lastIndexOf('.')) + key;
                }
                out.add(new String[] {key, cell.contains("(count)") ? "COUNT" : ""});
                previous = key;
            }
        }
        return out;
    }

    @Test
    void theCatalogueListsTheContractsKeysInItsOrder() throws IOException {
        List<String> documented = documentedKeys().stream().map(k -> k[0]).toList();
        assertEquals(53, documented.size(), documented.toString());
        assertEquals(documented, Arrays.stream(FactKey.values()).map(FactKey::key).toList());
    }

    @Test
    void theCountKeysAreTheContractsCounts() throws IOException {
        List<String> documented = documentedKeys().stream().filter(k -> k[1].equals("COUNT")).map(k -> k[0]).toList();
        assertEquals(List.of("threePublic.receptionBatches", "threePublic.receptionPersons",
                "threePublic.vehicleFleet", "assets.vehicles"), documented);
        assertEquals(documented, Arrays.stream(FactKey.values()).filter(k -> k.unit() == FactKey.UnitKind.COUNT)
                .map(FactKey::key).toList());
    }

    @Test
    void sharesAndSumsPointAtKeysOfTheCatalogue() {
        for (FactKey key : FactKey.values()) {
            key.shareOf().ifPresent(total -> assertTrue(FactKey.of(total).isPresent(), key + " share of " + total));
            key.partOf().ifPresent(total -> assertTrue(FactKey.of(total).isPresent(), key + " part of " + total));
        }
        // the contract's example sums
        assertEquals(List.of("threePublic.outbound", "threePublic.vehicle", "threePublic.reception"),
                FactKey.partsOf("threePublic.total", false));
        assertEquals(List.of("income.carryoverBegin"), FactKey.partsOf("income.total", true));
    }

    @Test
    void docsFactsIsTheSharedSpec() throws IOException {
        Path shared = RepoFiles.root().resolve("../shared/spec/facts.md");
        Assumptions.assumeTrue(Files.exists(shared), "no ../shared/spec beside the repository");
        assertEquals(Files.readString(shared), Files.readString(RepoFiles.root().resolve("docs/facts.md")),
                "docs/facts.md must be kept in step with ../shared/spec/facts.md");
    }
}
