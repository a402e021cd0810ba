package org.juesuan.extractor.extract.table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * three-public-words.tsv: the words over a "三公"经费 table's column and beside its row (Shanghai's columns 合计 /
 * 因公出国（境）费 / 公务用车购置及运行费 小计, 购置费, 运行费 / 公务接待费 over 预算数 and 决算数) give the concept.
 */
class ThreePublicWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "合计预算数|total.budget",
            "合计决算数|total",
            "因公出国（境）费决算数|outbound",
            "公务用车购置及运行费小计预算数|vehicle.budget",
            "公务用车购置及运行费购置费决算数|vehiclePurchase",
            "公务用车购置及运行维护费运行费决算数|vehicleOperation",
            "公务接待费全年预算|reception.budget",
            "“三公”经费支出|total"
    })
    void theHeadersGiveTheConcept(String words, String key) {
        assertEquals(Optional.of(key), ThreePublicConcepts.keyOf(words), words);
    }

    @Test
    void otherWordsGiveNothing() {
        assertEquals(Optional.empty(), ThreePublicConcepts.keyOf("项目"));
    }
}
