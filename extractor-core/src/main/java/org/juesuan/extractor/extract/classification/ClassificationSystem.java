package org.juesuan.extractor.extract.classification;

/** 支出功能分类 (codes 2xx…) or 部门预算支出经济分类 (codes 3xx…). */
public enum ClassificationSystem {
    FUNCTIONAL,
    ECONOMIC
}
