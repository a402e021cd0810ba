package org.juesuan.extractor.extract.table;

import java.util.Optional;

/**
 * A figure of the "三公"经费 table by the words over its column and beside its row: which of the contract's
 * {@code threePublic.*} concepts it is, and whether it is the 预算数 ({@code .budget}) or the 决算数. Shanghai prints
 * the concepts as columns (合计 / 因公出国（境）费 / 公务用车购置及运行费 小计, 购置费, 运行费 / 公务接待费) over
 * 预算数 and 决算数; other templates print them as rows.
 */
final class ThreePublicConcepts {
    private ThreePublicConcepts() {
    }

    /** The key suffix after {@code table.threePublic.}, e.g. {@code vehiclePurchase.budget}. */
    static Optional<String> keyOf(String words) {
        // 公务用车购置及运行费 names the group; what remains says which of its parts the figure is
        String rest = words.replaceAll("公务用车购置及运行(维护)?费", "");
        String concept;
        if (words.contains("因公出国")) {
            concept = "outbound";
        } else if (words.contains("公务接待")) {
            concept = "reception";
        } else if (rest.contains("购置")) {
            concept = "vehiclePurchase";
        } else if (rest.contains("运行")) {
            concept = "vehicleOperation";
        } else if (words.contains("公务用车")) {
            concept = "vehicle";
        } else if (words.contains("合计") || words.contains("三公")) {
            concept = "total";
        } else {
            return Optional.empty();
        }
        boolean budget = words.contains("预算数") || words.contains("年初预算") || words.contains("全年预算");
        return Optional.of(budget ? concept + ".budget" : concept);
    }
}
